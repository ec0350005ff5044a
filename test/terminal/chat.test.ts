import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { line } from '../../src/adapters/text.ts';
import { EngineHolder } from '../../src/app/holder.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { keyFacts } from '../../src/engine/browse.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { runTerminalChat, TerminalChat } from '../../src/terminal/chat.ts';
import { SGR } from './screen.ts';
import {
  chat as chatWith,
  type PrintedQuote,
  plain,
  printedQuotes,
  rows,
  type StreamsOptions,
  startChat,
  streams,
  until,
  unwrapped,
  width,
} from './support.ts';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const HOW_TO_QUIT = '(To quit, press Ctrl-C again or Ctrl-D, or type /quit.)';

let engine: Engine;
beforeAll(() => {
  engine = loadEngine(KNOWLEDGE);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const chat = (lines: string[], options: StreamsOptions & { holder?: EngineHolder } = {}) =>
  chatWith(engine, lines, options);
const start = (options: StreamsOptions & { holder?: EngineHolder } = {}) => startChat(engine, options);

const count = (text: string, part: string) => text.split(part).length - 1;

/** Every printed quote is the article's sentence, its attribution names its speaker and source. */
function expectVerbatim(quotes: readonly PrintedQuote[]): void {
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) {
    const sentence = engine.quote(q.id);
    expect(q.text).toBe(sentence.text);
    expect(q.attribution).toBe(
      `- ${sentence.speaker?.label ?? 'the reporter'} · ${sentence.source} [${sentence.id}]`,
    );
  }
}

describe('questions', () => {
  test('a question is answered with verbatim quotes, their speaker and the source', async () => {
    const out = await chat(['How long did the airstrike last?']);
    const expected = engine.answer('How long did the airstrike last?');
    expect(expected.quotes[0]?.id).toBe('p4.s1');
    const quotes = printedQuotes(out);
    expect(quotes[0]?.id).toBe('p4.s1');
    expectVerbatim(quotes);
    expect(quotes[0]?.attribution).toBe(
      '- Syrian Observatory for Human Rights (UK-based monitor) · DW, 18 September 2016 [p4.s1]',
    );
  });

  test('a contested point quotes both sides, each labelled', async () => {
    const out = await chat(['How many soldiers were killed?']);
    expect(printedQuotes(out).map((q) => q.id)).toEqual(['p4.s1', 'p4.s2']);
    expect(out).toContain('- At least 90, according to the Syrian Observatory for Human Rights:');
    expect(out).toContain('- 62, according to Damascus and Moscow:');
  });

  test('a contested side with several quotes is labelled once, its quotes under it', async () => {
    const question = 'Was the airstrike deliberate?';
    const answer = engine.answer(question);
    // The US's side: its own claim and the White House's regret (knowledge/qa.yaml intent).
    const several = answer.contested?.sides.find((s) => s.quoteIds.length === 2);
    expect(several?.quoteIds).toEqual(['p4.s1', 'p18.s1']);
    const out = await chat([question]);
    for (const side of answer.contested?.sides ?? []) expect(count(out, `- ${side.label}:`)).toBe(1);
    const from = out.indexOf(`- ${several?.label}:`);
    const next = out.indexOf('\n- ', from + 1);
    const block = out.slice(from, next < 0 ? undefined : next + 1);
    expect(printedQuotes(block).map((q) => q.id)).toEqual(['p4.s1', 'p18.s1']);
    expect(block.match(/^- /gm)?.length).toBe(1);
    expectVerbatim(printedQuotes(out));
  });

  test('piped input: answers only, no banner, no prompt, one block per line', async () => {
    const out = await chat(['Why was the strike stopped?', 'Did the US apologize?']);
    expect(out).not.toContain('DISCORD_TOKEN');
    expect(out).not.toMatch(/^> /m);
    expect(out.startsWith('  "They added that the strike was aborted')).toBe(true);
    expect(out).toContain('A senior White House official (speaking to Reuters)');
    expect(out.indexOf('aborted')).toBeLessThan(out.indexOf('relayed its "regret"'));
  });

  test('a question the article does not answer says so and suggests questions', async () => {
    const out = await chat(['What is the capital of France?']);
    expect(out).toContain("The article doesn't say");
    expect(out).toContain('You could ask:');
  });

  test('each line uses the engine serving at that moment', async () => {
    const holder = new EngineHolder(engine);
    const next = loadEngine(KNOWLEDGE);
    const spy = vi.spyOn(next, 'answer');
    const session = start({ holder });
    session.input.write('How long did the airstrike last?\n');
    await until(() => expect(session.text()).toContain('[p4.s1]'));
    holder.swap(next);
    session.input.end('Did the US apologize?\n');
    await session.done;
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('Did the US apologize?', expect.any(Array));
  });
});

describe('a conversation', () => {
  test('a follow-up is read in the context of the questions before it, and says how', async () => {
    const out = await chat(['who is peter cook', 'what did he say about moscow']);
    expect(unwrapped(out)).toContain("(Reading 'he' as Peter Cook)");
    const [, followUp = ''] = plain(out).split("(Reading 'he'");
    expect(printedQuotes(followUp)[0]?.id).toBe('p17.s1');
  });

  test('/new starts afresh: the same follow-up is then a question on its own', async () => {
    const out = plain(await chat(['who is peter cook', '/new', 'what did he say about moscow']));
    expect(out).toContain('New conversation');
    const [, after = ''] = out.split('New conversation');
    expect(after).not.toContain('Reading');
    expect(printedQuotes(after).map((q) => q.id)).not.toContain('p17.s1');
  });
});

describe('commands', () => {
  test('/help says what it can do, gives examples and lists every command', async () => {
    const out = await chat(['/help']);
    expect(unwrapped(out)).toContain('quoted word for word');
    for (const q of engine.defaultSuggestions()) expect(out).toContain(q);
    for (const c of ['/more', '/new', '/facts', '/timeline', '/quote <speaker>', '/source', '/quit'])
      expect(out).toContain(c);
  });

  test('/more prints the further quotes of the last answer, once', async () => {
    const question = 'How many soldiers were killed?';
    const more = engine.answer(question).more;
    expect(more.length).toBeGreaterThan(0);
    const out = await chat([question, '/more', '/more']);
    const [answer = '', afterMore = ''] = out.split(`(${more.length} more related quote`);
    expect(answer).not.toContain(`[${more[0]?.id}]`);
    expect(printedQuotes(afterMore).map((q) => q.id)).toEqual(more.map((q) => q.id));
    expectVerbatim(printedQuotes(afterMore));
    expect(afterMore).toContain('Nothing more to show');
  });

  test('/more before any question says there is nothing more', async () => {
    expect(await chat(['/more'])).toBe('Nothing more to show: ask a question first.\n\n');
  });

  test('/facts lists the key facts, the toll with both figures and their sources', async () => {
    const out = await chat(['/facts']);
    expect(out).toContain('The death toll (sources disagree):');
    expect(out).toContain('- 62, according to Damascus and Moscow:');
    expect(out).toContain('[p4.s2]');
    expect(out).toContain('Why it stopped:');
  });

  test('/facts quotes each sentence once: facts answered by the same sentences share a heading', async () => {
    const out = await chat(['/facts']);
    const quotes = printedQuotes(out);
    const ids = quotes.map((q) => q.id);
    expect(ids).toEqual([...new Set(ids)]);
    expectVerbatim(quotes);
    expect(out).toContain('Where · When · How long it lasted:\n  "The Saturday night raid');
    expect(out).toContain('What happened · What it was aimed at:');
    // Every fact is still there, with every sentence it is answered by, in full or referred to.
    const blocks = plain(out).split('\n\n');
    for (const fact of keyFacts(engine)) {
      const block = blocks.find((b) => (b.split('\n')[0] ?? '').includes(fact.label));
      expect(block, fact.label).toBeDefined();
      for (const q of fact.quotes) expect(block, fact.label).toContain(`[${q.id}]`);
    }
    // The toll's first side is the sentence quoted just above, under "Where · When · ...".
    const toll = blocks.find((b) => b.startsWith('The death toll')) ?? '';
    expect(toll).toContain(
      '- At least 90, according to the Syrian Observatory for Human Rights:\n' +
        '  See above: Syrian Observatory for Human Rights (UK-based monitor) [p4.s1]\n' +
        '- 62, according to Damascus and Moscow:\n' +
        '  "Damascus and Moscow put the death toll to 62."',
    );
    // A contested fact labels each side once.
    const intent = blocks.find((b) => b.startsWith('Mistake or deliberate')) ?? '';
    expect(intent.match(/^- /gm)).toEqual(['- ', '- ']);
  });

  test('/timeline lists the events in time order', async () => {
    const out = await chat(['/timeline']);
    const at = (s: string) => out.indexOf(s);
    expect(at('Before the strike:')).toBe(0);
    expect(at('[p17.s1]')).toBeLessThan(at('[p4.s1]'));
    expect(at('[p4.s1]')).toBeLessThan(at('[p9.s1]'));
    expect(at('[p9.s1]')).toBeLessThan(at('[p3.s1]'));
    expectVerbatim(printedQuotes(out));
  });

  test('/source names the article and the knowledge version', async () => {
    const out = await chat(['/source']);
    expect(out).toContain('"Moscow Slams US For Bombing Syrian Army"');
    expect(out).toContain('DW, 2016-09-18');
    expect(out).toContain(`knowledge version ${engine.kb.version}`);
  });

  test.each([
    ['/quote Churkin', "Vitaly Churkin, Russia's ambassador to the UN:", ['p13.s2', 'p14.s1', 'p14.s2']],
    ['/quote the pentagon', 'US Defense Department (Pentagon):', ['p17.s1']],
    ['/QUOTE   samantha power', 'Samantha Power, US ambassador to the UN:', ['p11.s1', 'p12.s1']],
  ])('%s', async (line, heading, ids) => {
    const out = await chat([line]);
    expect(out.startsWith(heading)).toBe(true);
    const quotes = printedQuotes(out);
    for (const id of ids) expect(quotes.map((q) => q.id)).toContain(id);
    expectVerbatim(quotes);
  });

  test('/quote with no name or an unknown one lists the speakers', async () => {
    const out = await chat(['/quote', '/quote Merkel', '/quote the coalition']);
    expect(out).toContain('Whose quotes? For example /quote Churkin.');
    expect(out).toContain('No speaker called "Merkel" in the article.');
    expect(out).toContain('  Samantha Power, US ambassador to the UN');
    expect(out).toContain('The article does not quote US-led coalition.');
  });

  test('an unknown command is named, without its control characters', async () => {
    const out = await chat(['/bogus\u0007\u001b[31m']);
    expect(out).toContain('Unknown command /bogus');
    expect(out.includes('\u0007') || out.includes('\u001b')).toBe(false);
  });
});

describe('wrapping at the terminal width', () => {
  const everything = [
    'How many soldiers were killed?',
    '/more',
    'Was the airstrike deliberate?',
    'What is the capital of France?',
    '/facts',
    '/timeline',
    '/quote Churkin',
    '/source',
    '/help',
  ];

  /** No row is wider than the terminal; every quote and attribution wraps under itself, as full as it can. */
  function expectWrappedAt(out: string, columns: number): PrintedQuote[] {
    for (const row of rows(out)) expect(width(row), row).toBeLessThanOrEqual(columns);
    const quotes = printedQuotes(out);
    expectVerbatim(quotes);
    for (const q of quotes) {
      for (const [block, indent] of [
        [q.rows, q.indent + 1],
        [q.attributionRows, q.indent + 4],
      ] as const) {
        block.forEach((row, k) => {
          if (k > 0) expect(row.slice(0, indent).trim(), row).toBe('');
          const next = block[k + 1];
          // Broken at the last space that fits: the next row's first word would not have fitted
          // (the source and sentence id, "· DW, 18 September 2016 [p4.s1]", go as one).
          const rest = next?.trimStart() ?? '';
          const unit = rest.startsWith('· ') ? rest : rest.split(' ')[0];
          if (next) expect(width(row) + 1 + width(unit ?? ''), row).toBeGreaterThan(columns);
        });
      }
    }
    return quotes;
  }

  test.each([40, 100])(
    'every reply at %i columns, quotes indented under their first character',
    async (columns) => {
      const out = await chat(everything, { output: { columns } });
      const quotes = expectWrappedAt(out, columns);
      expect(quotes.some((q) => q.rows.length > 1)).toBe(true);
      if (columns < 80) expect(quotes.some((q) => q.attributionRows.length > 1)).toBe(true);
    },
  );

  test('at 40 columns, an answer looks like this', async () => {
    const out = await chat(['Why was the strike stopped?'], {
      output: { columns: 40 },
      env: { NO_COLOR: '1' },
    });
    expect(out).toBe(
      [
        '  "They added that the strike was',
        '   aborted as soon as Moscow raised the',
        '   alarm in the Pentagon."',
        '    - US military',
        '      · DW, 18 September 2016 [p5.s2]',
        '(2 more related quotes: type /more)',
        '',
        '',
      ].join('\n'),
    );
  });

  test('piped, where the width is unknown, at 80 columns', async () => {
    const out = await chat(everything);
    const quotes = expectWrappedAt(out, 80);
    expect(quotes.some((q) => q.rows.length > 2)).toBe(true);
  });

  test('on a terminal, what was typed and the prompt wrap too, and the reply starts on its own row', async () => {
    const session = start({ input: 'tty', output: { columns: 40 } });
    session.input.write('How many soldiers were killed in the airstrike near Deir el-Zour?\r');
    await until(() => expect(session.screen.lines().slice(-2)).toEqual(['', '>']));
    session.input.write('/quit\r');
    await session.done;
    const screen = session.screen.lines();
    const asked = screen.findIndex((r) => r.startsWith('> How many soldiers'));
    expect(screen.slice(asked, asked + 3)).toEqual([
      '> How many soldiers were killed in the a',
      'irstrike near Deir el-Zour?',
      'Sources disagree on this (how many',
    ]);
    expect(screen.every((r) => width(r) <= 40)).toBe(true);
  });
});

describe('colour', () => {
  const question = 'How many soldiers were killed?';

  test('on a terminal only: not piped, not with NO_COLOR (at the prompt either); FORCE_COLOR forces it', async () => {
    const terminal = await chat([question], { output: { columns: 100 } });
    expect(terminal).toMatch(SGR);
    // The same text and layout as without colour.
    const noColor = await chat([question], { output: { columns: 100 }, env: { NO_COLOR: '1' } });
    expect(noColor).not.toContain('\x1b');
    expect(plain(terminal)).toBe(noColor);

    const piped = await chat([question]);
    expect(piped).not.toContain('\x1b');
    expect(await chat([question], { env: { FORCE_COLOR: '1' } })).toMatch(SGR);
    expect(await chat([question], { output: { columns: 100 }, env: { FORCE_COLOR: '0' } })).not.toMatch(SGR);
    // An empty NO_COLOR does not count (no-color.org).
    expect(await chat([question], { output: { columns: 100 }, env: { NO_COLOR: '' } })).toMatch(SGR);

    // At the prompt, NO_COLOR leaves readline's cursor movements but no colour.
    const session = start({ input: 'tty', output: { columns: 80 }, env: { NO_COLOR: 'yes' } });
    session.input.write(`${question}\r/quit\r`);
    await session.done;
    expect(session.text()).toContain('[p4.s2]');
    expect(session.text()).toContain('\x1b[');
    expect(session.text()).not.toMatch(SGR);
  });
});

describe('ending', () => {
  test('/quit resolves while input is still open, and ignores what follows', async () => {
    const session = start();
    session.input.write('/quit\nHow long did the airstrike last?\n');
    await session.done;
    expect(session.text()).not.toContain('[p4.s1]');
  });

  test.each([['/quit'], ['/exit'], ['/QUIT']])('%s ends the chat', async (line) => {
    const out = await chat([line, 'How long did the airstrike last?']);
    expect(out).toBe('');
  });

  test('end of input (Ctrl-D) resolves, with or without a last newline', async () => {
    const a = start();
    a.input.end();
    await a.done;
    expect(a.text()).toBe('');
    const b = start();
    b.input.end('How long did the airstrike last?');
    await b.done;
    expect(b.text()).toContain('[p4.s1]');
  });

  test('an output that fails (a closed pipe) ends the chat instead of crashing', async () => {
    const input = new PassThrough();
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const done = runTerminalChat({ engines: new EngineHolder(engine), input, output });
    input.write('How long did the airstrike last?\nDid the US apologize?\n');
    await expect(done).resolves.toBeUndefined();
  });
});

describe('at a terminal', () => {
  test('prints a banner with the topic, the Discord note and examples, then a prompt', async () => {
    const out = unwrapped(await chat(['/quit'], { input: 'tty' }));
    expect(out).toContain('17 September 2016 coalition airstrike near Deir el-Zour');
    expect(out).toContain('set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README)');
    const examples = engine.defaultSuggestions();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const q of examples) expect(out).toContain(` ${q}`);
    expect(out).toContain('> ');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  test('prompts again after each answer', async () => {
    const out = await chat(['How long did the airstrike last?', 'Did the US apologize?'], { input: 'tty' });
    expect(out.match(/> /g)?.length).toBe(3);
  });

  test('the first Ctrl-C clears the line being typed and says how to quit; a second one quits', async () => {
    const session = start({ input: 'tty', output: { columns: 80 } });
    const screen = () => session.screen.lines();
    session.input.write('How long did the');
    await until(() => expect(screen().at(-1)).toBe('> How long did the'));

    session.input.write('\x03');
    await until(() => expect(screen().slice(-2)).toEqual([HOW_TO_QUIT, '>']));
    expect(screen().join('\n')).not.toContain('How long did the');
    expect(session.screen.cursor()).toEqual({ row: screen().length - 1, col: 2 });
    expect(session.ended()).toBe(false);

    // The cleared words are gone: what is typed next is asked on its own.
    session.input.write('Did the US apologize?\r');
    await until(() => expect(session.text()).toContain('[p18.s1]'));
    expect(session.text()).not.toContain('[p4.s1]');

    // After an answer, one Ctrl-C on the empty line only says how to quit again.
    session.input.write('\x03');
    await until(() => expect(count(screen().join('\n'), HOW_TO_QUIT)).toBe(2));
    expect(session.ended()).toBe(false);
    session.input.write('\x03');
    await session.done;
    expect(screen().slice(-2)).toEqual(['>', 'Bye.']);
  });

  test('a notice is printed above a half-typed line that wraps onto two rows, which is redrawn as it was', async () => {
    const io = streams({ input: 'tty', output: { columns: 40 } });
    const terminal = new TerminalChat({ engines: new EngineHolder(engine), ...io.options });
    const done = terminal.run();
    const screen = () => io.screen.lines();
    await until(() => expect(screen().at(-1)).toBe('>'));
    const before = screen();
    // Typed key by key, then the cursor moved back three characters.
    for (const key of 'How many soldiers were killed in the airstrike') io.input.write(key);
    io.input.write('\x1b[D'.repeat(3));
    const typed = ['> How many soldiers were killed in the a', 'irstrike'];
    await until(() => expect(io.screen.cursor().col).toBe(5));
    expect(screen().slice(-2)).toEqual(typed);

    terminal.notify([
      line('Knowledge reloaded (file changed: qa.yaml): answers now come from version abc.', 'good'),
    ]);
    await until(() => expect(screen().slice(-2)).toEqual(typed));
    expect(screen()).toEqual([
      ...before.slice(0, -1),
      'Knowledge reloaded (file changed:',
      'qa.yaml): answers now come from version',
      'abc.',
      ...typed,
    ]);
    expect(io.screen.cursor()).toEqual({ row: screen().length - 1, col: 5 });
    io.input.write('\x05?\r/quit\r');
    await done;
    expect(printedQuotes(io.text()).map((q) => q.id)).toEqual(
      engine.answer('How many soldiers were killed in the airstrike?').quotes.map((q) => q.id),
    );
  });

  test('Ctrl-D on an empty line quits, and Bye. is on a row of its own', async () => {
    const session = start({ input: 'tty', output: { columns: 80 } });
    await until(() => expect(session.screen.lines().at(-1)).toBe('>'));
    session.input.write('\x04');
    await session.done;
    expect(session.screen.lines().slice(-2)).toEqual(['>', 'Bye.']);
  });
});

describe('robustness', () => {
  test('garbage never crashes the chat, and the next question is still answered', async () => {
    const garbage = [
      '',
      '   ',
      '\t',
      'x'.repeat(10_000),
      'a '.repeat(5_000),
      '\u0000\u0001\u0007\u001b[2J\u001b]0;title\u0007',
      '🙂🔥💣🇸🇾',
      '\ud800\udfff\ud800',
      '/',
      '//',
      '/quote 🙂',
      `/quote ${'x'.repeat(10_000)}`,
      '/more extra words',
      '<@123456789> @everyone',
      'SELECT * FROM passages; --',
      '\r',
    ];
    const out = await chat([...garbage, 'Did the US apologize?']);
    expect(unwrapped(out)).toContain('That is 10000 characters; please ask in under 500.');
    expect(out).toContain('Unknown command /');
    expect(out).toContain('No speaker called "🙂" in the article.');
    expect(out.trimEnd().split('\n\n').at(-1)).toContain('[p18.s1]');
    expect(out.length).toBeLessThan(40_000);
  });

  test('an engine failure is reported politely on the line, on stderr, and the chat goes on', async () => {
    const failing = loadEngine(KNOWLEDGE);
    vi.spyOn(failing, 'answer').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = await chat(['first question', 'How long did the airstrike last?'], {
      holder: new EngineHolder(failing),
    });
    expect(out).toContain('Sorry, something went wrong with that one.');
    expect(out).not.toContain('boom');
    expect(out).toContain('[p4.s1]');
    expect(String(stderr.mock.calls[0]?.[0])).toContain('boom');
  });
});

describe('README', () => {
  test('the sample session in the README is what the chat prints, at 80 columns', async () => {
    const readme = readFileSync(README, 'utf8');
    const sample = /```text\n\$ npm start\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    const typed = [...(sample ?? '').matchAll(/^> (.*)$/gm)].map((m) => m[1] as string);
    expect(typed.at(-1)).toBe('/quit');
    // A terminal shows what was typed after each prompt; a pipe for output has no echo.
    const out = await chat(typed, { input: 'tty' });
    let k = 0;
    const shown = out.replace(/^> /gm, () => `> ${typed[k++]}\n`);
    expect(shown).toBe(sample);
  });
});

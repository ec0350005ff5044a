import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Engine } from '../../src/engine/engine.ts';
import { EngineHolder } from '../../src/engine/holder.ts';
import { loadEngine } from '../../src/engine/load-engine.ts';
import { runTerminalChat } from '../../src/terminal/chat.ts';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const P4S1 = 'killed at least 90 regime troops near Deir el-Zour';

let engine: Engine;
beforeAll(() => {
  engine = loadEngine(KNOWLEDGE);
});
afterEach(() => {
  vi.restoreAllMocks();
});

interface Session {
  input: PassThrough;
  /** Everything written so far. */
  text(): string;
  done: Promise<void>;
}

function start(options: { tty?: boolean; holder?: EngineHolder } = {}): Session {
  const input = new PassThrough();
  const output = new PassThrough();
  if (options.tty) Object.assign(input, { isTTY: true });
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const done = runTerminalChat({ engines: options.holder ?? new EngineHolder(engine), input, output });
  return { input, text: () => text, done };
}

/** Pipes the lines in, ends the input, and returns everything the chat printed. */
async function chat(
  lines: string[],
  options: { tty?: boolean; holder?: EngineHolder } = {},
): Promise<string> {
  const session = start(options);
  session.input.end(lines.map((l) => `${l}\n`).join(''));
  await session.done;
  return session.text();
}

describe('questions', () => {
  test('a question is answered with verbatim quotes, their speaker and the source', async () => {
    const out = await chat(['How long did the airstrike last?']);
    const expected = engine.answer('How long did the airstrike last?');
    expect(expected.quotes[0]?.id).toBe('p4.s1');
    expect(out).toContain(`"${expected.quotes[0]?.text}"`);
    expect(out).toContain(
      'Syrian Observatory for Human Rights (UK-based monitor) · DW, 18 September 2016 [p4.s1]',
    );
  });

  test('a contested point quotes both sides, each labelled', async () => {
    const out = await chat(['How many soldiers were killed?']);
    expect(out).toContain(P4S1);
    expect(out).toContain('Damascus and Moscow put the death toll to 62.');
    expect(out).toContain('- At least 90, according to the Syrian Observatory for Human Rights:');
    expect(out).toContain('- 62, according to Damascus and Moscow:');
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
    await expect.poll(() => session.text()).toContain('[p4.s1]');
    holder.swap(next);
    session.input.end('Did the US apologize?\n');
    await session.done;
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('Did the US apologize?');
  });
});

describe('commands', () => {
  test('/help says what it can do, gives examples and lists every command', async () => {
    const out = await chat(['/help']);
    expect(out).toContain('quoted word for word');
    for (const q of engine.defaultSuggestions()) expect(out).toContain(q);
    for (const c of ['/more', '/facts', '/timeline', '/quote <speaker>', '/source', '/quit'])
      expect(out).toContain(c);
  });

  test('/more prints the further quotes of the last answer, once', async () => {
    const question = 'How many soldiers were killed?';
    const more = engine.answer(question).more;
    expect(more.length).toBeGreaterThan(0);
    const out = await chat([question, '/more', '/more']);
    const [answer, afterMore] = out.split(`(${more.length} more related quote`);
    expect(answer).not.toContain(`[${more[0]?.id}]`);
    for (const q of more)
      expect(afterMore).toContain(`"${q.text}"\n    - ${q.speaker?.label ?? 'the reporter'}`);
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

  test('/timeline lists the events in time order', async () => {
    const out = await chat(['/timeline']);
    const at = (s: string) => out.indexOf(s);
    expect(at('Before the strike:')).toBe(0);
    expect(at('[p17.s1]')).toBeLessThan(at('[p4.s1]'));
    expect(at('[p4.s1]')).toBeLessThan(at('[p9.s1]'));
    expect(at('[p9.s1]')).toBeLessThan(at('[p3.s1]'));
  });

  test('/source names the article and the knowledge version', async () => {
    const out = await chat(['/source']);
    expect(out).toContain('"Moscow Slams US For Bombing Syrian Army"');
    expect(out).toContain('DW, 2016-09-18');
    expect(out).toContain(`knowledge version ${engine.kb.version}`);
  });

  test.each([
    [
      '/quote Churkin',
      "Vitaly Churkin, Russia's ambassador to the UN:",
      ['[p13.s2]', '[p14.s1]', '[p14.s2]'],
    ],
    ['/quote the pentagon', 'US Defense Department (Pentagon):', ['[p17.s1]']],
    ['/QUOTE   samantha power', 'Samantha Power, US ambassador to the UN:', ['[p11.s1]', '[p12.s1]']],
  ])('%s', async (line, heading, ids) => {
    const out = await chat([line]);
    expect(out.startsWith(heading)).toBe(true);
    for (const id of ids) expect(out).toContain(id);
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

describe('interactive (TTY) mode', () => {
  test('prints a banner with the topic, the Discord note and examples, then a prompt', async () => {
    const out = await chat(['/quit'], { tty: true });
    expect(out).toContain('17 September 2016 coalition airstrike near Deir el-Zour');
    expect(out).toContain('set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README)');
    const examples = engine.defaultSuggestions();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const q of examples) expect(out).toContain(`  ${q}`);
    expect(out).toContain('> ');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  test('prompts again after each answer', async () => {
    const out = await chat(['How long did the airstrike last?', 'Did the US apologize?'], { tty: true });
    expect(out.match(/> /g)?.length).toBe(3);
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
    expect(out).toContain('That is 10000 characters; please ask in under 500.');
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

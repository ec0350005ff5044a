/**
 * `npm start` without a token: the chat on a knowledge folder that is edited by hand while
 * someone is typing. The reload is said above the prompt; what was typed stays, and is asked.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { runTerminal } from '../../src/terminal/run.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { SGR } from './screen.ts';
import { printedQuotes, streams, until, unwrapped } from './support.ts';

let kb: KnowledgeCopy | undefined;
afterEach(() => {
  kb?.remove();
  kb = undefined;
});

/** The duration entry answers with p4.s3 first instead of p4.s1: a valid edit that changes answers. */
const reorder = (s: string) =>
  s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s3, p4.s1]\n\n- id: location');
/** An unknown sentence id: an invalid edit. */
const breakIt = (s: string) => s.replace('answer: [p4.s3, p4.s1]', 'answer: [p4.s77]');

function start(options: Parameters<typeof streams>[0]) {
  kb = copyKnowledge();
  const io = streams(options);
  const done = runTerminal({
    knowledgeDir: kb.dir,
    engine: loadEngine(kb.dir),
    debounceMs: 50,
    ...io.options,
  });
  return { ...io, done, kb };
}

describe('a knowledge reload while typing', () => {
  test('is printed above the prompt, which is redrawn with the half-typed line', async () => {
    const session = start({ input: 'tty', output: { columns: 60 } });
    const screen = () => session.screen.lines();
    await until(() => expect(screen().at(-1)).toBe('>'));
    const banner = screen().slice(0, -1);
    session.input.write('How long did the');
    await until(() => expect(screen().at(-1)).toBe('> How long did the'));

    session.kb.edit('qa.yaml', reorder);
    await until(() =>
      expect(unwrapped(screen().join('\n'))).toContain('Knowledge reloaded (file changed: qa.yaml)'),
    );
    const after = screen();
    // Nothing above was overwritten; the notice is on rows of its own, then the prompt as it was.
    expect(after.slice(0, banner.length)).toEqual(banner);
    expect(after.at(-1)).toBe('> How long did the');
    expect(after.slice(banner.length, -1).join(' ')).toMatch(
      /^Knowledge reloaded \(file changed: qa\.yaml\): answers now come from version \w+\.$/,
    );
    expect(session.screen.cursor()).toEqual({ row: after.length - 1, col: '> How long did the'.length });
    expect(session.text()).toMatch(SGR);

    // Typing goes on where it was; the question is asked whole, of the new knowledge.
    session.input.write(' airstrike last?\r');
    await until(() => expect(session.text()).toContain('[p4.s1]'));
    expect(printedQuotes(session.text()).map((q) => q.id)).toEqual(['p4.s3', 'p4.s1']);

    // A broken edit: the problem is listed above the prompt, and the last good version still answers.
    session.input.write('How long');
    await until(() => expect(screen().at(-1)).toBe('> How long'));
    session.kb.edit('qa.yaml', breakIt);
    await until(() => expect(unwrapped(screen().join('\n'))).toContain('The knowledge folder has 1 problem'));
    const broken = unwrapped(screen().join('\n'));
    expect(broken).toContain('✗ qa.yaml');
    expect(broken).toContain('p4.s77');
    expect(screen().at(-1)).toBe('> How long');
    session.input.write('\r/quit\r');
    await session.done;
    expect(session.errors()).toBe('');
  });

  test('with no prompt to keep (piped), the notice goes to stderr and the answers stay answers only', async () => {
    const session = start({});
    session.input.write('How long did the airstrike last?\n');
    await until(() => expect(session.text()).toContain('[p4.s1]'));
    session.kb.edit('qa.yaml', reorder);
    await until(() => expect(session.errors()).toContain('Knowledge reloaded (file changed: qa.yaml)'));
    session.input.end('How long did the airstrike last?\n');
    await session.done;
    expect(session.text()).not.toContain('reloaded');
    expect(session.errors()).not.toContain('\x1b');
  });
});

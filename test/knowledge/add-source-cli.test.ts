/**
 * npm run knowledge:add-source end to end, as a moderator runs it: the real script in a child
 * process on a copy of knowledge/. A good source is split, attributed, listed and compiled; bad
 * input (not UTF-8, empty, over 200 KB, a source already held, a date that cannot be read) is
 * refused with a clear message, exit status 1, and every file of the folder as it was.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCompiled } from '../../src/app/compiled.ts';
import { checkKnowledge, loadEngine } from '../../src/app/load-engine.ts';
import { copyKnowledge, folderState, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { WIRE_CREDIT, WIRE_TEXT } from '../support/two-sources.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'src/cli/knowledge-add-source.ts');
const WIRE_FIELDS = [
  '--publisher',
  'Test Wire',
  '--date',
  'September 19, 2016',
  '--url',
  'https://wire.example/w',
];

let copy: KnowledgeCopy;
let files: string;

beforeAll(() => {
  copy = copyKnowledge();
  files = mkdtempSync(join(tmpdir(), 'add-source-'));
});
afterAll(() => {
  copy?.remove();
  rmSync(files, { recursive: true, force: true });
});

/** Writes `content` to a file outside the knowledge folder and runs the script on it. */
async function addSource(name: string, content: string | Buffer, args: readonly string[]) {
  const file = join(files, name);
  writeFileSync(file, content);
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', SCRIPT, file, ...args, '--knowledge', copy.dir],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run knowledge:add-source', () => {
  it('adds a source: its files, its entry in sources.yaml, compiled.json, quotes credited to it', async () => {
    const run = await addSource('wire.txt', WIRE_TEXT, [
      ...WIRE_FIELDS,
      '--publisher-alias',
      'TW',
      '--publisher-alias',
      'the  wire, Test Wire',
    ]);
    expect(run.stderr).not.toContain('nothing was changed');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Added source "test-wire": "Moscow Says It Was Not Warned Before Coalition Raid" (Test Wire, 2016-09-19), 5 sentences',
    );
    expect(run.stdout).toContain(`Its quotes are credited "${WIRE_CREDIT}"`);
    expect(run.stdout).toMatch(/Pavel Testerov \(person\?\), quoted in test-wire\.p4\.s1/);
    // Who the rules credited, listed for review.
    expect(run.stdout).toContain(
      '  - test-wire.p2.s1: russian-foreign-ministry, "The Russian Foreign Ministry said on Monday that',
    );
    expect(copy.read('sources/test-wire.txt')).toBe(WIRE_TEXT);
    expect(copy.read('sources.yaml')).toContain('- id: test-wire\n');
    expect(copy.read('sources.yaml')).toContain('  date: 2016-09-19\n');
    // Its publisher's other names, the publisher's own name and spacing aside, read as the publisher.
    expect(run.stdout).toContain('Read as the publisher in a question: "TW", "the wire".');
    expect(copy.read('sources.yaml')).toContain('  publisherAliases:\n    - TW\n    - the wire\n');
    expect(readCompiled(copy.dir)?.kb.sources.map((s) => s.id)).toEqual(['dw', 'test-wire']);
    expect(readCompiled(copy.dir)?.kb.sources[1]?.publisherAliases).toEqual(['TW', 'the wire']);
    // wordnet.json built for the words the source brings, as knowledge:build does.
    expect(run.stderr).toMatch(/wrote wordnet\.json: \d+ related words/);
    const checked = checkKnowledge(copy.dir);
    if (!checked.ok) throw new Error('the knowledge with the new source should load');
    expect(checked.warnings.map((w) => w.file)).not.toContain('wordnet.json');
    const answer = loadEngine(copy.dir).answer(
      'Should the Security Council ask Washington for a full account of the raid?',
    );
    expect(answer.quotes[0]).toMatchObject({ id: 'test-wire.p4.s1', source: WIRE_CREDIT });
  });

  it.each<[string, string, string | Buffer, string[], RegExp]>([
    [
      'a file that is not UTF-8',
      'latin1.txt',
      Buffer.from('Titel\n\nDer Angriff dauerte 40 Minuten \xe4\xf6.\n', 'latin1'),
      ['--publisher', 'Zeitung', '--date', '2016-09-20'],
      /the file is not UTF-8 text/,
    ],
    [
      'an empty file',
      'empty.txt',
      '\n \n',
      ['--publisher', 'Zeitung', '--date', '2016-09-20'],
      /the file is empty/,
    ],
    [
      'a file over 200 KB',
      'big.txt',
      `A Long Report\n\n${'The raid lasted forty minutes. '.repeat(7_000)}\n`,
      ['--publisher', 'Zeitung', '--date', '2016-09-20'],
      /over the limit of 200 KB/,
    ],
    [
      'a date that cannot be read',
      'other.txt',
      'Another Report\n\nThe ministry said the truce would hold.\n',
      ['--publisher', 'Zeitung', '--date', '2016-13-45'],
      /"2016-13-45" is not a date I can read/,
    ],
    [
      'the source just added, under another publisher',
      'wire-again.txt',
      WIRE_TEXT,
      ['--publisher', 'Other Wire', '--date', '2016-09-21'],
      /this text is already held as source "test-wire"/,
    ],
    [
      'the same link again',
      'wire-link.txt',
      'A Different Headline\n\nThe ministry said the truce would hold.\n',
      ['--publisher', 'Test Wire', '--date', '2016-09-19', '--url', 'https://wire.example/w'],
      /already held as source "test-wire" \(the same link\)/,
    ],
    [
      'another name of the publisher over 100 characters',
      'other-name.txt',
      'Another Report\n\nThe ministry said the truce would hold.\n',
      ['--publisher', 'Zeitung', '--date', '2016-09-20', '--publisher-alias', 'Z'.repeat(101)],
      /the publisher's other name "Z{40}…" is over 100 characters/,
    ],
    [
      "the DW article's text",
      'dw.txt',
      readFileSync(join(KNOWLEDGE_DIR, 'article.txt')),
      ['--publisher', 'Somebody', '--date', '2016-09-18'],
      /already held as source "dw"/,
    ],
  ])(
    'refuses %s clearly, with exit status 1, and changes nothing',
    async (_what, name, content, args, message) => {
      const before = folderState(copy.dir);
      const run = await addSource(name, content, args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^knowledge:add-source: nothing was changed: /);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(folderState(copy.dir)).toEqual(before);
    },
  );
});

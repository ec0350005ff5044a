/**
 * knowledge/facts.yaml and knowledge/timeline.yaml: optional, validated like qa.yaml, every
 * problem reported with file, line, entry and field. Each test edits a temp copy of knowledge/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { type LoadResult, loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../../src/knowledge/model.ts';
import { formatProblem, type Problem } from '../../src/knowledge/problems.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KNOWLEDGE = join(ROOT, 'knowledge');

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of knowledge/ with some files replaced (null: removed). */
function knowledgeWith(files: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-facts-'));
  copies.push(dir);
  cpSync(KNOWLEDGE, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (content === null) rmSync(join(dir, name), { force: true });
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

function problemsOf(result: LoadResult): Problem[] {
  if (result.ok) throw new Error('expected the knowledge base to be refused');
  return result.problems;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('facts.yaml and timeline.yaml load', () => {
  test('the project files load, with every reference resolved to a sentence id', () => {
    const result = loadKnowledge(KNOWLEDGE);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { facts, timeline } = result.kb;
    expect(facts.length).toBeGreaterThanOrEqual(8);
    expect(timeline.length).toBeGreaterThanOrEqual(8);
    for (const item of [...facts, ...timeline]) {
      expect(item.answerIds.length).toBe(item.answer.length);
      for (const id of item.answerIds) expect(result.kb.passageById.has(id)).toBe(true);
    }
    expect(facts.find((f) => f.id === 'death-toll')).toMatchObject({
      contested: 'death-toll',
      answerIds: ['p4.s1', 'p4.s2'],
    });
  });

  test('KNOWLEDGE_FILES names both files', () => {
    expect(KNOWLEDGE_FILES).toMatchObject({ facts: 'facts.yaml', timeline: 'timeline.yaml' });
  });

  test('a verbatim quote resolves to its sentence id, like in qa.yaml', () => {
    const dir = knowledgeWith({
      'facts.yaml': lines(
        '- id: toll',
        '  label: The toll',
        '  answer:',
        '    - Damascus and Moscow put the death toll to 62.',
        '    - p4.s1',
      ),
      'timeline.yaml': lines(
        '- id: sunday',
        '  when: Sunday',
        '  label: IS claims a plane',
        '  answer: ["Also on Sunday, the IS announced it has shot down a regime plane"]',
      ),
    });
    const result = loadKnowledge(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.kb.facts[0]?.answerIds).toEqual(['p4.s2', 'p4.s1']);
    expect(result.kb.timeline[0]?.answerIds).toEqual(['p8.s1']);
  });

  test.each([
    ['both files missing', { 'facts.yaml': null, 'timeline.yaml': null }],
    ['only facts.yaml missing', { 'facts.yaml': null }],
    ['both files only comments', { 'facts.yaml': '# nothing yet\n', 'timeline.yaml': '' }],
    ['both files empty lists', { 'facts.yaml': '[]\n', 'timeline.yaml': '[]\n' }],
  ])('%s: still valid, with empty lists where absent', (_, files) => {
    const result = loadKnowledge(knowledgeWith(files));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    if ('facts.yaml' in files) expect(result.kb.facts).toEqual([]);
    if ('timeline.yaml' in files) expect(result.kb.timeline).toEqual([]);
    else expect(result.kb.timeline.length).toBeGreaterThan(0);
  });

  test('the version changes when facts.yaml changes', () => {
    const a = loadKnowledge(knowledgeWith({ 'facts.yaml': null }));
    const b = loadKnowledge(knowledgeWith({}));
    expect(a.ok && b.ok && a.kb.version !== b.kb.version).toBe(true);
  });
});

describe('problems are reported with file, line, entry and field', () => {
  test.each([
    {
      name: 'a fact without a label',
      file: 'facts.yaml',
      content: lines('- id: ok', '  label: Fine', '  answer: [p4.s1]', '- id: toll', '  answer: [p4.s1]'),
      expected: { file: 'facts.yaml', line: 4, entry: 'toll', field: 'label', message: /missing/ },
    },
    {
      name: 'an unknown sentence id',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: The toll', '  answer:', '    - p4.s1', '    - p99.s1'),
      expected: {
        file: 'facts.yaml',
        line: 5,
        entry: 'toll',
        field: 'answer[1]',
        message: /unknown sentence id "p99.s1"/,
      },
    },
    {
      name: 'a quote that is not in the article',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: The toll', '  answer: ["Hundreds were killed."]'),
      expected: { file: 'facts.yaml', line: 3, entry: 'toll', field: 'answer[0]', message: /not verbatim/ },
    },
    {
      name: 'an unknown contested point',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: The toll', '  answer: [p4.s1]', '  contested: body-count'),
      expected: { file: 'facts.yaml', line: 4, entry: 'toll', field: 'contested', message: /"body-count"/ },
    },
    {
      name: 'a duplicate id',
      file: 'facts.yaml',
      content: lines(
        '- id: toll',
        '  label: A',
        '  answer: [p4.s1]',
        '- id: toll',
        '  label: B',
        '  answer: [p4.s2]',
      ),
      expected: { file: 'facts.yaml', line: 4, entry: 'toll', field: 'id', message: /duplicate id/ },
    },
    {
      name: 'an unknown field',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: The toll', '  answer: [p4.s1]', '  source: DW'),
      expected: { file: 'facts.yaml', entry: 'toll', message: /unknown field\(s\) "source"/ },
    },
    {
      name: 'an empty answer',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: The toll', '  answer: []'),
      expected: { file: 'facts.yaml', line: 3, entry: 'toll', field: 'answer', message: /at least one/ },
    },
    {
      name: 'an event without "when"',
      file: 'timeline.yaml',
      content: lines('- id: raid', '  label: The raid', '  answer: [p4.s1]'),
      expected: { file: 'timeline.yaml', line: 1, entry: 'raid', field: 'when', message: /missing/ },
    },
    {
      name: 'an event with an unknown sentence id',
      file: 'timeline.yaml',
      content: lines('- id: raid', '  when: Saturday night', '  label: The raid', '  answer: [p4.s7]'),
      expected: {
        file: 'timeline.yaml',
        line: 4,
        entry: 'raid',
        field: 'answer[0]',
        message: /unknown sentence id/,
      },
    },
    {
      name: 'an id that is not a slug',
      file: 'timeline.yaml',
      content: lines('- id: The Raid', '  when: Saturday night', '  label: The raid', '  answer: [p4.s1]'),
      expected: { file: 'timeline.yaml', line: 1, entry: 'The Raid', field: 'id', message: /lower-case/ },
    },
    {
      name: 'a mapping instead of a list',
      file: 'timeline.yaml',
      content: lines('raid:', '  when: Saturday night'),
      // The wording comes from load.ts's humanIssue; only the expected type is asserted.
      expected: { file: 'timeline.yaml', line: 1, message: /array/ },
    },
    {
      name: 'broken YAML',
      file: 'facts.yaml',
      content: lines('- id: toll', '  label: "The toll', '  answer: [p4.s1'),
      expected: { file: 'facts.yaml', message: /not valid YAML/ },
    },
  ])('$name', ({ file, content, expected }) => {
    const problems = problemsOf(loadKnowledge(knowledgeWith({ [file]: content })));
    const { message, ...where } = expected;
    const match = problems.find(
      (p) => Object.entries(where).every(([k, v]) => p[k as keyof Problem] === v) && message.test(p.message),
    );
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    // Only the broken file is blamed.
    expect(problems.every((p) => p.file === file)).toBe(true);
  });

  test('formatProblem names the file and line, the entry and the field', () => {
    const dir = knowledgeWith({
      'facts.yaml': lines('- id: toll', '  label: The toll', '  answer:', '    - p99.s1'),
    });
    const [problem] = problemsOf(loadKnowledge(dir));
    expect(formatProblem(problem as Problem)).toBe(
      'facts.yaml:4 › entry "toll" › field "answer[0]": unknown sentence id "p99.s1": the article has paragraphs 1 to 20, e.g. p2.s1 (every id with its sentence: npm run knowledge:check -- --sentences, or /kb sentences in Discord)',
    );
  });

  test('every problem of both files is reported at once', () => {
    const dir = knowledgeWith({
      'facts.yaml': lines('- id: a', '  label: A', '  answer: [p99.s1]', '- id: b', '  answer: [p4.s1]'),
      'timeline.yaml': lines('- id: c', '  when: Sunday', '  label: C', '  answer: [p98.s1]'),
    });
    const problems = problemsOf(loadKnowledge(dir));
    // b fails the schema (no label); a is still checked on its own.
    expect(problems.map((p) => `${p.file} ${p.entry} ${p.field}`).sort()).toEqual([
      'facts.yaml a answer[0]',
      'facts.yaml b label',
      'timeline.yaml c answer[0]',
    ]);
  });
});

describe('npm run knowledge:build is unaffected', () => {
  const build = (dir: string) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/knowledge-build.ts'), '--knowledge', dir],
      { cwd: ROOT },
    );

  test('it builds the same passages.json with or without the files, and leaves them alone', async () => {
    const withFiles = knowledgeWith({});
    const without = knowledgeWith({ 'facts.yaml': null, 'timeline.yaml': null });
    const curated = () =>
      ['facts.yaml', 'timeline.yaml'].map((f) => readFileSync(join(withFiles, f), 'utf8'));
    const before = curated();
    await Promise.all([build(withFiles), build(without)]);
    expect(readFileSync(join(withFiles, 'passages.json'), 'utf8')).toBe(
      readFileSync(join(without, 'passages.json'), 'utf8'),
    );
    expect(curated()).toEqual(before);
    expect(loadKnowledge(withFiles).ok).toBe(true);
  });
});

/**
 * npm run knowledge:check reports every problem it can find in one run: a file that does not
 * parse does not hide the others, and a schema error in one entry does not hide the problems
 * of the other entries (issue 16, items 2 and 3).
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge, readSentences } from '../../src/knowledge/load.ts';
import { formatProblem, type Problem } from '../../src/knowledge/problems.ts';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');

let kb: KnowledgeCopy | undefined;
afterEach(() => kb?.remove());

function problemsOf(copy: KnowledgeCopy): Problem[] {
  const result = loadKnowledge(copy.dir);
  if (result.ok) throw new Error('expected the knowledge to be refused');
  return result.problems;
}

const where = (p: Problem) => [p.file, p.entry ?? '-', p.field ?? '-'].join(' ');

describe('every problem in one run', () => {
  it('finds six mistakes in four files, each entry checked on its own', () => {
    kb = copyKnowledge();
    // qa.yaml: one entry breaks the schema, another points at a sentence that does not exist.
    kb.edit('qa.yaml', (s) =>
      s.replace('  question: Did IS shoot down a plane?\n', '').replace('answer: [p4.s3]', 'answer: [p4.s9]'),
    );
    // entities.yaml: one entity breaks the schema, another takes a name that is already taken.
    kb.edit('entities.yaml', (s) =>
      s
        .replace('- id: us\n  kind: government', '- id: us\n  kind: superpower')
        .replace('aliases: [reuters,', 'aliases: [pentagon, reuters,'),
    );
    // attributions.yaml: a speaker that is no entity.
    kb.edit('attributions.yaml', (s) =>
      s.replace('speaker: syria-and-russia', 'speaker: damascus-and-moscow'),
    );
    // timeline.yaml: not YAML at all.
    kb.edit('timeline.yaml', (s) => s.replace('  answer: [p4.s1, p5.s1]', '  answer: [p4.s1, p5.s1'));

    const found = problemsOf(kb);
    const expected = [
      'qa.yaml plane-shot-down question',
      'qa.yaml equipment-destroyed answer[0]',
      'entities.yaml us kind',
      'entities.yaml reuters aliases',
      'attributions.yaml p4.s2 speaker',
    ];
    const listed = found.map(formatProblem).join('\n');
    for (const w of expected) expect(found.map(where), listed).toContain(w);
    expect(
      found.some((p) => p.file === 'timeline.yaml' && /not valid YAML/.test(p.message)),
      listed,
    ).toBe(true);
    // The broken entity is still a known speaker: no made-up "unknown speaker us" elsewhere.
    expect(
      found.filter((p) => /unknown (speaker|entity) "us"/.test(p.message)),
      listed,
    ).toEqual([]);
  });

  it('checks the other entries of a list whose one entry breaks the schema', () => {
    kb = copyKnowledge();
    kb.edit(
      'facts.yaml',
      (s) =>
        `${s}\n- id: a\n  label: A\n  answer: [p99.s1]\n- id: b\n  answer: [p4.s1]\n- id: a\n  label: Again\n  answer: [p4.s1]\n`,
    );
    const found = problemsOf(kb).map(where);
    expect(found).toContain('facts.yaml b label');
    expect(found).toContain('facts.yaml a answer[0]');
    expect(found).toContain('facts.yaml a id');
  });
});

describe('references into a file', () => {
  it('a fact naming a contested point is checked when contested.yaml is absent (no point exists)', () => {
    kb = copyKnowledge();
    rmSync(join(kb.dir, 'contested.yaml'));
    expect(problemsOf(kb).map(where)).toContain('facts.yaml death-toll contested');
  });

  it('are not checked against a file that does not parse: no false "unknown" problems', () => {
    kb = copyKnowledge();
    kb.edit('contested.yaml', (s) => s.replace('answer: [p4.s2]', 'answer: [p4.s2'));
    const found = problemsOf(kb);
    expect(found.filter((p) => p.file === 'facts.yaml')).toEqual([]);
    expect(found.some((p) => p.file === 'contested.yaml' && /not valid YAML/.test(p.message))).toBe(true);
  });
});

describe('a YAML syntax error', () => {
  it('is reported as file:line:col, with the line as written and what to do', () => {
    kb = copyKnowledge();
    kb.edit('qa.yaml', (s) =>
      s.replace('  question: Did IS shoot down a plane?', '  question: [Did IS shoot down a plane?'),
    );
    const lineNo =
      kb
        .read('qa.yaml')
        .split('\n')
        .findIndex((l) => l.includes('[Did IS shoot')) + 1;
    const [problem] = problemsOf(kb).filter((p) => p.file === 'qa.yaml');
    if (!problem) throw new Error('no problem in qa.yaml');
    const text = formatProblem(problem);
    expect(text).toMatch(new RegExp(`^qa\\.yaml:${lineNo}:\\d+: not valid YAML: `));
    // The offending line, as written, under the message, and what to do about it.
    expect(text).toContain('\n    ' + '  question: [Did IS shoot down a plane?');
    expect(problem.message).toMatch(/close|quote|indent/i);
  });

  it('says to use spaces when a line is indented with a tab', () => {
    kb = copyKnowledge();
    kb.edit('synonyms.yaml', (s) => s.replace(/\n {2}words:/, '\n\twords:'));
    const [problem] = problemsOf(kb).filter((p) => p.file === 'synonyms.yaml');
    expect(problem?.line).toBeGreaterThan(0);
    expect(problem?.message).toMatch(/tab/i);
  });
});

describe('an unknown sentence id', () => {
  it('says which ids exist nearby and how to list them all, not only "see passages.json"', () => {
    kb = copyKnowledge();
    kb.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s9]'));
    const problem = problemsOf(kb).find((p) => p.entry === 'equipment-destroyed');
    expect(problem?.message).toMatch(/^unknown sentence id "p4\.s9": paragraph 4 has p4\.s1 to p4\.s3 /);
    expect(problem?.message).toContain('npm run knowledge:check -- --sentences');
    expect(problem?.message).toContain('/kb sentences');
  });

  it('npm run knowledge:check -- --sentences lists every id with its sentence', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/cli/knowledge-check.ts'),
        '--sentences',
        '--knowledge',
        KNOWLEDGE_DIR,
      ],
      { cwd: ROOT },
    );
    const read = readSentences(KNOWLEDGE_DIR);
    if (!read.ok) throw new Error('passages.json should read');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(read.passages.length);
    expect(lines).toContain(`p4.s1   ${read.passages.find((p) => p.id === 'p4.s1')?.text}`);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/app/load-engine.ts';
import { MAX_QUOTES } from '../../src/engine/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { formatProblem, type Problem } from '../../src/knowledge/problems.ts';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy | undefined;
afterEach(() => kb?.remove());

function problemsAfter(file: string, change: (content: string) => string): Problem[] {
  kb = copyKnowledge();
  kb.edit(file, change);
  const result = loadKnowledge(kb.dir);
  if (result.ok) throw new Error('expected the knowledge to be rejected');
  return result.problems;
}

describe('loadKnowledge', () => {
  it('accepts the project knowledge base', () => {
    const result = loadKnowledge(KNOWLEDGE_DIR);
    expect(result.ok).toBe(true);
  });

  it.each<[string, string, (s: string) => string, Omit<Partial<Problem>, 'message'> & { message: RegExp }]>([
    [
      'an unknown sentence id',
      'qa.yaml',
      (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s9]'),
      {
        file: 'qa.yaml',
        entry: 'equipment-destroyed',
        field: 'answer[0]',
        message: /unknown sentence id "p4\.s9"/,
      },
    ],
    [
      'a duplicate entry id',
      'qa.yaml',
      (s) => s.replace('- id: toll-observatory', '- id: death-toll'),
      { file: 'qa.yaml', entry: 'death-toll', field: 'id', message: /duplicate id/ },
    ],
    [
      'a duplicate question',
      'qa.yaml',
      (s) => s.replace('question: Did IS shoot down a plane?', 'question: What was the death toll?'),
      {
        file: 'qa.yaml',
        entry: 'plane-shot-down',
        field: 'question',
        message: /duplicate question .*"death-toll"/,
      },
    ],
    [
      'a quote that is not verbatim',
      'qa.yaml',
      (s) => s.replace('answer: [p4.s3]', 'answer: ["Several tanks were destroyed by the US."]'),
      {
        file: 'qa.yaml',
        entry: 'equipment-destroyed',
        field: 'answer[0]',
        message: /not verbatim in the article/,
      },
    ],
    [
      'an empty answer',
      'qa.yaml',
      (s) => s.replace('answer: [p4.s3]', 'answer: []'),
      { file: 'qa.yaml', entry: 'equipment-destroyed', field: 'answer', message: /at least one/ },
    ],
    [
      'a missing question',
      'qa.yaml',
      (s) => s.replace('  question: Did IS shoot down a plane?\n', ''),
      { file: 'qa.yaml', entry: 'plane-shot-down', field: 'question', message: /missing/ },
    ],
    [
      'an unknown field',
      'qa.yaml',
      (s) => s.replace('- id: duration\n', '- id: duration\n  anwser: [p4.s1]\n'),
      { file: 'qa.yaml', entry: 'duration', message: /unknown field.*anwser/ },
    ],
    [
      'broken YAML',
      'qa.yaml',
      (s) => s.replace('- id: duration\n', '- id: duration\n   question: [unclosed\n'),
      { file: 'qa.yaml', message: /not valid YAML/ },
    ],
    [
      'an unknown speaker',
      'attributions.yaml',
      (s) => s.replace('speaker: syria-and-russia', 'speaker: damascus-and-moscow'),
      {
        file: 'attributions.yaml',
        entry: 'p4.s2',
        field: 'speaker',
        message: /unknown speaker "damascus-and-moscow"/,
      },
    ],
    [
      'an attribution whose sentence moved',
      'attributions.yaml',
      (s) => s.replace('- sentence: p4.s2', '- sentence: p4.s3'),
      { file: 'attributions.yaml', entry: 'p4.s3', field: 'starts', message: /the ids moved/ },
    ],
    [
      'a name given to two entities',
      'entities.yaml',
      (s) => s.replace('aliases: [reuters,', 'aliases: [pentagon, reuters,'),
      {
        file: 'entities.yaml',
        entry: 'reuters',
        field: 'aliases',
        message: /"pentagon" is also a name of "pentagon"/,
      },
    ],
    [
      'a passage index out of date',
      'passages.json',
      (s) => s.replace('"speaker": "syrian-army"', '"speaker": "observatory"'),
      { file: 'passages.json', message: /out of date.*knowledge:build/ },
    ],
    [
      'a passage that is not verbatim',
      'passages.json',
      (s) =>
        s.replace(
          'Damascus and Moscow put the death toll to 62.',
          'Damascus and Moscow put the death toll at 62.',
        ),
      { file: 'passages.json', entry: 'p4.s2', field: 'text', message: /not verbatim/ },
    ],
    [
      'a contested side with an unknown id',
      'contested.yaml',
      (s) => s.replace('answer: [p4.s2]', 'answer: [p4.s22]'),
      {
        file: 'contested.yaml',
        entry: 'death-toll',
        field: 'sides[1].answer[0]',
        message: /unknown sentence id/,
      },
    ],
  ])('reports %s with file, entry and field', (_name, file, change, expected) => {
    const problems = problemsAfter(file, change);
    const { message, ...where } = expected;
    expect(problems).toContainEqual(
      expect.objectContaining({ ...where, message: expect.stringMatching(message) }),
    );
  });

  it('reports every problem at once, each with a line number a moderator can go to', () => {
    const problems = problemsAfter('qa.yaml', (s) =>
      s.replace('answer: [p4.s3]', 'answer: [p4.s9]').replace('answer: [p5.s2]', 'answer: ["made up text"]'),
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
    expect(formatProblem(problems[0] as Problem)).toMatch(
      /^qa\.yaml:\d+ › entry "[\w-]+" › field "answer\[0\]": /,
    );
  });

  it('warns (without refusing) when a curated answer lists more sentences than an answer shows', () => {
    kb = copyKnowledge();
    kb.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s3, p4.s1, p4.s2, p5.s1]'));
    const result = checkKnowledge(kb.dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'qa.yaml',
        entry: 'equipment-destroyed',
        field: 'answer',
        message: `4 sentences: only the first ${MAX_QUOTES} are shown at once, the rest behind "More"`,
      }),
    );
    expect(loadKnowledge(kb.dir).ok).toBe(true);
  });

  it('says nothing of an entry marked `more: true`, nor of the stock knowledge as installed', () => {
    kb = copyKnowledge();
    const stock = checkKnowledge(kb.dir);
    if (!stock.ok) throw new Error(stock.problems.map(formatProblem).join('\n'));
    expect(stock.warnings).toEqual([]);
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s3]', 'answer: [p4.s3, p4.s1, p4.s2, p5.s1]\n  more: true'),
    );
    const marked = checkKnowledge(kb.dir);
    if (!marked.ok) throw new Error(marked.problems.map(formatProblem).join('\n'));
    expect(marked.warnings.filter((w) => w.entry === 'equipment-destroyed')).toEqual([]);
    // The stock entry that means it: without its mark, the warning comes back.
    kb.edit('qa.yaml', (s) => s.replace('  more: true\n  note: Contested', '  note: Contested'));
    const unmarked = checkKnowledge(kb.dir);
    expect(unmarked.ok && unmarked.warnings.map((w) => w.entry)).toEqual(['intent']);
  });

  it('resolves an answer pasted as verbatim text to its sentence id', () => {
    kb = copyKnowledge();
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s3]', 'answer: ["several tanks and military vehicles were destroyed"]'),
    );
    const result = loadKnowledge(kb.dir);
    expect(result.ok && result.kb.qa.find((q) => q.id === 'equipment-destroyed')?.answerIds).toEqual([
      'p4.s3',
    ]);
  });

  it('reports a missing file instead of throwing', () => {
    kb = copyKnowledge();
    kb.remove();
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/cannot read/);
  });
});

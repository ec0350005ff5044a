/**
 * The `ask --json` contract (../shared/docs/ask-json.md), end to end through npm's script:
 * one JSON line per non-empty input line, in order, nothing else on stdout, exit 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAskLine } from '../src/adapters/ask-json.ts';
import { normalizeForCompare } from '../src/text/normalize.ts';
import { copyKnowledge, KNOWLEDGE_DIR } from './support/knowledge-copy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const article = normalizeForCompare(readFileSync(join(KNOWLEDGE_DIR, 'article.txt'), 'utf8'));

function askJson(input: string, extra: string[] = []) {
  const result = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', ...extra], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { ...result, lines: result.stdout.split('\n').filter((l) => l !== '') };
}

describe('npm run --silent ask -- --json', () => {
  const questions = [
    'How many soldiers were killed?',
    '',
    '   ',
    'What is the boiling point of water?',
    `${'x'.repeat(10_000)}`,
    '@everyone <@&123456789012345678> how long did the raid last',
    'Сколько погибло? 🔥\u0007',
  ];
  const run = askJson(`${questions.join('\n')}\n`);

  it('exits 0 and writes one JSON object per non-empty line, in order, and nothing else', () => {
    expect(run.status).toBe(0);
    const expected = questions.filter((q) => q.trim() !== '');
    expect(run.lines).toHaveLength(expected.length);
    run.lines.forEach((line, i) => {
      const parsed = JSON.parse(line);
      expect(parsed.question).toBe(expected[i]);
    });
  });

  it('has exactly the contract fields with the right types', () => {
    for (const line of run.lines) {
      const a = JSON.parse(line);
      expect(Object.keys(a).sort()).toEqual(['answered', 'confidence', 'ms', 'qa', 'question', 'quotes']);
      expect(typeof a.answered).toBe('boolean');
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(typeof a.ms).toBe('number');
      expect(a.quotes.length).toBeLessThanOrEqual(3);
      if (!a.answered) expect(a.quotes).toEqual([]);
      for (const q of a.quotes) {
        expect(Object.keys(q).sort()).toEqual(['id', 'source', 'speaker', 'text']);
        expect(q.id).toMatch(/^p\d+\.s\d+$/);
        expect(article).toContain(normalizeForCompare(q.text));
        expect(q.source).toBe('DW, 18 September 2016');
        expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
      }
    }
  });

  it('answers the toll with both sides and their speakers, abstains off topic and on junk', () => {
    const [toll, offTopic, tooLong, withMentions, otherScript] = run.lines.map((l) => JSON.parse(l));
    expect(toll.answered).toBe(true);
    expect(toll.qa).toBe('death-toll');
    expect(toll.quotes.map((q: { speaker: string }) => q.speaker)).toEqual([
      expect.stringMatching(/Observatory/),
      expect.stringMatching(/Damascus and Moscow/),
    ]);
    expect(offTopic).toMatchObject({ answered: false, quotes: [], qa: null });
    expect(tooLong).toMatchObject({ answered: false, quotes: [] });
    expect(withMentions.quotes[0].text).toMatch(/40 minutes/);
    expect(otherScript).toMatchObject({ answered: false, quotes: [] });
  });

  it('answers from another knowledge folder with --knowledge', () => {
    const copy = copyKnowledge();
    try {
      copy.edit('qa.yaml', (s) =>
        s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s3]\n\n- id: location'),
      );
      const other = askJson('How long did the airstrike last?\n', ['--knowledge', copy.dir]);
      expect(other.status).toBe(0);
      expect(JSON.parse(other.lines[0] as string).quotes[0].id).toBe('p4.s3');
    } finally {
      copy.remove();
    }
  });

  it('explains a broken knowledge folder on stderr and exits non-zero', () => {
    const copy = copyKnowledge();
    try {
      copy.edit('qa.yaml', (s) => s.replace('answer: [p4.s3]', 'answer: [p4.s99]'));
      const broken = askJson('How long?\n', ['--knowledge', copy.dir]);
      expect(broken.status).not.toBe(0);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toMatch(
        /qa\.yaml:\d+ › entry "equipment-destroyed" › field "answer\[0\]": unknown sentence id "p4\.s99"/,
      );
    } finally {
      copy.remove();
    }
  });
});

describe('ask --json: conversation lines', () => {
  const turn = (question: string, conversation: string) => JSON.stringify({ question, conversation });
  const input = [
    turn('who is peter cook', 'a'),
    // The same follow-up in another conversation, and as a plain line: no context.
    turn('what did he say about moscow', 'b'),
    'what did he say about moscow',
    turn('what did he say about moscow', 'a'),
    // Malformed JSON is a plain question, answered as received.
    '{"question": "how long did the raid last", "conversation": "a"',
    turn('who is samantha power', 7 as unknown as string),
    JSON.stringify({ question: 'what did she call moscow', conversation: 7 }),
  ];
  const run = askJson(`${input.join('\n')}\n`);
  const lines = run.lines.map((l) => JSON.parse(l));

  it('answers every line, with the question text as `question`', () => {
    expect(run.status).toBe(0);
    expect(lines.map((l) => l.question)).toEqual([
      'who is peter cook',
      'what did he say about moscow',
      'what did he say about moscow',
      'what did he say about moscow',
      input[4],
      'who is samantha power',
      'what did she call moscow',
    ]);
  });

  it("answers a turn in its conversation's context, and says how it read it", () => {
    const followUp = lines[3];
    expect(followUp.answered).toBe(true);
    expect(followUp.quotes[0].text).toMatch(/informed Moscow of its plans/);
    expect(followUp.reading).toBe("Reading 'he' as Peter Cook");
    expect(lines[6].quotes[0].speaker).toMatch(/^Samantha Power/);
  });

  it('keeps other conversations and plain lines apart', () => {
    for (const alone of [lines[1], lines[2]]) {
      expect(alone.reading).toBeUndefined();
      expect(alone.quotes.map((q: { speaker: string }) => q.speaker)).not.toContain(
        'Peter Cook, US Defense Department (Pentagon) spokesman',
      );
    }
    // The malformed line is a question on its own: answered as received, not as a turn of "a".
    expect(lines[4].reading).toBeUndefined();
  });
});

describe('parseAskLine', () => {
  it.each([
    ['how long did it last', { question: 'how long did it last', conversation: null }],
    ['{"question": "and why?", "conversation": "c7"}', { question: 'and why?', conversation: 'c7' }],
    ['{"question": "and why?", "conversation": 12}', { question: 'and why?', conversation: '12' }],
    ['{"question": "alone"}', { question: 'alone', conversation: null }],
    ['{"question": "x", "conversation": {"id": 1}}', { question: 'x', conversation: null }],
    [
      '{"question": 5, "conversation": "c1"}',
      { question: '{"question": 5, "conversation": "c1"}', conversation: null },
    ],
    ['{"question": "broken"', { question: '{"question": "broken"', conversation: null }],
    ['["question"]', { question: '["question"]', conversation: null }],
  ])('%s', (line, expected) => {
    expect(parseAskLine(line)).toEqual(expected);
  });
});

describe('npm run ask -- "question"', () => {
  it('prints the quotes with their speakers as text', () => {
    const out = execFileSync('npm', ['run', '--silent', 'ask', '--', 'who', 'did', 'Power', 'accuse?'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/grandstanding/);
    expect(out).toMatch(/Samantha Power, US ambassador to the UN/);
  });
});

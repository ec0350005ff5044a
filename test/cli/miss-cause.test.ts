/**
 * npm run eval -- --causes: why a question was missed, from the answer given and, for an
 * abstention, the best candidate the engine had. Made-up answers, no engine.
 */
import { describe, expect, it } from 'vitest';
import { curatedMissCause, missCause } from '../../src/cli/miss-cause.ts';
import type { Answer } from '../../src/engine/answer.ts';

const answer = (answered: boolean, ...texts: string[]): Answer =>
  ({
    answered,
    quotes: texts.map((text, i) => ({ id: `p${i}`, text })),
  }) as unknown as Answer;

const asked = { expect: ['reopened to visitors'] };
const right = 'The lighthouse reopened to visitors on Saturday.';
const wrong = 'The restoration cost 2.4 million euros.';
const never = () => {
  throw new Error('the best candidate is asked only for an abstention');
};

describe('missCause', () => {
  it('is null for a right first quote and for a question rightly refused', () => {
    expect(missCause(asked, answer(true, right), never)).toBeNull();
    expect(missCause({ expect: null, kind: 'near' }, answer(false), never)).toBeNull();
  });

  it('tells an abstention whose best candidate was right from one whose was wrong', () => {
    expect(missCause(asked, answer(false), () => answer(true, right))).toBe(
      'abstained, best candidate right',
    );
    expect(missCause(asked, answer(false), () => answer(true, wrong, right))).toBe(
      'abstained, right in its top three',
    );
    expect(missCause(asked, answer(false), () => answer(true, wrong))).toBe(
      'abstained, best candidate wrong',
    );
  });

  it('tells a wrong answer from a right quote shown second', () => {
    expect(missCause(asked, answer(true, wrong, right), never)).toBe('answered, right quote 2nd or 3rd');
    expect(missCause(asked, answer(true, wrong), never)).toBe('answered wrong');
  });

  it('names a question to refuse that was answered, near or off topic', () => {
    expect(missCause({ expect: null, kind: 'near' }, answer(true, wrong), never)).toBe(
      'answered, should abstain (near)',
    );
    expect(missCause({ expect: null }, answer(true, wrong), never)).toBe('answered, should abstain (off)');
  });
});

describe('curatedMissCause', () => {
  const curated = (qa: string | null, ...texts: string[]) => ({ ...answer(true, ...texts), qa });
  const passages =
    (...texts: string[]) =>
    () =>
      texts;

  it('is null when no curated entry answered or its first quote is right', () => {
    expect(curatedMissCause(asked, curated(null, wrong), passages(right))).toBeNull();
    expect(curatedMissCause(asked, curated('reopening', right), never)).toBeNull();
    expect(curatedMissCause(asked, { ...answer(false), qa: null }, never)).toBeNull();
  });

  it('tells where the right sentence stood among the passages', () => {
    expect(curatedMissCause(asked, curated('cost', wrong), passages(right, wrong))).toBe(
      'curated, the best passage right',
    );
    expect(curatedMissCause(asked, curated('cost', wrong), passages(wrong, right))).toBe(
      'curated, a lower passage right',
    );
    expect(curatedMissCause(asked, curated('cost', wrong), passages(wrong))).toBe(
      'curated, no passage of the best five right',
    );
    expect(curatedMissCause(asked, curated('cost', wrong, right), never)).toBe(
      'curated, right quote 2nd or 3rd',
    );
  });

  it('names a question to refuse that a curated entry answered', () => {
    expect(curatedMissCause({ expect: null, kind: 'near' }, curated('cost', wrong), never)).toBe(
      'curated, should abstain (near)',
    );
  });
});

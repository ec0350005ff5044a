/**
 * An exchange (contested.yaml `speakers: true`): each side is one speaker's words. A question
 * naming the speakers of two sides ("what did holm and brandt say", "holm vs brandt") gets every
 * side; one naming one speaker gets that speaker's words alone. On the made-up dam plan
 * (test/fixtures/tiny-exchange: the mayor's and the farmer's words).
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-exchange');
const ids = (question: string) => engine.answer(question).quotes.map((q) => q.id);

describe('an exchange of two speakers', () => {
  it('is asked by naming both: every side is quoted', () => {
    for (const question of ['what did holm and brandt say', 'holm vs brandt, who said what']) {
      const answer = engine.answer(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.contested?.id, question).toBe('dam-exchange');
      expect(
        ids(question).some((id) => id.startsWith('p3.')),
        question,
      ).toBe(true);
      expect(
        ids(question).some((id) => id.startsWith('p4.')),
        question,
      ).toBe(true);
    }
  });

  it('is not asked by naming one of them: their words alone', () => {
    const mayor = engine.answer('what did the mayor say');
    expect(mayor.contested).toBeNull();
    expect(ids('what did the mayor say').every((id) => id.startsWith('p3.'))).toBe(true);
    expect(engine.answer('what did brandt say').contested).toBeNull();
  });

  it('is not asked by sides weighed of something else ("does anyone disagree with the cost")', () => {
    expect(engine.answer('does anyone disagree with the cost').contested).toBeNull();
    expect(engine.answer('do people disagree about when work starts').contested).toBeNull();
  });

  it('is not asked by naming both about something else they did ("did brandt leave while holm spoke")', () => {
    for (const question of ['did brandt leave while holm spoke', 'brandt left when holm talked, right?']) {
      expect(engine.answer(question).contested, question).toBeNull();
    }
  });

  it('is not asked by whom the words were about', () => {
    expect(engine.answer('what did the mayor say about brandt').contested).toBeNull();
  });
});

describe('an exchange asked by two questions of one message, one speaker each', () => {
  it('gets every side, as naming both in one question does', () => {
    for (const question of [
      'what did holm say the dam would cost, and what did brandt predict?',
      'what did the mayor say about the cost? and what did the farmer say would flood?',
    ]) {
      const answer = engine.answer(question);
      expect(answer.contested?.id, question).toBe('dam-exchange');
      expect(
        ids(question)
          .slice(0, 3)
          .some((id) => id.startsWith('p3.')),
        question,
      ).toBe(true);
      expect(
        ids(question)
          .slice(0, 3)
          .some((id) => id.startsWith('p4.')),
        question,
      ).toBe(true);
    }
    // Not when a question asks something else of them: the walk-out is no side.
    expect(
      engine.answer('what did holm say the dam would cost, and did brandt walk out?').contested,
    ).toBeNull();
  });
});

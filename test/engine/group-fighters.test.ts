/**
 * Issue 11: an armed group's fighters ("IS fighters", "daesh fighters") are its troops, not
 * fighter planes; and a cleft putting whom it was ("it wasn't IS fighters the strike killed,
 * right?") asks who the dead were, which the quotes answer, not whether these died too. Before,
 * "fighters" read as planes too and the question was answered with Australia's aircraft. On the
 * real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('"IS fighters" are people', () => {
  it('the rest being IS fighters is a claim about the dead', () => {
    const a = engine.answer('i heard the syrian army only lost like 20 guys and the rest were IS fighters?');
    expect(a.quotes[0]?.text).toMatch(/killed at least 90 regime troops/);
  });

  it('a cleft on whom the strike killed is answered by the regime troops killed, not aircraft', () => {
    for (const q of [
      'it wasnt IS fighters the strike killed, right?',
      'it was isis fighters the strike killed, right?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(/killed (?:dozens of Syrian soldiers|at least 90 regime troops)/);
    }
  });

  it('whether the group lost fighters is still not told', () => {
    for (const q of ['were IS fighters killed', 'how many IS fighters did the strike kill']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });

  it('fighter jets stay planes', () => {
    const a = engine.answer('whose fighter jets took part in the strike');
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.text).join(' ')).toMatch(/whose aircraft took part/);
  });
});

describe('how long a name did something that the quotes of a length never tell of', () => {
  it('how long IS fighters stayed is not the raid', () => {
    expect(engine.answer('how long did IS fighters stay on the area').answered).toBe(false);
  });

  it('how long the US strike lasted is', () => {
    const a = engine.answer('how long did the US strike last');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/lasted for 40 minutes/);
  });
});

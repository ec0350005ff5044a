/**
 * "what did russia say about the pilots" -> "sorry, the US representatives not the pilots": a noun
 * phrase, then "not" and another, sets the second aside as "sorry not the pilots, the US
 * representatives" does (follow-up-reading.ts negatedClauses): what Russia said of the US
 * representatives. Not "or not", "did not": no phrase set aside there.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"X not Y" in a correction', () => {
  it('sets Y aside, as "not Y, X" does', () => {
    const [first, meant] = ask(
      'what did moscow say about the pilots',
      'oops, the US representatives not the pilots',
    );
    expect(first?.quotes[0]?.text).toContain('pilots');
    expect(meant?.quotes[0]?.text).toContain('slammed US representatives');
  });

  it('"or not" sets nothing aside', () => {
    const [, asked] = ask('what did moscow say about the pilots', 'the pilots, on purpose or not?');
    expect(asked?.quotes[0]?.text ?? '').not.toContain('slammed US representatives');
  });
});

describe('"wait not X, ..." in a correction', () => {
  it('sets X aside as "sorry not X, ..." does (the reader drops "wait" and the "not" before a name)', () => {
    for (const opener of ['wait not australia', 'oops not australia', 'sorry not australia']) {
      const [, meant] = ask('what did australia say', `${opener}, what did the US military say`);
      expect(meant?.answered, opener).toBe(true);
      expect(meant?.quotes[0]?.id, opener).toBe('p5.s1');
    }
  });
});

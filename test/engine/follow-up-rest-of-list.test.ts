/**
 * A bare "what else" after a question of one thing that the sentence just quoted names in a list
 * (follow-up-answers.ts, listGoesOn): "how many tanks got hit" -> "and what else" asks the rest of
 * that list (the same sentence: "... alongside with four mortars and an anti-aircraft gun"), not
 * the next sentence of the article. After someone's words, "what else" is still what they said next.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"what else" after one item of a list', () => {
  it('"and what else" after the tanks: the rest of the list, the same sentence', () => {
    const [, a] = ask('how many tanks got hit', 'and what else');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('four mortars');
  });

  it('"what else besides tanks" after a count of tanks: answered with the list, not the count asked', () => {
    const [, a] = ask('how many tanks', 'sorry, I mean what else besides tanks');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('four mortars');
  });

  it('"what else" after what Power said: what she said next', () => {
    const [first, a] = ask('what did power say', 'what else');
    expect(a?.quotes[0]?.id).not.toBe(first?.quotes[0]?.id);
  });
});

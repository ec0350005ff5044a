/**
 * "what did the american military say" -> "why did they stop": a why naming nobody whose own words
 * the first quote does not hold and exactly one later quote does ("the strike was aborted as soon
 * as ...") asks why of that quote, which leads (follow-up-answers.ts quoteAskedOf). Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of what a later quote of the answer told', () => {
  it('leads with that quote', () => {
    const [first, why] = ask('what did the american military say', 'why did they stop');
    expect(first?.quotes[0]?.text).toContain('coalition sortie was launched');
    expect(first?.quotes.map((q) => q.text).join(' ')).toContain('aborted');
    expect(why?.answered).toBe(true);
    expect(why?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
  });
});

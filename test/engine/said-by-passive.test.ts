/**
 * A speaker named after a verb of saying in the passive ("confirmed by damascus", "reported by the
 * observatory") is whose word is asked, as after "according to" (made-up questions, none of an
 * evaluation set): answered by their quote, and left unanswered when no quote is theirs.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a verb of saying in the passive names the speaker asked', () => {
  it.each([
    ['was the plane shootdown announced by IS?', 'p8.s1'],
    ['was the strike confirmed by the US military?', 'p5.s1'],
  ])('"%s" is answered by their words (%s)', (question, id) => {
    expect(engine.answer(question).quotes[0]?.id).toBe(id);
  });
  it.each([
    "the IS plane shootdown wasn't confirmed by Damascus, right?",
    'was the shootdown of the regime jet confirmed by the pentagon?',
  ])('"%s" is not answered: no quote of theirs says so', (question) => {
    expect(engine.answer(question).quotes).toEqual([]);
  });
});

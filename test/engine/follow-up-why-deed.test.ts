/**
 * "did australian planes take part" -> "why were they flying alongside the americans": a why of a
 * deed the article tells of them beside their words ("Australia, whose aircraft took part in the
 * strike, also offered 'condolences ...'"). Their words are their reasons only for what they said,
 * for what the turn before asked them to have said, or for what the sentence tells as said; their
 * condolences are no reason for the flight, so the follow-up is not answered (conversation.ts
 * reasonNotGiven; a why that restates the turn before: follow-up-answers.ts sameAnswer, theirWords).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of a deed told beside whose words it quotes', () => {
  it('is not answered by their words, which give no reason for it', () => {
    const [first, why] = ask(
      'did australian planes take part',
      'why were they flying alongside the americans',
    );
    expect(first?.quotes[0]?.text).toContain('whose aircraft took part in the strike');
    expect(why?.answered).toBe(false);
  });

  it('is not answered by the same sentence again when the why restates the turn before', () => {
    const [first, why] = ask('was australia part of the raid', 'why did they even take part');
    expect(first?.quotes[0]?.text).toContain('whose aircraft took part in the strike');
    expect(why?.answered).toBe(false);
  });

  it('still takes words told as said as their reasons', () => {
    const [first, why] = ask('did the pentagon tell moscow', 'why?');
    expect(first?.quotes[0]?.text).toContain('Peter Cook said');
    expect(why?.answered).toBe(true);
  });

  it('still takes their words as their reasons for what they said', () => {
    const [first, why] = ask('what did australia say', 'why did they say that');
    expect(first?.answered).toBe(true);
    expect(why?.answered).toBe(true);
  });
});

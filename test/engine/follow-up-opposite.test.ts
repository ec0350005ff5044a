/**
 * "what the US want from russia" -> "sorry opposite, what russia want from the US": "opposite"
 * (chat.yaml corrections and followUpOpeners) corrects the turn before, and the whole question
 * after it is asked as it stands; alone ("opposite", "no the opposite") it asks the question
 * before with its two parties swapped, as "other way round" does (conversation.ts swappedRound).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"opposite" corrects the turn before', () => {
  it('a whole question after it is asked as it stands', () => {
    const [, a] = ask('what the US want from russia', 'sorry opposite, what russia want from the US');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p3.s1');
  });

  it('alone, it swaps the two parties of the question before', () => {
    const [, a] = ask('where was power when churkin spoke', 'no the opposite');
    expect(a?.reading).toBe('Reading this as "where was churkin when power spoke"');
  });
});

/**
 * "how many passengers died" -> "were they tourists?": "they" stands for what the question before
 * named in the plural (the passengers), not for whoever its answer quoted (the coastguard, whose
 * sentence gave the toll). Not after a question whose answer names whom ("which countries took
 * part" -> "what did they say"), nor a "they" that speaks (follow-up-reading.ts pluralNamed). On
 * a made-up ferry sinking (test/fixtures/tiny-toll).
 */
import { describe, expect, it } from 'vitest';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

describe('a plural pronoun after a question that named a plural thing', () => {
  const engine = fixtureEngine('tiny-toll');

  it('stands for that thing, not for the source of the answer', () => {
    const [toll, asked] = askInTurn(engine, 'how many passengers died', 'were they tourists?');
    expect(toll?.answered).toBe(true);
    expect(asked?.reading ?? '').not.toContain('coastguard');
    expect(asked?.answered).toBe(true);
    expect(asked?.quotes[0]?.text).toContain('tourists');
  });

  it('still stands for a body that speaks', () => {
    const [, said] = askInTurn(engine, 'what did the coastguard say', 'what did they say about the toll?');
    expect(said?.answered).toBe(true);
  });
});

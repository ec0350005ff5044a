/**
 * "what did the coastguard say after the sinking": the question asks what came after, so a
 * sentence that places what it says before ("Previously, the coastguard said ...") ranks below
 * one that says "after the sinking" (rank.ts, asksAfter). On the made-up ferry sinking
 * (test/fixtures/tiny-after: tiny-told with what the coastguard said before and after).
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-after');

describe('a question asking what came after', () => {
  it('is not answered by what was said before', () => {
    for (const question of [
      'what did the coastguard say after the sinking',
      'what did the coastguard say about the ship after it sank',
    ]) {
      const answer = engine.answer(question);
      expect(answer.quotes[0]?.text).toBe(
        'After the sinking, the coastguard said the ship had sent no distress call.',
      );
    }
  });

  it('leaves a question asking before as it was', () => {
    const answer = engine.answer('what did the coastguard say before the sinking');
    expect(answer.quotes[0]?.text).toBe('Previously, the coastguard said the ship was safe from sinking.');
  });
});

describe('a correction that turns the question before to after', () => {
  it('asks that question after, not what was said next', () => {
    const [first, then] = askInTurn(
      engine,
      'what did the coastguard say before the sinking',
      'my bad, i mean after it',
    );
    expect(first?.quotes[0]?.text).toBe('Previously, the coastguard said the ship was safe from sinking.');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.text).toBe(
      'After the sinking, the coastguard said the ship had sent no distress call.',
    );
  });
});

describe('the Pentagon asked after the strike (the article)', () => {
  // The US military's words answer for the Pentagon: bodies of one kind under one parent
  // (decide.ts, siblingsOf); "Previously, ... Cook said" answers before, not after.
  it('is answered by what the US military said after the attack', () => {
    const engine = projectEngine();
    const alone = engine.answer('what did the pentagon say after the strike');
    expect(alone.answered).toBe(true);
    expect(alone.quotes[0]?.id).not.toBe('p17.s1');
    expect(alone.quotes[0]?.speaker?.id).toBe('us-military');
    const [, then] = askInTurn(
      engine,
      'what did the pentagon say before the strike',
      'my bad, i mean after it',
    );
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.speaker?.id).toBe('us-military');
  });
});

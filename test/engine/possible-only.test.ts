/**
 * Near-topic abstention (issue 11): a question asking whether a thing happened after the story,
 * which the article has only as a possibility ("The disaster could end the ferry service"), is
 * not answered by that possibility; and "how come" alone asks nothing. On the made-up ferry
 * sinking (test/fixtures/tiny-possible: tiny-after with a sentence of what could come).
 */
import { describe, expect, it } from 'vitest';
import { howComeAsWhy } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-possible');
const POSSIBLE = 'The disaster could end the ferry service to the islands.';

describe('a later outcome the article has only as a possibility', () => {
  it('is not answered by the sentence that says it could happen', () => {
    for (const question of [
      'did the ferry service end after this?',
      'so did the ferry service to the islands stop afterwards or not',
    ])
      expect(engine.answer(question).quotes.map((q) => q.text)).not.toContain(POSSIBLE);
  });

  it('is not answered by it when asked whether it came to be in fact ("officially", "actually")', () => {
    for (const question of [
      'did the ferry service officially end',
      'did the ferry service to the islands actually stop',
    ])
      expect(engine.answer(question).quotes.map((q) => q.text)).not.toContain(POSSIBLE);
  });

  it('still answers the possibility asked as one', () => {
    expect(engine.answer('could the sinking end the ferry service?').quotes[0]?.text).toBe(POSSIBLE);
  });
});

describe('"how come" asks why', () => {
  it('reads as "why", its "come" no topic', () => {
    expect(howComeAsWhy(tokenize('how come the ferry sank')).map((t) => t.word)).toEqual([
      'why',
      'the',
      'ferry',
      'sank',
    ]);
    expect(howComeAsWhy(tokenize('how did they come back')).map((t) => t.word)).toContain('come');
  });
});

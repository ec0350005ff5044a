/**
 * "when is the next security council session": the next one, asked with "is", comes after the
 * story, so only a quote that tells what will or may come answers it (answer-type.ts
 * laterMissing); asked with "was", it is one the story may tell. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('"when is the next ..."', () => {
  it('is refused: the article tells only the meeting that was', () => {
    for (const q of ['when is the next security council session on syria', 'when is the next UN meeting'])
      expect(engine.answer(q).answered, q).toBe(false);
    const [, a] = askInTurn(
      engine,
      'what did churkin say',
      'diff topic, when is the next security council session on syria',
    );
    expect(a?.answered).toBe(false);
  });

  it('leaves the meeting that was answered', () => {
    expect(engine.answer('when was the UN meeting').answered).toBe(true);
  });
});

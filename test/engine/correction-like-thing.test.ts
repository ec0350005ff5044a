/**
 * A correction that asks again as the question before asked, of a thing of the same kind
 * ("how many tanks were destroyed" -> "sorry, how many mortars i wanted to say"): the thing is
 * swapped and the rest of the question before stands (conversation.ts likeThingSwapped). A
 * correction asking of another kind of thing ("how many soldiers") is asked as it stands.
 * Made-up conversations, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
/** The last answer of a conversation asked turn by turn. */
const last = (...questions: string[]): Answer => askInTurn(engine, ...questions).at(-1) as Answer;

describe('a correction asking again of a like thing', () => {
  it('keeps the rest of the question before', () => {
    for (const fix of [
      'sorry, how many mortars I wanted to say',
      'no, how many mortars',
      'no wait how many mortars',
    ]) {
      const a = last('how many tanks were destroyed', fix);
      expect(a.answered).toBe(true);
      expect(a.quotes[0]?.text).toContain('four mortars');
    }
  });

  it('asks a correction of another kind of thing as it stands', () => {
    const a = last('how many tanks were destroyed', 'sorry, how many soldiers');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/90|62/);
    // Nor one naming others than the question before: their count is not the same.
    expect(last('how many syrian troops died', 'sorry i meant IS fighters, how many of them').answered).toBe(
      false,
    );
  });
});

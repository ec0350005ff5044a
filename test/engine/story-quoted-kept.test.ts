/**
 * Issue 11, long messages: words quoted in the story a thin question follows ("chat keeps spamming
 * 'criminal negligence' ... who said it and about whom?") stay the article's words to find when
 * the question is read with that story: the sentence holding them leads, not the side of the
 * contested point the story's other words weigh first. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('words quoted in the story before a thin question', () => {
  it('the sentence holding them leads', () => {
    const q =
      "I was watching a video and the comments kept saying 'criminal negligence' about this. No idea where that phrase came from. Who said it and about whom?";
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/criminal negligence and direct connivance/);
  });
});

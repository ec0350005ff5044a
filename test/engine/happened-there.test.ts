/**
 * What happened at one thing of the story (issue 11; engine.ts happenedThere): "what happened
 * at the un" asks the story of the meeting, which the curated summary (the strike) does not
 * tell; the article's sentences on the thing named, in its order, answer it. Only a question of
 * what happened, the thing after "at", "in" or "with", and nothing else asked. Made-up wordings,
 * asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('what happened at a thing of the story', () => {
  it("answers with the article's sentences on it, in order", () => {
    expect(lead('so what happened at the security council')).toContain(
      'request an emergency UN Security Council',
    );
    expect(lead('quick one, what happened in the UN')).toContain('request an emergency UN Security Council');
  });

  it('leaves a question that asks more, or of a thing the article lacks, unanswered', () => {
    expect(engine.answer('what happened at the UN the following year').answered).toBe(false);
    expect(engine.answer('what happened with obama').answered).toBe(false);
  });

  it('leaves what the summary already tells as it was', () => {
    expect(lead('what happened at deir ez-zor')).toContain('Deir el-Zour');
  });
});

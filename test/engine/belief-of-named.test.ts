/**
 * "did they think the syrian soldiers were isis": what people named were taken for, the belief of
 * synonyms.yaml ("think they were") with the people between the verb and its "were"
 * (analyzer.ts believedOfNamed). It had read "think" as what they said, and the Syrian army's own
 * statement answered. Not a view of a deed: "think the strike was deliberate" reads as before. On
 * the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a belief of what people were taken for', () => {
  it('is answered by the sentence on whom they were mistaken for', () => {
    for (const q of [
      'what did they think the syrian soldiers were',
      'did they think the syrian soldiers were isis or what',
      'did they think them soldiers was ISIS',
    ]) {
      expect(engine.answer(q).quotes[0]?.id, q).toBe('p2.s1');
      expect(Object.keys(engine.explain(q).terms), q).toContain('c:belief');
    }
  });

  it("leaves a view of a deed, and the writer's own belief, as they were", () => {
    expect(Object.keys(engine.explain('did russia think the strike was deliberate').terms)).not.toContain(
      'c:belief',
    );
    expect(Object.keys(engine.explain('i thought the syrian soldiers were winning').terms)).not.toContain(
      'c:belief',
    );
  });
});

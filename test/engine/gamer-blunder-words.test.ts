/**
 * Issue 11, gamer slang: a "misplay" or "misclick" is a mistake, "teamkill" fire on one's own
 * side, "griefing" ruin on purpose (synonyms.yaml intent): each asks whether the strike was a
 * mistake, answered with both sides. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe("gamers' words for a blunder", () => {
  it('a misplay or griefing asks whether it was a mistake', () => {
    for (const q of [
      'was the airstrike a misplay or were they griefing',
      'ngl that teamkill on the syrian army, was it a misclick?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.contested?.id, q).toBe(engine.answer('was it a mistake').contested?.id);
    }
  });
});

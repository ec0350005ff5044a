/**
 * Issue 11: "were IS fighters killed" asks whether IS's fighters were killed: "IS" in capitals
 * where a name stands is the name, so "were" before it is the verb, not "where" typed as it sounds
 * ("were is the place" still asks where). Before, it was read "where is troops killed" and
 * answered with the toll. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('"were IS ..." is no "where is"', () => {
  it('whether IS fighters or troops were killed is not told, not read as where they were', () => {
    for (const q of ['were IS fighters killed', 'were IS troops killed']) {
      expect(engine.answer(q).answered, q).toBe(false);
    }
  });

  it('"were is" in lower case still asks where', () => {
    const a = engine.answer('were is the place they bombed');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/near Deir el-Zour/);
  });
});

/**
 * A question in the writer's own language, then asked again in English with a pronoun ("Pentagon
 * sozcusu Peter Cook ne dedi? what he said"): the foreign question is not read (engine.ts), but
 * the pronoun points at the names it gives, as it would at a question before.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('names of a question asked first in another language', () => {
  it('give the English question its pronoun', () => {
    const asked = first(engine.answer('what did Peter Cook say', []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer('Pentagon sozcusu Peter Cook ne dedi? what he said', []))).toBe(asked);
  });

  it('leave an English question with no pronoun as it is', () => {
    const asked = first(engine.answer('what did IS do after', []));
    expect(first(engine.answer('was hat der IS danach gemacht? what did IS do after', []))).toBe(asked);
  });
});

/**
 * A question pasted in quotation marks, then "is what" someone asked (issue 11): "\"who carried out
 * the strike?\" is what my friend asked" is the quoted question, asked, with who asked it as its
 * story, as when the asker comes first ("my friend asked \"...\"").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { withAskerFirst } from '../../src/engine/reader.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

describe('a quoted question, then who asked it', () => {
  it('puts the asker first', () => {
    expect(withAskerFirst('"who paid?" is what my friend asked')).toBe('my friend asked "who paid?"');
    expect(withAskerFirst('"who paid?" was what my teacher wanted to know')).toBe(
      'my teacher wanted to know "who paid?"',
    );
    expect(withAskerFirst('"who paid?" is a good question')).toBe('"who paid?" is a good question');
  });
  it('answers the quoted question', () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    const plain = engine.answer('who carried out the strike?').quotes[0]?.id;
    expect(plain).toBe('p5.s1');
    expect(engine.answer('"who carried out the strike?" is what my friend asked').quotes[0]?.id).toBe(plain);
  });
});

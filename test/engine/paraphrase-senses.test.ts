/**
 * Senses of words the article never uses, kept as data (synonyms.yaml, entities.yaml, chat.yaml
 * idioms): "the world body" is the UN; "hopeful" asks the outlook of the truce; "sit there"
 * is doing nothing (no place, no sitting of a meeting).
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (question: string) => engine.answer(question).quotes[0]?.id;

describe('senses of words the article never uses', () => {
  it('reads "among" as a word of its own: "among us" is no question of the US', () => {
    expect(engine.answer('lol ok, anyone up for among us tonight').answered).toBe(false);
  });

  it('reads "the world body" as the UN and "hopeful" as the outlook of the truce', () => {
    expect(first('what did the kremlin demand at the global body right after the bombs fell')).toBe('p9.s1');
    expect(first("how hopeful was the kremlin's man in new york about the peace effort")).toBe('p13.s2');
  });

  it('reads "sit there" as doing nothing', () => {
    expect(first("IS didn't just sit there after the strike, did they")).toBe('p6.s1');
  });
});

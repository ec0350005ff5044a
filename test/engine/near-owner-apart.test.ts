/**
 * Near-topic (issue 11): a person asked by their role in a thing ("the pilot of the plane IS shot
 * down") must be told of with that thing. The article has pilots only as "the Western pilots" and
 * the plane IS downed without its pilot, so answer-type.ts ownerApart refuses; the pilots Russia
 * accused, asked of the coalition's jets, are still answered.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a role asked of a thing no quote holds it with', () => {
  it('refuses the pilot of the plane IS shot down', () => {
    expect(engine.answer('was the pilot of the regime plane isis shot down captured').quotes).toHaveLength(0);
    expect(
      engine.answer('what happened to the pilot of the syrian plane that got shot down').quotes,
    ).toHaveLength(0);
  });
  it('still answers the pilots of the jets Russia accused', () => {
    const answer = engine.answer('what did russia accuse the pilots of the jets of');
    expect(answer.quotes[0]?.id).toBe('p7.s1');
  });
  it('still answers what the plane was: the quote holds the plane', () => {
    expect(engine.answer('what did IS say about the plane').quotes.length).toBeGreaterThan(0);
  });
});

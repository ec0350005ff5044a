/**
 * Sceptical arguers testing the bot: a demand for proof ("quote it", "where does it say ...")
 * asks for the sentence of what follows, not where something happened; "i'm lost" is how they
 * feel, not a loss; "so you're saying X?" asks X (chat.yaml filler and openers); "was meant for
 * IS" is what the raid was aimed at (reader.ts keeps "meant for"). Asked of the project's
 * article (knowledge/).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));

describe('a sceptical arguer', () => {
  it.each([
    // "where" of a demand for proof asks for no place.
    ['quote it. where does it say the raid was called off', 'p5.s2'],
    ['where does the article say the raid was meant for IS', 'p5.s1'],
    // "lost" of the writer's own confusion is no loss of ground.
    ["i'm lost, who battles the regime forces there", 'p5.s1'],
  ])('answers "%s" with %s first', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });
});

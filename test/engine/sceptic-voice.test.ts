/**
 * Sceptical arguers testing the bot: a demand for proof ("quote it", "where does it say ...")
 * asks for the sentence of what follows, not where something happened; "i'm lost" is how they
 * feel, not a loss; "so you're saying X?" asks X (chat.yaml filler and openers); "was meant for
 * IS" is what the raid was aimed at (reader.ts keeps "meant for"). A word the article quotes on
 * its own ("grandstanding") put to the wrong speaker names the sentence that quotes it
 * (engine.ts wordsQuotedAlone). Asked of the project's article (knowledge/).
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
    // Power's word, put to someone else.
    ["what did the syrian army mean by 'stunt'", 'p11.s1'],
  ])('answers "%s" with %s first', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });

  it('reads a word the article quotes alone in the story before a question as the story only', () => {
    expect(
      engine.answer("a 'stunt' with no stuntman: did the pentagon sack anyone over this?").status,
    ).not.toBe('answered');
  });
});

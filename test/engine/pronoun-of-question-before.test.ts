/**
 * Several questions read as one, after a story ("my uncle says the russians lie about
 * everything. when did the raid happen and how long did it go on?"): the first names its own
 * subject and a later one's "it" points back; the nearest thing it can stand for is the question
 * before it, not the story told before both (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe("a later question's pronoun after a story", () => {
  it('stands for what the question before names, not for the story', () => {
    const alone = engine.answer('when did the raid happen and how long did it go on?');
    const told = engine.answer(
      'my uncle keeps saying the russians lie about everything. when did the raid happen and how long did it go on?',
    );
    expect(told.answered).toBe(true);
    expect(told.reading ?? null).toBeNull();
    expect(told.quotes[0]?.id).toBe(alone.quotes[0]?.id);
  });

  it('is still read in the story when the first question has a pronoun of its own', () => {
    // "he" of the first question points into the story: the story is still read.
    const told = engine.answer('Peter Cook spoke on Sunday. what did he say and did they apologize?');
    expect(told.answered).toBe(true);
  });
});

/**
 * A question in the writer's own language, then asked again in English ("kitni der tak chala
 * attack? how long it was"): the English one is the question, on the tiny lighthouse story.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-asked'));

describe('a question asked again in English', () => {
  it('is answered as the English question alone', () => {
    const english = engine.answer('how much was it');
    const mixed = engine.answer('kitna paisa laga restoration? how much was it');
    expect(english.status).toBe('answered');
    expect(mixed.status).toBe('answered');
    expect(mixed.quotes[0]?.id).toBe(english.quotes[0]?.id);
    expect(mixed.confidence).toBe(english.confidence);
  });

  it('takes a question word the chat words gave for the writer\'s own ("kitna") as theirs, not one typed in English', () => {
    // "kitna" is read as "how much": still a word of the writer's language, so the English
    // question after it is the question (above). "who's" and "whos" are English as typed: the
    // chatter before "when does it reopen" is a question of its own, refused.
    for (const message of [
      "who's up for valorant later? when does it reopen",
      'whos up for valorant later? when does it reopen',
    ])
      expect(engine.answer(message).status).toBe('not-in-article');
    expect(engine.answer('when does it reopen').status).toBe('answered');
  });
});

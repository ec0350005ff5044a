/**
 * Engine.prime's long messages (longMessages): besides the curated questions told between
 * passages, one whose question leans on its story by a pronoun, so that the path that reads the
 * story as an earlier turn (followUp -> frameOf) is optimised before the first real such message.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { longMessages } from '../../src/engine/engine.ts';
import { ChatReader } from '../../src/engine/reader.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-talk'));
const { reader } = buildCorpus(engine.kb);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('longMessages (for prime)', () => {
  it('holds a story, then one question leaning on it by a pronoun, whole and under 500 characters', () => {
    const messages = longMessages(engine.kb);
    const leaning = messages.filter((m) => {
      const reading = reader.read(m);
      return (
        m.length <= 500 &&
        reading.context.length > 0 &&
        reading.questions.length === 1 &&
        /\b(?:they|he|she|them|their)\b/i.test(reading.questions[0]?.text ?? '')
      );
    });
    expect(leaning).toHaveLength(1);
  });

  it('one of them reads its story again as an earlier turn (the chat reader reads twice)', () => {
    const read = vi.spyOn(ChatReader.prototype, 'read');
    const reads = longMessages(engine.kb).map((m) => {
      read.mockClear();
      engine.answer(m);
      return read.mock.calls.length;
    });
    expect(reads.filter((n) => n === 2)).toHaveLength(1);
  });
});

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
});

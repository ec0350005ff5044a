/**
 * English as a second language (issue 11): a function word of the writer's own language dropped
 * in ("doch", "genau", "donc", "pero", "na naman") is chat filler, not a topic the article lacks;
 * a common word of it for what the story is about ("Soldaten", "combien") and a verb made from an
 * English noun the way Romance languages make it ("durated" from "duration": durar, durer) read
 * as their English word; "the current status of X" asks about X (chat.yaml).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));

describe('non-native English', () => {
  it.each([
    ['genau, how many soldiers died', 'p4.s1'],
    ['how many soldiers are dead, doch?', 'p4.s1'],
    ['how many Soldaten died', 'p4.s1'],
    ['how long durated the attack', 'p4.s1'],
    ['pero how long was durating the raid?', 'p4.s1'],
    // "actual" for "current" is filler already; "the current status of" asks what the article says of it.
    ['what is the current status of the ceasefire?', 'p13.s2'],
  ])('answers "%s" with %s among its quotes', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((q) => q.id)).toContain(id);
  });
});

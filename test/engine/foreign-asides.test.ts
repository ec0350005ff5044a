/**
 * What a writer of English as a second language puts around the question in their own language:
 * function words and thanks (chat.yaml filler: "der", "ist", "bitte"), a name glossed "in
 * spanish" (reader.ts LANGUAGES), a lead-in before a colon ("ich möchte wissen:"), and the
 * learner's plural "persons". None of them is a topic: the question finds what the English one
 * finds. "in spanish" with no name of the story after it stays ("how do you say hello in
 * spanish" is still off topic).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('foreign words around the question', () => {
  it.each([
    ['was the Angriff intencional, bitte?', 'was the attack intentional?'],
    ['how many soldiers sind gestorben', 'how many soldiers died'],
    [
      'Islamic State, in spanish Estado Islámico — what they did with the raid, they used it somehow?',
      'what did the Islamic State do with the raid?',
    ],
    ['ich möchte wissen: who counted the dead soldiers?', 'who counted the dead soldiers?'],
    ['how many persons died', 'how many people died'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = engine.answer(english, []);
    expect(first(asked)).not.toBeNull();
    const answer = engine.answer(typed, []);
    expect(first(answer)).toBe(first(asked));
    expect(answer.confidence).toBeCloseTo(asked.confidence, 1);
  });

  it.each(['how do you say hello in spanish', 'what is strike in german'])('still refuses "%s"', (q) => {
    expect(engine.answer(q, []).answered).toBe(false);
  });
});

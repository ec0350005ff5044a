/**
 * The story's names as a writer spells them in their own language (knowledge/entities.yaml
 * as-Saur". Each finds what the English name finds; unknown before, they held the answer back.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe("names in the writer's language", () => {
  it.each([
    ['what said the Kreml about the strike', 'what did the Kremlin say about the strike'],
    ['what did the Russen say', 'what did the Russians say'],
    ['what did the Amerikaner say', 'what did the Americans say'],
    ['what said the Casa Blanca', 'what did the White House say'],
    ['what did Pauer say to the press', 'what did Power say to the press'],
    ['what happened in Deir as-Saur', 'what happened in Deir ez-Zor'],
    ['what did the Amerikanen say it was', 'what did the Americans say it was'],
    ['what did Rosja want from the UN', 'what did Russia want from the UN'],
    ['who is Vitali Tsjoerkin', 'who is Vitaly Churkin'],
    ['what did the Islamitische Staat do after the strike', 'what did the Islamic State do after the strike'],
    ['what did the Amerikantsy say', 'what did the Americans say'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = first(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });
});

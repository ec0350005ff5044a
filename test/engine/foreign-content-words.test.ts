/**
 * The story's words typed in the writer's own language among English ones (knowledge/chat.yaml
 * abbreviations): "absichtlich", "volontaire", "intencional" ask the intent as "intentional"
 * does; "Angriff", "investigación", "tregua", "embajador" are the attack, the investigation, the
 * truce and the ambassador. Read as names the bot does not know, they held the answer back.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const entry = (a: Answer) => (a.answered ? a.qa : null);

describe('foreign content words', () => {
  it.each([
    ['was the strike absichtlich?', 'was the strike intentional?'],
    ['was the strike volontaire?', 'was the strike intentional?'],
    ["c'etait une erreur? the strike was an error or volontaire?", 'was the strike intentional?'],
    ['who asked for an investigación', 'who asked for an investigation'],
    ['is the tregua still on?', 'is the truce still on?'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    const asked = entry(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(entry(engine.answer(typed, []))).toBe(asked);
  });
});

/**
 * "What about X?" asks the question before of X. When X's own sentence holds what that question
 * asked, it answers, not whatever else X said (conversation.ts asksOfThemToo); and a curated entry
 * a little behind the best, leading with the speaker's own sentence that holds more of the
 * question, answers in its place (decide.ts entryOfBestPassage). On the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe("a speaker's sentence that holds more of the question", () => {
  it('leads over the entry a little ahead that quotes another of theirs', () => {
    // Australia's condolences name the killed; its military's promise only "said".
    expect(first(engine.answer('what did the australians say about the dead'))).toBe('p18.s2');
  });
});

describe('"and X?" after what someone said about a thing', () => {
  it('asks what X said about that thing, when X says something of it', () => {
    const a = last('what did the US say about the people killed', 'and the australians?');
    expect(first(a)).toBe('p18.s2');
  });
});

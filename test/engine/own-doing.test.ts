/**
 * What the writer or the chat's people do, asked of themselves ("what should i do on sunday",
 * "let's meet at 7", "what's everyone listening to", "where is everyone from"), and a tale of the
 * writer's own with no question in it ("my gpu died rip", "i'm dead"): a report of past events
 * answers none of them (answer-type.ts ownDoingAsked, writerStatement). Requests for the story in
 * the first person, and what the writer heard or thought of it, still find their answer.
 */
import { describe, expect, it } from 'vitest';
import { ownDoingAsked } from '../../src/engine/answer-type.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const words = (text: string) => tokenize(text).map((t) => t.word);

describe("the writer's own doings", () => {
  it.each([
    'what should i do on sunday',
    'where should we meet',
    "let's meet at 7",
    "what's everyone listening to",
    "how's everyone's weekend going",
    'where is everyone from',
    'where are you guys from',
  ])('reads "%s" as the chat\'s own', (asked) => {
    expect(ownDoingAsked(words(asked), [])).toBe(true);
  });

  it.each([
    ['can i ask who fired', []],
    ['could we get the death toll', []],
    ['let me know who did it', []],
    ['how should i read this', []],
    ['is anyone investigating this', []],
    ['why is everyone saying the peace deal is dead', []],
    ['has anyone from the us said sorry', []],
  ] as const)('reads "%s" as a request for the story', (asked, known) => {
    expect(ownDoingAsked(words(asked), known)).toBe(false);
  });

  it.each([
    'what should i do on sunday',
    "let's meet at 7",
    "what's everyone listening to",
    'where is everyone from',
    'my gpu died rip',
    "i'm dead 💀",
    'i burnt my toast again lmao',
    'my cousin lives in australia',
  ])('abstains on "%s"', (asked) => {
    expect(engine.answer(asked, []).answered).toBe(false);
  });

  it.each([
    'i heard like 100 died is that right',
    'i thought the bombing was like 10 minutes',
    'how many soldiers were killed',
    'should we believe the us that it was a mistake?',
  ])('still answers "%s"', (asked) => {
    expect(engine.answer(asked, []).answered).toBe(true);
  });
});

/**
 * A why followed only by a prepositional phrase ("why through russia though?", "why on a saturday
 * night?") is elliptical: it asks the reason for that circumstance of what the turn before told
 * (follow-up-cues.ts whyCircumstance). A participle clause of the answer before ("lamenting the
 * unintentional loss of life") tells more of the deed itself, not why it was done that way
 * (answer-type.ts holdsReason, adverbial). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const CW = cueWordsOf(DEFAULT_CHAT);
const cues = (text: string) => readCues(CW, tokenize(text));

describe('a why of a circumstance', () => {
  it.each([
    'why through russia though?',
    'why via moscow',
    'but why on a saturday night?',
    'why in new york tho',
  ])('"%s" is a why of a circumstance, read as a fragment', (text) => {
    expect(cues(text).circumstance).toBe(true);
    expect(cues(text).fragment).toBe(true);
  });

  it.each([
    'why did they go through russia',
    'why through russia, did they not talk to damascus?',
    'why was the plane flying there',
    'why russia',
    'why?',
  ])('"%s" is not: a verb or a question of its own, or no preposition', (text) => {
    expect(cues(text).circumstance).toBe(false);
  });

  it('"why through russia though?" after how the US sent regret is not answered', () => {
    const [before, a] = ask('how did the US express regret', 'why through russia though?');
    expect(before?.quotes[0]?.id).toBe('p18.s1');
    expect(a?.answered).toBe(false);
  });

  it('"why did the US express regret" alone is still answered by its sentence', () => {
    const [a] = ask('why did the US express regret');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p18.s1');
  });
});

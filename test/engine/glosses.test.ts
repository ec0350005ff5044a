/**
 * "what is X", "what does X stand for", "who are X": asked what a name is, where the article
 * glosses it by another name of the same thing in brackets ('Daesh [IS]', '"Islamic State" (IS)'),
 * the glossing sentences answer, the one with the name as asked first (glosses.ts). A question
 * asking more of the thing than what it is keeps the usual reading. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const BRACKET = 'actively support Daesh [IS]';
const ROUND = '"Islamic State" (IS) group';

describe('asked what a glossed name is', () => {
  it.each([
    ['what is Daesh exactly?', BRACKET],
    ['wats daesh', BRACKET],
    ['what does Daesh stand for', BRACKET],
    ['who are IS in this story', ROUND],
    ['what is ISIS, i see it in the news', ROUND],
    ['who is the Islamic State group', ROUND],
  ])('"%s" leads with the glossing sentence', (question, lead) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]?.text).toContain(lead);
    // Both sentences that gloss the name: together they say Daesh, IS and Islamic State are one.
    expect(answer.quotes.map((q) => q.text).join(' ')).toContain(lead === BRACKET ? ROUND : BRACKET);
  });

  it('answers the question alone after another turn', () => {
    const [, gloss] = askInTurn(engine, 'what did the australian military say', 'and whats daesh then');
    expect(gloss?.quotes[0]?.text).toContain(BRACKET);
  });

  it.each([
    // More than what it is: what it did, its aims.
    'what is Daesh planning next',
    'what was IS doing near the town',
    "what's the deal with islamic state",
    // The lower-case copula is no name.
    'what is is',
  ])('"%s" is not read as asking a gloss', (question) => {
    const glossing = engine.answer('what is daesh').quotes.map((q) => q.id);
    expect(glossing).toHaveLength(2);
    const ids = engine.answer(question).quotes.map((q) => q.id);
    expect(ids.slice(0, 2).sort()).not.toEqual([...glossing].sort());
  });

  it('leaves a name no bracket glosses to the usual reading', () => {
    const answer = engine.answer('who is peter cook');
    expect(answer.quotes[0]?.text).toContain('spokesman Peter Cook');
  });
});

describe('asked why a glossed thing goes by a name', () => {
  it.each([
    'why do people call it Daesh',
    'how come IS gets called daesh too',
    'why would the aussies use the word daesh and not ISIS',
  ])('"%s" is not answered: a gloss never tells why', (question) => {
    expect(engine.answer(question).answered).toBe(false);
  });

  it.each([
    // A naming word, but not of the glossed name: what was called is the strikes.
    ['why did the syrian army call the strikes proof of US support for Islamic State', 'conclusive evidence'],
    // No naming word at all.
    ['why did daesh push the troops back', 'push the regime troops out'],
  ])('"%s" keeps the usual reading', (question, lead) => {
    const quoted = engine.answer(question).quotes.map((q) => q.text);
    expect(quoted.join(' ')).toContain(lead);
  });
});

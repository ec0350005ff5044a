/**
 * What a question asks for, read from its words alone (decide.ts): "who" asking whom a verb
 * acts on is not "who" asking for a person's name.
 */
import { describe, expect, it } from 'vitest';
import { pluralAsked } from '../../src/engine/decide.ts';
import { asksWhom, auxiliaryBeAfterWho } from '../../src/engine/rank.ts';

const words = (text: string) => text.split(' ');

describe('asksWhom', () => {
  it.each([
    'who were the jets meant to hit',
    'according to the mayor who were the boats supposed to carry',
    'who were they aiming at',
    'who were the rebels fighting around there',
    'who is the union striking against',
  ])('"%s" asks whom the verb acts on', (question) => {
    expect(asksWhom(words(question))).toBe(true);
  });

  it.each([
    'who was the mayor',
    'who is the lighthouse keeper',
    'who was the spokesman for the council',
    'who paid for the tower',
    'what were the boats meant to carry',
  ])('"%s" does not', (question) => {
    expect(asksWhom(words(question))).toBe(false);
  });
});

describe('pluralAsked', () => {
  it.each([
    ['what jets did the americans fly', 'jets'],
    ['ngl what boats were they sailing', 'boats'],
    ['which tickets are the cheapest', 'tickets'],
  ])('"%s" asks which %s', (question, noun) => {
    expect(pluralAsked(words(question))).toBe(noun);
  });

  it.each([
    'what did the mayor say',
    'which town was the lighthouse near',
    'what boats ran aground',
    'how many boats were there',
    'what was the news',
    'on which days is the tower open',
  ])('"%s" asks no kind of thing', (question) => {
    expect(pluralAsked(words(question))).toBeNull();
  });

  it.each([
    ['what nets or traps did the fishermen use', 'nets'],
    ['what nets traps did the fishermen use', 'nets'],
    ['which boats and barges were sunk', 'boats'],
  ])('"%s" asks which ones past a second thing joined to the first', (question, noun) => {
    expect(pluralAsked(words(question))).toBe(noun);
  });

  it('reads a name before the noun as whose they are, when the question ends there', () => {
    const named = (word: string) => word === 'norland' || word === 'moscow';
    expect(pluralAsked(words('which norland boats exactly'), named)).toBe('boats');
    expect(pluralAsked(words('which norland boats'), named)).toBe('boats');
    expect(pluralAsked(words('which norland boats sank'), named)).toBeNull();
    expect(pluralAsked(words('is it higher than what moscow says'), named)).toBeNull();
    expect(pluralAsked(words('which norland boats exactly'))).toBeNull();
  });
});

describe('auxiliaryBeAfterWho', () => {
  it.each([
    ['who was flying the planes', 1],
    ['who were killed', 1],
    ['ok who is running the port', 2],
    ['who was IS fighting in that area', 1],
    ['who was shot down', 1],
  ])('"%s": the "be" at %i is an auxiliary (who did it, not whose name)', (question, at) => {
    expect(auxiliaryBeAfterWho(words(question.toLowerCase()))).toBe(at);
  });

  it.each([
    'who was the mayor',
    'who is the lighthouse keeper',
    'who was the pilot flying',
    'who is responsible',
    'who was behind nothing',
    'who flew the planes',
  ])('"%s": none', (question) => {
    expect(auxiliaryBeAfterWho(words(question))).toBe(-1);
  });
});

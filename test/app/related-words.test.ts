/**
 * Which words of a knowledge base WordNet relations are worked out for: its vocabulary, less
 * its names and its chat words. A tiny made-up knowledge base, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeWords, phrasesOf, relateWords } from '../../src/app/related-words.ts';
import type { Synset, WordNet } from '../../src/app/wordnet.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';

const kb = {
  entities: [{ name: 'Harbour Tower', aliases: ['lighthouse'], caseSensitiveAliases: [] }],
  chat: {
    filler: ['lol', 'sorry for my english', 'good morning'],
    openers: ['quick'],
    abbreviations: { ppl: 'people' },
  },
} as unknown as KnowledgeBase;

describe('knowledgeWords', () => {
  it('leaves out names and chat words said alone', () => {
    const words = knowledgeWords(kb, ['harbour', 'tower', 'lighthouse', 'lol', 'quick', 'ppl', 'mayor']);
    expect(words).toEqual(['mayor']);
  });

  it('keeps the words of a chat phrase: "sorry" and "morning" are words of English on their own', () => {
    expect(knowledgeWords(kb, ['sorry', 'morning', 'english', 'mayor'])).toEqual([
      'english',
      'mayor',
      'morning',
      'sorry',
    ]);
  });
});

describe('relateWords: phrasal verbs (WordNet collocations)', () => {
  // A made-up WordNet: "fret" (known) shares its first sense with "chew_out" and "sit_in", and
  // is what "tell_off" is a kind of.
  const synsets: Record<number, Synset> = {
    1: {
      offset: 1,
      pos: 'v',
      lexFile: 32,
      words: ['fret', 'chew_out', 'sit_in', 'walk_out'],
      pointers: [{ symbol: '~', offset: 2, pos: 'v', source: 0, target: 0 }],
    },
    2: { offset: 2, pos: 'v', lexFile: 32, words: ['tell_off'], pointers: [] },
  };
  const wordNet: WordNet = {
    version: 'test',
    senses: (lemma) =>
      ['fret', 'chew_out', 'sit_in', 'walk_out'].includes(lemma) ? [1] : lemma === 'tell_off' ? [2] : [],
    synset: (offset) => synsets[offset] as Synset,
    lemmas: (word) => [word],
    usage: () => null,
  };

  it('relates a verb and its particle of the same meaning, not one of a preposition or a kind of it', () => {
    const related = relateWords(wordNet, ['fret'], (w) => w === 'fret');
    expect(related.words.chew_out).toEqual([['fret', 'synonym']]);
    expect(related.words.sit_in).toBeUndefined();
    expect(related.words.tell_off).toBeUndefined();
  });

  it("leaves out a phrase the knowledge's own texts use, inflected", () => {
    const used = phrasesOf(['The envoy walked out before the vote.']);
    expect(used.has('walk_out')).toBe(true);
    const related = relateWords(
      wordNet,
      ['fret'],
      (w) => w === 'fret',
      (c) => used.has(c),
    );
    expect(related.words.walk_out).toBeUndefined();
    expect(related.words.chew_out).toEqual([['fret', 'synonym']]);
  });
});

describe('relateWords: the word a knowledge word is made from, through the sense it is meant in', () => {
  // A made-up WordNet: "levy" (known, in a group with "take_toll") has a first sense alone, made
  // from "lever" (a base word of its own) and making "levier", and a second sense with "take_toll".
  const synsets: Record<number, Synset> = {
    1: {
      offset: 1,
      pos: 'v',
      lexFile: 30,
      words: ['levy'],
      pointers: [
        { symbol: '+', offset: 3, pos: 'n', source: 1, target: 1 },
        { symbol: '+', offset: 4, pos: 'n', source: 1, target: 1 },
      ],
    },
    2: { offset: 2, pos: 'v', lexFile: 30, words: ['levy', 'take_toll'], pointers: [] },
    3: { offset: 3, pos: 'n', lexFile: 6, words: ['lev'], pointers: [] },
    4: { offset: 4, pos: 'n', lexFile: 18, words: ['levier'], pointers: [] },
  };
  const senses: Record<string, number[]> = { levy: [1, 2], take_toll: [2], lev: [3], levier: [4] };
  const wordNet: WordNet = {
    version: 'test',
    senses: (lemma, pos) => (senses[lemma] ?? []).filter((o) => synsets[o]?.pos === pos),
    synset: (offset) => synsets[offset] as Synset,
    lemmas: (word) => [word],
    usage: () => null,
  };

  it('relates the base word only through the meant sense, the word made from it through any', () => {
    const mates = new Set(['take_toll']);
    const grouped = relateWords(
      wordNet,
      ['levy'],
      (w) => w === 'levy',
      undefined,
      () => mates,
    );
    expect(grouped.words.lev).toBeUndefined();
    expect(grouped.words.levier).toEqual([['levy', 'derived']]);
    const alone = relateWords(wordNet, ['levy'], (w) => w === 'levy');
    expect(alone.words.lev).toEqual([['levy', 'derived']]);
  });
});

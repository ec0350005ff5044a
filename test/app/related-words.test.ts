/**
 * Which words of a knowledge base WordNet relations are worked out for: its vocabulary, less
 * its names and its chat words. A tiny made-up knowledge base, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeWords } from '../../src/app/related-words.ts';
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

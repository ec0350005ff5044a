/**
 * A saved index's vocabulary and counts read as a change of those read in full before
 * (changed-words.ts) answer every lookup and iterate exactly as a set and a map read in full.
 */
import { describe, expect, it } from 'vitest';
import {
  ChangedCounts,
  ChangedVocabulary,
  changedWords,
  MOST_CHANGED_WORDS,
  type WordList,
} from '../../src/engine/changed-words.ts';

/** The words read in full, as loadingSavedIndex reads them. */
function readInFull(saved: WordList) {
  return { saved, vocabulary: new Set(saved.map((p) => p[0])), frequency: new Map(saved) };
}

/** A vocabulary as an index saves it: the passages' words, then the curated wordings' own. */
const passagesWords: WordList = Array.from({ length: 200 }, (_, i) => [`word${i}`, (i % 7) + 1]);
const curatedWords: WordList = [
  ['zorbleflat', 1],
  ['quixotically', 2],
  ['marmalade', 1],
];
const before: WordList = [...passagesWords, ...curatedWords];

/** Checks `words` read as a change of `read` against a full read of them, lookups and order. */
function expectSameAsFullRead(words: WordList, read = readInFull(before)) {
  const changed = changedWords(words, read);
  if (!changed) throw new Error('read in full');
  const full = readInFull(words);
  expect([...changed.vocabulary]).toEqual([...full.vocabulary]);
  expect([...changed.vocabulary.values()]).toEqual([...full.vocabulary.values()]);
  expect([...changed.frequency]).toEqual([...full.frequency]);
  expect(changed.vocabulary.size).toBe(full.vocabulary.size);
  expect(changed.frequency.size).toBe(full.frequency.size);
  // Every word either list has, and one neither has.
  for (const word of new Set([...before.map((p) => p[0]), ...words.map((p) => p[0]), 'nowhere'])) {
    expect(changed.vocabulary.has(word), word).toBe(full.vocabulary.has(word));
    expect(changed.frequency.get(word), word).toBe(full.frequency.get(word));
    expect(changed.frequency.has(word), word).toBe(full.frequency.has(word));
  }
  const each: string[] = [];
  changed.vocabulary.forEach((word) => {
    each.push(word);
  });
  expect(each).toEqual([...full.vocabulary]);
  return changed;
}

describe('a vocabulary read as a change of one read in full', () => {
  it('is the very set and map read when nothing changed', () => {
    const read = readInFull(before);
    const changed = changedWords(
      before.map(([w, n]) => [w, n]),
      read,
    );
    expect(changed?.vocabulary).toBe(read.vocabulary);
    expect(changed?.frequency).toBe(read.frequency);
  });

  it('keeps the set read when only counts change, anywhere', () => {
    const words: WordList = before.map(([w, n], i) => [w, i === 3 || i === 150 || i === 201 ? n + 5 : n]);
    const read = readInFull(before);
    const changed = expectSameAsFullRead(words, read);
    expect(changed.vocabulary).toBe(read.vocabulary);
    expect(changed.frequency).toBeInstanceOf(ChangedCounts);
  });

  it.each<[string, WordList]>([
    ['a word added at the end', [...before, ['flumbergast', 1]]],
    [
      'a word added among the curated words',
      [...passagesWords, ['zorbleflat', 1], ['flumbergast', 2], ...curatedWords.slice(1)],
    ],
    ['a curated word removed', [...passagesWords, ['zorbleflat', 1], ['marmalade', 1]]],
    [
      'one removed and another added, counts changed',
      [
        ...passagesWords.map(([w, n], i): [string, number] => [w, i === 10 ? n + 1 : n]),
        ['zorbleflat', 3],
        ['flumbergast', 1],
        ['marmalade', 1],
      ],
    ],
    [
      'the curated words in another order',
      [...passagesWords, ['marmalade', 1], ['zorbleflat', 1], ['quixotically', 2]],
    ],
    ['every curated word gone', passagesWords],
    [
      'a word of the passages gone (its passage changed)',
      [...passagesWords.slice(0, 50), ...passagesWords.slice(51), ...curatedWords],
    ],
  ])('reads %s as a full read does', (_, words) => {
    const changed = expectSameAsFullRead(words);
    expect(changed.vocabulary).toBeInstanceOf(ChangedVocabulary);
  });

  it('reads an edit after an edit as a change of the same words read in full', () => {
    const read = readInFull(before);
    const first: WordList = [...before, ['flumbergast', 1]];
    expectSameAsFullRead(first, read);
    // The next list, compared with the words read in full (not with the first change).
    const second: WordList = [
      ...passagesWords,
      ['zorbleflat', 1],
      ['marmalade', 1],
      ['flumbergast', 2],
      ['wibble', 1],
    ];
    expectSameAsFullRead(second, read);
  });

  it('is read in full once too many words differ', () => {
    const many: WordList = Array.from({ length: MOST_CHANGED_WORDS + 1 }, (_, i) => [`new${i}`, 1]);
    expect(changedWords([...before, ...many], readInFull(before))).toBeNull();
    const recounted: WordList = Array.from({ length: MOST_CHANGED_WORDS + 1 }, (_, i) => [`w${i}`, 1]);
    const twice: WordList = recounted.map(([w, n]) => [w, n + 1]);
    expect(changedWords(twice, readInFull(recounted))).toBeNull();
  });
});

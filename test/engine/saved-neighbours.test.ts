/**
 * Each passage's same-claim neighbours found when the knowledge is compiled (saved with the index
 * in compiled.json, same-claim.ts): an engine built from that saved index finds the very same
 * neighbours without searching, answers as one that searches, and leaves saved neighbours unread
 * when they are not of its index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServedKnowledge } from '../../src/app/load-engine.ts';
import type { Corpus } from '../../src/engine/corpus.ts';
import { Engine } from '../../src/engine/engine.ts';
import { SEARCH_WORK } from '../../src/engine/retrieval.ts';
import { type SavedNeighbours, sameClaimNeighbours } from '../../src/engine/same-claim.ts';
import type { SavedIndex } from '../../src/engine/saved-index.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import type { KnowledgeCopy } from '../support/knowledge-copy.ts';
import { twoSourceKnowledge } from '../support/two-sources.ts';

const corpusOf = (engine: Engine) => (engine as unknown as { corpus: Corpus }).corpus;

let copy: KnowledgeCopy;
let kb: KnowledgeBase;
let saved: SavedIndex;

beforeAll(() => {
  copy = twoSourceKnowledge({ contested: true });
  const served = loadServedKnowledge(copy.dir);
  if (!served.ok) throw new Error('the two-source knowledge should load');
  kb = served.kb;
  saved = new Engine(kb).exportIndex({ neighbours: true });
});
afterAll(() => copy.remove());

/**
 * Every passage's neighbours, and the postings read finding those of the indexed ones (a
 * headline is not indexed: not saved, searched as before).
 */
function neighbours(engine: Engine): { found: string[][]; postings: number } {
  const corpus = corpusOf(engine);
  const before = SEARCH_WORK.postings;
  const indexed = kb.passages.filter((p) => p.paragraph !== 1).map((p) => sameClaimNeighbours(corpus, p.id));
  const postings = SEARCH_WORK.postings - before;
  const found = kb.passages.map((p) => sameClaimNeighbours(corpus, p.id));
  expect(indexed.length).toBeGreaterThan(kb.passages.length / 2);
  return { found, postings };
}

describe('saved same-claim neighbours', () => {
  it('are saved when compiled, with more than one source', () => {
    const table = saved.neighbours as SavedNeighbours;
    expect(table.lists.length).toBeGreaterThan(kb.passages.length / 2);
    expect(new Engine(kb).exportIndex().neighbours).toBeUndefined();
  });

  it('are the neighbours the search finds, found without searching', () => {
    const searching = neighbours(new Engine(kb, { savedIndex: { ...saved, neighbours: undefined } }));
    const read = neighbours(new Engine(kb, { savedIndex: saved }));
    expect(searching.postings).toBeGreaterThan(0);
    expect(read.postings).toBe(0);
    expect(read.found).toEqual(searching.found);
    // Some passage of one source has a neighbour in the other (the same claim, told twice).
    expect(read.found.some((list) => list.length > 0)).toBe(true);
  });

  it('give the same answers', () => {
    const searching = new Engine(kb, { savedIndex: { ...saved, neighbours: undefined } });
    const read = new Engine(kb, { savedIndex: saved });
    const questions = [
      ...kb.passages.map((p) => p.text),
      'How many were killed?',
      'Was Moscow warned?',
      'death toll',
    ];
    const strip = ({ ms: _ms, ...rest }: { ms: number }) => JSON.stringify(rest);
    for (const q of questions) expect(strip(read.answer(q)), q).toBe(strip(searching.answer(q)));
  });

  it('are not read when they are not of the index built', () => {
    const table = saved.neighbours as SavedNeighbours;
    for (const wrong of [
      { ...table, index: table.index + 1 },
      { ...table, k: table.k + 1 },
      { ...table, version: table.version + 1 },
      { ...table, lists: table.lists.slice(1) },
    ]) {
      const engine = new Engine(kb, { savedIndex: { ...saved, neighbours: wrong } });
      expect(neighbours(engine).postings).toBeGreaterThan(0);
    }
  });
});

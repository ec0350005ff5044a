/**
 * A question that asks how many, whose quotes are on two contested points, gets the point whose
 * every side gives a figure ("what was the casualty count of the friendly fire incident": the
 * toll, not whether it was a mistake, though p4.s1 is a side of both). On the made-up ferry toll
 * (test/fixtures/tiny-toll): the coastguard's 12 dead (p2.s1) against the opposition's 30 (p3.s1),
 * and a point of when the ferry sank put first, whose side p2.s1 also is ("40 minutes after it
 * sailed") and whose other side gives no figure (p4.s1).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEverySide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
const loaded = loadKnowledge(TOLL);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const toll = loaded.kb.contested.find((c) => c.id === 'toll');
if (!toll) throw new Error('tiny-toll has no toll point');
const sinking = {
  ...toll,
  id: 'sinking',
  topic: 'When did the ferry sink?',
  sides: [
    { label: 'Soon after it sailed, says the coastguard', ids: ['p2.s1'] },
    { label: 'Overloaded, says Vale', ids: ['p4.s1'] },
  ],
};
// The fixture has no group for a count asked: the article's ("how many", "count", "toll").
const synonyms = [...loaded.kb.synonyms, { id: 'number', words: ['how many', 'number', 'count', 'toll'] }];
const kb = { ...loaded.kb, synonyms, contested: [sinking, toll] };
const ferry = buildCorpus(kb);
const known = (q: string) => decide(ferry, ferry.analyzer.analyzeQuery(q)).ranking.known;
const pointOf = (q: string) => withEverySide(ferry, ['p2.s1', 'p4.s1'], known(q)).contested?.id ?? null;

describe('withEverySide: a count asked', () => {
  it('the point whose every side gives a figure, before one whose topic it words as much', () => {
    const q = 'how many passengers died when the ferry sank';
    expect(pointOf(q)).toBe('toll');
    const { ordered } = withEverySide(ferry, ['p2.s1', 'p4.s1'], known(q));
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p2.s1', 'p3.s1']));
  });

  it("a count the question's own words do not ask (a reading keeps the turn before's): its topic", () => {
    const q = 'how many passengers died when the ferry sank';
    expect(withEverySide(ferry, ['p2.s1', 'p4.s1'], known(q), false, false, [], false).contested?.id).toBe(
      'sinking',
    );
  });

  it('no count asked: the point whose topic it words', () => {
    expect(pointOf('when did the ferry sink')).toBe('sinking');
  });
});

describe('a word met only inside phrases: what they all mean', () => {
  // "body count" is a death count and a number; "body bags", the dead: "body" is the dead, less
  // surely (once the count was added to the number group, "body" meant nothing at all).
  const groups = loaded.kb.synonyms.map((g) =>
    g.id === 'kill' ? { ...g, words: [...g.words, 'body count', 'body bags'] } : g,
  );
  const corpus = buildCorpus({
    ...loaded.kb,
    synonyms: [...groups, { id: 'number', words: ['how many', 'number', 'toll', 'body count'] }],
  });

  it('"body" of "body count" (dead, a number) and "body bags" (dead): the dead', () => {
    const analysis = corpus.analyzer.analyzeQuery('which body sent the ferry out');
    expect(analysis.terms).toContain('c:kill');
    expect(analysis.factors.get('c:kill')).toBeLessThan(1);
    expect(analysis.terms).not.toContain('c:number');
  });
});

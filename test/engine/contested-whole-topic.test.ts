/**
 * A contested point the question asks in the whole of its topic is answered with every side,
 * though no quote the question found is a side of it ("did the pentagon say it was an accident
 * or no": the Pentagon's words first, then each side of whether it was a mistake); and a second
 * point so asked, beside the one answered, gets its missing sides in the places no side of the
 * first holds ("was it a mistake? and how many were killed?"). On the made-up ferry toll
 * (test/fixtures/tiny-toll): the coastguard's 12 dead (p2.s1) against the opposition's 30
 * (p3.s1, Vale's p4.s2), and a point of why the ferry sank: the coastguard's "40 minutes after it
 * sailed" (p2.s1) against Vale's "overloaded" (p4.s1).
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
const overloaded = {
  ...toll,
  id: 'overloaded',
  topic: 'Was the ferry overloaded?',
  sides: [
    { label: 'Overloaded, says Vale', ids: ['p4.s1'] },
    { label: 'Sank soon after it sailed, says the coastguard', ids: ['p2.s1'] },
  ],
};
const synonyms = [...loaded.kb.synonyms, { id: 'number', words: ['how many', 'number', 'count', 'toll'] }];
const ferry = buildCorpus({ ...loaded.kb, synonyms });
const both = buildCorpus({ ...loaded.kb, synonyms, contested: [toll, overloaded] });
const known = (corpus: typeof ferry, q: string) =>
  decide(corpus, corpus.analyzer.analyzeQuery(q)).ranking.known;

describe('withEverySide: a point asked in the whole of its topic', () => {
  it('no quote found is a side of it: the first quote, then every side', () => {
    const q = 'how many passengers died, did vale say';
    const { ordered, contested } = withEverySide(ferry, ['p4.s1'], known(ferry, q));
    expect(contested?.id).toBe('toll');
    expect(ordered[0]).toBe('p4.s1');
    expect(ordered.slice(0, 3)).toContain('p2.s1');
  });

  it('not when the question words only part of it', () => {
    expect(
      withEverySide(ferry, ['p4.s1'], known(ferry, 'did vale say the passengers were tourists')).contested,
    ).toBe(null);
  });

  it('a second point asked wholly: its missing side where no side of the first is', () => {
    const q = 'was the ferry overloaded? and how many passengers died?';
    const { ordered } = withEverySide(both, ['p2.s1', 'p3.s1', 'p1.s1'], known(both, q));
    expect(ordered.slice(0, 3)).toEqual(['p2.s1', 'p3.s1', 'p4.s1']);
  });
});

describe('withEverySide: the story told around the question', () => {
  const terms = (q: string) => ferry.analyzer.analyzeQuery(q).terms;
  const story = terms('my friend says the coastguard counted how many passengers died and got it wrong');
  const sidesOf = (q: string, told: readonly string[]) => {
    // A question that weighs sides asks for them, whether or not a sentence has its words (engine.ts).
    const weighs = terms(q).includes('c:disagree') ? ['c:disagree'] : [];
    const asked = [...known(ferry, q), ...weighs];
    return withEverySide(ferry, ['p1.s1'], asked, false, false, [], false, asked, told);
  };

  it('the sides weighed: the point whose topic the story words', () => {
    const { ordered, contested } = sidesOf('who is right', story);
    expect(contested?.id).toBe('toll');
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p2.s1', 'p3.s1']));
  });

  it('nothing of its own asked, the story wording the whole topic: that point', () => {
    expect(sidesOf('what did they say', story).contested?.id).toBe('toll');
  });

  it('not a story that words only part of it, nor one the question does not lean on', () => {
    expect(sidesOf('what did they say', terms('the passengers were tourists')).contested).toBe(null);
    expect(sidesOf('when did the ferry sail', story).contested).toBe(null);
  });
});

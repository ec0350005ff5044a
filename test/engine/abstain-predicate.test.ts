/**
 * Near-topic abstention (issue 11), on the made-up ferry sinking (test/fixtures/tiny-ferry):
 *   p2.s1 A ferry sank off the Norland coast on Sunday and twelve passengers died, the coastguard said.
 *   p3.s1 Norland's transport minister Erik Vale said the ferry was overloaded.
 *   p6.s1 Estland sent two rescue boats to the coast.
 * - "were any of the ferries vessels", "the ferries were not vessels, were they": the noun asked of the subject is filed with it (ship: ferry, boat,
 *   vessel), so only its own word in a quote tells; "ferry" is no answer.
 * - "who was estland's minister": a role of one country; Norland's minister is not it.
 * - "is vale still the minister today": the writer's now, which no quote (none says "still") knows.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personMissing, predicateMissing, stillMissing } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) => q.split(' ');
const known = (q: string) => corpus.analyzer.analyzeQuery(q).terms;
const SANK = 'p2.s1';
const VALE = 'p3.s1';
const BOATS = 'p6.s1';

describe('predicateMissing: a noun asked of a subject it is filed with', () => {
  it('refuses a quote that has the subject but not the word asked of it', () => {
    const q = 'were any of the ferries vessels';
    expect(predicateMissing(corpus, words(q), known(q), [SANK])).toBe(true);
    // Put as a claim to confirm.
    const claim = 'the ferries were not vessels were they';
    expect(predicateMissing(corpus, words(claim), known(claim), [SANK])).toBe(true);
  });

  it('keeps a quote that says the word, and questions that ask no such noun', () => {
    const q = 'were any of the ships boats';
    expect(predicateMissing(corpus, words(q), known(q), [BOATS])).toBe(false);
    // What happened to them is no noun of the group.
    const sank = 'did the ferry sink';
    expect(predicateMissing(corpus, words(sank), known(sank), [SANK])).toBe(false);
    // A wh-question is read elsewhere.
    const what = 'what were the ferries vessels';
    expect(predicateMissing(corpus, words(what), known(what), [SANK])).toBe(false);
  });
});

describe("personMissing: a country's role", () => {
  it("refuses another country's holder of the role", () => {
    expect(personMissing(corpus, words('who was estland minister'), null, [VALE])).toBe(true);
  });

  it("keeps the country's own, and a role asked of no country", () => {
    expect(personMissing(corpus, words('who was norland minister'), null, [VALE])).toBe(false);
    expect(personMissing(corpus, words('who was the minister'), null, [VALE])).toBe(false);
  });
});

describe("stillMissing: whether a thing holds at the writer's now", () => {
  it('refuses "still ... today" when no quote says "still"', () => {
    const q = 'is vale still the transport minister today';
    expect(stillMissing(corpus, words(q), known(q), [VALE])).toBe(true);
  });

  it('keeps a "still" of the story\'s time, and what someone says', () => {
    const story = 'is vale still sure the ferry was overloaded';
    expect(stillMissing(corpus, words(story), known(story), [VALE])).toBe(false);
    const said = 'is the ferry still overloaded today according to vale';
    expect(stillMissing(corpus, words(said), known(said), [VALE])).toBe(false);
  });
});

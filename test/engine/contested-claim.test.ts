/**
 * Both sides of a contested point asked as a yes or a no about what one side is quoted claiming
 * ("the US wasn't going after the syrian army, was it?" asks Australia's "never intentionally
 * target a known Syrian military unit"), on the made-up ferry article (test/fixtures/tiny-ferry),
 * its minister's sentence given quotations:
 *   p3.s1 Vale said "the crew knowingly overloaded the ferry with trucks" and offered his "sympathy" on Sunday.
 *   p4.s1 The ferry company said the ship was not overloaded and blamed a sudden storm.
 * The point `cause`: overloaded (p3.s1) against a storm (p4.s1).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksYesOrNo, withEverySide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const FERRY = resolve(import.meta.dirname, '../fixtures/tiny-ferry');
const loaded = loadKnowledge(FERRY);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const QUOTED =
  'Vale said "the crew knowingly overloaded the ferry with trucks" and offered his "sympathy" on Sunday.';
const passages = loaded.kb.passages.map((p) => (p.id === 'p3.s1' ? { ...p, text: QUOTED } : p));
// Its topic worded by the sides' claims, so that the ferry alone is less than a third of it.
const contested = loaded.kb.contested.map((c) => ({
  ...c,
  topic: 'Was the ferry overloaded, or was it a storm?',
}));
const kb = { ...loaded.kb, passages, passageById: new Map(passages.map((p) => [p.id, p])), contested };
const ferry = buildCorpus(kb);
const known = (q: string) => decide(ferry, ferry.analyzer.analyzeQuery(q)).ranking.known;
const words = (q: string) => ferry.analyzer.analyzeQuery(q).words;
/** The point withEverySide finds for a question whose first quote is the minister's. */
const pointOf = (q: string, yesNo = asksYesOrNo(words(q))) =>
  withEverySide(ferry, ['p3.s1', 'p2.s1'], known(q), false, yesNo).contested?.id ?? null;

describe('asksYesOrNo: an auxiliary first, a question tag or "right" last', () => {
  it.each([
    ['is the company blaming a storm', true],
    ['the crew loaded trucks, did they', true],
    ['the ferry was overloaded right', true],
    ['what did the crew load', false],
    ['who said it was the crew', false],
    ['it', false],
  ])('%s -> %s', (q, yes) => {
    expect(asksYesOrNo(q.split(' '))).toBe(yes);
  });
});

describe('withEverySide: a yes or a no on what a side is quoted claiming', () => {
  it('every side when the question holds only words of a quotation about the point', () => {
    const q = 'the crew did not put trucks on the ferry, did they?';
    expect(pointOf(q)).toBe('cause');
    const { ordered } = withEverySide(ferry, ['p3.s1', 'p2.s1'], known(q), false, true);
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p3.s1', 'p4.s1']));
  });

  it('not when it asks no yes or no', () => {
    expect(pointOf('the crew did not put trucks on the ferry, did they?', false)).toBeNull();
  });

  it('not a quotation beside the claim, nor what the sentence tells outside its quotations', () => {
    // "sympathy" is quoted, but its quotation holds no word of the cause nor of the side.
    expect(pointOf('was vale full of sympathy?')).toBeNull();
    expect(pointOf('was it on sunday?')).toBeNull();
  });

  it('not when it asks what the side said: that side answers', () => {
    expect(pointOf('did vale say the crew put trucks on the ferry?')).toBeNull();
  });
});

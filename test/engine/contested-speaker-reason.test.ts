/**
 * Asked why in the words of one side's speaker alone ("why does russia think it happened"), that
 * speaker's side of a reason point (contested.yaml `reason`) leads, though the answer found first
 * is another sentence (the summary naming Russia). On the made-up ferry article
 * (test/fixtures/tiny-ferry), its point `cause` made a reason:
 *   p3.s1 Norland's transport minister Erik Vale said the ferry was overloaded.
 *   p4.s1 The ferry company said the ship was not overloaded and blamed a sudden storm.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEverySide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const FERRY = resolve(import.meta.dirname, '../fixtures/tiny-ferry');
const loaded = loadKnowledge(FERRY);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const contested = loaded.kb.contested.map((c) => ({ ...c, reason: true }));
const ferry = buildCorpus({ ...loaded.kb, contested });
const known = (q: string) => decide(ferry, ferry.analyzer.analyzeQuery(q)).ranking.known;
/** The first quote when the answer found is the opening sentence, then the minister's. */
const leadOf = (q: string, why = true) => withEverySide(ferry, ['p2.s1', 'p3.s1'], known(q), why).ordered[0];

describe('withEverySide: why, in the words of one side speaker alone', () => {
  it("that speaker's side leads", () => {
    expect(leadOf('why does the company think it happened')).toBe('p4.s1');
  });

  it('not a speaker of no side', () => {
    expect(leadOf('why does estland think it happened')).toBe('p2.s1');
  });

  it('not when it does not ask why', () => {
    expect(leadOf('what does the company think happened', false)).toBe('p2.s1');
  });

  it('not when the question asks more than what the speaker says happened', () => {
    expect(leadOf('why does the company think estland sent boats')).toBe('p2.s1');
  });
});

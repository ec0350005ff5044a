/**
 * A fragment quoted from memory in other words of the same sense ("'no objections were raised'"
 * for "no concerns were voiced"): every term its words read as is held by the best sentence, so it
 * names that sentence and the confidence is not cut as for words the article does not have. On the
 * tiny fixture (a lighthouse), nothing of any story.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { TUNING } from '../../src/engine/tuning.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);
const verbatim = (question: string) =>
  (engine.explain(question) as { features: { verbatim: number } }).features.verbatim;

describe('a fragment quoted in other words (quotedInOtherWords)', () => {
  it('names the sentence whose terms its words all read as', () => {
    // "tower" is the lighthouse, "tourists" the visitors, "opened" reopened: p2.s1.
    const question = "did the council say 'the tower opened to tourists'?";
    expect(verbatim(question)).toBe(1);
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p2.s1');
    expect(answer.confidence).toBeGreaterThan(TUNING.reading.quotedMissing);
  });

  it('not with a word the knowledge lacks, nor a denial the sentence does not make', () => {
    expect(verbatim("did the council say 'the tower opened to pilgrims'?")).toBe(0);
    expect(verbatim("did the council say 'the tower did not open to tourists'?")).toBe(0);
  });

  it('not when another sentence holds every term too: it names no one sentence', () => {
    // The lighthouse and its opening: p2.s1 ("reopened") and p4.s1 ("The tower is open").
    expect(verbatim("did the council say 'the beacon was opened'?")).toBe(0);
  });

  it('not two words quoted: a phrase used, not a sentence remembered', () => {
    expect(verbatim("'tower opened' - when did it open?")).toBe(0);
  });
});

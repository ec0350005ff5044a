/**
 * What gives the reason a why asks, on the project's article (knowledge/):
 * - a relative clause that tells the very deed asked, done with a party the sentence never names,
 *   is no reason for it: "why did australia join the coalition" of "Australia, whose aircraft took
 *   part in the strike, ..." (answer-type.ts holdsReason);
 * - nor is it the reason of that deed asked by a verb of doing, whoever is named: "why was australia
 *   bombing in syria", "why did the US use australian planes" ask why they took part, which the
 *   article does not tell; "why was australia even involved" and "why did australia apologize" are
 *   still answered by it (answer-type.ts deedDone);
 * - of several quotes, one that never names the doer of the deed asked neither tells that deed nor
 *   gives its reason ("why was australia even flying missions over syria": "the Western pilots");
 * - a verb of speaking in the article's own telling ("representatives ... used harsh language when
 *   discussing the issue with reporters") is no one's reason (answer-type.ts reasonUntold);
 * - phrases of being angry ("so worked up", "dirty on") ask the grievance (chat.yaml idioms).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { deedDone, holdsReason } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const AUSTRALIA = 'p18.s2';
const reasonIn = (id: string, question: string) =>
  holdsReason(
    corpus,
    corpus.kb.passageById.get(id)?.text ?? '',
    corpus.analyzer.analyzeQuery(question).terms,
  );

describe('a relative clause telling the deed asked', () => {
  it('is no reason for it when the why names a party the sentence does not', () => {
    expect(reasonIn(AUSTRALIA, 'why did australia join the coalition')).toBe(false);
    expect(engine.answer('why did australia join the coalition').answered).toBe(false);
  });

  it('is the reason when the why names no other party, or asks another deed', () => {
    expect(reasonIn(AUSTRALIA, 'why is australia even part of this')).toBe(true);
    expect(reasonIn(AUSTRALIA, 'why did australia apologize')).toBe(true);
    expect(engine.answer('why did australia apologize').quotes[0]?.id).toBe(AUSTRALIA);
  });
});

describe('a relative clause telling the deed a why asks by a verb of doing', () => {
  const words = (q: string) => corpus.analyzer.analyzeQuery(q).words;
  it('reads the deed from a verb in -ing after being, or a plain verb after "did"', () => {
    expect(deedDone(corpus, words('why was australia flying missions over syria')).deed).toContain(
      'c:strike',
    );
    expect(deedDone(corpus, words('why did the US use australian planes')).deed).toContain('c:plane');
    expect(deedDone(corpus, words('why was australia even involved')).deed).toEqual([]);
    expect(deedDone(corpus, words('why is australia part of this')).deed).toEqual([]);
  });

  it('is no reason for that deed, and the why is refused', () => {
    const { deed } = deedDone(corpus, words('why did the US use australian planes'));
    const text = corpus.kb.passageById.get(AUSTRALIA)?.text ?? '';
    const asked = corpus.analyzer.analyzeQuery('why did the US use australian planes').terms;
    expect(holdsReason(corpus, text, asked)).toBe(true);
    expect(holdsReason(corpus, text, asked, [], false, deed)).toBe(false);
    expect(engine.answer('why did the US use australian planes').answered).toBe(false);
    expect(engine.answer('why australia was bombing in siria anyway?').answered).toBe(false);
  });

  it('stays the reason of the deed told in the rest of the sentence, or of being involved', () => {
    expect(engine.answer('why did australia apologize').quotes[0]?.id).toBe(AUSTRALIA);
    expect(engine.answer('why was australia even involved').quotes[0]?.id).toBe(AUSTRALIA);
  });
});

describe('a why of a deed with its doer named, among several quotes', () => {
  it('is refused when no quote naming the doer tells the deed or a reason for it', () => {
    // "the Western pilots" (p7.s1) and "the raid, which the US claims was unintentional" (p4.s1)
    // never name Australia; its own sentence tells that it took part, not why.
    expect(engine.answer('why was australia even flying missions over syria').answered).toBe(false);
    // The deed is the flying, not the clause after it ("when IS shot it", which p8.s1 tells).
    expect(engine.answer('why the regime plane was flying there when IS shot it').answered).toBe(false);
  });

  it('is answered when a quote naming the doer gives a reason', () => {
    expect(engine.answer('why did the US bomb the syrian soldiers').quotes[0]?.id).toBe('p2.s1');
  });
});

describe("a verb of speaking in the article's own telling", () => {
  it('gives no reason for what the sentence tells', () => {
    expect(
      engine.answer('Why did Samantha Power go out to the press instead of staying in the chamber ?')
        .answered,
    ).toBe(false);
  });
});

describe('phrases of being angry', () => {
  it('ask the grievance, as "angry" does', () => {
    const grievances = ['p15.s1', 'p16.s1', 'p2.s1'];
    for (const q of [
      'why is the russian foreign ministry so worked up',
      'why is russia dirty on washington',
    ]) {
      const answer = engine.answer(q);
      expect(answer.answered).toBe(true);
      expect(answer.quotes.some((quote) => grievances.includes(quote.id))).toBe(true);
    }
  });
});

describe('an agreement killed or in danger', () => {
  it('is one ended or threatened, not a death', () => {
    for (const q of [
      'why do people say this could kill the syria deal',
      'why is this dangerous for the peace deal',
    ])
      expect(engine.answer(q).quotes[0]?.id).toBe('p2.s2');
    // A great deal of soldiers killed is a death.
    expect(engine.answer('did the strike kill a great deal of soldiers').quotes[0]?.id).not.toBe('p2.s2');
  });
});

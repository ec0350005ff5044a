/**
 * What gives the reason a why asks, on the project's article (knowledge/):
 * - a relative clause that tells the very deed asked, done with a party the sentence never names,
 *   is no reason for it: "why did australia join the coalition" of "Australia, whose aircraft took
 *   part in the strike, ..." (answer-type.ts holdsReason);
 * - a verb of speaking in the article's own telling ("representatives ... used harsh language when
 *   discussing the issue with reporters") is no one's reason (answer-type.ts reasonUntold);
 * - phrases of being angry ("so worked up", "dirty on") ask the grievance (chat.yaml idioms).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { holdsReason } from '../../src/engine/answer-type.ts';
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

/**
 * The curated wordings' counts patched from one analysis to the next (analyseKnowledge with a
 * WordingMemo, as the knowledge worker keeps it, issue 15): whatever the edit, including one that
 * adds, removes or moves a word no passage has, the counts are patched in place rather than counted
 * afresh, and the vocabulary and frequency are exactly a fresh analysis's, in the same order (the
 * saved index numbers the words in that order).
 */
import { describe, expect, it } from 'vitest';
import { analyseKnowledge, analysePassages, newWordingMemo } from '../../src/engine/knowledge-terms.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase, ResolvedQa } from '../../src/knowledge/model.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error('the knowledge does not load');
const kb = loaded.kb;

/** kb.qa with entry `i`'s question changed. */
const asking = (qa: readonly ResolvedQa[], i: number, question: (q: string) => string) =>
  qa.map((entry, j) => (j === i ? { ...entry, question: question(entry.question) } : entry));

const ending = (word: string) => (q: string) => `${q.replace(/\?$/, '')} ${word}?`;

describe('the curated wordings counted with a memo', () => {
  it('patches the counts for every edit, and gives a fresh analysis, words in the same order', () => {
    const lexicon = new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });
    const passages = analysePassages(kb, lexicon);
    const memo = newWordingMemo();
    const first = analyseKnowledge(kb, lexicon, passages, memo);
    const q0 = kb.qa;
    const q1 = asking(q0, 0, ending('zorbleflat'));
    const q2 = asking(asking(q1, 5, ending('quixotic')), 3, ending('zorbleflat'));
    const q3 = asking(q2, 0, (q) => q.replace(' zorbleflat', ''));
    const q4 = asking(q3, 2, ending('1'));
    const q5 = [q4[5], ...q4.filter((_, i) => i !== 5)] as ResolvedQa[];
    const q6 = [
      ...q5.slice(0, 4),
      { ...(q5[4] as ResolvedQa), id: 'added', question: 'Was the flobnar hit?' },
      ...q5.slice(4),
    ];
    const q7 = q6.filter((entry) => entry.id !== (q0[3] as ResolvedQa).id);
    const steps: [string, readonly ResolvedQa[]][] = [
      ['a word no passage has, added', q1],
      ['another, used before the first one now', q2],
      ['the first use of a word removed', q3],
      ['a number', q4],
      ['an entry with a word of its own moved first', q5],
      ['an entry added', q6],
      ['an entry removed', q7],
      ['back to the start', q0],
    ];
    for (const [what, qa] of steps) {
      const edited: KnowledgeBase = { ...kb, qa: qa as ResolvedQa[] };
      const patched = analyseKnowledge(edited, lexicon, passages, memo);
      const fresh = analyseKnowledge(edited, lexicon, passages);
      // Patched in place: the same objects as the first analysis's (a count afresh makes new ones).
      expect(patched.vocabulary, what).toBe(first.vocabulary);
      expect(patched.frequency, what).toBe(first.frequency);
      expect([...patched.vocabulary], what).toEqual([...fresh.vocabulary]);
      expect([...patched.frequency], what).toEqual([...fresh.frequency]);
      expect(patched.qaTerms, what).toEqual(fresh.qaTerms);
    }
  });
});

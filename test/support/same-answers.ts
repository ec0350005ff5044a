/** What the reload tests compare: an engine served after edits against one built afresh. */
import { expect } from 'vitest';
import { suggestQuestions } from '../../src/engine/browse.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { TermIndex } from '../../src/engine/retrieval.ts';

/** The engine's inverted index (not part of its interface). */
export const indexOf = (engine: Engine) =>
  (engine as unknown as { corpus: { index: TermIndex } }).corpus.index;

/** Every curated wording, a few with a slip in them, and half-typed questions: as a fresh engine. */
export function sameAnswers(served: Engine, fresh: Engine) {
  const wordings = fresh.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]);
  const slips = wordings.slice(0, 20).map((w) => w.replace(/(\w)(\w)(\w{3,})/, '$2$1$3'));
  for (const q of [...wordings, ...slips, 'xqzv plonk', 'who ordered the suspension'])
    expect({ q, ...served.answer(q), ms: 0 }).toEqual({ q, ...fresh.answer(q), ms: 0 });
  for (const typed of ['', 'how', 'how many sol', 'what did the', 'wheer', 'sunday raid'])
    expect(suggestQuestions(served, typed)).toEqual(suggestQuestions(fresh, typed));
}

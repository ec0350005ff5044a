/**
 * The retrieval takes shortcuts to stay fast as the knowledge grows (candidates only from
 * selective terms, the best 64 kept, a prebuilt index from compiled.json). On the article's
 * knowledge base they must change nothing: the engine as served gives exactly the answers of
 * an exhaustive engine built from the files, on every question of the four question sets.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { Engine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const SETS = [
  '../../../shared/eval/dev-questions.jsonl',
  '../../eval/fit-discord-questions.jsonl',
  '../../eval/fit-tricky-questions.jsonl',
  '../../eval/check-paraphrase-questions.jsonl',
];
const questions = SETS.flatMap((file) => {
  try {
    return readFileSync(resolve(import.meta.dirname, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { q: string }).q);
  } catch {
    return []; // ../shared is outside the repository: absent in some checkouts
  }
});

const withoutTime = ({ ms: _ms, ...rest }: Answer) => rest;

describe('the fast retrieval on the article', () => {
  it(`answers all ${questions.length} questions exactly like the exhaustive one`, () => {
    const served = loadEngine(KNOWLEDGE_DIR);
    const parsed = loadKnowledge(KNOWLEDGE_DIR);
    if (!parsed.ok) throw new Error('the project knowledge should load');
    const exhaustive = new Engine(parsed.kb, { exhaustive: true });
    expect(questions.length).toBeGreaterThan(400);
    for (const q of questions)
      expect(withoutTime(served.answer(q)), q).toEqual(withoutTime(exhaustive.answer(q)));
  });
});

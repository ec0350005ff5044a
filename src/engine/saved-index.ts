/**
 * The engine's analysis of every text (terms of each passage and wording, the vocabulary),
 * stored in compiled.json by `npm run knowledge:build` so a start can skip it. It is used only
 * when it was produced by this very code (a hash of the modules that decide the terms) and fits
 * this knowledge.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../knowledge/load.ts';
import type { Term } from '../text/lexicon.ts';

export interface BuiltTerms {
  vocabulary: Set<string>;
  frequency: Map<string, number>;
  /** Terms of each passage (its words, its speaker, what kind of thing it names), in kb order. */
  passageTerms: Set<Term>[];
  /** Terms of each wording of each curated entry, in kb order. */
  qaTerms: Set<Term>[][];
}

/** The modules whose code decides the terms: a change to any of them invalidates a prebuilt index. */
const ENGINE_CODE = [
  'engine.ts',
  'analyzer.ts',
  '../text/lexicon.ts',
  '../text/tokenize.ts',
  'saved-index.ts',
];
let cachedEngineCode: string | undefined;

export function engineCodeHash(): string {
  if (cachedEngineCode === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const file of ENGINE_CODE) hash.update(readFileSync(join(here, file), 'utf8')).update('\0');
    cachedEngineCode = hash.digest('hex');
  }
  return cachedEngineCode;
}

/** The knowledge's prebuilt index (from compiled.json), when it fits this code and this knowledge. */
export function validPrebuilt(kb: KnowledgeBase): BuiltTerms | null {
  const p = kb.index;
  if (
    !p ||
    p.code !== engineCodeHash() ||
    p.passages.length !== kb.passages.length ||
    p.qa.length !== kb.qa.length
  ) {
    return null;
  }
  const term = (n: number) => p.terms[n] as Term;
  return {
    vocabulary: new Set(p.vocabulary.map(([w]) => w)),
    frequency: new Map(p.vocabulary),
    passageTerms: p.passages.map((ids) => new Set(ids.map(term))),
    qaTerms: p.qa.map((wordings) => wordings.map((ids) => new Set(ids.map(term)))),
  };
}

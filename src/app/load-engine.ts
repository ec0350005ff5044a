/**
 * Loads a knowledge folder and builds the engine on it, or explains exactly what is wrong:
 * where the knowledge layer (reading, validating) and the engine (answering) meet.
 */

import { MAX_QUOTES } from '../engine/answer.ts';
import { Engine } from '../engine/engine.ts';
import { type LoadResult, loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { readCompiled } from './read-compiled.ts';
import { KnowledgeError, type OpenOptions, primeEngine, readyEngine } from './ready-engine.ts';
import { knowledgeWords, vocabularyHash } from './related-words.ts';

export { KnowledgeError, openEngine, primeEngine, readyEngine, readyEngineInTurns } from './ready-engine.ts';

/** The knowledge to serve: compiled.json while it matches the files, else the files read and validated. */
export type ServedKnowledge =
  | {
      ok: true;
      kb: KnowledgeBase;
      /** The engine's saved index, when the knowledge came from compiled.json. */
      engineIndex?: unknown;
    }
  | { ok: false; problems: Problem[] };

/**
 * Reads and validates every file of the folder now (never compiled.json), with warnings about
 * what the engine will make of it: for `npm run knowledge:check` and /kb check.
 */
export function checkKnowledge(dir: string): LoadResult {
  const result = loadKnowledge(dir, { quotesAtOnce: MAX_QUOTES });
  if (result.ok) {
    const stale = staleRelatedWords(result.kb);
    if (stale) result.warnings.push(stale);
  }
  return result;
}

/** A warning when wordnet.json was built for other words than the knowledge has now (or is missing). */
function staleRelatedWords(kb: KnowledgeBase): Problem | null {
  const words = knowledgeWords(kb, new Engine(kb).vocabulary());
  if (kb.relatedVocabulary === vocabularyHash(words)) return null;
  return {
    file: KNOWLEDGE_FILES.wordnet,
    message:
      kb.relatedVocabulary === null
        ? 'missing: words the article does not use are not related to its words; run npm run knowledge:build'
        : 'built for other words than the knowledge has now (still used, but words added since have no related words): run npm run knowledge:build',
  };
}

export function loadServedKnowledge(dir: string): ServedKnowledge {
  const compiled = readCompiled(dir);
  if (compiled) return { ok: true, ...compiled };
  const parsed = loadKnowledge(dir);
  return parsed.ok ? { ok: true, kb: parsed.kb } : parsed;
}

export function loadEngine(dir: string, options: OpenOptions = {}): Engine {
  const result = loadServedKnowledge(dir);
  if (!result.ok) throw new KnowledgeError(dir, result.problems);
  const { ready = true, prime, ...engineOptions } = options;
  const built = { ...engineOptions, savedIndex: result.engineIndex };
  if (!ready) return new Engine(result.kb, built);
  const engine = readyEngine(result.kb, built);
  return prime ? primeEngine(engine) : engine;
}

/**
 * Loads a knowledge folder and builds the engine on it, or explains exactly what is wrong:
 * where the knowledge layer (reading, validating) and the engine (answering) meet.
 */

import { setImmediate as nextTurn } from 'node:timers/promises';
import { MAX_QUOTES } from '../engine/answer.ts';
import { prepareBrowsing, primeBrowsing } from '../engine/browse.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import { type LoadResult, loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../knowledge/model.ts';
import { formatProblem, type Problem } from '../knowledge/problems.ts';
import { plural } from '../text/plural.ts';
import { readCompiled } from './compiled.ts';
import { knowledgeWords, vocabularyHash } from './related-words.ts';

export class KnowledgeError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: Problem[],
  ) {
    super(
      `The knowledge in ${dir} has ${plural(problems.length, 'problem')}:\n${problems
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

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

export function loadEngine(dir: string, options: EngineOptions & { prime?: boolean } = {}): Engine {
  const result = loadServedKnowledge(dir);
  if (!result.ok) throw new KnowledgeError(dir, result.problems);
  const engine = readyEngine(result.kb, { ...options, savedIndex: result.engineIndex });
  return options.prime ? primeEngine(engine) : engine;
}

/**
 * Optimises the hot code before serving (see Engine.prime): answers, then autocomplete on
 * prefixes of the curated questions as they are typed. About 120 ms; front ends call it.
 */
export function primeEngine(engine: Engine): Engine {
  engine.prime();
  primeBrowsing(engine);
  return engine;
}

/**
 * An engine ready to serve: its indexes built, its code paths (answers, typo correction,
 * autocomplete) run once, so the first person to ask does not wait for any of it.
 */
export function readyEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const engine = new Engine(kb, options).warmUp();
  prepareBrowsing(engine);
  return engine;
}

/**
 * readyEngine in three turns of the event loop (the engine, its warm-up, autocomplete's index):
 * a reload on the thread that answers lets the questions waiting in between be answered.
 */
export async function readyEngineInTurns(kb: KnowledgeBase, options: EngineOptions = {}): Promise<Engine> {
  const engine = new Engine(kb, options);
  await nextTurn();
  engine.warmUp();
  await nextTurn();
  prepareBrowsing(engine, options.previous);
  return engine;
}

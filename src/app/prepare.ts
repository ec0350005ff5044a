/**
 * Preparing knowledge for serving, the heavy part of a reload or an edit (tens to hundreds of
 * milliseconds), done on the knowledge worker thread (knowledge-worker.ts) so that questions
 * never wait behind it:
 *
 * - prepareKnowledge: read a folder and validate every file (an edit's new text given as an
 *   override), and for a reload also analyse it for the engine;
 * - analyseKnowledge: the engine's analysis of a knowledge base already validated (its saved
 *   index, src/engine/saved-index.ts), so that the thread answering only builds the engine
 *   from it (`readyEngine(kb, { savedIndex })`).
 *
 * Everything here survives structured cloning (postMessage): plain objects, arrays, Maps, Dates.
 */
import { MAX_QUOTES } from '../engine/answer.ts';
import { analyseKnowledge as analyseTerms } from '../engine/knowledge-terms.ts';
import { saveIndex } from '../engine/saved-index.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { Lexicon } from '../text/lexicon.ts';
import { readCompiled } from './compiled.ts';

export interface PrepareRequest {
  dir: string;
  /**
   * served: what a reload serves, compiled.json while it matches every file, else the files;
   * files: every file read and validated now (an edit before it is written, /kb check).
   */
  source: 'served' | 'files';
  /** File contents to use instead of what is on disk (an edit being validated). */
  overrides?: Readonly<Record<string, string>>;
  /** Warnings about what the engine will make of the knowledge (/kb check). */
  warnings?: boolean;
  /** Also analyse it for the engine (a reload, which serves it next). */
  analyse?: boolean;
}

export type PreparedKnowledge =
  | {
      ok: true;
      kb: KnowledgeBase;
      /** The engine's saved index for kb, when asked for (or read from compiled.json). */
      engineIndex?: unknown;
      warnings: Problem[];
      /**
       * sha256 of every source file, by name, when the files were read (not compiled.json): what
       * changed since the version served, for a cheaper rebuild later (issue 15).
       */
      sources?: Record<string, string>;
    }
  | { ok: false; problems: Problem[] };

/** Reads and validates a knowledge folder (and analyses it if asked). Never throws for bad content. */
export function prepareKnowledge(request: PrepareRequest): PreparedKnowledge {
  if (request.source === 'served' && !request.overrides) {
    const compiled = readCompiled(request.dir);
    if (compiled) {
      // One a knowledge revision carries has no engine index (see compiledText): analysed here.
      const engineIndex =
        compiled.engineIndex === undefined && request.analyse
          ? analyseKnowledge(compiled.kb)
          : compiled.engineIndex;
      return { ok: true, kb: compiled.kb, engineIndex, warnings: [] };
    }
  }
  const loaded = loadKnowledge(request.dir, {
    ...(request.overrides ? { overrides: request.overrides } : {}),
    ...(request.warnings ? { quotesAtOnce: MAX_QUOTES } : {}),
  });
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    kb: loaded.kb,
    ...(request.analyse ? { engineIndex: analyseKnowledge(loaded.kb) } : {}),
    warnings: loaded.warnings,
    sources: loaded.sources,
  };
}

/**
 * The engine's saved index for a knowledge base: exactly what `new Engine(kb).exportIndex()`
 * returns (test/knowledge/live-worker.test.ts checks it), without building the rest of an engine
 * (its typo index, most of the cost), which the answering thread builds anyway.
 */
export function analyseKnowledge(kb: KnowledgeBase): unknown {
  return saveIndex(analyseTerms(kb, new Lexicon({ entities: kb.entities, synonyms: kb.synonyms })));
}

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
import {
  analysePassages,
  analyseKnowledge as analyseTerms,
  newWordingMemo,
  type PassageAnalysis,
  type WordingMemo,
} from '../engine/knowledge-terms.ts';
import { type SavedPassages, saveIndex, savePassages } from '../engine/saved-index.ts';
import { type LoadMemo, loadKnowledge, newLoadMemo } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { markStep } from '../reload-marks.ts';
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

/**
 * What this thread prepared last for a folder, reused by the next preparation of it (issue 15:
 * a one-entry edit at 50,000 passages re-parses and re-analyses that entry's file, not every
 * sentence): the load's memo (load.ts), the last knowledge bases prepared by version, and the
 * analysis of their passages. Everything reused is the result of the same computation on the
 * same input, so a preparation gives exactly what it gives without it.
 */
interface FolderMemo {
  load: LoadMemo;
  /** The knowledge bases prepared last, by version (an edit's, then the reload that serves it). */
  recent: Map<string, KnowledgeBase>;
  analysis?: {
    passages: KnowledgeBase['passages'];
    entities: KnowledgeBase['entities'];
    synonyms: KnowledgeBase['synonyms'];
    lexicon: Lexicon;
    terms: PassageAnalysis;
    saved: SavedPassages;
    /** Each curated wording's analysis, by its text (with this lexicon). */
    wordings: WordingMemo;
  };
}

/** One folder's memo at a time: a process serves one folder (tests may use several, in turn). */
let memo: { dir: string; folder: FolderMemo } | null = null;

function folderMemo(dir: string): FolderMemo {
  if (memo?.dir !== dir) memo = { dir, folder: { load: newLoadMemo(), recent: new Map() } };
  return memo.folder;
}

/** Forgets what was prepared (tests: a cold preparation). */
export function forgetPrepared(): void {
  memo = null;
}

/** How many knowledge bases a folder's memo keeps by version. */
const RECENT = 4;

/** Reads and validates a knowledge folder (and analyses it if asked). Never throws for bad content. */
export function prepareKnowledge(request: PrepareRequest): PreparedKnowledge {
  markStep('worker: preparation starts');
  const folder = folderMemo(request.dir);
  // compiled.json is read only at the first preparation: after it the files are what changed.
  if (request.source === 'served' && !request.overrides && !folder.load.sources) {
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
    memo: folder.load,
  });
  markStep('worker: knowledge read and validated');
  if (!loaded.ok) return loaded;
  folder.recent.delete(loaded.kb.version);
  folder.recent.set(loaded.kb.version, loaded.kb);
  for (const version of folder.recent.keys()) if (folder.recent.size > RECENT) folder.recent.delete(version);
  const engineIndex = request.analyse ? analyseKnowledge(loaded.kb) : undefined;
  if (request.analyse) markStep('worker: analysed (the saved index)');
  return {
    ok: true,
    kb: loaded.kb,
    ...(request.analyse ? { engineIndex } : {}),
    warnings: loaded.warnings,
    sources: loaded.sources,
  };
}

/**
 * The engine's saved index for a knowledge base: exactly what `new Engine(kb).exportIndex()`
 * returns (test/knowledge/live-worker.test.ts checks it), without building the rest of an engine
 * (its typo index, most of the cost), which the answering thread builds anyway. The analysis of
 * the passages is reused while the passages, entities and synonyms are those analysed last.
 */
export function analyseKnowledge(given: KnowledgeBase): unknown {
  const folder = folderMemo(given.dir);
  // The same version prepared here: its passages are the very objects the memo analysed.
  const kb = folder.recent.get(given.version) ?? given;
  const known = folder.analysis;
  if (
    known &&
    known.passages === kb.passages &&
    known.entities === kb.entities &&
    known.synonyms === kb.synonyms
  )
    return saveIndex(analyseTerms(kb, known.lexicon, known.terms, known.wordings), known.saved);
  const lexicon = new Lexicon({ entities: kb.entities, synonyms: kb.synonyms });
  const terms = analysePassages(kb, lexicon);
  const saved = savePassages(terms.passageTerms);
  folder.analysis = {
    passages: kb.passages,
    entities: kb.entities,
    synonyms: kb.synonyms,
    lexicon,
    terms,
    saved,
    wordings: newWordingMemo(),
  };
  return saveIndex(analyseTerms(kb, lexicon, terms, folder.analysis.wordings), saved);
}

/**
 * compiled.json: the validated knowledge base and the engine's saved index in one JSON file,
 * written by `npm run knowledge:build`, so the bot starts without parsing and validating every
 * YAML file and analysing every text again (most of the start-up time).
 *
 * It is used only when every source file still has the content it was compiled from (sha256 of
 * each file) and it was written by this program's versions of the formats involved: COMPILED_FORMAT
 * (this file's layout) and KNOWLEDGE_MODEL_VERSION (what a loaded knowledge base holds). After a
 * hand edit, or a program whose formats changed, it is ignored and the files are read and
 * validated as usual, so it never serves stale knowledge. The engine's index inside is opaque
 * here: the engine checks its own INDEX_VERSION when it loads it (and analyses afresh otherwise).
 *
 * Versions rather than a hash of the source files read at run time: a build to JavaScript has no
 * .ts files to hash. test/knowledge/formats.test.ts makes sure a version is bumped when the code
 * behind it changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_FILES, KNOWLEDGE_MODEL_VERSION, type KnowledgeBase } from '../knowledge/model.ts';
import { contentHash } from '../text/hash.ts';

// Reading it needs none of the YAML parser, the schemas or the engine's analysis (writing it,
// compiled.ts, does): a start on a valid compiled.json loads none of them.

/** The layout of compiled.json. Bump it when CompiledFile changes. */
export const COMPILED_FORMAT = 2;

export type StoredKnowledge = Omit<KnowledgeBase, 'dir' | 'loadedAt' | 'passageById' | 'entityById'>;

export interface CompiledFile {
  format: number;
  knowledgeModel: number;
  generatedBy: string;
  /** sha256 of each source file's content. */
  sources: Record<string, string>;
  kb: StoredKnowledge;
  /** The engine's saved index (Engine.exportIndex): opaque here; absent, the engine analyses. */
  engineIndex?: unknown;
}

/** A knowledge base read from compiled.json, with the engine's saved index for it. */
export interface CompiledKnowledge {
  kb: KnowledgeBase;
  engineIndex: unknown;
}

/** The compiled knowledge if it is present, of these formats, and matches every source file; else null. */
export function readCompiled(dir: string): CompiledKnowledge | null {
  let compiled: CompiledFile;
  try {
    compiled = JSON.parse(readFileSync(join(dir, KNOWLEDGE_FILES.compiled), 'utf8')) as CompiledFile;
  } catch {
    return null;
  }
  if (
    compiled?.format !== COMPILED_FORMAT ||
    compiled.knowledgeModel !== KNOWLEDGE_MODEL_VERSION ||
    !compiled.sources ||
    !compiled.kb
  )
    return null;
  // Every knowledge file's presence must match too: adding facts.yaml invalidates it.
  for (const file of Object.values(KNOWLEDGE_FILES)) {
    if (file === KNOWLEDGE_FILES.compiled) continue;
    if (existsSync(join(dir, file)) !== file in compiled.sources) return null;
  }
  for (const [file, hash] of Object.entries(compiled.sources)) {
    try {
      if (contentHash(readFileSync(join(dir, file), 'utf8')) !== hash) return null;
    } catch {
      return null;
    }
  }
  const kb = compiled.kb;
  return {
    kb: {
      ...kb,
      dir,
      loadedAt: new Date(),
      passageById: new Map(kb.passages.map((p) => [p.id, p])),
      entityById: new Map(kb.entities.map((e) => [e.id, e])),
    },
    engineIndex: compiled.engineIndex,
  };
}

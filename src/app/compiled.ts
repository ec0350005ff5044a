/**
 * Writes compiled.json (`npm run knowledge:build`); its format, and reading it at start, are in
 * read-compiled.ts.
 */
import { join } from 'node:path';
import { Engine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES, KNOWLEDGE_MODEL_VERSION, type KnowledgeBase } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { contentHash } from '../text/hash.ts';
import { COMPILED_FORMAT, type CompiledFile } from './read-compiled.ts';

export { COMPILED_FORMAT, type CompiledKnowledge, readCompiled } from './read-compiled.ts';

/** Reads and validates `dir` fully and writes compiled.json (what `npm run knowledge:build` does). */
export function compileKnowledge(
  dir: string,
): { ok: true; version: string } | { ok: false; problems: Problem[] } {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  // The engine's analysis of every text goes in too, so a start only has to read it.
  const engineIndex = new Engine(loaded.kb).exportIndex({ neighbours: true });
  writeFileAtomic(join(dir, KNOWLEDGE_FILES.compiled), compiledText(loaded.kb, loaded.sources, engineIndex));
  return { ok: true, version: loaded.kb.version };
}

/**
 * compiled.json's text for a knowledge base already validated from files of these contents
 * (sha256 by name). Without `engineIndex` the engine's analysis is done when it is read (the
 * engine does it itself: tens of milliseconds). A knowledge revision carries one made from the
 * edit's validated knowledge (app/shared-knowledge.ts), so that the other instances serve it
 * without validating every file again.
 */
export function compiledText(
  knowledge: KnowledgeBase,
  sources: Record<string, string>,
  engineIndex?: unknown,
): string {
  const { dir: _dir, loadedAt: _at, passageById: _p, entityById: _e, ...kb } = knowledge;
  const compiled: CompiledFile = {
    format: COMPILED_FORMAT,
    knowledgeModel: KNOWLEDGE_MODEL_VERSION,
    generatedBy: 'npm run knowledge:build (a cache: ignored whenever a source file changes)',
    sources,
    kb,
    ...(engineIndex === undefined ? {} : { engineIndex }),
  };
  return `${JSON.stringify(compiled)}\n`;
}

/** sha256 of each file's content, by name (compiled.json's `sources`). */
export function contentHashes(files: Readonly<Record<string, string>>): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    if (name !== KNOWLEDGE_FILES.compiled) hashes[name] = contentHash(text);
  }
  return hashes;
}

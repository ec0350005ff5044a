/**
 * Writes compiled.json (`npm run knowledge:build`); its format, and reading it at start, are in
 * read-compiled.ts.
 */
import { join } from 'node:path';
import { Engine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KNOWLEDGE_FILES, KNOWLEDGE_MODEL_VERSION } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { COMPILED_FORMAT, type CompiledFile } from './read-compiled.ts';

export { COMPILED_FORMAT, type CompiledKnowledge, readCompiled } from './read-compiled.ts';

/** Reads and validates `dir` fully and writes compiled.json (what `npm run knowledge:build` does). */
export function compileKnowledge(
  dir: string,
): { ok: true; version: string } | { ok: false; problems: Problem[] } {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  // The engine's analysis of every text goes in too, so a start only has to read it.
  const engineIndex = new Engine(loaded.kb).exportIndex();
  const { dir: _dir, loadedAt: _at, passageById: _p, entityById: _e, ...kb } = loaded.kb;
  const compiled: CompiledFile = {
    format: COMPILED_FORMAT,
    knowledgeModel: KNOWLEDGE_MODEL_VERSION,
    generatedBy: 'npm run knowledge:build (a cache: ignored whenever a source file changes)',
    sources: loaded.sources,
    kb,
    engineIndex,
  };
  writeFileAtomic(join(dir, KNOWLEDGE_FILES.compiled), `${JSON.stringify(compiled)}\n`);
  return { ok: true, version: loaded.kb.version };
}

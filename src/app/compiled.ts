/**
 * compiled.json: the validated knowledge base as one JSON file, written by
 * `npm run knowledge:build`, so the bot starts without parsing and validating every YAML
 * file again (YAML parsing and validation are most of the start-up time).
 *
 * It is used only when every source file still has the content it was compiled from
 * (sha256 of each file); after any hand edit it is ignored and the files are parsed and
 * validated as usual, so it can never serve stale knowledge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase, loadKnowledge, type Problem } from '../knowledge/load.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { contentHash } from '../text/hash.ts';

const FORMAT = 1;

type StoredKnowledge = Omit<KnowledgeBase, 'dir' | 'loadedAt' | 'passageById' | 'entityById'>;

interface Snapshot {
  format: number;
  /** Hash of the code that reads and validates the knowledge: a change to it invalidates the snapshot. */
  code: string;
  generatedBy: string;
  /** sha256 of each source file's content. */
  sources: Record<string, string>;
  kb: StoredKnowledge;
}

/** The modules whose code decides what a loaded knowledge base contains. */
const CODE = [
  '../knowledge/load.ts',
  '../knowledge/schema.ts',
  '../knowledge/build.ts',
  '../knowledge/attribute.ts',
  '../knowledge/split.ts',
  'compiled.ts',
];
let cachedCodeHash: string | undefined;

function codeHash(): string {
  if (cachedCodeHash === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    cachedCodeHash = contentHash(CODE.map((file) => readFileSync(join(here, file), 'utf8')).join('\0'));
  }
  return cachedCodeHash;
}

/** Parses and validates `dir` fully and writes compiled.json (what `npm run knowledge:build` does). */
export function compileKnowledge(
  dir: string,
): { ok: true; version: string } | { ok: false; problems: Problem[] } {
  const loaded = loadKnowledge(dir, { useSnapshot: false });
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  // The engine's analysis of every text goes in too, so a start only has to read it.
  const index = new Engine(loaded.kb).exportIndex();
  writeSnapshot(dir, { ...loaded.kb, index }, loaded.sources ?? {});
  return { ok: true, version: loaded.kb.version };
}

export function writeSnapshot(dir: string, kb: KnowledgeBase, sources: Record<string, string>): void {
  const { dir: _dir, loadedAt: _at, passageById: _p, entityById: _e, ...stored } = kb;
  const snapshot: Snapshot = {
    format: FORMAT,
    code: codeHash(),
    generatedBy: 'npm run knowledge:build (a cache: ignored whenever a source file changes)',
    sources,
    kb: stored,
  };
  writeFileAtomic(join(dir, KNOWLEDGE_FILES.compiled), `${JSON.stringify(snapshot)}\n`);
}

/** The compiled knowledge if it is present and matches every source file, else null. */
export function readSnapshot(dir: string): KnowledgeBase | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(join(dir, KNOWLEDGE_FILES.compiled), 'utf8')) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot?.format !== FORMAT || snapshot.code !== codeHash() || !snapshot.sources || !snapshot.kb)
    return null;
  // Every knowledge file's presence must match too: adding facts.yaml invalidates the snapshot.
  for (const file of Object.values(KNOWLEDGE_FILES)) {
    if (file === KNOWLEDGE_FILES.compiled) continue;
    if (existsSync(join(dir, file)) !== file in snapshot.sources) return null;
  }
  for (const [file, hash] of Object.entries(snapshot.sources)) {
    try {
      if (contentHash(readFileSync(join(dir, file), 'utf8')) !== hash) return null;
    } catch {
      return null;
    }
  }
  const kb = snapshot.kb;
  return {
    ...kb,
    dir,
    loadedAt: new Date(),
    passageById: new Map(kb.passages.map((p) => [p.id, p])),
    entityById: new Map(kb.entities.map((e) => [e.id, e])),
  };
}

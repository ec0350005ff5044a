/**
 * Generated corpora kept between runs, keyed by what they depend on, so `npm run bench` builds a
 * 50,000-passage corpus once and reuses it until the generator or the knowledge code changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileKnowledge } from '../../src/app/compiled.ts';
import { DEFAULT_SEED, GENERATOR_VERSION, generateKnowledge } from './corpus.ts';
import { PROJECT_ROOT } from './folder.ts';
import type { QaOrder } from './onto.ts';
import type { GeneratedCorpus } from './types.ts';

/** The sidecar with the question set, next to the knowledge files (the loader ignores it). */
const CORPUS_FILE = 'bench-corpus.json';
/** Written last: a folder without it is half-written and is rebuilt. */
const MARKER_FILE = '.bench-complete';
/**
 * What a cached corpus depends on: this generator (every module of it), the files it copies and
 * every module below the adapters (text, knowledge, engine, app). The loader rejects a
 * passages.json that its own rebuild would not produce, and compiled.json carries the engine's
 * analysis, so a change to any of them must regenerate the corpora. Whole folders, not a list of
 * files: a list goes stale silently when a module moves.
 */
const CACHE_FOLDERS = ['bench/generate', 'src/text', 'src/knowledge', 'src/engine', 'src/app'];
const CACHE_FILES = ['bench/generate.ts', 'knowledge/synonyms.yaml', 'knowledge/settings.yaml'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name).slice(PROJECT_ROOT.length + 1))
    .sort();
}

/** A corpus onto the real knowledge also depends on every file of the project's knowledge folder. */
function knowledgeFiles(): string[] {
  return readdirSync(join(PROJECT_ROOT, 'knowledge'), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'compiled.json' && !entry.name.startsWith('.'))
    .map((entry) => `knowledge/${entry.name}`)
    .sort();
}

function cacheKey(onto: boolean): string {
  const hash = createHash('sha256').update(String(GENERATOR_VERSION));
  const files = [...CACHE_FILES, ...CACHE_FOLDERS.flatMap(sourceFiles), ...(onto ? knowledgeFiles() : [])];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(PROJECT_ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where generated corpora are kept between runs: os.tmpdir()/dez-bench/<seed>-<n>/. */
export const CACHE_ROOT = join(tmpdir(), 'dez-bench');

/**
 * The corpus for a seed and size, from the cache when a complete one of this generator version is
 * there, else generated into a temporary folder and moved into place (so two runs never see a
 * half-written folder).
 */
export function cachedKnowledge(options: {
  passages: number;
  seed?: number;
  /** Add the generated passages onto the project's own knowledge, with their Q&A in this order. */
  onto?: QaOrder;
  /** Onto the real knowledge, the generated sentences in the article itself (one source). */
  oneSource?: boolean;
}): {
  corpus: GeneratedCorpus;
  cached: boolean;
  ms: number;
} {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const one = options.onto && options.oneSource ? '-one' : '';
  const dir = join(
    CACHE_ROOT,
    `${seed}-${options.passages}${options.onto ? `-onto-${options.onto}${one}` : ''}`,
  );
  const marker = join(dir, MARKER_FILE);
  const key = cacheKey(!!options.onto);
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === key) {
    const corpus = JSON.parse(readFileSync(join(dir, CORPUS_FILE), 'utf8')) as GeneratedCorpus;
    return { corpus: { ...corpus, dir }, cached: true, ms: performance.now() - started };
  }
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  const corpus = generateKnowledge(temporary, {
    passages: options.passages,
    seed,
    ...(options.onto
      ? {
          onto: {
            dir: join(PROJECT_ROOT, 'knowledge'),
            qaOrder: options.onto,
            oneSource: !!options.oneSource,
          },
        }
      : {}),
  });
  // As `npm run knowledge:build` does: the validated knowledge compiled for a fast start.
  const compiled = compileKnowledge(temporary);
  if (!compiled.ok) throw new Error(`generated knowledge is invalid: ${compiled.problems[0]?.message}`);
  writeFileSync(join(temporary, CORPUS_FILE), JSON.stringify({ ...corpus, dir }));
  writeFileSync(join(temporary, MARKER_FILE), `${key}\n`);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another run moved its copy in first: theirs is the same corpus.
    if (!existsSync(marker)) throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  return { corpus: { ...corpus, dir }, cached: false, ms: performance.now() - started };
}

/**
 * Saved formats carry explicit versions (KNOWLEDGE_MODEL_VERSION, INDEX_VERSION, COMPILED_FORMAT)
 * instead of a hash of the source files computed at run time, so they also hold once the program
 * is built to JavaScript. This test is what keeps the versions honest: it records a hash of the
 * source files behind each format, and fails when those files change while the version stays.
 *
 * When it fails: if the change could make saved data read differently (another shape, other
 * terms, other passages), bump the version it names; either way, record the new hash it prints.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_FORMAT } from '../../src/app/read-compiled.ts';
import { INDEX_VERSION } from '../../src/engine/saved-index.ts';
import { KNOWLEDGE_MODEL_VERSION } from '../../src/knowledge/model.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Format {
  /** The version constant, and the module that declares it. */
  name: string;
  where: string;
  version: number;
  /** The modules that decide the format; with `follow`, everything they import from src/ too. */
  files: string[];
  follow: boolean;
  /** Modules reached by `follow` that cannot change the format, each with the reason. */
  ignore?: Record<string, string>;
  /** What was recorded: the version, and the hash of the files at that version. */
  recorded: { version: number; hash: string };
}

const FORMATS: Format[] = [
  {
    name: 'KNOWLEDGE_MODEL_VERSION',
    where: 'src/knowledge/model.ts',
    version: KNOWLEDGE_MODEL_VERSION,
    files: ['src/knowledge/load.ts', 'src/knowledge/model.ts'],
    follow: true,
    recorded: { version: 28, hash: '9ec4acf752afbe27' },
  },
  {
    name: 'INDEX_VERSION',
    where: 'src/engine/saved-index.ts',
    version: INDEX_VERSION,
    files: ['src/engine/saved-index.ts', 'src/engine/knowledge-terms.ts'],
    follow: true,
    ignore: {
      'src/engine/tuning.ts': 'no tunable number goes into the terms of a text: they only steer queries',
    },
    recorded: { version: 13, hash: '0ef0849ee3349431' },
  },
  {
    name: 'COMPILED_FORMAT',
    where: 'src/app/read-compiled.ts',
    version: COMPILED_FORMAT,
    files: ['src/app/read-compiled.ts', 'src/app/compiled.ts'],
    follow: false,
    recorded: { version: 2, hash: 'bc8d2195c36e92a2' },
  },
];

/** Relative imports that exist at run time (not `import type`), as paths from the project root. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)';/gms)) {
    const target = resolve(dirname(resolve(ROOT, file)), m[1] as string);
    if (existsSync(target)) found.push(relative(ROOT, target));
  }
  return found;
}

function filesOf(format: Format): string[] {
  const seen = new Set<string>();
  const queue = [...format.files];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || format.ignore?.[file]) continue;
    seen.add(file);
    if (format.follow) queue.push(...runtimeImports(file).filter((f) => f.startsWith('src/')));
  }
  return [...seen].sort();
}

function hashOf(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(resolve(ROOT, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

describe('saved formats', () => {
  it.each(FORMATS)('$name changes whenever the code behind it does', (format) => {
    const files = filesOf(format);
    const hash = hashOf(files);
    const { name, where, recorded } = format;
    const record = `record { version: ${format.version}, hash: '${hash}' } for it in test/knowledge/formats.test.ts`;
    const advice =
      format.version === recorded.version
        ? `The code behind ${name} changed (${files.join(', ')}). If data saved by the old code could ` +
          `now be read differently, bump ${name} in ${where}; then ${record}.`
        : `${name} is now ${format.version}: ${record}.`;
    expect({ version: format.version, hash }, advice).toEqual(recorded);
  });
});

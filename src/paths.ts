/**
 * Where the program runs from: its TypeScript in src/ (tsx, vitest, `npm run dev`), or the
 * JavaScript compiled from it one folder deeper, in dist/src/ (scripts/build.mjs; npm start). The
 * project's own folders (knowledge/, data/, eval/) are found from here, the same either way.
 */
import { fileURLToPath } from 'node:url';

/** True in dist/ (compiled JavaScript), false when running the TypeScript itself. */
export const COMPILED = !import.meta.url.endsWith('.ts');

/** The project's folder (with package.json, knowledge/, data/). */
export const PROJECT_ROOT = fileURLToPath(new URL(COMPILED ? '../..' : '..', import.meta.url));

/**
 * A module of the program beside `base` (an import.meta.url), as a file URL, for what starts a
 * module by path (a worker thread, a shard process): `programModule('../shard', import.meta.url)`.
 */
export function programModule(path: string, base: string): URL {
  return new URL(`${path}.${COMPILED ? 'js' : 'ts'}`, base);
}

/**
 * node's arguments for a process that runs a module of the program (a shard): tsx's loader when
 * the program runs as TypeScript, resolved from here so that it is found whatever the working
 * directory. One V8 helper thread, as npm start uses (see README, "Speed as the knowledge grows").
 */
export function programExecArgv(): string[] {
  return COMPILED ? ['--v8-pool-size=1'] : ['--v8-pool-size=1', '--import', import.meta.resolve('tsx')];
}

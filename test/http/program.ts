/**
 * The modules an HTTP instance is made of (startHttpInstance in support.ts), as TypeScript from
 * src/ (what the tests run, through tsx or vitest) or as the JavaScript `npm run start:http` runs
 * (dist/, built by scripts/build.mjs when stale). bench:http measures the compiled program: tsx
 * compiles with esbuild's keepNames, which names every inner function where it is made (an
 * Object.defineProperty each time), and under load that was 11% of the answer thread's samples and
 * 2.5% of the main thread's, a cost no user pays.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as live from '../../src/app/live.ts';
import * as loadEngine from '../../src/app/load-engine.ts';
import * as config from '../../src/config.ts';
import * as server from '../../src/http/server.ts';
import * as log from '../../src/log.ts';
import * as paths from '../../src/paths.ts';
import * as startup from '../../src/startup.ts';
import * as database from '../../src/store/database.ts';
import * as postgres from '../../src/store/postgres.ts';
import * as store from '../../src/store/store.ts';
import { ROOT } from '../support/processes.ts';

export interface Program {
  live: typeof live;
  loadEngine: typeof loadEngine;
  config: typeof config;
  server: typeof server;
  log: typeof log;
  /** Its COMPILED says which program it is. */
  paths: typeof paths;
  startup: typeof startup;
  database: typeof database;
  postgres: typeof postgres;
  store: typeof store;
}

/** The TypeScript in src/, as this process runs it. */
export const SOURCE_PROGRAM: Program = {
  live,
  loadEngine,
  config,
  server,
  log,
  paths,
  startup,
  database,
  postgres,
  store,
};

let compiled: Promise<Program> | undefined;

/** The compiled program in dist/ (built first when stale, as npm run start:http does). */
export function compiledProgram(): Promise<Program> {
  compiled ??= (async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`scripts/build.mjs --if-stale failed (exit ${build.status})`);
    const load = (path: string) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
    return {
      live: await load('src/app/live.js'),
      loadEngine: await load('src/app/load-engine.js'),
      config: await load('src/config.js'),
      server: await load('src/http/server.js'),
      log: await load('src/log.js'),
      paths: await load('src/paths.js'),
      startup: await load('src/startup.js'),
      database: await load('src/store/database.js'),
      postgres: await load('src/store/postgres.js'),
      store: await load('src/store/store.js'),
    } as Program;
  })();
  return compiled;
}

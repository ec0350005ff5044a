#!/usr/bin/env node
/**
 * Compiles src/ and commands/ into dist/ (tsc with tsconfig.build.json: JavaScript only, no type
 * check: `npm run typecheck` does that), so that the program starts without compiling TypeScript at
 * run time.
 *
 *   node scripts/build.mjs             build now (npm run build)
 *   node scripts/build.mjs --if-stale  build only when dist/ is missing or older than the sources
 *                                      (npm start, start:http, ask and eval run this first)
 *   node scripts/build.mjs --prepare   --if-stale, but only a note when TypeScript is not installed
 *                                      (npm install's prepare; `npm ci --omit=dev` leaves it out)
 *   node scripts/build.mjs --check     exit 0 when dist/ is up to date, 1 when not; builds nothing
 *
 * Up to date means: dist/.sources lists every input (src/, commands/, package.json and the
 * tsconfigs, files and folders) with the same size and modification time as now. A folder's time
 * changes when a file in it is added, removed or renamed, so those count too. The list is taken
 * before compiling: a file saved during the build makes the next check build again.
 *
 * Everything it prints goes to stderr: `npm run --silent ask -- --json` keeps stdout for answers.
 * A build is written to a new folder next to dist/ and put in its place when complete, so a
 * half-written dist/ is never run, and a file removed from src/ is gone from dist/ too. One build
 * at a time (a lock file); others wait for it, then find dist/ up to date.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The compiled program; it must be a folder of the project root (src/paths.ts relies on it). */
const OUT = join(ROOT, 'dist');
const STAMP = '.sources';
const LOCK = join(ROOT, '.dist.lock');
const INPUTS = ['src', 'commands', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** Every input, one line each: path, size and modification time (folders included). */
function listSources(root = ROOT) {
  let list = '';
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(join(root, path));
    } catch {
      list += `${path} missing\n`;
      return;
    }
    list += `${path} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs}\n`;
    if (stat.isDirectory()) for (const name of readdirSync(join(root, path)).sort()) visit(`${path}/${name}`);
  };
  for (const input of INPUTS) visit(input);
  return list;
}

function upToDate() {
  try {
    return readFileSync(join(OUT, STAMP), 'utf8') === listSources();
  } catch {
    return false;
  }
}

function say(message) {
  process.stderr.write(`${message}\n`);
}

/** tsc's script, or null when TypeScript (a devDependency) is not installed. */
function findTsc() {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The pid in the lock file; 0 while it is being written; null when there is no lock. */
function lockHolder() {
  try {
    return Number(readFileSync(LOCK, 'utf8')) || 0;
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Takes the lock, waiting while another live process holds it; false when it had to wait. */
function lock() {
  let waited = false;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return !waited;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = lockHolder();
    if (holder === null) continue;
    const abandoned = holder
      ? !alive(holder)
      : Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > 10_000;
    if (abandoned) {
      // Its builder died: the lock is free (each build has a folder of its own; dist/ is intact).
      rmSync(LOCK, { force: true });
      continue;
    }
    if (!waited) say('Waiting for another build of dist/ to finish...');
    waited = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/** Removes what a build killed midway left behind (.dist-PID, .dist-old-PID of a dead process). */
function removeLeftovers() {
  for (const name of readdirSync(ROOT)) {
    const pid = Number(/^\.dist-(?:old-)?(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) rmSync(join(ROOT, name), { recursive: true, force: true });
  }
}

function build(tsc) {
  removeLeftovers();
  const sources = listSources();
  const started = performance.now();
  const next = join(ROOT, `.dist-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next);
  // tsc writes its messages on stdout: they go to stderr with the rest.
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', next],
    { cwd: ROOT, stdio: ['ignore', 2, 2] },
  );
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    say(`Could not compile src/ and commands/ (tsc: ${result.error?.message ?? `exit ${result.status}`}).`);
    return false;
  }
  writeFileSync(join(next, STAMP), sources);
  const old = join(ROOT, `.dist-old-${process.pid}`);
  try {
    renameSync(OUT, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
  say(
    `Compiled into ${relative(process.cwd(), OUT) || OUT} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return true;
}

const mode = process.argv[2] ?? '--always';
if (!['--always', '--if-stale', '--prepare', '--check'].includes(mode)) {
  say('usage: node scripts/build.mjs [--if-stale | --prepare | --check]');
  process.exit(2);
}
if (mode === '--check') process.exit(upToDate() ? 0 : 1);
if (mode !== '--always' && upToDate()) process.exit(0);

const tsc = findTsc();
if (!tsc) {
  if (mode === '--prepare') {
    say('TypeScript is not installed (npm install --omit=dev): dist/ not built.');
    process.exit(0);
  }
  say(
    'dist/ is missing or older than src/, and TypeScript (a devDependency) is not installed to compile it: ' +
      'run `npm install` with dev dependencies, or `npm run build` where they are and copy dist/.',
  );
  process.exit(1);
}
const first = lock();
let built = true;
try {
  // Whoever held the lock may have built it meanwhile.
  if (mode === '--always' ? first || !upToDate() : !upToDate()) {
    if (mode !== '--always') {
      const stamp = statSync(join(OUT, STAMP), { throwIfNoEntry: false });
      say(
        stamp
          ? 'src/ changed since dist/ was built: compiling...'
          : 'Compiling src/ and commands/ into dist/...',
      );
    }
    built = build(tsc);
  }
} finally {
  rmSync(LOCK, { force: true });
}
process.exit(built ? 0 : 1);

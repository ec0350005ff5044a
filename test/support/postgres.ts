/**
 * PostgreSQL for the tests: the run's real server (see postgres-setup.ts), and a schema of its
 * own for each caller, dropped after the test file, so that test files running at once never
 * see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

const made: string[] = [];
let admin: pg.Client | null = null;

afterAll(async () => {
  if (!admin) return;
  for (const schema of made.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  admin = null;
});

/** The run's server. */
export function postgresUrl(): string {
  return inject('postgresUrl');
}

/**
 * A connection string to the run's server whose tables go in a new, empty schema (through
 * `search_path`, as a deployment could do with its own): what a PgStore under test opens.
 */
export async function freshPostgresUrl(): Promise<string> {
  if (!admin) {
    admin = new pg.Client({ connectionString: postgresUrl() });
    await admin.connect();
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  made.push(schema);
  const url = new URL(postgresUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

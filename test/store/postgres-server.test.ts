import pg from 'pg';
import { expect, test } from 'vitest';
import { freshPostgresUrl } from '../support/postgres.ts';

test('the run has a real PostgreSQL server, and each caller a schema of its own', async () => {
  const a = new pg.Client({ connectionString: await freshPostgresUrl() });
  const b = new pg.Client({ connectionString: await freshPostgresUrl() });
  await a.connect();
  await b.connect();
  try {
    const version = await a.query<{ server_version_num: string }>('SHOW server_version_num');
    expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(140000);
    await a.query('CREATE TABLE t (x int)');
    await a.query('INSERT INTO t VALUES (1)');
    await expect(b.query('SELECT x FROM t')).rejects.toThrow(/does not exist/);
  } finally {
    await a.end();
    await b.end();
  }
});

/** Temporary data folders and open databases for the store tests, cleaned up after each test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { AppDatabase } from '../../src/store/database.ts';

const dirs: string[] = [];
const open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'bot-db-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Closes `db` after the test. */
export function closeAfterTest<T extends AppDatabase>(db: T): T {
  open.push(db);
  return db;
}

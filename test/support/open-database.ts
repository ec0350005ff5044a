/**
 * Child process for the start-up race test: for each line on stdin (a DATA_DIR), opens the bot's
 * database there as a starting bot would (creating and migrating it), closes it, and prints
 * "ok <schema version>" or "error <message>".
 */
import { createInterface } from 'node:readline';
import { AppDatabase } from '../../src/store/database.ts';

process.stdout.write('ready\n');
for await (const dataDir of createInterface({ input: process.stdin })) {
  try {
    const db = AppDatabase.open({ dataDir, questionRetentionDays: 90 });
    const version = db.schemaVersion;
    db.close();
    process.stdout.write(`ok ${version}\n`);
  } catch (error) {
    process.stdout.write(`error ${String(error).replaceAll('\n', ' ')}\n`);
  }
}

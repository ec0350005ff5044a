/**
 * Child process for the audit-trail crash test: adds entry ID to the knowledge folder DIR as
 * /kb add does (recorded in DATA_DIR's audit trail by ACTOR), and stops at POINT, printing it,
 * until it is killed:
 *   before-write  recorded as pending, qa.yaml not yet written;
 *   after-write   qa.yaml written, the record not yet marked done.
 */
import { QaEditor } from '../../src/knowledge/editor.ts';
import { AppDatabase } from '../../src/store/database.ts';

const [dir, dataDir, id, actor, point] = process.argv.slice(2) as [string, string, string, string, string];
const database = AppDatabase.open({ dataDir, questionRetentionDays: 90 });
const stop = async () => {
  process.stdout.write(`${point}\n`);
  setInterval(() => undefined, 60_000); // Alive until killed: a pending promise alone would not keep it.
  await new Promise(() => undefined);
};
const editor = new QaEditor(dir, {
  hooks: point === 'before-write' ? { beforeWrite: stop } : { afterWrite: stop },
});
await editor.add(
  { id, question: `Is ${id} a test question?`, paraphrases: [], answer: ['p4.s2'] },
  database.recorder(actor, 'add'),
);
process.stdout.write('finished without stopping\n');

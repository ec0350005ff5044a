/**
 * npm run knowledge:pull [-- --knowledge DIR] [--force]
 * Writes the knowledge revision the bot serves (from PostgreSQL, DATABASE_URL) into the folder,
 * and notes which revision that is in DIR/.revision.json, for knowledge:push to compare with.
 * Refused when the folder has changes not pushed, unless --force (which overwrites them).
 */
import { pullRevision } from '../knowledge/revision-sync.ts';
import { openRevisions } from './revisions.ts';

const { dir, revisions, close } = await openRevisions('knowledge:pull');
try {
  const result = await pullRevision(revisions, dir, { force: process.argv.includes('--force') });
  if (!result.ok) {
    console.error(`knowledge:pull: ${result.message}`);
    process.exitCode = 1;
  } else {
    const what =
      result.written.length > 0 ? `wrote ${result.written.join(', ')}` : 'the folder was already up to date';
    console.log(`${dir}: revision ${result.head.id} (version ${result.head.version}); ${what}.`);
  }
} finally {
  await close();
}

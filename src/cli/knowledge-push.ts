/**
 * npm run knowledge:push [-- --knowledge DIR] [--message TEXT]
 * Validates the folder as the bot would and publishes it as the next knowledge revision in
 * PostgreSQL (DATABASE_URL); every instance serves it within a second. Refused, with the
 * changes made meanwhile, when the database moved on since the folder was pulled: keep a copy,
 * pull with --force, carry the changes over, then push again. Exit status 1 when nothing was published.
 */
import { userInfo } from 'node:os';
import { formatProblem } from '../knowledge/problems.ts';
import { pushFolder } from '../knowledge/revision-sync.ts';
import { plural } from '../text/plural.ts';
import { messageFromArgs, openRevisions } from './revisions.ts';

const { dir, revisions, close } = await openRevisions('knowledge:push');
try {
  const result = await pushFolder(revisions, dir, {
    author: `cli:${userInfo().username}`,
    message: messageFromArgs('knowledge:push'),
  });
  if (result.ok) {
    console.log(
      result.unchanged
        ? `${dir}: nothing to push; revision ${result.head.id} is served.`
        : `${dir}: published as revision ${result.head.id} (version ${result.head.version}).`,
    );
  } else if (result.reason === 'invalid') {
    console.error(`${dir}: ${plural(result.problems.length, 'problem')}; nothing was published.`);
    for (const p of result.problems) console.error(`  ✗ ${formatProblem(p)}`);
    process.exitCode = 1;
  } else {
    console.error(
      `${dir}: refused: the database moved on since this folder was ${result.base ? `pulled (revision ${result.base.id})` : 'made (it was never pulled)'}; revision ${result.head?.id} is served. Nothing was published.\n` +
        'Changes in the database since then:\n' +
        `${result.diff}\n` +
        'Keep a copy of this folder, run npm run knowledge:pull -- --force, carry your changes over, then push again.',
    );
    process.exitCode = 1;
  }
} finally {
  await close();
}

/**
 * knowledge:push and knowledge:pull (src/knowledge/revision-sync.ts and the CLIs) against the
 * run's real PostgreSQL server, on copies of the project's knowledge folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { diffFiles, pullRevision, pushFolder, readMarker } from '../../src/knowledge/revision-sync.ts';
import { KnowledgeRevisions } from '../../src/store/knowledge-revisions.ts';
import { PgStore } from '../../src/store/postgres.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';
import { freshPostgresUrl } from '../support/postgres.ts';
import { PROCESS_TEST_TIMEOUT_MS, ROOT, runEntry } from '../support/processes.ts';

const TOLL_QUESTION = 'question: How many Syrian soldiers were killed in the airstrike?';
const who = { author: 'test', message: 'test push' };

async function revisionsOn(url: string) {
  const store = await PgStore.open({ url, questionRetentionDays: 90 });
  onTestFinished(() => store.close());
  return new KnowledgeRevisions(store);
}

function copy() {
  const folder = copyKnowledge();
  onTestFinished(() => folder.remove());
  return folder;
}

test('push publishes a valid folder; a push from a folder the database moved past is refused with the diff', async () => {
  const revisions = await revisionsOn(await freshPostgresUrl());
  const alice = copy();
  const first = await pushFolder(revisions, alice.dir, who);
  expect(first).toMatchObject({ ok: true, unchanged: false });
  expect(readMarker(alice.dir)).toEqual(first.ok ? first.head : null);
  expect(await pushFolder(revisions, alice.dir, who)).toMatchObject({ ok: true, unchanged: true });

  // Bob pulls into an empty folder, changes a question and pushes.
  const bobDir = mkdtempSync(join(tmpdir(), 'kb-pull-'));
  onTestFinished(() => rmSync(bobDir, { recursive: true, force: true }));
  const pulled = await pullRevision(revisions, bobDir);
  expect(pulled).toMatchObject({ ok: true, written: expect.arrayContaining(['qa.yaml', 'article.txt']) });
  editFile(bobDir, 'qa.yaml', (text) => text.replace(TOLL_QUESTION, `${TOLL_QUESTION.slice(0, -1)} (Bob)?`));
  const second = await pushFolder(revisions, bobDir, who);
  expect(second).toMatchObject({ ok: true, unchanged: false });

  // Alice, still on the first revision, changes something else: refused, shown Bob's change.
  alice.edit('qa.yaml', (text) => text.replace('- id: death-toll', '# Alice was here\n- id: death-toll'));
  const refused = await pushFolder(revisions, alice.dir, who);
  expect(refused).toMatchObject({ ok: false, reason: 'moved', head: second.ok ? second.head : null });
  if (refused.ok || refused.reason !== 'moved') return;
  expect(refused.diff).toContain('*** qa.yaml');
  expect(refused.diff).toContain(`- ${'  '}${TOLL_QUESTION}`);
  expect(refused.diff).toContain(`+   ${TOLL_QUESTION.slice(0, -1)} (Bob)?`);
  expect(await revisions.head()).toEqual(second.ok ? second.head : null);

  // A pull would overwrite her change: refused. Forced (she kept a copy), it brings Bob's change;
  // she makes hers again and the push goes through.
  expect(await pullRevision(revisions, alice.dir)).toMatchObject({
    ok: false,
    message: expect.stringMatching(/changes not pushed since revision \d+ \(qa\.yaml\)/),
  });
  expect(await pullRevision(revisions, alice.dir, { force: true })).toMatchObject({
    ok: true,
    written: ['qa.yaml'],
  });
  alice.edit('qa.yaml', (text) => text.replace('- id: death-toll', '# Alice was here\n- id: death-toll'));
  expect(await pushFolder(revisions, alice.dir, who)).toMatchObject({ ok: true, unchanged: false });
  const head = await revisions.head();
  const served = (await revisions.get(head?.id ?? 0))?.files['qa.yaml'] ?? '';
  expect(served).toContain('(Bob)?');
  expect(served).toContain('# Alice was here');
});

test('an invalid folder is never published', async () => {
  const revisions = await revisionsOn(await freshPostgresUrl());
  const folder = copy();
  folder.edit('qa.yaml', (text) => text.replace('- id: death-toll', '- id: [death-toll'));
  const result = await pushFolder(revisions, folder.dir, who);
  expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  expect(await revisions.head()).toBeNull();
});

test('the diff shows removed and added lines, and new and removed files', () => {
  expect(diffFiles({ 'a.yaml': 'x\ny\nz', 'b.yaml': 'b' }, { 'a.yaml': 'x\nY\nz', 'c.yaml': 'c' })).toBe(
    ['*** a.yaml', '- y', '+ Y', '--- b.yaml (removed)', '- b', '+++ c.yaml (new file)', '+ c'].join('\n'),
  );
});

test(
  'npm run knowledge:push and knowledge:pull as a moderator runs them',
  async () => {
    const url = await freshPostgresUrl();
    const folder = copy();
    const env = { DATABASE_URL: url, HOME: folder.dir };
    const run = (script: string, dir: string) =>
      runEntry(script, { cwd: ROOT, env: { ...env, KNOWLEDGE_DIR: '' }, args: ['--knowledge', dir] });

    const push = run('src/cli/knowledge-push.ts', folder.dir);
    expect(await push.exit).toBe(0);
    expect(push.stdout()).toMatch(/published as revision \d+/);

    const other = mkdtempSync(join(tmpdir(), 'kb-pull-'));
    onTestFinished(() => rmSync(other, { recursive: true, force: true }));
    const pull = run('src/cli/knowledge-pull.ts', other);
    expect(await pull.exit).toBe(0);
    expect(pull.stdout()).toMatch(/revision \d+ \(version [^)]+\); wrote .*qa\.yaml/);

    // Changed in the database by the pull's folder; then the first folder, now behind, is refused.
    editFile(other, 'qa.yaml', (text) => text.replace('- id: death-toll', '# one\n- id: death-toll'));
    expect(await run('src/cli/knowledge-push.ts', other).exit).toBe(0);
    folder.edit('qa.yaml', (text) => text.replace('- id: death-toll', '# two\n- id: death-toll'));
    const refused = run('src/cli/knowledge-push.ts', folder.dir);
    expect(await refused.exit).toBe(1);
    expect(refused.stderr()).toContain('refused: the database moved on since this folder was pulled');
    expect(refused.stderr()).toContain('+ # one');
  },
  PROCESS_TEST_TIMEOUT_MS,
);

/** Changes a file of a folder (the test fails if the change changes nothing). */
function editFile(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing: the test is out of date`);
  writeFileSync(path, after);
}

/**
 * Knowledge revisions in PostgreSQL (src/store/knowledge-revisions.ts), on the run's real server:
 * compare-and-set on the parent revision, no lost change under concurrent edits from several
 * instances, LISTEN/NOTIFY to every instance, and catch-up after a cut connection.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import {
  KnowledgeRevisions,
  type RevisionHead,
  readRevisionFiles,
  writeRevisionFiles,
} from '../../src/store/knowledge-revisions.ts';
import { PgStore } from '../../src/store/postgres.ts';
import { cuttableProxy } from '../support/cuttable-proxy.ts';
import { freshPostgresUrl } from '../support/postgres.ts';

async function instance(url: string) {
  const store = await PgStore.open({ url, questionRetentionDays: 90, poolMax: 3 });
  onTestFinished(() => store.close());
  return new KnowledgeRevisions(store);
}

const who = { author: 'test', message: 'a change' };

test('a commit on a parent that is no longer the head is refused, and nothing is written', async () => {
  const revisions = await instance(await freshPostgresUrl());
  expect(await revisions.head()).toBeNull();
  const first = await revisions.commit({
    parentId: null,
    files: { 'qa.yaml': '[]\n' },
    version: 'v1',
    ...who,
  });
  expect(first).toMatchObject({ ok: true, revision: { version: 'v1' } });
  if (!first.ok) return;
  const second = await revisions.commit({
    parentId: first.revision.id,
    files: { 'qa.yaml': '- a\n' },
    version: 'v2',
    ...who,
  });
  if (!second.ok) throw new Error('second refused');
  // Made on v1 after v2 landed: refused, with the head it lost to.
  const stale = await revisions.commit({
    parentId: first.revision.id,
    files: { 'qa.yaml': '- b\n' },
    version: 'v3',
    ...who,
  });
  expect(stale).toEqual({ ok: false, reason: 'moved', head: second.revision });
  // A second "first" revision is refused too.
  expect(await revisions.commit({ parentId: null, files: {}, version: 'v0', ...who })).toMatchObject({
    ok: false,
    head: second.revision,
  });
  expect(await revisions.head()).toEqual(second.revision);
  expect((await revisions.history()).map((r) => [r.version, r.parentId])).toEqual([
    ['v2', first.revision.id],
    ['v1', null],
  ]);
  expect((await revisions.get(second.revision.id))?.files).toEqual({ 'qa.yaml': '- a\n' });
});

test('30 changes at once from three instances: none lost, one straight line of revisions', async () => {
  const url = await freshPostgresUrl();
  const instances = await Promise.all([instance(url), instance(url), instance(url)]);
  const [first] = instances;
  if (!first) throw new Error('no instance');
  await first.commit({ parentId: null, files: { 'qa.yaml': '' }, version: 'v0', ...who });
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      instances[i % 3]?.change(
        (head) => {
          const text = `${head?.files['qa.yaml'] ?? ''}- entry-${i}\n`;
          return { files: { 'qa.yaml': text }, version: `n${i}` };
        },
        { author: `user-${i}`, message: `add entry-${i}` },
      ),
    ),
  );
  expect(results.every((r) => r?.ok)).toBe(true);
  const head = await first.head();
  const served = (await first.get(head?.id ?? 0))?.files['qa.yaml'] ?? '';
  for (let i = 0; i < 30; i++) expect(served).toContain(`- entry-${i}\n`);
  const history = await first.history(100);
  expect(history).toHaveLength(31);
  // Each revision's parent is the one before it: no branch, so no change was made on a stale head.
  for (let i = 0; i < history.length - 1; i++) expect(history[i]?.parentId).toBe(history[i + 1]?.id);
});

test('every instance is told of a new revision, and one whose connection was cut catches up', async () => {
  const url = await freshPostgresUrl();
  const writer = await instance(url);
  const proxy = await cuttableProxy(new URL(url));
  const reader = await instance(url);
  const seen: RevisionHead[] = [];
  const watch = reader.watch(proxy.url(), (head) => seen.push(head), { maxBackoffMs: 200 });
  onTestFinished(() => watch.close());
  await expect.poll(() => watch.connected).toBe(true);

  const one = await writer.commit({ parentId: null, files: { 'qa.yaml': '[]\n' }, version: 'v1', ...who });
  if (!one.ok) throw new Error('refused');
  await expect.poll(() => seen.at(-1)).toEqual(one.revision);

  await proxy.cut();
  await expect.poll(() => watch.connected).toBe(false);
  // Committed while this instance cannot hear: its notification is lost to it.
  const two = await writer.commit({
    parentId: one.revision.id,
    files: { 'qa.yaml': '- x\n' },
    version: 'v2',
    ...who,
  });
  if (!two.ok) throw new Error('refused');
  await proxy.restore();
  await expect.poll(() => seen.at(-1)).toEqual(two.revision);
  expect(watch.connected).toBe(true);
});

test('a folder round-trips through revision files; names from the database never leave the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'revision-files-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'qa.yaml'), '- id: a\n');
  writeFileSync(join(dir, 'notes.txt'), 'not knowledge');
  expect(readRevisionFiles(dir)).toEqual({ 'qa.yaml': '- id: a\n' });
  const written = writeRevisionFiles(dir, {
    'qa.yaml': '- id: b\n',
    '../escape.yaml': 'x',
    'facts.yaml': '[]\n',
  });
  expect(written.sort()).toEqual(['facts.yaml', 'qa.yaml']);
  expect(readFileSync(join(dir, 'qa.yaml'), 'utf8')).toBe('- id: b\n');
  expect(writeRevisionFiles(dir, { 'qa.yaml': '- id: b\n' })).toEqual([]);
});

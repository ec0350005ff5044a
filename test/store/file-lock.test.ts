/**
 * The knowledge folder's write lock means the same for every process that can write the folder,
 * whatever pid namespace (container) it runs in: it is an OS lock the kernel releases when the
 * holder dies, so liveness never depends on seeing the other process's pid.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { LockTimeoutError, withFileLock } from '../../src/store/file-lock.ts';
import { type Child, canUnshare, startChild } from '../support/child.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy | undefined;
const children: Child[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.process.kill('SIGKILL');
  kb?.remove();
  kb = undefined;
});

function child(...args: Parameters<typeof startChild>): Child {
  const started = startChild(...args);
  children.push(started);
  return started;
}

describe.skipIf(!canUnshare)('the knowledge lock across pid namespaces (unshare --pid)', () => {
  it('lands 10 adds from a process in its own pid namespace and 10 from one outside, all at once', async () => {
    kb = copyKnowledge();
    const inside = child('test/support/add-burst.ts', [kb.dir, 'inside', '10'], { pidNamespace: true });
    const outside = child('test/support/add-burst.ts', [kb.dir, 'outside', '10']);
    await Promise.all([inside.line(/^ready$/), outside.line(/^ready$/)]);
    inside.send('go');
    outside.send('go');
    expect(await inside.line(/^added /)).toBe('added 10');
    expect(await outside.line(/^added /)).toBe('added 10');
    const loaded = loadKnowledge(kb.dir);
    expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems)).toBe(true);
    const ids = new Set(loaded.ok ? loaded.kb.qa.map((q) => q.id) : []);
    const missing = ['inside', 'outside'].flatMap((p) =>
      Array.from({ length: 10 }, (_, i) => `${p}-${i}`).filter((id) => !ids.has(id)),
    );
    expect(missing).toEqual([]);
  }, 120_000);

  it('keeps a lock held by a live process in another pid namespace', async () => {
    kb = copyKnowledge();
    const file = join(kb.dir, 'qa.yaml');
    const holder = child('test/support/lock-holder.ts', ['hold', file], { pidNamespace: true });
    await holder.line(/^holding /);
    await expect(withFileLock(file, () => 'taken', { timeoutMs: 300 })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    const other = child('test/support/lock-holder.ts', ['try', file], { pidNamespace: true });
    expect(await other.line(/^(got|busy)$/)).toBe('busy');
  }, 60_000);

  it('lets the next writer in at once, in this namespace and in a restarted container, after the holder is killed with SIGKILL', async () => {
    kb = copyKnowledge();
    const file = join(kb.dir, 'qa.yaml');
    const holder = child('test/support/lock-holder.ts', ['hold', file], { pidNamespace: true });
    const pid = Number((await holder.line(/^holding \d+$/)).split(' ')[1]);
    process.kill(pid, 'SIGKILL');
    // unshare exits once its child is dead and reaped.
    await holder.exit;
    // A new container's process is pid 1 again, as the dead holder was: it must not wait either.
    const restarted = child('test/support/lock-holder.ts', ['try', file], { pidNamespace: true });
    expect(await restarted.line(/^(got|busy)$/)).toBe('got');
    await restarted.exit;
    // timeoutMs 0: one try, no waiting.
    expect(await withFileLock(file, () => 'taken', { timeoutMs: 0 })).toBe('taken');
  }, 60_000);
});

describe('the knowledge lock in one process', () => {
  it('runs callers one at a time, in order, and is free again afterwards', async () => {
    kb = copyKnowledge();
    const file = join(kb.dir, 'qa.yaml');
    const order: string[] = [];
    let inside = 0;
    const work = (name: string) => async () => {
      inside++;
      expect(inside).toBe(1);
      await new Promise((r) => setTimeout(r, 5));
      order.push(name);
      inside--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => withFileLock(file, work(n))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);
    await expect(withFileLock(file, () => 'again', { timeoutMs: 0 })).resolves.toBe('again');
  });

  it('is released when the work throws', async () => {
    kb = copyKnowledge();
    const file = join(kb.dir, 'qa.yaml');
    await expect(
      withFileLock(file, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(withFileLock(file, () => 'free', { timeoutMs: 0 })).resolves.toBe('free');
  });
});

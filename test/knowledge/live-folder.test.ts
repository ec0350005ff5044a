/**
 * Hot reload keeps working when the knowledge folder itself is replaced (issue 10 item 7), as
 * deploy tools do: a new folder moved in place of the old one, the folder deleted and made again,
 * a symlink switched to another release. After each, the new folder is served, and so is the next
 * hand edit in it (the watch follows the new folder). Events only, no timings: every wait has a
 * generous ceiling.
 */
import {
  cpSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeWorker } from '../../src/app/knowledge-worker.ts';
import { LiveKnowledge } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

/** One knowledge worker for the whole file: a thread start takes seconds on a loaded machine. */
const worker = new KnowledgeWorker();
afterAll(() => worker.close());

let root: string;
let live: LiveKnowledge | undefined;
afterEach(() => {
  live?.close();
  live = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** A copy of knowledge/ at `path`, its duration entry answered by `answer`. */
function release(path: string, answer: string): void {
  cpSync(KNOWLEDGE_DIR, path, { recursive: true });
  setDuration(path, answer);
}

function setDuration(dir: string, answer: string): void {
  const file = join(dir, 'qa.yaml');
  const text = readFileSync(file, 'utf8');
  const duration = /answer: \[[^\]]*\]\n\n- id: location/;
  if (!duration.test(text)) throw new Error('qa.yaml changed: the test is out of date');
  writeFileSync(file, text.replace(duration, `answer: [${answer}]\n\n- id: location`));
}

const served = () => live?.engines.current.answer('How long did the airstrike last?').quotes[0]?.id;

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

/** Serves `dir`, watching it with no periodic check: the watches alone must follow the folder. */
async function serve(dir: string, pollMs = 0) {
  live = new LiveKnowledge(dir, loadEngine(dir), { worker, debounceMs: 100, pollMs });
  live.watch();
  expect(served()).toBe('p4.s1');
}

describe('hot reload when the knowledge folder is replaced', () => {
  it('follows a new folder moved in place of the old one (mv), and its next hand edit', async () => {
    root = mkdtempSync(join(tmpdir(), 'kb-replace-'));
    const dir = join(root, 'knowledge');
    release(dir, 'p4.s1');
    await serve(dir);
    release(join(root, 'knowledge.new'), 'p4.s2');
    renameSync(dir, join(root, 'knowledge.old'));
    renameSync(join(root, 'knowledge.new'), dir);
    await until(() => served() === 'p4.s2', 'the new folder is served');
    // The watch is on the new folder now: its next hand edit is served too.
    await sleep(300);
    setDuration(dir, 'p9.s1');
    await until(() => served() === 'p9.s1', 'a hand edit in the new folder is served');
  });

  it('follows a folder deleted and made again (rm -rf, then a copy)', async () => {
    root = mkdtempSync(join(tmpdir(), 'kb-replace-'));
    const dir = join(root, 'knowledge');
    release(dir, 'p4.s1');
    await serve(dir);
    const version = live?.version;
    rmSync(dir, { recursive: true });
    await sleep(200);
    // Gone: the last version keeps serving.
    expect(live?.version).toBe(version);
    release(dir, 'p4.s2');
    await until(() => served() === 'p4.s2', 'the new folder is served');
    setDuration(dir, 'p9.s1');
    await until(() => served() === 'p9.s1', 'a hand edit in the new folder is served');
  });

  it('follows a symlink switched to another release', async () => {
    root = mkdtempSync(join(tmpdir(), 'kb-replace-'));
    release(join(root, 'release-1'), 'p4.s1');
    release(join(root, 'release-2'), 'p4.s2');
    const dir = join(root, 'current');
    symlinkSync(join(root, 'release-1'), dir);
    await serve(dir);
    // As deploy tools switch it: a new link renamed over the old one, in one step.
    symlinkSync(join(root, 'release-2'), join(root, 'current.next'));
    renameSync(join(root, 'current.next'), dir);
    await until(() => served() === 'p4.s2', 'the new release is served');
    setDuration(join(root, 'release-2'), 'p9.s1');
    await until(() => served() === 'p9.s1', 'a hand edit in the new release is served');
  });

  it('finds a change no watch reports with its periodic check (here: a save through a hard link)', async () => {
    root = mkdtempSync(join(tmpdir(), 'kb-replace-'));
    const dir = join(root, 'knowledge');
    release(dir, 'p4.s1');
    // qa.yaml is also reachable from outside the folder; a write there reaches the folder's file
    // without any event on the folder (as with some network mounts).
    const outside = join(root, 'qa-outside.yaml');
    linkSync(join(dir, 'qa.yaml'), outside);
    await serve(dir, 200);
    const text = readFileSync(outside, 'utf8');
    writeFileSync(
      outside,
      text.replace(/answer: \[p4\.s1\]\n\n- id: location/, 'answer: [p4.s2]\n\n- id: location'),
    );
    expect(loadKnowledge(dir).ok).toBe(true);
    await until(() => served() === 'p4.s2', 'the periodic check finds the change');
  });
});

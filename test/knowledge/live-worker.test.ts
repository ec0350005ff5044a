/**
 * Knowledge work off the thread that answers (issue 10 item 9): reading, validating and analysing
 * the folder run on the knowledge worker thread, the answering thread stays free meanwhile, and a
 * burst of requests is one rebuild. Ordering assertions only, no timings.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeWorker } from '../../src/app/knowledge-worker.ts';
import { type LiveEvent, LiveKnowledge } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { analyseKnowledge } from '../../src/app/prepare.ts';
import { Engine } from '../../src/engine/engine.ts';
import { withFileLock } from '../../src/store/file-lock.ts';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';

/** One knowledge worker for the whole file: a thread start takes seconds on a loaded machine. */
const worker = new KnowledgeWorker();
afterAll(() => worker.close());

let kb: KnowledgeCopy;
let live: LiveKnowledge;
afterEach(() => {
  live?.close();
  kb?.remove();
});

function start() {
  kb = copyKnowledge();
  const events: LiveEvent[] = [];
  live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), { worker, trace: (event) => events.push(event) });
  return events;
}

const changeDuration = (answer: string) =>
  kb.edit('qa.yaml', (s) =>
    s.replace(/answer: \[[^\]]*\]\n\n- id: location/, `answer: [${answer}]\n\n- id: location`),
  );

describe('LiveKnowledge off the answering thread', () => {
  it('validates and analyses a reload on the worker thread, while this thread keeps running', async () => {
    const events = start();
    changeDuration('p4.s3, p4.s1');
    const order: string[] = [];
    // A timer due at once: it fires only if this thread is free while the reload is under way.
    setTimeout(() => order.push('timer'), 0);
    const reloaded = live.reload('test').then((result) => {
      order.push('reloaded');
      return result;
    });
    const result = await reloaded;
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(order).toEqual(['timer', 'reloaded']);
    const prepared = events.find((e) => e.type === 'prepare-end');
    expect(prepared).toMatchObject({ type: 'prepare-end', what: 'reload (test)' });
    expect(prepared && 'threadId' in prepared && prepared.threadId).not.toBe(threadId);
    expect(live.engines.current.answer('How long did the airstrike last?').quotes[0]?.id).toBe('p4.s3');
  });

  it("validates a /kb edit on the worker thread, and serves it with the worker's analysis", async () => {
    const events = start();
    const edit = live.editor.add({
      id: 'worker-edit',
      question: 'Which tanks were hit near the airport?',
      paraphrases: [],
      answer: ['p9.s2'],
    });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const outcome = await edit;
    clearInterval(ticker);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const prepared = events.find((e) => e.type === 'prepare-end');
    expect(prepared).toMatchObject({ what: 'edit of worker-edit' });
    expect(prepared && 'threadId' in prepared && prepared.threadId).not.toBe(threadId);
    expect(ticks).toBeGreaterThan(0);
    await live.serve(outcome.kb, 'kb add by 1');
    expect(live.engines.current.answer('Which tanks were hit near the airport?').qa).toBe('worker-edit');
    // Served with the engine's analysis made on the worker: this thread only built the engine.
    const analysis = events.find(
      (e) => e.type === 'prepare-end' && e.what === `analysis of ${outcome.kb.version}`,
    );
    expect(analysis && 'threadId' in analysis && analysis.threadId).not.toBe(threadId);
  });

  it("analyses exactly as the engine would: the worker's index is the engine's own", () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(analyseKnowledge(engine.kb)).toEqual(new Engine(engine.kb).exportIndex());
  });

  it('coalesces a burst: ten versions served in one turn are one rebuild, of the newest', async () => {
    const events = start();
    const versions = [];
    for (let i = 0; i < 10; i++) {
      const outcome = await live.editor.edit('duration', { note: `Burst ${i}` });
      if (!outcome.ok) throw new Error(outcome.message);
      versions.push(outcome);
    }
    const builds = () => events.filter((e) => e.type === 'build-start').length;
    expect(builds()).toBe(0);
    const results = await Promise.all(versions.map((o) => live.serve(o.kb, 'kb edit by 1')));
    expect(builds()).toBe(1);
    // Each edit was analysed with its validation (only what it changed): serving needs no analysis job.
    expect(events.filter((e) => e.type === 'prepare-start' && e.what.startsWith('analysis')).length).toBe(0);
    const newest = versions.at(-1)?.kb.version;
    expect(live.version).toBe(newest);
    expect(results.every((r) => r.ok && r.version === newest)).toBe(true);
    expect(live.engines.current.kb.qa.find((q) => q.id === 'duration')?.note).toBe('Burst 9');
  });

  it('serves a version of an edit once the edits still under way are done: a burst is one rebuild', async () => {
    kb = copyKnowledge();
    const events: LiveEvent[] = [];
    live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), {
      worker,
      burstWaitMs: 600_000,
      trace: (event) => events.push(event),
    });
    const first = await live.editor.edit('duration', { note: 'First of a burst.' });
    if (!first.ok) throw new Error(first.message);
    // A second edit under way: it waits for the knowledge lock, held here.
    let release = () => {};
    const held = withFileLock(live.editor.file, () => new Promise<void>((resolve) => (release = resolve)));
    const second = live.editor.edit('location', { note: 'Second of the burst.' });
    const servedFirst = live.serve(first.kb, 'kb edit by 1');
    let firstDone = false;
    void servedFirst.then(() => (firstDone = true));
    await sleep(100);
    expect(firstDone).toBe(false);
    expect(live.engines.current.kb.version).not.toBe(first.kb.version);
    release();
    await held;
    const outcome = await second;
    if (!outcome.ok) throw new Error(outcome.message);
    const servedSecond = live.serve(outcome.kb, 'kb edit by 1');
    await Promise.all([servedFirst, servedSecond]);
    expect(events.filter((e) => e.type === 'build-start')).toEqual([
      { type: 'build-start', version: outcome.kb.version },
    ]);
    expect(live.engines.current.kb.qa.find((q) => q.id === 'duration')?.note).toBe('First of a burst.');
  });

  it('never ends on an older version when an edit is served while a reload reads the folder', async () => {
    kb = copyKnowledge();
    let onRead: (() => void) | undefined;
    live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), {
      worker,
      trace: (event) => {
        if (event.type === 'prepare-start' && event.what.startsWith('reload')) onRead?.();
      },
    });
    // An edit written (V1), then a hand save on top of it (V2, holding both).
    const outcome = await live.editor.edit('location', { note: 'Edited from Discord.' });
    if (!outcome.ok) throw new Error(outcome.message);
    changeDuration('p4.s2, p4.s1');
    // The edit's version is handed over only while the reload reads V2.
    let served: Promise<unknown> | undefined;
    onRead = () => {
      onRead = undefined;
      served = live.serve(outcome.kb, 'kb edit by 1');
    };
    await live.reload('hand edit');
    await served;
    const current = live.engines.current;
    expect(current.kb.qa.find((q) => q.id === 'location')?.note).toBe('Edited from Discord.');
    expect(current.answer('How long did the airstrike last?').quotes[0]?.id).toBe('p4.s2');
  });
});

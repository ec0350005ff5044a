import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeWorker } from '../../src/app/knowledge-worker.ts';
import { LiveKnowledge, type ReloadResult } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { waitFor } from '../support/wait-for.ts';

/** One knowledge worker for the whole file: a thread start takes seconds on a loaded machine. */
const worker = new KnowledgeWorker();
afterAll(() => worker.close());

let kb: KnowledgeCopy;
let live: LiveKnowledge;
afterEach(() => {
  live?.close();
  kb?.remove();
});

const until = (condition: () => boolean) => waitFor(condition, { what: 'the reload' });

function start(debounceMs = 150, settleMs?: number) {
  kb = copyKnowledge();
  const reports: { result: ReloadResult; reason: string }[] = [];
  live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), {
    worker,
    debounceMs,
    ...(settleMs === undefined ? {} : { settleMs }),
    onReload: (result, reason) => reports.push({ result, reason }),
  });
  live.watch();
  return reports;
}

const firstQuote = () => live.engines.current.answer('How long did the airstrike last?').quotes[0]?.id;

describe('LiveKnowledge', () => {
  it('serves a valid hand edit without a restart', async () => {
    start();
    expect(firstQuote()).toBe('p4.s1');
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s3, p4.s1]\n\n- id: location'),
    );
    await until(() => live.reloadCount === 1);
    expect(firstQuote()).toBe('p4.s3');
  });

  it('keeps serving the last good version after an invalid edit, and reports the exact problem', async () => {
    const reports = start();
    const version = live.version;
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s77]\n\n- id: location'),
    );
    await until(() => reports.length > 0);
    expect(live.version).toBe(version);
    expect(firstQuote()).toBe('p4.s1');
    const report = reports[0]?.result;
    expect(report?.ok).toBe(false);
    expect(report && !report.ok && report.problems).toContainEqual(
      expect.objectContaining({
        file: 'qa.yaml',
        entry: 'duration',
        field: 'answer[0]',
        message: expect.stringMatching(/p4\.s77/),
      }),
    );
  });

  it('reloads a save after the shorter quiet time when the files stay as they were at the last event', async () => {
    // A quiet time no wait here comes near: served sooner means the settle time did it.
    const reports = start(60_000, 10);
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s3, p4.s1]\n\n- id: location'),
    );
    await until(() => live.reloadCount === 1);
    expect(firstQuote()).toBe('p4.s3');
    expect(reports).toHaveLength(1);
  });

  it('does not report a file read half written after the shorter quiet time, when it changes again', async () => {
    // The save of a file in two writes some time apart: the first half is not valid YAML.
    const reports = start(3000, 10);
    await live.check(); // the worker thread started: the first half is read before the second is written
    const text = kb.read('qa.yaml');
    const edited = text.replace(
      'answer: [p4.s1]\n\n- id: location',
      'answer: [p4.s3, p4.s1]\n\n- id: location',
    );
    kb.write('qa.yaml', `${edited.slice(0, edited.indexOf('answer: [p4.s3'))}answer: [p4.s3`);
    await sleep(500);
    kb.write('qa.yaml', edited);
    await until(() => live.reloadCount === 1);
    expect(firstQuote()).toBe('p4.s3');
    await sleep(3500); // the debounce, for a report of the half-written file, were there one
    expect(reports.map((r) => r.result.ok)).toEqual([true]);
  });

  it('still reports a broken save found after the shorter quiet time, once the folder stays quiet', async () => {
    const reports = start(300, 10);
    const version = live.version;
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s77]\n\n- id: location'),
    );
    await until(() => reports.length > 0);
    expect(live.version).toBe(version);
    expect(reports.map((r) => r.result.ok)).toEqual([false]);
  });

  it('turns a burst of saves into one reload', async () => {
    // Saves 15 ms apart, a debounce far longer: on a loaded machine the gaps stretch, and a gap
    // longer than the debounce would rightly make two reloads.
    const reports = start(800);
    for (let i = 0; i < 8; i++) {
      kb.edit('qa.yaml', (s) =>
        s.replace(
          /note: Contested - see contested.yaml \(intent\)\.[^\n]*/,
          `note: Contested - see contested.yaml (intent). Save ${i}`,
        ),
      );
      await sleep(15);
    }
    await until(() => live.reloadCount >= 1);
    await sleep(1000); // time for a second reload, were there one
    expect(live.reloadCount).toBe(1);
    expect(reports).toHaveLength(1);
    expect(live.engines.current.kb.qa.find((q) => q.id === 'intent')?.note).toMatch(/Save 7$/);
  });

  it('swaps atomically: a question in flight keeps the engine it started with', async () => {
    start();
    const before = live.engines.current;
    kb.edit('qa.yaml', (s) =>
      s.replace('answer: [p4.s1]\n\n- id: location', 'answer: [p4.s3]\n\n- id: location'),
    );
    await until(() => live.reloadCount === 1);
    expect(before.answer('How long did the airstrike last?').quotes[0]?.id).toBe('p4.s1');
    expect(live.engines.current).not.toBe(before);
  });

  it('serves an edit made through the editor at once', async () => {
    start(10_000); // the watcher would be too late: the edit result is served directly
    const result = await live.editor.add({
      id: 'new-one',
      question: 'What did the Syrian regime say was destroyed?',
      paraphrases: [],
      answer: ['p4.s3'],
    });
    expect(result.ok).toBe(true);
    if (result.ok) await live.serve(result.kb, 'edit');
    expect(live.engines.current.kb.qa.some((q) => q.id === 'new-one')).toBe(true);
  });
});

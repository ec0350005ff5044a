/**
 * The warm-up a process makes a little after its start (LiveKnowledge.warmUp, issue 15): the
 * worker reads and analyses the folder, the engine is built again on what it sent and served, and
 * a few edits are built and never served, so that the first change after a start is built on the
 * engine served, its index patched, by code already run. Whatever it did, every change is served
 * exactly as a fresh load serves it.
 */
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeWorker } from '../../src/app/knowledge-worker.ts';
import { commonWord, type LiveEvent, LiveKnowledge } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { STOP_WORDS } from '../../src/text/lexicon.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { indexOf, sameAnswers as sameAnswersAsFresh } from '../support/same-answers.ts';

let worker: KnowledgeWorker;
let kb: KnowledgeCopy;
let live: LiveKnowledge;
afterEach(() => {
  live?.close();
  kb?.remove();
});
afterAll(() => worker?.close());

/** A new worker for each test: its memo of the folder starts empty, as at a process start. */
function start() {
  void worker?.close();
  worker = new KnowledgeWorker();
  kb = copyKnowledge();
  const events: LiveEvent[] = [];
  live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), { worker, trace: (event) => events.push(event) });
  return events;
}

/** The served engine answers and suggests as a fresh one, of the same version. */
function sameAnswers(served: Engine, fresh: Engine) {
  expect(served.kb.version).toBe(fresh.kb.version);
  sameAnswersAsFresh(served, fresh);
}

const editQuestion = (from: string, to: string) => kb.edit('qa.yaml', (s) => s.replace(from, to));

describe('the warm-up after a start', () => {
  it('serves the same version, then the first edit is built on it, its index patched', async () => {
    const events = start();
    const version = live.version;
    await live.warmUp();
    expect(events.filter((e) => e.type === 'warm-up' && e.outcome !== 'started')).toEqual([
      { type: 'warm-up', step: 'folder read and analysed', outcome: 'done' },
      { type: 'warm-up', step: 'engine built on what the worker sent', outcome: 'done' },
      { type: 'warm-up', step: 'edit lock taken once', outcome: 'done' },
      ...[1, 2, 3].flatMap((n) => [
        { type: 'warm-up', step: `edit ${n} built, not served`, outcome: 'done' },
        {
          type: 'warm-up',
          step: `folder read again as a reload reads it (${n}), built, not served`,
          outcome: 'done',
        },
      ]),
      // Collected before the last edit, which runs every path again once the collection is over.
      { type: 'warm-up', step: 'garbage collected', outcome: 'done' },
      ...[4].flatMap((n) => [
        { type: 'warm-up', step: `edit ${n} built, not served`, outcome: 'done' },
        {
          type: 'warm-up',
          step: `folder read again as a reload reads it (${n}), built, not served`,
          outcome: 'done',
        },
      ]),
    ]);
    // The same version, not a reload; nothing written.
    expect(live.version).toBe(version);
    expect(live.reloadCount).toBe(0);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
    // A hand edit, then a /kb edit: each built on the engine served, the index patched.
    editQuestion(
      'What death toll did Damascus and Moscow give?',
      'What toll did Damascus and Moscow give then?',
    );
    expect(await live.reload('test')).toMatchObject({ ok: true, changed: true });
    expect(live.engines.current.builtOnPrevious).toBe(true);
    expect(indexOf(live.engines.current).patched).toBe(true);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
    const entry = live.engines.current.kb.qa[2];
    if (!entry) throw new Error('no curated entry');
    const outcome = await live.editor.edit(entry.id, {
      question: `${entry.question.replace(/\?$/, '')} now?`,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(await live.serve(outcome.kb, 'kb edit by 1')).toMatchObject({ ok: true, changed: true });
    expect(live.engines.current.builtOnPrevious).toBe(true);
    expect(indexOf(live.engines.current).patched).toBe(true);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
  });

  it('answers the questions asked meanwhile, as the version served answers them, and serves nothing new', async () => {
    const events = start();
    const version = live.version;
    const fresh = loadEngine(kb.dir);
    const questions = ['how many soldiers were killed', 'who ordered the suspension', 'what did russia say'];
    const expected = questions.map((q) => ({ ...fresh.answer(q), ms: 0 }));
    // A question every millisecond while it runs, each noted with the warm-up step then under way.
    let step: string | null = null;
    const asked: { step: string | null; same: boolean; version: string }[] = [];
    const ticker = setInterval(() => {
      const i = asked.length % questions.length;
      const answer = { ...live.engines.current.answer(questions[i] as string), ms: 0 };
      asked.push({
        step,
        same: JSON.stringify(answer) === JSON.stringify(expected[i]),
        version: live.version,
      });
    }, 1);
    const trace = (event: LiveEvent) => {
      events.push(event);
      if (event.type === 'warm-up') step = event.outcome === 'started' ? event.step : null;
    };
    live.close();
    live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), { worker, trace });
    await live.warmUp();
    clearInterval(ticker);
    // Questions were answered during the edits' builds (the answering thread is never held for one),
    // every one as a fresh engine of the version served answers it.
    const during = new Set(asked.map((a) => a.step).filter((s) => s?.startsWith('edit')));
    expect(during.size).toBeGreaterThan(0);
    expect(asked.every((a) => a.same && a.version === version)).toBe(true);
    expect(live.reloadCount).toBe(0);
    // Its edits changed a question by a word no text has, then by the word the passages use most.
    expect(events.filter((e) => e.type === 'warm-up' && e.outcome === 'done')).toHaveLength(12);
    sameAnswers(live.engines.current, fresh);
  });

  it('finds the word the passages use most, one the engine knows and not a stop word', () => {
    const engine = loadEngine(join(import.meta.dirname, '../../knowledge'));
    const word = commonWord(engine) as string;
    expect(engine.vocabulary().has(word)).toBe(true);
    expect(STOP_WORDS.has(word)).toBe(false);
    const counts = new Map<string, number>();
    for (const p of engine.kb.passages)
      for (const w of p.text.toLowerCase().match(/[a-z]{3,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, count] of counts)
      if (!STOP_WORDS.has(w) && engine.vocabulary().has(w))
        expect(counts.get(word)).toBeGreaterThanOrEqual(count);
  });

  it('without it, the first edit builds the whole engine (what the warm-up saves)', async () => {
    start();
    editQuestion(
      'What death toll did Damascus and Moscow give?',
      'What toll did Damascus and Moscow give then?',
    );
    expect(await live.reload('test')).toMatchObject({ ok: true, changed: true });
    expect(live.engines.current.builtOnPrevious).toBe(false);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
  });

  it('gives way to a change made meanwhile, which is served as a fresh load serves it', async () => {
    const events = start();
    let changed = false;
    // The change is made as the engine's build on what the worker read starts: the build gives way
    // (the reload of the change is served next), and is not served after it.
    const trace = (event: LiveEvent) => {
      events.push(event);
      if (
        changed ||
        event.type !== 'warm-up' ||
        event.outcome !== 'started' ||
        !event.step.startsWith('engine')
      )
        return;
      changed = true;
      editQuestion(
        'What death toll did Damascus and Moscow give?',
        'What toll did Damascus and Moscow give then?',
      );
      void live.reload('test');
    };
    live.close();
    live = new LiveKnowledge(kb.dir, loadEngine(kb.dir), { worker, trace });
    await live.warmUp();
    const ends = events.filter((e) => e.type === 'warm-up' && e.outcome !== 'started');
    expect(ends.map((e) => 'outcome' in e && e.outcome)).toEqual([
      'done',
      'given way',
      ...Array.from({ length: 10 }, () => 'done'),
    ]);
    expect(live.reloadCount).toBe(1);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
    // The next edit is built on the engine served.
    editQuestion('What toll did Damascus and Moscow give then?', 'What toll did Moscow give then?');
    expect(await live.reload('test')).toMatchObject({ ok: true, changed: true });
    expect(live.engines.current.builtOnPrevious).toBe(true);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
  });

  it('after a change served before it, does not build the same engine again', async () => {
    const events = start();
    const warming = live.warmUp();
    // Asked in the same turn: the change goes first.
    editQuestion(
      'What death toll did Damascus and Moscow give?',
      'What toll did Damascus and Moscow give then?',
    );
    expect(await live.reload('test')).toMatchObject({ ok: true, changed: true });
    await warming;
    const steps = events.filter((e) => e.type === 'warm-up' && e.outcome !== 'started');
    expect(steps[1]).toMatchObject({ step: 'engine built on what the worker sent', outcome: 'skipped' });
    expect(live.reloadCount).toBe(1);
    sameAnswers(live.engines.current, loadEngine(kb.dir));
  });
});

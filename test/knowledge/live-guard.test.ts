/**
 * A reload that would remove most of the knowledge at once is held (issue 10 item 6): an emptied
 * qa.yaml is valid, but serving it would silence the bot. It keeps serving the last version, says
 * so once, refuses /kb edits on top of it, and serves it only once a moderator accepts it; the
 * acceptance holds for every process serving the folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ACCEPTED_FILE, describeShrinkage, shrinkage } from '../../src/app/guard.ts';
import { KnowledgeWorker } from '../../src/app/knowledge-worker.ts';
import { LiveKnowledge, type ReloadResult } from '../../src/app/live.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { reloadLines } from '../../src/terminal/run.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

/** One knowledge worker for the whole file: a thread start takes seconds on a loaded machine. */
const worker = new KnowledgeWorker();
afterAll(() => worker.close());

let kb: KnowledgeCopy;
const lives: LiveKnowledge[] = [];
afterEach(() => {
  for (const live of lives.splice(0)) live.close();
  kb?.remove();
});

function serving(dir: string) {
  const reports: { result: ReloadResult; reason: string }[] = [];
  const live = new LiveKnowledge(dir, loadEngine(dir), {
    worker,
    onReload: (result, reason) => reports.push({ result, reason }),
  });
  lives.push(live);
  return { live, reports };
}

const EMPTIED = '# Every entry was removed by mistake.\n';

describe('the guard against losing most of the knowledge', () => {
  it('holds an emptied qa.yaml: keeps serving, reports once, and an edit is refused', async () => {
    kb = copyKnowledge();
    const { live, reports } = serving(kb.dir);
    const version = live.version;
    const entries = live.engines.current.kb.qa.length;
    kb.write('qa.yaml', EMPTIED);

    const result = await live.reload('file changed: qa.yaml');
    expect(result).toMatchObject({
      ok: false,
      problems: [],
      servingVersion: version,
      held: {
        version: expect.not.stringMatching(version),
        shrinkage: [{ what: 'Q&A entries', before: entries, after: 0 }],
      },
    });
    expect(live.version).toBe(version);
    expect(live.engines.current.answer('How long did the airstrike last?').qa).toBe('duration');
    // Reported once, however many times the watcher sees the same files.
    await live.reload('file changed: qa.yaml');
    expect(reports).toHaveLength(1);
    expect(reports[0]?.result).toEqual(result);

    // An edit on top of it would make the loss current: refused, nothing written.
    const edit = await live.editor.add({
      id: 'one',
      question: 'Is this the only entry?',
      paraphrases: [],
      answer: ['p4.s1'],
    });
    expect(edit).toMatchObject({ ok: false, reason: 'refused' });
    expect(!edit.ok && edit.message).toMatch(
      new RegExp(
        `with this change, 1 of ${entries} Q&A entries would be left\\. .*run /kb reload to accept it first`,
      ),
    );
    expect(kb.read('qa.yaml')).toBe(EMPTIED);
  });

  it('serves it once a moderator confirms, and every other process serving the folder accepts it too', async () => {
    kb = copyKnowledge();
    const first = serving(kb.dir);
    const other = serving(kb.dir);
    kb.write('qa.yaml', EMPTIED);
    const held = await first.live.reload('file changed: qa.yaml');
    expect(held.ok).toBe(false);
    // A confirmation accepts the held version the moderators were told about.
    const accepted = await first.live.reload('kb reload by 1', { confirm: true });
    expect(accepted).toMatchObject({
      ok: true,
      changed: true,
      accepted: [{ what: 'Q&A entries', after: 0 }],
    });
    expect(first.live.engines.current.kb.qa).toHaveLength(0);
    expect(existsSync(join(kb.dir, ACCEPTED_FILE))).toBe(true);
    // Another process (a shard, an HTTP server) accepts the same version without asking again.
    const elsewhere = await other.live.reload('file changed: qa.yaml');
    expect(elsewhere).toMatchObject({ ok: true, changed: true });
    expect(other.live.version).toBe(first.live.version);
  });

  it('tells the person in the terminal chat what the files would remove and how to accept it', async () => {
    kb = copyKnowledge();
    const { live } = serving(kb.dir);
    const entries = live.engines.current.kb.qa.length;
    kb.write('qa.yaml', EMPTIED);
    const result = await live.reload('file changed: qa.yaml');
    const text = reloadLines(result, 'file changed: qa.yaml')
      .flatMap((l) => l.spans.map((s) => s.text))
      .join('\n');
    expect(text).toBe(
      `The knowledge folder (version ${result.ok ? '' : result.held?.version}) removes ${entries} of ${entries} Q&A entries at once ` +
        `(file changed: qa.yaml). Answers still come from version ${live.version}. If this is intended, accept it with ` +
        '/kb reload in Discord, or restart the chat (a start serves the folder as it is); otherwise put the files back.',
    );
  });

  it('asks twice when the moderator confirms a version nobody was told about', async () => {
    kb = copyKnowledge();
    const { live } = serving(kb.dir);
    kb.write('qa.yaml', EMPTIED);
    const unseen = await live.reload('kb reload by 1', { confirm: true });
    expect(unseen).toMatchObject({ ok: false, held: { shrinkage: [{ what: 'Q&A entries' }] } });
    const again = await live.reload('kb reload by 1', { confirm: true });
    expect(again).toMatchObject({ ok: true, changed: true });
  });

  it('serves ordinary hand edits, removals of a few entries included', async () => {
    kb = copyKnowledge();
    const { live } = serving(kb.dir);
    const before = live.engines.current.kb.qa.length;
    kb.edit('qa.yaml', (s) => s.replace(/\n- id: headline[\s\S]*$/, '\n'));
    const result = await live.reload('file changed: qa.yaml');
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(live.engines.current.kb.qa).toHaveLength(before - 1);
  });
});

describe('shrinkage', () => {
  const base = {
    qa: [1, 2, 3, 4],
    passages: [1, 2, 3, 4, 5, 6],
    entities: [1, 2],
    synonyms: [],
    contested: [1],
    facts: [],
    timeline: [],
  };
  const kbOf = (counts: Partial<Record<keyof typeof base, number>>) =>
    Object.fromEntries(
      Object.entries(base).map(([k, v]) => [
        k,
        Array.from({ length: counts[k as keyof typeof base] ?? v.length }),
      ]),
    ) as unknown as KnowledgeBase;

  it.each([
    [{ qa: 2 }, []],
    [{ qa: 1 }, ['3 of 4 Q&A entries']],
    [{ qa: 0, passages: 2 }, ['4 of 4 Q&A entries', '4 of 6 sentences']],
    [{ entities: 0 }, ['2 of 2 entities']],
    [{ contested: 0 }, []],
    [{ qa: 10 }, []],
  ])('%j removes %j', (counts, expected) => {
    const found = shrinkage(kbOf({}), kbOf(counts));
    expect(found.map((s) => describeShrinkage([s]))).toEqual(expected);
  });
});

/**
 * The incremental reload path (issue 15): the knowledge worker keeps what it parsed, checked and
 * analysed, and the next preparation of the folder re-does only what an edit touched. After any
 * sequence of edits, what it serves must be exactly a full load's: the same problems (lines
 * included) for an invalid edit, the same knowledge base, the same saved index, and the same
 * answers, explanations and autocomplete from the engine the answering thread builds on the
 * engine it served before (reusing what the edit did not touch), as from an engine built afresh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TransferReceiver, TransferSender } from '../../src/app/knowledge-transfer.ts';
import { forgetPrepared, type PreparedKnowledge, prepareKnowledge } from '../../src/app/prepare.ts';
import { prepareBrowsing, suggestQuestions, suggestSpeakers } from '../../src/engine/browse.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { Engine } from '../../src/engine/engine.ts';
import { applyQaOperation } from '../../src/knowledge/editor.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/model.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';

let kb: KnowledgeCopy;
afterEach(() => {
  kb?.remove();
  forgetPrepared();
});

/** Questions written for this test, plus every curated wording of the knowledge being served. */
const QUESTIONS = [
  'how many soldiers died',
  'who is to blame for the strike',
  'what did russia say',
  'was it a mistake',
  'what happened after the strike',
  'soliders killd',
  'where did the attack happen',
  // A misspelling of a word only a curated entry added by the test has (typo index).
  'what toll did the zanzibarain monitor report',
  'what is the capital of france',
];

/** A question, then a follow-up to it. */
const FOLLOW_UPS = [
  ['what did russia say', 'and the us?'],
  ['who is to blame for the strike', 'what did he say about it?'],
  ['how many soldiers died', 'where?'],
] as const;

function questionsOf(base: KnowledgeBase): string[] {
  return [...QUESTIONS, ...base.qa.flatMap((q) => [q.question, ...q.paraphrases])];
}

/** What a person is shown, without the time it took. */
function served(engine: Engine, question: string) {
  const { ms: _ms, ...answer } = engine.answer(question);
  const typed = question.slice(0, 8);
  return {
    answer,
    explain: engine.explain(question),
    closest: engine.closestQuestions(question, 5),
    autocomplete: suggestQuestions(engine, typed),
    speakers: suggestSpeakers(engine, typed.slice(0, 3)),
  };
}

/**
 * The answering thread's side: what the worker sends (each unchanged part once, see
 * knowledge-transfer.ts), copied as a message is, and the engine built on the one served.
 */
const sender = new TransferSender();
const receiver = new TransferReceiver();
let servedEngine: Engine | undefined;
/** The last message, as sent. */
let sent: ReturnType<typeof sender.send<PreparedKnowledge & { ok: true }>> | undefined;

function serve(prepared: PreparedKnowledge): Engine | undefined {
  if (!prepared.ok) return servedEngine;
  sent = sender.send(prepared);
  const { kb, engineIndex } = receiver.receive(structuredClone(sent));
  const previous = servedEngine;
  const engine = new Engine(kb, { savedIndex: engineIndex, ...(previous ? { previous } : {}) });
  prepareBrowsing(engine, previous);
  servedEngine = engine;
  return engine;
}

/** The knowledge base as data (its load time aside). */
function plain(base: KnowledgeBase) {
  const { loadedAt: _at, ...rest } = base;
  return rest;
}

/** The incremental preparation against a full load of the same files, from scratch. */
function expectSameAsFullLoad(prepared: PreparedKnowledge) {
  const engine = serve(prepared);
  const full = loadKnowledge(kb.dir);
  expect(prepared.ok).toBe(full.ok);
  if (!prepared.ok || !full.ok) {
    expect(prepared.ok ? [] : prepared.problems).toEqual(full.ok ? [] : full.problems);
    return;
  }
  expect(plain(prepared.kb)).toEqual(plain(full.kb));
  const fresh = new Engine(full.kb);
  expect(prepared.engineIndex).toEqual(fresh.exportIndex());
  prepareBrowsing(fresh);
  expect(engine?.kb.version).toBe(full.kb.version);
  if (!engine) return;
  // What the answering thread put together from the parts sent (some of them as what changed).
  expect(plain(engine.kb)).toEqual(plain(full.kb));
  expect(engine.exportIndex()).toEqual(fresh.exportIndex());
  for (const question of questionsOf(full.kb))
    expect(served(engine, question), question).toEqual(served(fresh, question));
  // Follow-ups, read in the light of an earlier turn (what follow-up reading carries over).
  for (const [first, next] of FOLLOW_UPS) {
    const asked = (e: Engine) => {
      const { ms: _ms, ...answer } = e.answer(next, [turnOf(e.answer(first))]);
      return answer;
    };
    expect(asked(engine), next).toEqual(asked(fresh));
  }
}

const reload = () => prepareKnowledge({ dir: kb.dir, source: 'files', analyse: true });

describe('incremental reload', () => {
  it('serves exactly what a full load serves after each of a sequence of edits', () => {
    kb = copyKnowledge();
    const first = reload();
    expect(first.ok).toBe(true);
    serve(first);
    // Add a curated entry.
    kb.edit('qa.yaml', (s) =>
      s.replace(
        /\n- id: death-toll\n/,
        '\n- id: added-entry\n  question: Which toll did the zanzibarian monitor report?\n  paraphrases:\n    - toll of the monitor\n  answer: [p4.s1]\n\n- id: death-toll\n',
      ),
    );
    expectSameAsFullLoad(reload());
    // Change one: its question, and its answer.
    kb.edit('qa.yaml', (s) =>
      s
        .replace(
          'Which toll did the zanzibarian monitor report?',
          'What toll did the zanzibarian observatory give?',
        )
        .replace(/(- toll of the monitor\n {2}answer: )\[p4\.s1\]/, '$1[p4.s2]'),
    );
    const before = servedEngine;
    expectSameAsFullLoad(reload());
    // One entry changed: only it was sent, and the others are the very objects served before
    // (what the answering thread built on them is reused).
    expect(sent?.changed?.['kb.qa']?.middle.map((q) => (q as { id: string }).id)).toEqual(['added-entry']);
    const untouched = servedEngine?.kb.qa.filter((q) => q.id !== 'added-entry') ?? [];
    expect(untouched.length).toBeGreaterThan(5);
    for (const q of untouched) expect(before?.kb.qa.includes(q), q.id).toBe(true);
    // Two entries far apart changed (a hand edit that also takes back a /kb edit): those two are
    // sent, not every entry between them, and the entries between are the objects served before.
    const beforeTwo = servedEngine;
    kb.edit('qa.yaml', (s) =>
      s
        .replace(
          'What toll did the zanzibarian observatory give?',
          'What toll did the quarvelian observatory give?',
        )
        .replace(/(\n- id: summary\n(?: {2}.*\n)*? {2}question: )(.*)\n/, '$1$2 Quarvel?\n'),
    );
    expectSameAsFullLoad(reload());
    const change = sent?.changed?.['kb.qa'];
    expect(change?.middle.filter((q) => q !== null).map((q) => (q as { id: string }).id)).toEqual([
      'added-entry',
      'summary',
    ]);
    expect(change?.kept?.length).toBeGreaterThan(0);
    const between = servedEngine?.kb.qa.filter((q) => q.id !== 'added-entry' && q.id !== 'summary') ?? [];
    for (const q of between) expect(beforeTwo?.kb.qa.includes(q), q.id).toBe(true);
    // An invalid edit: refused with the same problems, on the same lines.
    kb.edit('qa.yaml', (s) => s.replace(/(- toll of the monitor\n {2}answer: )\[p4\.s2\]/, '$1[p99.s9]'));
    const refused = reload();
    expect(refused.ok).toBe(false);
    expectSameAsFullLoad(refused);
    // Remove it again.
    kb.edit('qa.yaml', (s) =>
      s.replace(/\n- id: added-entry\n[\s\S]*?\n\n- id: death-toll\n/, '\n- id: death-toll\n'),
    );
    expectSameAsFullLoad(reload());
    // Entries reordered: the first entry moved to the end of the file (every curated document of
    // the index after it changes position).
    kb.edit('qa.yaml', (s) => {
      const match = /\n- id: death-toll\n[\s\S]*?\n(?=\n- id: )/.exec(s);
      if (!match) throw new Error('no death-toll entry');
      return `${s.replace(match[0], '')}\n${match[0]}`;
    });
    expectSameAsFullLoad(reload());
    // An entry of the original knowledge removed, and two others swapped.
    kb.edit('qa.yaml', (s) => {
      const removed = s.replace(/\n- id: toll-observatory\n[\s\S]*?\n(?=\n- id: )/, '');
      const duration = /\n- id: duration\n[\s\S]*?\n(?=\n- id: )/.exec(removed)?.[0];
      const location = /\n- id: location\n[\s\S]*?\n(?=\n- id: )/.exec(removed)?.[0];
      if (!duration || !location) throw new Error('no duration or location entry');
      return removed.replace(duration, '\u0000').replace(location, duration).replace('\u0000', location);
    });
    expect(kb.read('qa.yaml')).not.toContain('id: toll-observatory');
    expectSameAsFullLoad(reload());
    // As /kb edit, /kb add and /kb remove change it (applyQaOperation, on the knowledge worker
    // when the bot serves the folder): a paraphrase with a new word, an entry added, one removed.
    const apply = (operation: Parameters<typeof applyQaOperation>[1]) =>
      kb.edit('qa.yaml', (s) => {
        const applied = applyQaOperation(s, operation);
        if (!('next' in applied)) throw new Error(JSON.stringify(applied));
        return applied.next;
      });
    apply({ op: 'edit', id: 'location', change: { paraphrases: ['Where was the quixotic strike?'] } });
    expectSameAsFullLoad(reload());
    apply({
      op: 'add',
      entry: {
        id: 'kb-added',
        question: 'What did the zanzibarian monitor count?',
        paraphrases: [],
        answer: ['p4.s1'],
      },
    });
    expectSameAsFullLoad(reload());
    apply({ op: 'remove', id: 'duration' });
    expectSameAsFullLoad(reload());
    // An attribution changes who said a sentence: the passages' analysis is redone.
    kb.edit('attributions.yaml', (s) =>
      s.replace(/(- sentence: p4\.s2\n.*\n {2}speaker: )syria-and-russia/, '$1syria'),
    );
    expectSameAsFullLoad(reload());
    // A synonym group: the lexicon changes, every text is analysed again.
    kb.edit('synonyms.yaml', (s) => s.replace('lives lost,', 'lives lost, slew,'));
    expectSameAsFullLoad(reload());
    // A sentence's words changed in a source's sentence file and text together is a source
    // change: the sources stage runs again (here: the article's headline sentence file only,
    // which the check refuses; the same problems either way).
    kb.edit('passages.json', (s) => s.replace('"p4.s1"', '"p4.s9"'));
    expectSameAsFullLoad(reload());
    kb.edit('passages.json', (s) => s.replace('"p4.s9"', '"p4.s1"'));
    expectSameAsFullLoad(reload());
  });

  it('an edit validated with its new text (a /kb edit) reuses the same work and gives the same result', () => {
    kb = copyKnowledge();
    expect(reload().ok).toBe(true);
    const edited = kb
      .read('qa.yaml')
      .replace('How many Syrian soldiers were killed in the airstrike?', 'How many soldiers were killed?');
    const prepared = prepareKnowledge({ dir: kb.dir, source: 'files', overrides: { 'qa.yaml': edited } });
    expect(prepared.ok).toBe(true);
    kb.edit('qa.yaml', () => edited);
    const full = loadKnowledge(kb.dir);
    expect(full.ok && prepared.ok && plain(prepared.kb)).toEqual(full.ok && plain(full.kb));
  });
});

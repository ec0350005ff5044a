/**
 * The incremental reload path (issue 15): the knowledge worker keeps what it parsed, checked and
 * analysed, and the next preparation of the folder re-does only what an edit touched. After any
 * sequence of edits, what it serves must be exactly a full load's: the same problems (lines
 * included) for an invalid edit, the same knowledge base, the same saved index, and the same
 * answers and explanations from the engine built on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { forgetPrepared, type PreparedKnowledge, prepareKnowledge } from '../../src/app/prepare.ts';
import { Engine } from '../../src/engine/engine.ts';
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
  'what is the capital of france',
];

function questionsOf(base: KnowledgeBase): string[] {
  return [...QUESTIONS, ...base.qa.flatMap((q) => [q.question, ...q.paraphrases])];
}

/** What a person is shown, without the time it took. */
function served(engine: Engine, question: string) {
  const { ms: _ms, ...answer } = engine.answer(question);
  return { answer, explain: engine.explain(question) };
}

/** The knowledge base as data (its load time aside). */
function plain(base: KnowledgeBase) {
  const { loadedAt: _at, ...rest } = base;
  return rest;
}

/** The incremental preparation against a full load of the same files, from scratch. */
function expectSameAsFullLoad(prepared: PreparedKnowledge) {
  const full = loadKnowledge(kb.dir);
  expect(prepared.ok).toBe(full.ok);
  if (!prepared.ok || !full.ok) {
    expect(prepared.ok ? [] : prepared.problems).toEqual(full.ok ? [] : full.problems);
    return;
  }
  expect(plain(prepared.kb)).toEqual(plain(full.kb));
  const fresh = new Engine(full.kb);
  expect(prepared.engineIndex).toEqual(fresh.exportIndex());
  const incremental = new Engine(prepared.kb, { savedIndex: prepared.engineIndex });
  for (const question of questionsOf(full.kb))
    expect(served(incremental, question), question).toEqual(served(fresh, question));
}

const reload = () => prepareKnowledge({ dir: kb.dir, source: 'files', analyse: true });

describe('incremental reload', () => {
  it('serves exactly what a full load serves after each of a sequence of edits', () => {
    kb = copyKnowledge();
    const first = reload();
    expect(first.ok).toBe(true);
    // Add a curated entry.
    kb.edit('qa.yaml', (s) =>
      s.replace(
        /\n- id: death-toll\n/,
        '\n- id: added-entry\n  question: Which toll did the monitor report?\n  paraphrases:\n    - toll of the monitor\n  answer: [p4.s1]\n\n- id: death-toll\n',
      ),
    );
    expectSameAsFullLoad(reload());
    // Change one: its question, and its answer.
    kb.edit('qa.yaml', (s) =>
      s
        .replace('Which toll did the monitor report?', 'What toll did the observatory give?')
        .replace(/(- toll of the monitor\n {2}answer: )\[p4\.s1\]/, '$1[p4.s2]'),
    );
    expectSameAsFullLoad(reload());
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
    // An attribution changes who said a sentence: the passages' analysis is redone.
    kb.edit('attributions.yaml', (s) =>
      s.replace(/(- sentence: p4\.s2\n.*\n {2}speaker: )syria-and-russia/, '$1syria'),
    );
    expectSameAsFullLoad(reload());
    // A synonym group: the lexicon changes, every text is analysed again.
    kb.edit('synonyms.yaml', (s) => s.replace('loss of life]', 'loss of life, slew]'));
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

/**
 * Autocomplete's indexes after a one-entry edit (issue 15): built on those of the engine served
 * (PrefixIndex.patched, WordIndex.patched, the word counts and the typo index of the wordings'
 * words carried over), they must suggest exactly what indexes built from scratch suggest, for
 * the four kinds of edit bench:reload makes (a word no text has added, a word the passages have
 * added; by hand and as /kb edit does) and for a hand edit that also takes back a /kb edit (two
 * entries far apart changed at once).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TransferReceiver, TransferSender } from '../../src/app/knowledge-transfer.ts';
import { forgetPrepared, type PreparedKnowledge, prepareKnowledge } from '../../src/app/prepare.ts';
import {
  closestWordingWord,
  prepareBrowsing,
  suggestQuestions,
  suggestSpeakers,
} from '../../src/engine/browse.ts';
import { Engine } from '../../src/engine/engine.ts';
import { applyQaOperation } from '../../src/knowledge/editor.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';

const kb = copyKnowledge();
afterAll(() => {
  kb.remove();
  forgetPrepared();
});

/** What is typed: prefixes of every wording, whole wordings, words with a slip, half words. */
function typedOf(engine: Engine): string[] {
  const wordings = engine.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]);
  const typed = new Set<string>(['', 'how', 'how many sol', 'what did the', 'quarvel', 'tremovin ']);
  // The words the edits add and take out, with a slip (the typo index of the wordings' words).
  for (const run of ['a', 'b'])
    for (const slip of [`qaurvel${run}`, `quarvle${run}`, `termovin${run}`, `tremovni${run}`])
      for (const head of ['how long did the airstrike last', 'what was the headline'])
        typed.add(`${head} ${slip} `);
  for (const w of wordings) {
    const lower = w.toLowerCase();
    for (const n of [3, 10]) typed.add(lower.slice(0, n));
    typed.add(lower);
    // A slip in the first long word ("happened" -> "hapepned"), the rest typed on.
    const words = lower.split(' ');
    const at = words.findIndex((x) => x.length >= 5);
    if (at >= 0) {
      const x = words[at] as string;
      words[at] = x.slice(0, 2) + x[3] + x[2] + x.slice(4);
      typed.add(`${words.join(' ')} `);
    }
  }
  return [...typed];
}

function suggestions(engine: Engine, typed: readonly string[]) {
  return typed.map((t) => [t, suggestQuestions(engine, t), suggestSpeakers(engine, t.slice(0, 4))]);
}

const sender = new TransferSender();
const receiver = new TransferReceiver();
let served: Engine | undefined;

/** The engine the answering thread builds on the one served (its autocomplete patched). */
function serve(prepared: PreparedKnowledge): Engine {
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  const { kb: base, engineIndex } = receiver.receive(structuredClone(sender.send(prepared)));
  const previous = served;
  const engine = new Engine(base, { savedIndex: engineIndex, ...(previous ? { previous } : {}) });
  prepareBrowsing(engine, previous);
  served = engine;
  return engine;
}

const reload = () => prepareKnowledge({ dir: kb.dir, source: 'files', analyse: true });

function expectSameAsFresh(engine: Engine) {
  const full = loadKnowledge(kb.dir);
  if (!full.ok) throw new Error(JSON.stringify(full.problems));
  const fresh = new Engine(full.kb);
  prepareBrowsing(fresh);
  const typed = typedOf(fresh);
  expect(suggestions(engine, typed)).toEqual(suggestions(fresh, typed));
  // Every word of the wordings and of the edits with a slip, put right by each (the typo index of
  // the wordings' words: a word that came is found, one that went is not).
  const words = new Set(typed.flatMap((t) => t.split(' ')));
  for (const run of ['a', 'b']) for (const w of [`quarvel${run}`, `tremovin${run}`]) words.add(w);
  const slips = [...words].flatMap((w) =>
    w.length < 4 ? [] : [w.slice(0, 1) + w[2] + w[1] + w.slice(3), `${w.slice(0, -1)}x`, w.slice(1)],
  );
  const closest = (e: Engine) => slips.map((w) => closestWordingWord(e, w));
  expect(closest(engine)).toEqual(closest(fresh));
}

describe('autocomplete patched after an edit', () => {
  it('suggests what indexes built from scratch suggest, for every kind of edit', () => {
    serve(reload());
    const original = kb.read('qa.yaml');
    const hand = (question: string) =>
      kb.write(
        'qa.yaml',
        original.replace('question: How long did the airstrike last?', `question: ${question}`),
      );
    const kbEdit = (question: string) =>
      kb.edit('qa.yaml', (s) => {
        const applied = applyQaOperation(s, { op: 'edit', id: 'headline', change: { question } });
        if (!('next' in applied)) throw new Error(JSON.stringify(applied));
        return applied.next;
      });
    for (const run of ['a', 'b']) {
      // By hand, a word no text has (and, from the second run on, the /kb edit taken back).
      hand(`How long did the airstrike last quarvel${run}?`);
      expectSameAsFresh(serve(reload()));
      // By hand, a word the passages have.
      hand(`How long did the airstrike last quarvel${run} said?`);
      expectSameAsFresh(serve(reload()));
      // As /kb edit does: a word no text has, then a word the passages have.
      kbEdit(`What was the headline tremovin${run}?`);
      expectSameAsFresh(serve(reload()));
      kbEdit(`What was the headline tremovin${run} said?`);
      expectSameAsFresh(serve(reload()));
    }
  });
});

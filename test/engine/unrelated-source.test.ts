/**
 * A second, unrelated source (a made-up flood report) in the knowledge folder: the shared dev
 * samples score the same, question by question, as on the DW article alone (each answer right,
 * right in its first three quotes, abstaining or quoting every side exactly when it did, and
 * never a sentence of the flood report). On our own larger sets the new sentences move a few
 * answers near the abstention threshold and a few questions with no story words ("how many
 * injured") are now answered from the flood report; there, no set loses more than one right
 * answer, and no right first quote gives way to one of the flood report.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { normalizeForCompare } from '../../src/text/normalize.ts';
import { copyKnowledge, KNOWLEDGE_DIR, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { buildFolder } from '../support/two-sources.ts';
import { FLOODS_ENTRY, FLOODS_TEXT } from '../support/unrelated-source.ts';

interface Item {
  q?: string;
  turns?: string[];
  expect: string[] | null;
  sides?: string[][];
}

/** The shared dev samples (the bar). */
const SHARED = [
  '../../../shared/eval/dev-questions.jsonl',
  '../../../shared/eval/dev-messy.jsonl',
  '../../../shared/eval/dev-followups.jsonl',
];
/** Our own sets. */
const OWN = [
  '../../eval/check-paraphrase-questions.jsonl',
  '../../eval/check-messy.jsonl',
  '../../eval/check-followups.jsonl',
  '../../eval/fit-discord-questions.jsonl',
  '../../eval/fit-tricky-questions.jsonl',
  '../../eval/fit-messy.jsonl',
  '../../eval/fit-followups.jsonl',
];

function readSet(file: string): Item[] {
  try {
    return readFileSync(resolve(import.meta.dirname, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Item);
  } catch {
    return []; // ../shared is outside the repository: absent in some checkouts
  }
}

const lower = (s: string) => normalizeForCompare(s).toLowerCase();

/** The answer to an item: its question, or the last turn of its conversation asked in context. */
function answerOf(engine: Engine, item: Item): Answer {
  const turns: ConversationTurn[] = [];
  const asked = item.turns ?? [item.q ?? ''];
  let answer = engine.answer(asked[0] ?? '');
  for (const next of asked.slice(1)) {
    turns.push(turnOf(answer));
    answer = engine.answer(next, turns);
  }
  return answer;
}

/** What the scorer counts for one item. */
function outcome(answer: Answer, item: Item) {
  const hit = (k: number) =>
    answer.answered &&
    answer.quotes.slice(0, k).some((q) => (item.expect ?? []).some((x) => lower(q.text).includes(lower(x))));
  const all = answer.quotes.map((q) => lower(q.text)).join(' | ');
  return {
    answered: answer.answered,
    top1: hit(1),
    top3: hit(3),
    sides: item.sides ? item.sides.every((side) => side.some((x) => all.includes(lower(x)))) : null,
    // Never a sentence of the flood report in an answer about the airstrike.
    floods: answer.quotes.some((q) => q.id.startsWith('valley-herald.')),
  };
}

let copy: KnowledgeCopy;
let alone: Engine;
let withFloods: Engine;

beforeAll(() => {
  copy = copyKnowledge();
  mkdirSync(join(copy.dir, 'sources'), { recursive: true });
  copy.write('sources/valley-herald.txt', FLOODS_TEXT);
  copy.write('sources.yaml', FLOODS_ENTRY);
  buildFolder(copy.dir);
  alone = loadEngine(KNOWLEDGE_DIR);
  withFloods = loadEngine(copy.dir);
});
afterAll(() => copy?.remove());

describe('an unrelated second source', () => {
  it('is in the knowledge, and answers what it is about', () => {
    expect(withFloods.kb.sources.map((s) => s.id)).toEqual(['dw', 'valley-herald']);
    const answer = withFloods.answer('How many people were injured, according to local hospitals?');
    expect(answer.quotes[0]).toMatchObject({
      id: 'valley-herald.p3.s2',
      source: 'Valley Herald, 3 March 2017',
    });
  });

  it.each(SHARED.map((file) => [file.split('/').at(-1) as string, readSet(file)] as const))(
    'the shared %s scores the same, question by question, as on the DW article alone',
    (_set, items) => {
      for (const item of items) {
        const before = outcome(answerOf(alone, item), item);
        expect(before.floods).toBe(false);
        expect({ ...outcome(answerOf(withFloods, item), item) }, item.q ?? item.turns?.join(' -> ')).toEqual(
          before,
        );
      }
    },
  );

  it.each(OWN.map((file) => [file.split('/').at(-1) as string, readSet(file)] as const))(
    'our %s loses at most one right answer, and no right first quote to the flood report',
    (_set, items) => {
      expect(items.length).toBeGreaterThan(0);
      const total = { before: { top1: 0, top3: 0 }, after: { top1: 0, top3: 0 } };
      for (const item of items) {
        const before = outcome(answerOf(alone, item), item);
        const answer = answerOf(withFloods, item);
        const after = outcome(answer, item);
        for (const [k, got] of [
          ['before', before],
          ['after', after],
        ] as const) {
          if (got.top1) total[k].top1++;
          if (got.top3) total[k].top3++;
        }
        // A right first quote is never displaced by the flood report.
        if (before.top1)
          expect(answer.quotes[0]?.id ?? '', item.q ?? item.turns?.join(' -> ')).not.toMatch(
            /^valley-herald\./,
          );
      }
      // At most one right answer lost: the flood report's words change every word's weight, which
      // moves answers near the abstention threshold (one of fit-discord's, when this was written).
      expect(total.after.top1).toBeGreaterThanOrEqual(total.before.top1 - 1);
      expect(total.after.top3).toBeGreaterThanOrEqual(total.before.top3 - 1);
    },
  );
});

/**
 * "that" after a "what" question may be what the answer told, not what the question asked:
 * "what did estland do" -> "where did that happen" asks where Estland sent its boats (p5.s1,
 * "to the coast"), a sentence holding nothing of "happen". On the made-up ferry sinking
 * (test/fixtures/tiny-told: tiny-ferry's, with words for places and "what happened").
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { Engine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-told'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const engine = new Engine(loaded.kb);

/** Every answer, each turn asked after the ones before. */
function conversation(...turns: string[]) {
  const before: ConversationTurn[] = [];
  return turns.map((turn) => {
    const answer = engine.answer(turn, before);
    before.push(turnOf(answer));
    return answer;
  });
}

describe('"where did that happen" after a "what" question', () => {
  it('is answered by what the answer before told', () => {
    const [first, then] = conversation('what did estland do', 'where did that happen');
    expect(first?.quotes[0]?.id).toBe('p6.s1');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.id).toBe('p6.s1');
  });

  it('read as the boats sent: the condolences quoted with them before (p6.s2) are not where', () => {
    const [, then] = conversation('what did estland do', 'where did that happen');
    expect(then?.quotes.map((q) => q.id)).toEqual(['p6.s1']);
  });
});

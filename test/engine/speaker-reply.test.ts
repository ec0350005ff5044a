/**
 * "how did they respond to him?" after what the minister said about the ferry company asks the
 * company's own words (they: the company). The curated entry of the minister's words matches the
 * words carried from the turn before best; the company's sentence, the best passage, answers.
 * On the made-up ferry sinking (test/fixtures/tiny-reply).
 *
 * "what did estland's navy say" -> "oops, i meant norland's navy": "navy" is said again, in the
 * name of Norland's navy; the bare word of the question before is not carried (it would find
 * Estland's sentence about its navy helping Norland's sailors).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { Engine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-reply'));
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

describe('what someone said, asked through a pronoun', () => {
  it('is answered by their own words, not the curated entry of the turn before', () => {
    const [first, then] = conversation(
      'what did the minister say about the ferry company',
      'how did they respond to him?',
    );
    expect(first?.qa).toBe('minister-blame');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.id).toBe('p4.s1');
    expect(then?.quotes[0]?.speaker?.id).toBe('company');
  });
});

describe('a word the correction says again', () => {
  it('is read as it reads there, not carried from the question before', () => {
    const [first, then] = conversation("what did estland's navy say", "oops, i meant norland's navy");
    expect(first?.quotes[0]?.id).toBe('p8.s1');
    expect(then?.quotes[0]?.id).toBe('p9.s1');
    expect(then?.quotes[0]?.speaker?.id).toBe('norland-navy');
  });
});

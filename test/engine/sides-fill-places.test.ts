/**
 * A contested point asked in other words (engine pointAnswer) is answered by each side's first
 * quote; the places of the three those leave hold the sides' next quotes, the side shown last
 * first (contested.ts sidesOf with fill). And a follow-up weighing sides as nearer the truth or
 * better off ("who's closer?", "who came off better?") weighs them like "who's right".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { sidesOf } from '../../src/engine/contested.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const engine = loadEngine(KNOWLEDGE_DIR);
/** The last answer of a conversation asking each question in turn. */
function last(...questions: string[]) {
  const turns: ConversationTurn[] = [];
  const answers = questions.map((q) => {
    const answer = engine.answer(q, turns);
    turns.push(turnOf(answer));
    return answer;
  });
  return answers[answers.length - 1] ?? engine.answer('');
}
const ids = (a: { quotes: readonly { id: string }[] }) => a.quotes.map((q) => q.id);

describe('the places the sides leave', () => {
  const exchange = corpus.kb.contested.find((p) => p.id === 'un-exchange');
  if (!exchange) throw new Error('no un-exchange point');

  it('hold the next quote of the side shown last', () => {
    expect(sidesOf(corpus, exchange, [], true).ordered).toEqual(['p11.s1', 'p14.s2', 'p13.s2']);
    // Unfilled, each side's first quote alone.
    expect(sidesOf(corpus, exchange, []).ordered).toEqual(['p11.s1', 'p14.s2']);
  });

  it('a point with as many sides as places keeps its first quotes', () => {
    const toll = corpus.kb.contested.find((p) => p.id === 'death-toll');
    if (!toll) throw new Error('no death-toll point');
    // Two sides of one quote each: nothing to fill with.
    expect(sidesOf(corpus, toll, [], true).ordered).toEqual(['p4.s1', 'p4.s2']);
  });

  it('the exchange asked in other words is quoted with its reply', () => {
    const answer = engine.answer('what was the UN fight actually about, both sides pls');
    expect(answer.contested?.id).toBe('un-exchange');
    expect(ids(answer)).toEqual(['p11.s1', 'p14.s2', 'p13.s2']);
  });
});

describe('who is nearer the truth, who came off better', () => {
  it('after one side of the toll, "who\'s closer?" gets both', () => {
    const answer = last("what's the observatory's figure", "what about damascus and moscow, who's closer?");
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(ids(answer)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('after power\'s words, "who came off better?" gets churkin\'s beside hers', () => {
    const answer = last('what did power say to reporters', 'what about churkin, who came off better?');
    expect(ids(answer).slice(0, 3)).toEqual(expect.arrayContaining(['p14.s2', 'p11.s1']));
  });
});

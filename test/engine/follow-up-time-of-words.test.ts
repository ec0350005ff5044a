/**
 * "what did the syrian army call the strikes" -> "when did they say it?": when or where someone said
 * something is told by their own sentence; another's sentence that only names them (the
 * Observatory's "The Saturday night raid ...") gives the time of something else, so the article
 * does not say (conversation.ts timeOfOthersWords). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('the time of their words', () => {
  it('"when did they say it" of the Syrian army is not told: the raid\'s time is not theirs', () => {
    const [before, a] = ask('what did the syrian army call the strikes', 'when did they say it');
    expect(before?.quotes[0]?.id).toBe('p20.s1');
    expect(a?.answered).toBe(false);
  });

  it('"when did they say that" of the Russian Foreign Ministry: its own sentence tells Sunday', () => {
    const [, a] = ask("what did russia's foreign ministry demand", 'when did they say that');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p3.s1');
  });
});

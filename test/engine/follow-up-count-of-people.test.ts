/**
 * "what was the death toll" -> "what about the syrian soldiers?": people of a name whom a count
 * counts ("the syrian soldiers", "the regime troops"), "the" before them or not, ask the count of
 * them, not what the name said (conversation.ts countedFragment). Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("the count of a name's people", () => {
  it('"what about the syrian soldiers?" after the death toll is their toll', () => {
    for (const next of ['what about the syrian soldiers?', 'what about the regime troops']) {
      const [, a] = ask('what was the death toll', next);
      expect(a?.answered).toBe(true);
      expect(a?.quotes.map((q) => q.id)).toContain('p4.s1');
      expect(a?.quotes[0]?.id).not.toBe('p20.s1');
    }
  });

  it('a count the article does not give is still refused', () => {
    const [, a] = ask('how many died', 'what about IS fighters?');
    expect(a?.answered).toBe(false);
  });
});

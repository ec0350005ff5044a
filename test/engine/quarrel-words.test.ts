/**
 * A quarrel asked in its everyday words (synonyms.yaml, the accuse group): "quarrel", "spat",
 * "war of words", "trade barbs" ask what the two sides accused each other of. "argue about" is
 * not among them: "why is everyone arguing over the death toll" asks of the toll's two figures.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (question: string) => {
  const [a] = askInTurn(engine, question);
  return a?.answered ? a.quotes.map((q) => q.id) : [];
};

describe('a quarrel in everyday words', () => {
  it('answers what the ambassadors accused each other of', () => {
    expect(ids('what did power and churkin quarrel over')[0]).toBe('p11.s1');
    expect(ids('war of words at the UN between US and russia?')[0]).toBe('p11.s1');
    expect(ids('the us and russian envoys had a spat, what was it about')).toContain('p11.s1');
  });

  it('keeps an argument over the toll on the toll', () => {
    const quoted = ids('why is everyone arguing over the death toll');
    expect(quoted).toContain('p4.s1');
    expect(quoted).toContain('p4.s2');
  });
});

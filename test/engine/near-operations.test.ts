/**
 * Near-topic (issue 11): a side's whole operations after the strike ("its operations in syria",
 * "more strikes") are a deed the article never reports (synonym group "operations", refused by
 * untoldAsked), so a yes-or-no asking whether they were halted is refused, while the one raid
 * ("the operation", "the strike") stopped is still answered.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('operations after the strike the article never reports', () => {
  it('refuses "did the US halt / suspend its operations"', () => {
    expect(engine.answer('did the US halt its operations').quotes).toHaveLength(0);
    expect(engine.answer('did the US suspend its operations in syria after this?').quotes).toHaveLength(0);
    expect(engine.answer('did the coalition carry out more strikes after this').quotes).toHaveLength(0);
  });
  it('still answers the one raid stopped', () => {
    for (const q of ['did the US halt the operation', 'did they stop the mission'])
      expect(engine.answer(q).quotes[0]?.id).toBe('p5.s2');
  });
});

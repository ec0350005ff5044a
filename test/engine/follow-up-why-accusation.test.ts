/**
 * "power called it a stunt" -> "why?": a bare why after someone's accusation whose sentence gives
 * its own reason ("pulling a stunt by calling for the UN meeting") leads with that sentence; what
 * she said next follows (follow-up-answers.ts whyNext). Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a bare why after an accusation', () => {
  it('leads with the accusation that says why', () => {
    for (const why of ['why?', 'how come']) {
      const [, a] = ask('power called it a stunt', why);
      expect(a?.quotes[0]?.text).toContain('by calling for the UN meeting');
      expect(a?.quotes.map((q) => q.id)).toContain('p11.s2');
    }
  });

  it('not when the accusation gives no reason of its own: what she said next leads', () => {
    const [, a] = ask('power called russia hypocritical', 'how come');
    expect(a?.quotes[0]?.text).not.toContain('grandstanding');
  });
});

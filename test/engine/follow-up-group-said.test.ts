/**
 * A country's name and a role's plural ("the US diplomats", "american envoys") are that country's
 * people as a group, not the one person the role said once names (Power): what the group said is
 * what the country said (analyzer.ts roleGroup). "the american and russian envoys" is still each of
 * the two ambassadors. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
/** Power's sentences, and those of the US side as a group (its military, Pentagon, White House). */
const POWER = ['p11.s1', 'p11.s2', 'p12.s1'];
const US_SIDE = ['p5.s1', 'p5.s2', 'p17.s1', 'p18.s1'];

describe('a role in the plural after a country', () => {
  it('asked alone, leads with a sentence of the US side, not Power', () => {
    for (const q of ['what did the US diplomats say', 'what did the american diplomats say']) {
      const [a] = ask(q);
      expect(a?.answered).toBe(true);
      expect(US_SIDE).toContain(a?.quotes[0]?.id);
    }
  });

  it('as a follow-up after the toll, the same', () => {
    const [, a] = ask('how many soldiers died?', 'what did the US diplomats say');
    expect(US_SIDE).toContain(a?.quotes[0]?.id);
  });

  it('the role said once is still Power', () => {
    const [a] = ask('what did the us diplomat say');
    expect(POWER).toContain(a?.quotes[0]?.id);
  });
});

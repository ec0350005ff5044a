/**
 * "what did russia accuse the pilots of" -> "what about the US diplomats, what did they say about
 * them": a role in the plural ("US diplomats") is a group, not the one person whose name the role
 * said once is (Power); "the american and russian envoys" is each of the two (analyzer.ts
 * sharedHead says the noun once for each). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a role in the plural', () => {
  it('turns to the group: the sentence on US representatives, not Power', () => {
    const [, about] = ask(
      'what did russia accuse the pilots of',
      'what about the US diplomats, what did they say about them',
    );
    expect(about?.answered).toBe(true);
    expect(about?.quotes[0]?.text).toContain('slammed US representatives');
  });

  it('"the american and russian envoys" still names both ambassadors', () => {
    const [a] = ask('did the american and russian envoys trade barbs at the UN? who said what');
    const ids = (a?.quotes ?? []).map((q) => q.id);
    expect(ids).toContain('p11.s1');
    expect(ids.some((id) => id.startsWith('p13') || id.startsWith('p14'))).toBe(true);
  });
});

/**
 * Giving ground up ("the regime troops left the area", "after the retreat") is the ground lost
 * that the article tells as IS pushing them out (synonyms.yaml ground). Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const PUSHED_OUT = 'push the regime troops out';

describe('the retreat', () => {
  it('is the regime troops pushed out, and why they retreated is that sentence again', () => {
    for (const why of ['why did they retreat']) {
      const [first, a] = ask('the regime troops left the area', why);
      expect(first?.quotes[0]?.text).toContain(PUSHED_OUT);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toContain(PUSHED_OUT);
    }
  });

  it('damascus after the retreat is its claim to have reclaimed the ground', () => {
    const [, a] = ask('what did IS do after the raid', 'and damascus, after the retreat?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('reclaimed most of the lost ground');
  });

  it('leaving, said of Churkin, is still his walking out, its reason untold', () => {
    const [first, a] = ask('did churkin leave the chamber', 'why did he leave');
    expect(first?.quotes[0]?.text).toContain('walked out');
    expect(a?.answered).toBe(false);
  });
});

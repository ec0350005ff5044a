/**
 * "what did the IS shoot down" -> "what about the crew?": people turned to by what they are,
 * naming no one, are asked of the deed the turn before told; a quote that holds nothing of it
 * (Russia on the Western pilots) does not answer (conversation.ts peopleOfDeedUntold). "and IS
 * fighters?" after the toll asks a count of them (a noun of counting is a count asked), which the
 * article does not give. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('people turned to after a deed', () => {
  it('"what about the crew?" after the plane shot down is not answered', () => {
    for (const first of ['what did the IS shoot down', 'who shot down the regime plane']) {
      const [before, crew] = ask(first, 'what about the crew?');
      expect(before?.answered).toBe(true);
      expect(crew?.answered).toBe(false);
    }
  });

  it('"and IS fighters?" after the death toll is not answered', () => {
    const [toll, fighters] = ask('what was the death toll', 'and IS fighters?');
    expect(toll?.answered).toBe(true);
    expect(fighters?.answered).toBe(false);
  });

  it('after what someone said, the pilots are still asked of their words', () => {
    const [, pilots] = ask('what did russia say about the strike', 'what about the pilots?');
    expect(pilots?.answered).toBe(true);
    expect(pilots?.quotes[0]?.text).toContain('Western pilots');
  });
});

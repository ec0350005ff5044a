/**
 * "where was power when she talked" -> "and where was the russian": a singular people word with
 * no noun after it ("the russian", "the american") names a person of that people, as "the
 * russian guy" does, when the turn before was about a person (follow-up-reading.ts personOf).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (a: { quotes: { id: string }[] } | undefined) => a?.quotes[0]?.id;

describe('"the russian" after a person', () => {
  it('is the person of that people the article names most', () => {
    const [, russian] = askInTurn(engine, 'where was power when she talked', 'and where was the russian');
    expect(russian?.reading).toContain('Churkin');
    expect(lead(russian)).toBe('p10.s1');
  });

  it('"the american" after Churkin is Power', () => {
    const [, american] = askInTurn(engine, 'what did churkin say', 'and the american?');
    expect(american?.reading).toContain('Power');
  });

  it('after a body it names no person', () => {
    const [, russian] = askInTurn(engine, 'what did the pentagon say', 'and the russian?');
    expect(russian?.reading ?? '').not.toContain('Churkin');
  });
});

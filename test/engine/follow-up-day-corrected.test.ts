/**
 * "what did russia say in its saturday statement" -> "oops sunday i mean": a correction whose
 * only word is a day asks the question before with that day in its place (conversation.ts
 * dayCorrected); "what did russia say on sunday" is answered by Russia's own Sunday words, not
 * the curated entry of IS's Sunday announcement (decide.ts theirsWhole). Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const russiaSunday = ['p3.s1', 'p7.s1'];

describe('a day corrected', () => {
  it('asks the question before with that day', () => {
    const [, fixed] = ask('what did russia say in its saturday statement', 'oops sunday i mean');
    expect(fixed?.reading).toBe('Reading this as "what did russia say in its sunday statement"');
    expect(russiaSunday).toContain(fixed?.quotes[0]?.id);
  });

  it('"sorry, i meant sunday" too', () => {
    const [, fixed] = ask('what did russia say on saturday', 'sorry, i meant sunday');
    expect(fixed?.reading).toBe('Reading this as "what did russia say on sunday"');
  });

  it('not a day with nothing to correct: a question before naming no day', () => {
    const [, fixed] = ask('what did russia say', 'oops sunday i mean');
    expect(fixed?.reading ?? '').not.toContain('Reading this as "what did russia say on');
  });
});

describe("a speaker's own words on a day", () => {
  it('"what did russia say on sunday" is answered by Russia, not IS', () => {
    const [a] = ask('what did russia say on sunday');
    expect(a?.answered).toBe(true);
    expect(russiaSunday).toContain(a?.quotes[0]?.id);
  });
});

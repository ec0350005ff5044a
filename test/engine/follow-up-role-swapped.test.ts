/**
 * The ellipsis of a noun phrase (follow-up-reading.ts, carryReadings): "what did russia accuse
 * the pilots of" -> "and washington's representatives?" puts the people it names by their role
 * (chat.yaml's personWords and their synonyms) in the place of the people the question before
 * named by theirs; the pilots are not carried, and whom that question named (Russia) stays. A
 * name whose own word is a role ("the syrian army") is whom it asks, not a role swapped.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('people by role in the place of people by role', () => {
  it('"and washington\'s representatives?" after the pilots asks what Russia said of them', () => {
    const [, a] = ask('what did russia accuse the pilots of', "and washington's representatives?");
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('slammed US representatives');
  });

  it('"and the syrian army?" is whom it asks about, not a role in the place of the pilots', () => {
    const [, a] = ask('what did moscow accuse the pilots of', 'and the syrian army?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain("Syria's army labeled");
  });
});

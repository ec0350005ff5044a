/**
 * "who was killed in the strike" -> "names?": a message that only asks for names asks the names
 * of whom the question before asked about (conversation.ts asksNames): the soldiers' are not
 * given, so it abstains (only that reading's refusal is taken); Russia's envoy's is. And "Damas",
 * the French name of Damascus, names Syria's government as Damascus does (entities.yaml). Asked
 * of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksNames } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('names asked after a who-question', () => {
  it('abstains when the article names none of them', () => {
    for (const names of ['names?', 'any names?']) {
      const [, a] = ask('who was killed in the strike', names);
      expect(a?.answered).toBe(false);
    }
  });

  it('answers when the article names them', () => {
    const [, a] = ask("who is russia's ambassador", 'name?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes.some((q) => q.text.includes('Churkin'))).toBe(true);
  });

  it('is read only off a message of nothing but asking names', () => {
    for (const m of ['names?', 'the names pls', 'full names?']) expect(asksNames(m)).toBe(true);
    for (const m of ['what were the names of the soldiers', 'who named it', 'names of the pilots?'])
      expect(asksNames(m)).toBe(false);
  });
});

describe('Damascus by its French name', () => {
  it("is the Syrian government's toll", () => {
    const [, a] = ask('how many died according to the Observatory?', 'what about according to Damas?');
    expect(a?.quotes[0]?.text).toBe('Damascus and Moscow put the death toll to 62.');
  });
});

/**
 * "someone called it dangerous and blatant aggression" -> "who was that?": after a turn that told
 * what someone left unnamed said, "who was that" asks who that someone was, as "who said that"
 * does (follow-up-before.ts asksWhoTheyWere): the answer before again, its speaker named in it.
 * Not after a turn that names whom it is about, nor "who was that aimed at" (a question of its
 * own). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksWhoTheyWere } from '../../src/engine/follow-up-before.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const reads = (message: string, before: string) => asksWhoTheyWere(tokenize(message), () => tokenize(before));

describe('who was that, after someone unnamed', () => {
  it.each([
    ['who was that', 'someone said the dam is a disaster', 'that'],
    ['ok who was it?', 'somebody called it a mess', 'it'],
    ['who was that tho', 'so someone said the tower closed', 'that'],
  ])('"%s" after "%s" asks who said it', (message, before, word) => {
    expect(reads(message, before)).toBe(word);
  });

  it.each([
    ['who was that', 'the mayor said the dam is a disaster'],
    ['who was that aimed at', 'someone said the dam is a disaster'],
    ['who was that', 'someone'],
    ['who did that', 'someone called it a mess'],
  ])('"%s" after "%s" asks nothing of the kind', (message, before) => {
    expect(reads(message, before)).toBeNull();
  });

  it('is answered by the words that answered the turn before', () => {
    const [first, who] = ask('someone called it dangerous and blatant aggression', 'who was that');
    expect(first?.answered).toBe(true);
    expect(who?.answered).toBe(true);
    expect(who?.quotes[0]?.id).toBe(first?.quotes[0]?.id);
    expect(who?.quotes[0]?.text).toContain("Syria's army");
  });
});

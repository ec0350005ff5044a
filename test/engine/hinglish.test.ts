/**
 * Hindi and Urdu typed in Latin letters (Hinglish), as South Asian members of the server write:
 * question words ("kya", "kitne", "kahan"), postpositions and auxiliaries ("ne", "ka", "hai") that
 * carry no topic, verbs ("bola", "mare", "maangi") and possessives that point back ("uske baad",
 * "unka") are read as the English they stand for (knowledge/chat.yaml). And a multiple-choice
 * question's lettered options are the alternatives asked between (reader.ts, OPTIONS).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (a: Answer) => (a.answered ? (a.quotes[0]?.text ?? '(none)') : '(abstained)');
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('Hinglish', () => {
  it.each([
    ['strike ke baad IS ne kya kiya', /IS militia used the airstrike/],
    ['IS ne hamle ka fayda kaise uthaya', /IS militia used the airstrike/],
    ['kya US ne jaan boojh kar hamla kiya?', /unintentional|mistaking|negligence|connivance/],
    ['roos ne UN meeting kyun bulayi', /prompted the Kremlin to request/],
  ])('answers %j', (q, expected) => {
    expect(first(engine.answer(q))).toMatch(expected);
  });

  it('reads "uske baad" and "unka" as pointing back to the turn before', () => {
    expect(first(last('strike ke baad IS ne kya kiya', 'aur damascus ka kya kehna hai uske baad?'))).toMatch(
      /reclaimed most of the lost ground/,
    );
    expect(first(last('churkin kaun hai', 'unka kya kehna tha peace deal ke baare mein?'))).toMatch(
      /question mark|peace/,
    );
  });
});

describe('a multiple-choice question', () => {
  it('asks between its lettered options, past those the article has no word of', () => {
    expect(
      first(engine.answer('the airstrike hit troops near (a) Palmyra (b) Idlib (c) Deir el-Zour (d) Hama')),
    ).toMatch(/near Deir el-Zour/);
    expect(
      first(engine.answer('who was the US envoy at the UN: a) Samantha Power b) Nikki Haley c) John Kerry')),
    ).toMatch(/Samantha Power/);
  });
});

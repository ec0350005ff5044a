/**
 * "someone from the white house talked to reuters" -> "what did he say washington felt": a "he"
 * or "she" who speaks is the one unnamed person a body's name stands for ("a senior White House
 * official") when the turn before quoted that person's sentence first, and only then
 * (follow-up-reading.ts unnamedSpeakerQuoted). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a "he" for an unnamed official quoted just before', () => {
  it('is the official when the turn before quoted the official first', () => {
    const [, said] = ask(
      'someone from the white house talked to reuters about this',
      'what did he say washington felt about it?',
    );
    expect(said?.reading).toContain('White House official');
    expect(said?.quotes[0]?.text).toContain('The US relayed its');
  });

  it('is not tried the other way round with the object pronoun of its clause', () => {
    const [, told] = ask('who was the white house official talking to', 'what exactly did he tell them?');
    expect(told?.reading).not.toContain('Peter Cook');
    expect(told?.quotes[0]?.text).toContain('unintentional loss of life');
  });

  it('is a named person of the turn before when one fits', () => {
    const [, said] = ask('what did churkin say to reporters', 'what did he say next?');
    expect(said?.reading ?? '').not.toContain('White House official');
  });
});

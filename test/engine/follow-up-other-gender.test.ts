/**
 * "what about assad, what did she say about his regime": a "she" and a "his" are not one person,
 * so the name before them takes the other's place and the "she" who speaks is someone before
 * (follow-up-reading.ts otherGenderIsTheirs). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a pronoun of the other gender after "what about X,"', () => {
  it('stands for the one the turn before was about, whose words on X are asked', () => {
    const [, said] = ask(
      'what did power say about russia',
      'what about assad, what did she say about his regime',
    );
    expect(said?.reading).toContain("'she' as Samantha Power");
    expect(said?.quotes[0]?.text).toContain('some of the most systematic atrocities');
  });

  it('leaves a pronoun that can be X alone: what X said, which the article does not give', () => {
    const [, said] = ask(
      'the syrian military called it blatant aggression',
      'what about assad himself, did he say anything',
    );
    expect(said?.quotes ?? []).toHaveLength(0);
  });
});

/**
 * "what did the US military say about aborting" -> "did they warn russia before the strike": a
 * question whose "they" stands for the speaker before, asked with the name in its place, is the
 * question asked when that is far surer than the reading in context (conversation.ts
 * namedAsked). Not after a correction naming someone the article lacks. Asked of the project's
 * article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a pronoun follow-up asked with the name in its place', () => {
  it('answers what the question asks, not the turn before', () => {
    for (const next of [
      'did they warn russia before the strike',
      'what about before the strike, did they warn russia',
    ]) {
      const [, answer] = ask('what did the US military say about aborting', next);
      expect(answer?.answered).toBe(true);
      expect(answer?.quotes[0]?.text).toContain('informed Moscow of its plans');
    }
  });

  it('keeps the reading in context when the question asks nothing but of whom', () => {
    // "who were they": the turn before says what is asked of them (names the article lacks),
    // not a question about Russia's government.
    const [, answer] = ask('the russians never named the dead soldiers', 'who were they');
    expect(answer?.answered).toBe(false);
  });

  it('leaves a pronoun after "what about" a thing of its own refused', () => {
    const [, answer] = ask(
      'the US passed on its regret to damascus',
      'what about the UK, did they say anything',
    );
    expect(answer?.answered).toBe(false);
  });

  it('leaves a "which" the named reading\'s quote does not say refused', () => {
    const [, answer] = ask('did australia take part in the strike', 'which base were they flying from');
    expect(answer?.answered).toBe(false);
  });

  it('leaves a correction naming someone the article lacks refused', () => {
    const [, answer] = ask('what did churkin say', 'no i meant lavrov, what did he say');
    expect(answer?.answered).toBe(false);
  });
});

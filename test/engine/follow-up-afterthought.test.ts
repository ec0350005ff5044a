/**
 * "do they claim washington supports them? isis i mean": words after the question that say whom
 * they mean name what its last pronoun stands for (follow-up-cues.ts withAfterthoughtNamed); the
 * question is read with them in its place, and its other pronouns still point back at the turn
 * before (engine.ts followUp), not at the words named.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { cueWordsOf, withAfterthoughtNamed } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

describe('withAfterthoughtNamed', () => {
  const cw = cueWordsOf(DEFAULT_CHAT);
  it.each([
    ['do they say the rebels back them?', ' the army i mean', 'do they say the rebels back the army?'],
    ['what did he say', ', i mean the envoy', 'what did the envoy say'],
    ['what was their line', ' i meant the regime', "what was the regime's line"],
  ])('%s + %s', (question, after, read) => {
    expect(withAfterthoughtNamed(cw, question, after)?.question).toBe(read);
  });

  it.each([
    ['what did he say', ' and why'],
    ['what did the army say', ' the regime i mean'],
    ['what did he say', ' the man from the ministry of defence i mean'],
  ])('reads no afterthought in %s + %s', (question, after) => {
    expect(withAfterthoughtNamed(cw, question, after)).toBeNull();
  });
});

describe('a question followed by whom it means', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it('keeps its subject pronoun on the turn before and names its object', () => {
    const [, next] = askInTurn(
      engine,
      'what did the syrian army say about the strikes',
      'do they claim washington supports them? isis i mean',
    );
    expect(next?.reading).toContain('Syrian army');
    expect(next?.quotes[0]?.text).toContain('of US support for Islamic State');
  });
});

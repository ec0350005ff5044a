/**
 * "who were the coalition aiming at" -> "why did they hit the army then": a why whose words are
 * all in the answer before, some of them not in the question before ("hit", "army": the quote's,
 * not "aiming at"), asks why of that deed, not of what was asked. Read as it stands, whom its
 * pronoun stands for named, it is answered by the sentence giving a reason for the deed
 * (", apparently mistaking them for terrorists") when that reading is nearly as sure as the
 * answer before given again (follow-up-answers.ts ownWhy, ownReason). Not when a pronoun stands
 * for a topic ("why would it end?" after the peace deal). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of a deed the answer before told beside what was asked', () => {
  it('is answered by the sentence giving its reason', () => {
    const [first, why] = ask('who were the coalition aiming at', 'why did they hit the army then');
    expect(first?.quotes[0]?.id).toBe('p5.s1');
    expect(why?.answered).toBe(true);
    expect(why?.quotes[0]?.text).toContain('apparently mistaking them for terrorists');
  });

  it('keeps the topic a pronoun stands for', () => {
    const [, why] = ask('does the article mention the peace deal', 'why would it end?');
    expect(why?.quotes[0]?.text ?? '').not.toContain('aborted');
  });

  it('a bare why still asks why of the question before', () => {
    const [first, why] = ask('who were the coalition aiming at', 'why?');
    expect(why?.quotes[0]?.id).toBe(first?.quotes[0]?.id);
  });
});

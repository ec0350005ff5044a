/**
 * "the raid was called off after 40 minutes" -> "why?": asked why, the turn before's "after 40
 * minutes" tells when it stopped, not how long it lasted; the why asks the reason it stopped
 * ("aborted as soon as Moscow raised the alarm"), not the sentence that gives the raid's length
 * (follow-up-answers.ts askedWhy keeps only the terms a why of the turn before holds).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why after a statement of when something stopped', () => {
  it('gives the reason it stopped, not how long it lasted', () => {
    const [, why] = ask('the raid was halted after 40 minutes', 'how come?');
    expect(why?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
  });

  it('does so when the statement was answered with the length', () => {
    const [first, why] = ask('ok so the raid stopped after 40 mins', 'why');
    expect(first?.quotes[0]?.text).toContain('lasted for 40 minutes');
    expect(why?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
  });
});

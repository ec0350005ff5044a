/**
 * "how fast" of a deed done at a moment (issue 11): how soon it came (synonym group "soon"), not a
 * speed asked (answer-type.ts measureMissing), so "how fast was the strike stopped" is answered by
 * the sentence saying it was aborted as soon as Moscow raised the alarm; "how fast were the jets
 * going" still asks a speed no quote gives.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('"how fast" of stopping', () => {
  it('answers how soon the strike was stopped', () => {
    for (const q of ['how fast was the strike stopped', 'how fast did they call it off'])
      expect(engine.answer(q).quotes[0]?.id).toBe('p5.s2');
  });
  it('still refuses a speed asked', () => {
    expect(engine.answer('how fast were the jets going').quotes).toHaveLength(0);
    expect(engine.answer('how fast can an f16 fly').quotes).toHaveLength(0);
  });
});

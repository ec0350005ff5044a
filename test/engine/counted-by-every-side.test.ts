/**
 * Asked how many, a first quote that counts what every side of a contested point counts, though it
 * is no side ("killed dozens of Syrian soldiers" of the toll), is followed by each side's figure
 * (contested.ts countedByEverySide). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a count quoted that every side of a point counts', () => {
  it('"dozens" asked about gets the 90 and the 62', () => {
    const answer = engine.answer(
      '"dozens of syrian soldiers" is that really the only number? seems vague af',
    );
    expect(answer.quotes[0]?.id).toBe('p2.s1');
    expect(answer.contested?.id).toBe('death-toll');
    expect(answer.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('not when the question names whom no side counts', () => {
    expect(engine.answer('how many IS fighters died').contested).toBeNull();
  });
});

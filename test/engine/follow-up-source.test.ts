/**
 * A bare "source?" after a figure or a claim asks who gives it, as "says who?" does
 * (conversation.ts asksSource); asked alone, it stays as it was. On the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { asksSource } from '../../src/engine/conversation.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('asksSource', () => {
  it('is a word of sourcing with nothing but polite asking around it', () => {
    for (const m of ['source?', 'sources pls', 'got a source?', "what's the source", 'and the source?'])
      expect(asksSource(m)).toBe(true);
    for (const m of ['what was the source of the 90 figure', 'who is the source', 'says who'])
      expect(asksSource(m)).toBe(false);
  });
});

describe('"source?" after a figure or a claim', () => {
  it('gives the sentence of whoever gives it', () => {
    expect(first(last('damascus says 62 dead right', 'source?'))).toBe('p4.s2');
    expect(first(last('they destroyed tanks and four mortars', 'source pls'))).toBe('p4.s3');
  });

  it('is read as a follow-up, not alone', () => {
    // Alone, "source" is a word of officials: the toll's "according to" answers it.
    const a = last('the raid lasted 40 minutes', 'source?');
    expect(a.reading).toMatch(/^Reading this as a follow-up/);
    expect(first(a)).toBe('p4.s1');
  });
});

/**
 * A speaker asked on a contested point whose side none of the best quotes is: their side's
 * sentence leads, and every side follows (contested.ts speakersSide, decide.ts). On the made-up
 * ferry article (test/fixtures/tiny-cause: the coastguard's 12 dead and the minister's
 * "overloaded" against the company's wave and its 9) and on the real article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { speakersSide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-cause'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const ferry = buildCorpus(loaded.kb);
const terms = (question: string) => ferry.analyzer.analyzeQuery(question).terms;

describe('speakersSide', () => {
  it("gives the asked speaker's sentence on the point the question and the quotes are on", () => {
    // The minister's "overloaded" answers; the company is the other side of the cause.
    expect(speakersSide(ferry, ['p4.s1'], terms('was the ferry overloaded'), ['e:company'])).toBe('p3.s1');
  });

  it('gives nothing when the question does not ask the point', () => {
    expect(speakersSide(ferry, ['p4.s1'], terms('who were the tourists'), ['e:company'])).toBeUndefined();
  });

  it('gives nothing when the speaker is no side of it', () => {
    // The coastguard gives a toll, not a cause.
    expect(
      speakersSide(ferry, ['p4.s1'], terms('was the ferry overloaded'), ['e:coastguard']),
    ).toBeUndefined();
  });
});

describe('a speaker asked on a point, in the real article', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);

  it('"was it a mistake? and what does syria think about that?" quotes Syria\'s army and the US side', () => {
    const answer = engine.answer('was it a mistake? and what does syria think about that?');
    expect(answer.answered).toBe(true);
    expect(answer.contested?.id).toBe('intent');
    expect(answer.quotes[0]?.id).toBe('p20.s1');
    expect(answer.contested?.sides.every((side) => side.quoteIds.length > 0)).toBe(true);
  });

  it('leaves "who said ..." alone: a name in the words is no speaker asked', () => {
    const answer = engine.answer("who said they'd never intentionally target syrian troops");
    expect(answer.quotes[0]?.id).toBe('p19.s1');
  });
});

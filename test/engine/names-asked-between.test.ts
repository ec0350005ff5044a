/**
 * Names asked between ("was it Power or Churkin who ...", "who called the meeting, US or russia?"):
 * one question of which, not two names both asked (analyzer.ts namesAskedBetween, rank.ts
 * namesBetween). The sentence naming one of them answers as well as one naming both. Asked of the
 * project's article (knowledge/), and of weights made up for namesBetween.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { namesBetween } from '../../src/engine/rank.ts';
import type { Term } from '../../src/text/lexicon.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const first = (q: string) => engine.answer(q).quotes[0]?.id;
/** The alternatives the reader and the analyzer find in a question of one part. */
const between = (q: string) => {
  const [part] = corpus.reader.read(q).questions;
  return part ? corpus.analyzer.analyzeTokens(part.tokens).alternatives : undefined;
};

describe('names asked between', () => {
  it('are read as one choice, each side the terms of its name', () => {
    expect(between('who requested the security council session, washington or moscow?')).toEqual([
      [['e:us'], ['e:russia']],
    ]);
    expect(between('was it churkin or power who left before the other spoke')?.[0]).toHaveLength(2);
  });

  it('are no choice between things that are not names, nor in asking which one is something', () => {
    expect(between('was it a mistake or on purpose')).toBeUndefined();
    expect(between('which one is the russian, churkin or power?')).toBeUndefined();
    expect(between('who requested the security council session')).toBeUndefined();
  });

  it('rank the sentence naming one of them as an answer to the choice', () => {
    // The Kremlin's request names Russia only; Power's words name both, and do not say who asked.
    expect(first('who requested the security council session, washington or moscow?')).toBe('p9.s1');
    expect(first('did moscow or washington call for the emergency session')).toBe('p9.s1');
    // Asked which one *is* something, the sentence naming both with what they are still leads.
    expect(first('which one is the russian, churkin or power?')).toBe('p10.s1');
    // A curated entry answers as a moderator asked it: the US weighs no more than Australia there.
    expect(first('whose jets were they, america or australia?')).toBe('p18.s2');
  });

  it('weigh as the heaviest name, and a candidate holding one name covers it', () => {
    const weights: Record<string, number> = { 'e:a': 2, 'e:b': 1, 'c:x': 3 };
    const weight = (t: Term) => weights[t] ?? 0;
    const [group] = namesBetween({ alternatives: [[['e:a'], ['e:b']]] }, ['e:a', 'e:b', 'c:x'], weight);
    expect(group?.extra).toBe(1);
    const holding =
      (...terms: string[]) =>
      (t: Term) =>
        terms.includes(t);
    // Holding b alone covers the choice's weight (2), its own share counts b (1).
    expect(group?.correction(holding('e:b'))).toBe(1);
    expect(group?.ownCorrection(holding('e:b'))).toBe(0);
    // Holding both counts one of them.
    expect(group?.correction(holding('e:a', 'e:b'))).toBe(-1);
    expect(group?.correction(holding('c:x'))).toBe(0);
    // A side the index does not know leaves no choice.
    expect(namesBetween({ alternatives: [[['e:a'], ['e:z']]] }, ['e:a'], weight)).toEqual([]);
  });
});

/**
 * How much a corpus looks like the real article: sentence lengths, the variety of sentence
 * openings, the vocabulary and its type/token ratio. Openings and type/token ratio fall as a
 * text grows, so they are measured on random samples the size of the real article (its number
 * of sentences, its number of words) and averaged: the figures compare across sizes.
 */
import { mulberry32 } from './generate/random.ts';

export interface CorpusStats {
  sentences: number;
  words: number;
  /** Words per sentence. */
  length: { mean: number; sd: number; p10: number; p50: number; p90: number };
  /** Distinct first two words among `sample` sentences drawn at random (averaged). */
  openings: { sample: number; distinct: number };
  /** Distinct words over words, on samples of `sample` words of running text (averaged). */
  typeToken: { sample: number; ratio: number };
  /** Distinct words in the whole corpus. */
  vocabulary: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(sentence: string): string[] {
  return (sentence.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Statistics of a corpus's sentences; samples of `sampleSentences` sentences and `sampleWords` words. */
export function corpusStats(
  sentences: readonly string[],
  sampleSentences: number,
  sampleWords: number,
): CorpusStats {
  const tokenized = sentences.map(words).filter((w) => w.length > 0);
  const lengths = tokenized.map((w) => w.length).sort((a, b) => a - b);
  const total = lengths.reduce((a, b) => a + b, 0);
  const mean = total / Math.max(1, lengths.length);
  const sd = Math.sqrt(lengths.reduce((a, n) => a + (n - mean) ** 2, 0) / Math.max(1, lengths.length));
  const at = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor(p * lengths.length))] ?? 0;
  const next = mulberry32(7);
  const rounds = 100;
  const n = Math.min(sampleSentences, tokenized.length);
  let distinct = 0;
  for (let r = 0; r < rounds; r++) {
    const seen = new Set<string>();
    for (const i of sample(tokenized.length, n, next))
      seen.add((tokenized[i] as string[]).slice(0, 2).join(' '));
    distinct += seen.size;
  }
  // Running text: consecutive sentences from a random start, up to `sampleWords` words.
  let ratio = 0;
  for (let r = 0; r < rounds; r++) {
    const types = new Set<string>();
    let tokens = 0;
    for (
      let i = Math.floor(next() * tokenized.length);
      tokens < sampleWords;
      i = (i + 1) % tokenized.length
    ) {
      for (const w of tokenized[i] as string[]) {
        if (tokens >= sampleWords) break;
        types.add(w);
        tokens++;
      }
      if (tokens >= total) break;
    }
    ratio += types.size / Math.max(1, tokens);
  }
  return {
    sentences: tokenized.length,
    words: total,
    length: { mean: round(mean), sd: round(sd), p10: at(0.1), p50: at(0.5), p90: at(0.9) },
    openings: { sample: n, distinct: round(distinct / rounds) },
    typeToken: { sample: Math.min(sampleWords, total), ratio: round(ratio / rounds, 3) },
    vocabulary: new Set(tokenized.flat()).size,
  };
}

/** `k` distinct positions below `n`, at random. */
function sample(n: number, k: number, next: () => number): number[] {
  if (k >= n) return [...Array(n).keys()];
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(next() * n));
  return [...picked];
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Pronounceable pseudo-words: the bulk of the generated article's vocabulary. None is an English
 * word, a stop word, a story word or a near-miss of another one's stem, so every typo of one
 * points back to it alone.
 */

import type { EnglishWords } from '../../src/engine/english.ts';
import { editDistance } from '../../src/text/edit-distance.ts';
import { STOP_WORDS, stem } from '../../src/text/lexicon.ts';
import { RESERVED } from './planted.ts';
import type { Random } from './random.ts';

const ONSETS = 'b br ch d dr f fl g gr h j k kr l m n p pr qu r s sk sh st t th tr v vr z zh'.split(' ');
const VOWELS = 'a e i o u a e o ai ei ou'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 'th', 'x', 'm', 'k', 'rn', 'nd', 'sk', 'lt', 'v', 'z'];

/** Pronounceable words that are no English word, stop word or near-miss of another generated word's stem. */
export class WordMaker {
  private readonly used = new Set<string>();
  private readonly stems = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly english: EnglishWords,
  ) {
    for (const w of RESERVED) this.claim(w);
  }

  private claim(word: string): void {
    this.used.add(word);
    this.stems.add(stem(word));
  }

  /** Marks a word as taken (story words, so no pseudo-word equals one). */
  reserve(word: string): void {
    this.claim(word.toLowerCase());
  }

  word(minLength = 5, maxLength = 11): string {
    for (;;) {
      const r = this.random.float();
      const syllables = r < 0.55 ? 2 : r < 0.9 ? 3 : 4;
      let w = '';
      for (let i = 0; i < syllables; i++) {
        const last = i === syllables - 1;
        if (i > 0 || this.random.chance(0.85)) w += this.random.pick(ONSETS);
        w += this.random.pick(VOWELS);
        if (last || this.random.chance(0.2)) w += this.random.pick(CODAS);
      }
      if (w.length < minLength || w.length > maxLength || !/^[a-z]+$/.test(w)) continue;
      if (this.used.has(w) || this.stems.has(stem(w)) || STOP_WORDS.has(w) || this.english.has(w)) continue;
      if (RESERVED.some((x) => x[0] === w[0] && editDistance(w, x, 3) <= 3)) continue;
      this.claim(w);
      return w;
    }
  }

  name(): string {
    const w = this.word(5, 9);
    return w.charAt(0).toUpperCase() + w.slice(1);
  }
}

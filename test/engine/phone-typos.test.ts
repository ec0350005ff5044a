/**
 * Issue 11, fast phone typing (made-up questions, none of an evaluation set):
 * - a word of English rare in ordinary English (src/text/familiar-words.ts) one letter short of
 *   a familiar word of the story is that word, in a message that names something else of the
 *   story ("how many solders died", "when was the raid lanched"); a familiar word is meant as
 *   typed ("plan" is not "plane"), and so is a rare one alone ("solders?");
 * - "dear" inside a message is no word of address, so it may be a name's part as heard ("what
 *   happened at dear ez zor");
 * - lower-case "us" after a verb of telling or giving is the writers ("can you tell us"), not the US.
 */
import { describe, expect, it } from 'vitest';
import { usAsWriters } from '../../src/engine/analyzer.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { isFamiliarWord } from '../../src/text/familiar-words.ts';
import { STOP_WORDS } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const terms = (q: string) => corpus.analyzer.analyzeQuery(q).terms;
const fixed = (q: string) => corpus.analyzer.analyzeQuery(q).corrections.map((c) => `${c.from}>${c.to}`);

describe('familiar words of English', () => {
  it.each(['soldier', 'soldiers', 'launched', 'plan', 'tanks', 'killed'])('%s is familiar', (word) =>
    expect(isFamiliarWord(word)).toBe(true),
  );
  it.each(['solders', 'lanched', 'lance', 'regime'])('%s is not', (word) =>
    expect(isFamiliarWord(word)).toBe(false),
  );
});

describe('a rare word one letter short of a word of the story', () => {
  it('is the word of the story beside another word of it', () => {
    expect(fixed('how many solders died')).toContain('solders>soldiers');
    expect(fixed('when was the strike lanched')).toContain('lanched>launched');
    expect(terms('how many solders died')).toEqual(terms('how many soldiers died'));
  });
  it('is meant as typed alone, or when it is a familiar word', () => {
    expect(fixed('solders')).toEqual([]);
    expect(fixed('did they plan the strike')).toEqual([]);
  });
  // rareSlip finds the word meant in the typo index (one look-up, issue 15), not by putting each
  // letter back at each place: the same word, or none, for every word of the knowledge with a
  // letter left out (its first too: no word is meant then), and for words of none.
  it('is found in the typo index as by putting each letter back', () => {
    const analyzer = corpus.analyzer as unknown as {
      frequency: ReadonlyMap<string, number>;
      rareSlip(word: string): string | null;
      rareSlipOf(word: string): string | null;
    };
    const putBack = (word: string): string | null => {
      let found: string | null = null;
      for (let i = 1; i <= word.length; i++)
        for (let code = 97; code <= 122; code++) {
          const meant = word.slice(0, i) + String.fromCharCode(code) + word.slice(i);
          if ((analyzer.frequency.get(meant) ?? 0) === 0 || STOP_WORDS.has(meant) || !isFamiliarWord(meant))
            continue;
          if (found !== null && found !== meant) return null;
          found = meant;
        }
      return found;
    };
    const short = new Set<string>();
    for (const [word, n] of analyzer.frequency)
      if (n > 0 && word.length >= 6 && /^[a-z]+$/.test(word))
        for (let j = 0; j < word.length; j++) short.add(word.slice(0, j) + word.slice(j + 1));
    let found = 0;
    for (const word of [...short, 'launchd', 'trops', 'xsoldiers']) {
      const meant = putBack(word);
      if (meant !== null) found++;
      expect(analyzer.rareSlipOf(word), word).toBe(meant);
    }
    // Some are found.
    expect(found).toBeGreaterThan(100);
    expect(analyzer.rareSlip('solders')).toBe('soldiers');
  });
});

describe('"dear" inside a message', () => {
  const heard = (q: string) => corpus.analyzer.heardNames(q);
  it('may be heard as a part of a name', () => {
    expect(terms(heard('what happened at dear ez zor'))).toContain('e:deir-ez-zor');
    expect(terms(heard('what happened at dear ez zor'))).toEqual(terms('what happened at deir ez zor'));
  });
  it('is a word of address first, or after "my"', () => {
    expect(heard('dear bot, what happened')).toBe('dear bot, what happened');
    expect(heard('my dear ez, what happened')).toBe('my dear ez, what happened');
  });
});

describe('lower-case "us" after a verb of telling or giving', () => {
  const words = (q: string) => usAsWriters(tokenize(q)).map((t) => t.word);
  it('is the writers', () => {
    expect(words('can you tell us who died')).toEqual(words('can you tell me who died'));
    expect(words('give us the toll')).toEqual(['give', 'me', 'the', 'toll']);
  });
  it('is the US elsewhere, or in capitals', () => {
    expect(words('did the us apologize')).toContain('us');
    expect(words('tell US officials')).toContain('us');
    expect(terms('did us jets strike')).toContain('e:us');
  });
});

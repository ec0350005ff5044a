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

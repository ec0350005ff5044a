/**
 * Multi-word expressions (text/phrases.ts): an idiom or phrasal verb found in a message's words,
 * its first word inflected, a pronoun between a verb and its particle, "*" for the words between.
 * Made-up phrases and messages, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { meaningTokens, PhraseMeanings, verbForms } from '../../src/text/phrases.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const phrases = new PhraseMeanings([
  ['kick off', meaningTokens('start')],
  ['call_off', [{ raw: 'call_off', word: 'call_off' }]],
  ['buy * story', meaningTokens('believe * story')],
  ['no clue', meaningTokens('not know')],
]);

/** The message's words with each phrase as what it means. */
const read = (text: string) => {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = phrases.matchAt(tokens, i);
    if (m) {
      out.push(...m.meaning.map((t) => t.word));
      i += m.length - 1;
    } else out.push((tokens[i] as { word: string }).word);
  }
  return out.join(' ');
};

describe('PhraseMeanings', () => {
  it.each([
    ['when does the fair kick off', 'when does the fair start'],
    ['the fair kicked off at noon', 'the fair start at noon'],
    ['kicking off soon', 'start soon'],
    ['the fair is kickin off', 'the fair is start'],
    ['who called off the parade', 'who call_off the parade'],
    // A pronoun between a verb and its particle, as English puts it.
    ['who called it off', 'who call_off'],
    ['they took them off', 'they took them off'],
    // "*": the words between kept where the meaning has its "*".
    ['nobody buys the mayor story', 'nobody believe the mayor story'],
    ['did they buy that story', 'did they believe that story'],
    ['the mayor had no clue', 'the mayor had not know'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toBe(words);
  });

  it('reads a noun phrase of two words between a verb and its particle as what the phrase is done to', () => {
    expect(read('they called the parade off')).toBe('they call_off the parade');
    expect(read('who kicked the fair off')).toBe('who start the fair');
    // Not a preposition's ("put the blame on"), nor three words between.
    expect(read('they called the big parade off')).toBe('they called the big parade off');
  });

  it('does not match the words apart', () => {
    expect(read('a kick to the ball off the line')).toBe('a kick to the ball off the line');
    expect(read('buy a ticket for the long story')).toBe('buy a ticket for the long story');
  });

  it('knows the base forms of irregular and regular verbs', () => {
    expect(verbForms('took')).toContain('take');
    expect(verbForms('went')).toContain('go');
    expect(verbForms('kicked')).toContain('kick');
    expect(verbForms('owns')).toContain('own');
  });

  it("works a word's forms out once, and the same when asked again after many other words", () => {
    // The same array for the same word: a long message's words come to matchAt in each reading.
    expect(verbForms('kicked')).toBe(verbForms('kicked'));
    const before = [...verbForms('callin')];
    expect(before).toEqual(expect.arrayContaining(['callin', 'calling', 'call']));
    // More words than are kept: the memo starts again, the forms stay what they are.
    for (let i = 0; i < 5000; i++) verbForms(`zorbed${i}`);
    expect(verbForms('callin')).toEqual(before);
    expect(verbForms('zorbed42')).toEqual(expect.arrayContaining(['zorbed42']));
  });
});

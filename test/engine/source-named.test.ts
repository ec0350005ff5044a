/**
 * A message naming the text it asks about ("according to the article", "the article says ...",
 * "does the piece say ...") asks the same as without those words: they are no topic, and as words
 * no quote holds they made the bot abstain. On the made-up ferry sinking (test/fixtures/tiny-possible).
 */
import { describe, expect, it } from 'vitest';
import { withoutSourceNamed } from '../../src/engine/analyzer.ts';
import { sourceNamesOf } from '../../src/engine/source-names.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { fixtureEngine } from '../support/fixture-engine.ts';

const engine = fixtureEngine('tiny-possible');
const BLAMED = 'The ferry company said the ship was not overloaded and blamed a sudden storm.';
// The article's nouns, and a publisher of two names (article.yaml publisher, publisherAliases).
const NAMES = sourceNamesOf(DEFAULT_CHAT, [{ publisher: 'DW', publisherAliases: ['Deutsche Welle'] }]);
const read = (text: string) => withoutSourceNamed(tokenize(text), NAMES).map((t) => t.word);

describe('the text a message names', () => {
  it('does not keep the bot from answering', () => {
    for (const question of [
      'what did the ferry company blame according to the article',
      'the article says the company blamed what?',
      'does the article say the ferry was overloaded',
    ])
      expect(engine.answer(question).quotes[0]?.text, question).toBe(BLAMED);
    expect(engine.answer('who promised an inquiry according to this piece').quotes[0]?.text).toBe(
      'He promised an inquiry into its owners.',
    );
  });

  it('goes with the words that place the question in it or make it the one saying', () => {
    expect(read('who carried it out according to the article')).toEqual(['who', 'carried', 'it', 'out']);
    expect(read('where does the DW piece actually say it was deliberate')).toEqual([
      'it',
      'was',
      'deliberate',
    ]);
    expect(read('the article mentions australia')).toEqual(['australia']);
    // The text mentioning someone, not someone in it saying anything.
    expect(read('name the captain mentioned in the article')).toEqual(['name', 'the', 'captain']);
    expect(read('the captain cited in this piece')).toEqual(['the', 'captain']);
    // A verb of saying of someone in the text, before another "in": stays.
    expect(read('what the captain mentioned in the interview')).toContain('mentioned');
  });

  it("goes with the publisher's names the knowledge's sources give, and no other", () => {
    expect(read('who carried it out according to the deutsche welle article')).toEqual([
      'who',
      'carried',
      'it',
      'out',
    ]);
    // Another source's publisher, read from its record: not in the code.
    const question = 'who carried it out according to the reuters article';
    expect(read(question)).toContain('reuters');
    const withReuters = sourceNamesOf(DEFAULT_CHAT, [
      { publisher: 'DW', publisherAliases: [] },
      { publisher: 'Reuters', publisherAliases: [] },
    ]);
    expect(withoutSourceNamed(tokenize(question), withReuters).map((t) => t.word)).toEqual([
      'who',
      'carried',
      'it',
      'out',
    ]);
  });

  it('stays when it is what is asked about, or all there is', () => {
    expect(read("what's the article about")).toContain('article');
    expect(read('the title of the article')).toContain('article');
    expect(read('is that what the article says')).toContain('article');
  });
});

/**
 * Punctuation said aloud, as a phone's dictation writes it: the mark at the end of a sentence,
 * words anywhere else or said of a thing. Made-up sentences, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { SpokenMarks } from '../../src/text/spoken-marks.ts';

const marks = new SpokenMarks(DEFAULT_CHAT.spokenMarks);

describe('spoken marks', () => {
  it.each([
    ['Who paid for the tower question mark', 'Who paid for the tower?'],
    ['Who paid for the tower question mark period', 'Who paid for the tower?'],
    ['When did the tower reopen period question mark', 'When did the tower reopen?'],
    ['The mayor paid for it exclamation point', 'The mayor paid for it!'],
    ['The mayor paid for it full stop', 'The mayor paid for it.'],
    ['Who paid for it question mark Then who built it question mark', 'Who paid for it? Then who built it?'],
    // A comma between clauses, and after a word that opens a sentence: it only parts what is said.
    ['who paid for it comma and who built it question mark', 'who paid for it, and who built it?'],
    ['so comma who paid for the tower', 'so, who paid for the tower'],
  ])('%s -> %s', (said, written) => {
    expect(marks.apply(said).trim()).toBe(written);
  });

  it.each([
    // Said of a thing: a word or two naming it, or a word before it that names one.
    'the mayor called the reopening a big question mark',
    'the mayor shrugged the reopening off as a giant question mark',
    'the mayor called the reopening a massive question mark',
    'what happened in that period',
    'mayor question mark',
    // A comma said at the end after a word or two, or named: words.
    'mayor comma',
    'where does a comma go',
    // Not at the end of a sentence.
    'was the period of repairs long',
  ])('leaves "%s" as words', (text) => {
    expect(marks.apply(text)).toBe(text);
  });

  it('reads nothing when the list is empty', () => {
    expect(new SpokenMarks({}).apply('Who paid question mark')).toBe('Who paid question mark');
  });
});

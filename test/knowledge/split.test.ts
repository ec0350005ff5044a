import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/knowledge/split.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    // A sentence that ends inside quotation marks, then a new paragraph-less sentence.
    [
      'Churkin said it was "a very big question mark." Power spoke later.',
      ['Churkin said it was "a very big question mark."', 'Power spoke later.'],
    ],
    // A quoted sentence followed by another quoted sentence.
    [
      '"I would be interested," he told reporters. "If so then we are in trouble."',
      ['"I would be interested," he told reporters.', '"If so then we are in trouble."'],
    ],
    // A comma inside the quote does not end the sentence.
    ['"Yet none of these," she told reporters.', ['"Yet none of these," she told reporters.']],
    // Bracketed words do not end a sentence, and the closing quote stays with it.
    [
      'Australia would "never support Daesh [IS]" the military said. Syria disagreed.',
      ['Australia would "never support Daesh [IS]" the military said.', 'Syria disagreed.'],
    ],
    // Abbreviations and initials.
    ['Mr. Cook met U.S. officials. They left.', ['Mr. Cook met U.S. officials.', 'They left.']],
    ['Was it a mistake? Nobody knows!', ['Was it a mistake?', 'Nobody knows!']],
    // A lower-case word after a dot is not a new sentence.
    ['It lasted 40 min. and ended.', ['It lasted 40 min. and ended.']],
    ['No terminal punctuation', ['No terminal punctuation']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('never loses a character other than spaces', () => {
    const text = 'A "b." C d [e]. "F?" g said. H!';
    expect(splitSentences(text).join(' ')).toBe(text);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('One\nline.\n\n\nTwo.\r\n\r\nThree.')).toEqual(['One line.', 'Two.', 'Three.']);
  });
});

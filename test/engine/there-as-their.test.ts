/**
 * "in there statment": "there" typed for "their" before the noun it owns reads as "their", not as
 * a place ("in there" is inside).
 */
import { describe, expect, it } from 'vitest';
import { thereAsTheir } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const read = (text: string) => thereAsTheir(tokenize(text)).map((t) => t.word);

describe('"there" for "their"', () => {
  it('reads as "their" between a preposition and a noun', () => {
    expect(read('what did the company say in there statement')).toEqual([
      'what',
      'did',
      'the',
      'company',
      'say',
      'in',
      'their',
      'statement',
    ]);
  });

  it('stays a place where it ends the phrase or a word of how follows', () => {
    for (const text of [
      'was anyone in there too',
      'is it in there somewhere',
      'who was in there talking',
      'is there a toll',
    ])
      expect(read(text)).toContain('there');
  });
});

import { describe, expect, it } from 'vitest';
import { markedToken, type Token, tokenize } from '../../src/text/tokenize.ts';

/**
 * A token marked after a negation or an "or" the chat reader took out is the spread copy it
 * replaces, key for key and in the same order (a literal of one shape where the token has only
 * its two words, for V8: see markedToken).
 */
describe('markedToken', () => {
  const [plain] = tokenize('Directly') as [Token];

  it.each(['negated', 'alternative'] as const)('marks a plain token %s as the spread does', (mark) => {
    const marked = markedToken(plain, mark);
    const spread = { ...plain, [mark]: true };
    expect(marked).toStrictEqual(spread);
    expect(Object.keys(marked)).toEqual(Object.keys(spread));
    expect(plain).toStrictEqual({ raw: 'Directly', word: 'directly' });
  });

  it('keeps a mark already there, and the keys in their order', () => {
    const alternative: Token = { raw: 'Assad', word: 'assad', alternative: true };
    const marked = markedToken(alternative, 'negated');
    expect(marked).toStrictEqual({ raw: 'Assad', word: 'assad', alternative: true, negated: true });
    expect(Object.keys(marked)).toEqual(['raw', 'word', 'alternative', 'negated']);
    expect(markedToken(marked, 'alternative')).toStrictEqual(marked);
  });

  it('copies any other key a token carries', () => {
    const wider = { raw: 'x', word: 'x', at: 3 } as Token;
    expect(markedToken(wider, 'negated')).toStrictEqual({ raw: 'x', word: 'x', at: 3, negated: true });
  });
});

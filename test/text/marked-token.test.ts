import { describe, expect, it } from 'vitest';
import { markedToken, retyped, type Token, tokenize } from '../../src/text/tokenize.ts';

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

/** A token given other words is the spread copy it replaces, its marks kept. */
describe('retyped', () => {
  it('gives a plain token other words, as the spread does', () => {
    const [plain] = tokenize('Killed') as [Token];
    const spread = { ...plain, raw: 'died', word: 'died' };
    expect(retyped(plain, 'died', 'died')).toStrictEqual(spread);
    expect(Object.keys(retyped(plain, 'died', 'died'))).toEqual(['raw', 'word']);
  });

  it('keeps the marks of a marked token, and their order', () => {
    const marked: Token = { raw: 'lost', word: 'lost', negated: true, alternative: true };
    const copy = retyped(marked, 'died', 'died');
    expect(copy).toStrictEqual({ raw: 'died', word: 'died', negated: true, alternative: true });
    expect(Object.keys(copy)).toEqual(['raw', 'word', 'negated', 'alternative']);
    expect(marked.word).toBe('lost');
  });
});

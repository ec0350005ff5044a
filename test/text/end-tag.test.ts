import { describe, expect, it } from 'vitest';
import { EndTag } from '../../src/text/end-tag.ts';

const TAG = /(?:\b(?:right|no|innit)|\b(?:is|was)\s+(?:it|this)\s+(?:true))\s*\?*\s*$/iu;
const REQUEST = /(?:[,;]\s*|\bplease\s+)(?:explain|tell)(?:\s+(?:me|us))?\s*[?.!]*\s*$/iu;

describe('EndTag', () => {
  const tag = new EndTag(TAG, 'tohes', '?');
  const request = new EndTag(REQUEST, 'nlmes', '?.!');
  const texts = [
    'they bombed the army, right?',
    'they bombed the army, RIGHT ?? ',
    'they bombed the army, right.',
    'so it was an accident, innit',
    'the strike was a mistake, no?',
    'the strike was a mistake, was this true?\u00a0',
    'the strike was a mistake, was thiſ true?',
    'what happened at the airbase?',
    'I only caught part of it on the radio this morning because the signal kept dropping.',
    '',
    '???',
    'why was russia angry, please explain me!!',
    'why was russia angry, tell us ?',
    'why was russia angry; tell',
    'why was russia angry, tell them',
    'why was russia angry, please explain me!! :)',
  ];

  it('says what its pattern says, of every text', () => {
    for (const text of texts) {
      expect(tag.test(text), text).toBe(TAG.test(text));
      expect(request.test(text), text).toBe(REQUEST.test(text));
    }
  });

  it('tries the pattern only where the last word can end a match', () => {
    let tried = 0;
    const counted = new RegExp(TAG.source, TAG.flags);
    const original = counted.test.bind(counted);
    counted.test = (text: string) => {
      tried++;
      return original(text);
    };
    const end = new EndTag(counted, 'tohes', '?');
    expect(end.test('how many soldiers died?')).toBe(false);
    expect(end.test('the signal kept dropping.')).toBe(false);
    expect(tried).toBe(0);
    expect(end.test('they bombed the army, right?')).toBe(true);
    expect(tried).toBe(1);
  });

  it('refuses a pattern that would not end the text', () => {
    expect(() => new EndTag(/right$/m, 't', '?')).toThrow();
    expect(() => new EndTag(/right$/g, 't', '?')).toThrow();
  });
});

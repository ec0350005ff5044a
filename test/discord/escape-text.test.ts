/**
 * escapeText (render.ts): the same text as discord.js's escapeMarkdown with its options, and
 * escapeMarkdown left out for text it would not change (most questions and sentences).
 */
import type { escapeMarkdown } from 'discord.js';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0, real: null as typeof escapeMarkdown | null }));
vi.mock('discord.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('discord.js')>();
  calls.real = actual.escapeMarkdown;
  return {
    ...actual,
    escapeMarkdown: (...args: Parameters<typeof actual.escapeMarkdown>) => {
      calls.count++;
      return actual.escapeMarkdown(...args);
    },
  };
});

const { displayQuestion, escapeText } = await import('../../src/discord/render.ts');

const OPTIONS = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;
/** discord.js's own, not counted. */
const expected = (text: string) => calls.real?.(text, OPTIONS);

/** A small generator of strings, the same every run. */
function* strings(count: number, alphabet: readonly string[], seed = 7): Generator<string> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = next() % 24;
    for (let j = 0; j < length; j++) text += alphabet[next() % alphabet.length];
    yield text;
  }
}

describe('escapeText', () => {
  it('escapes what escapeMarkdown escapes, with each of its rules', () => {
    const cases = [
      'How many soldiers were killed?',
      'a \\ backslash',
      'some `code` and ```blocks```',
      '*italic* and _italic_ and **bold** and __underline__ and ***both***',
      '~~struck~~ and ||spoiler||',
      '# heading\n## second\n  ### third',
      '- item\n* item\n  - nested',
      '1. first\n  22. second\n3) not a list',
      '[a masked](https://example.com) link',
      'an_identifier_with_underscores and <:emoji_name:123> and https://x.com/a_b',
      'line one\r2. after a carriage return',
      'dates: 17 September 2016. 90 soldiers.',
      '',
    ];
    for (const text of cases) expect(escapeText(text), text).toBe(expected(text));
  });

  it('gives escapeMarkdown’s text for any mix of markdown signs, digits and line breaks', () => {
    const alphabet = [
      'a',
      'b',
      ' ',
      '  ',
      '1',
      '23',
      '.',
      '\n',
      '\r',
      ...'\\`*_~|#-[]()<>:/'.split(''),
      'https://',
    ];
    for (const text of strings(4000, alphabet))
      expect(escapeText(text), JSON.stringify(text)).toBe(expected(text));
  });

  it('leaves escapeMarkdown out for text it would not change', () => {
    calls.count = 0;
    const plain = [
      'How many Syrian soldiers were killed in the airstrike?',
      'What did Russia say?',
      'Why 17 Sept.',
    ];
    for (const text of plain) {
      expect(escapeText(text)).toBe(text);
      expect(displayQuestion(`${text} (again)`)).toBe(`${text} (again)`);
    }
    expect(calls.count).toBe(0);
    expect(escapeText('*bold* claim')).toBe(expected('*bold* claim'));
    expect(calls.count).toBe(1);
  });
});

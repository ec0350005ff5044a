/**
 * Spanish and Portuguese words typed among English ones (issue 11, knowledge/chat.yaml): "quién",
 * "quem" are who, "avions" / "aviones" planes; "mano" (bro), "jaja", "kkkk", "hahaha" (laughing)
 * and "perdón" are no topic. Read as names the bot does not know, they held the answer back.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => engine.answer(q).quotes[0]?.id;

describe('Spanish and Portuguese words among English ones', () => {
  it('lists them by default', () => {
    expect(DEFAULT_CHAT.abbreviations.quien).toBe('who');
    expect(DEFAULT_CHAT.abbreviations.avions).toBe('planes');
    expect(DEFAULT_CHAT.filler).toEqual(expect.arrayContaining(['mano', 'jaja', 'hahaha']));
  });
  it.each([
    [
      'quién said the americans flip the issue upside down?',
      'who said the americans flip the issue upside down?',
    ],
    ['which other country had avions in the operation?', 'which other country had planes in the operation?'],
    ['mano did churkin walk out before power spoke?? kkkk', 'did churkin walk out before power spoke?'],
    ['hahaha how many died', 'how many died'],
  ])('"%s" is answered as "%s" is', (typed, english) => {
    expect(first(english)).toBeDefined();
    expect(first(typed)).toBe(first(english));
  });
});

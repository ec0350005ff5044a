/**
 * After a question about the exchange at the UN, "what did each side tell the press", "who said
 * what, both of them", "what did they each say" ask every side of it (conversation.ts
 * sidesOfAsked, everyOneShown): each ambassador's words, not the reporter's sentence that both
 * sides spoke harshly, nor another point's sides. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const both = (texts: string) => {
  expect(texts).toContain('Power accused Russia');
  expect(texts).toMatch(/question mark|serious trouble|how Washington is going to react/);
};

describe('every side of the exchange asked after the UN meeting', () => {
  it('"both of them" asks what each said, as "both sides" does', () => {
    const [, every] = ask(
      'what happened at the security council meeting',
      'ok who said what then, both of them',
    );
    expect(every?.reading ?? '').toContain('every side of');
    both((every?.quotes ?? []).map((q) => q.text).join(' '));
  });

  it('"each side ... to the press": the press is in every side, so the sides lead', () => {
    const [, every] = ask(
      'what happened at the security council meeting',
      'what did each side tell the press',
    );
    expect(every?.quotes[0]?.text).not.toContain('representatives of both sides');
    both(
      (every?.quotes ?? [])
        .slice(0, 3)
        .map((q) => q.text)
        .join(' '),
    );
  });

  it('"each of them" after an answer that showed two sides of the exchange', () => {
    const [first, every] = ask('did the us and russia clash at the UN?', 'and what did they each say');
    const shown = (first?.quotes ?? []).map((q) => q.id);
    expect(shown).toEqual(expect.arrayContaining(['p11.s1', 'p14.s2']));
    expect(every?.reading ?? '').toContain('every side of');
    both(
      (every?.quotes ?? [])
        .slice(0, 2)
        .map((q) => q.text)
        .join(' '),
    );
  });

  it('not a word no side holds: "what did each side say about the death toll"', () => {
    const [, every] = ask(
      'what happened at the security council meeting',
      'what did each side say about the death toll',
    );
    expect(every?.reading ?? '').not.toContain('every side of "what went on');
  });
});

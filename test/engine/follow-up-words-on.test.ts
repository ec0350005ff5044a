/**
 * "exact words on X?", "her exact words about russia?": what the one just quoted said of X. On
 * the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const conversation = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('"exact words on X?"', () => {
  it('asks what the one just quoted said about X', () => {
    const whole = engine.answer('what did Vitaly Churkin say about washington');
    const a = conversation(
      'churkin spoke to reporters after he walked out right?',
      'exact words on washington?',
    );
    expect(a.reading).toBe('Reading this as "what did Vitaly Churkin say about washington"');
    expect(a.quotes.map((q) => q.id)).toEqual(whole.quotes.map((q) => q.id));
    expect(a.quotes.some((q) => /Washington is going to react/.test(q.text))).toBe(true);
  });

  it('not without a word of quoting before "on": "what about on the ground?" is no request for words', () => {
    const a = conversation('what did churkin say', 'and on the ground?');
    expect(a.reading ?? '').not.toMatch(/say about/);
  });
});

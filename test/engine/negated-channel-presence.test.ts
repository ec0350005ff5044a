/**
 * Issue 11, negation: what a denied manner or state asks of the article. Words not sent
 * "straight to" someone ask the channel they went through ("relayed ... through
 * the Russian government"); not being in the room while someone spoke is walking out. On the real
 * article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('"straight to": the channel the words went through', () => {
  it('a denial that the US spoke straight to Damascus is answered by the go-between', () => {
    for (const q of [
      'washington never talked straight to damascus, did it?',
      'the americans didnt send their apology straight to assad, right',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.quotes[0]?.text, q).toMatch(/through the Russian government/);
    }
  });

  it('"go straight to" is no channel', () => {
    expect(engine.answer('did russia go straight to the UN').quotes[0]?.text ?? '').not.toMatch(
      /through the Russian government/,
    );
  });
});

describe('not in the room while someone spoke: walked out', () => {
  it('"who wasn\'t in the chamber when power addressed it" is Churkin walking out', () => {
    const a = engine.answer("who wasn't in the chamber when power addressed the council");
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/walked out before Power/);
  });
});

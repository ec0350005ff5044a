/**
 * Words of the knowledge (entities.yaml, synonyms.yaml): a side's generals or commanders are its
 * military ("assad's generals", "us generals"); a communique or press release is a statement; a
 * cover story is the explanation given. Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("a side's generals, a communique, a cover story", () => {
  it("reads assad's generals and their communique as the Syrian army's statement", () => {
    const [answer] = ask(
      "how did assad's generals characterise the american bombing in their own communique",
    );
    expect(answer?.answered).toBe(true);
    expect(answer?.quotes[0]?.text).toContain('conclusive evidence');
  });

  it('reads a cover story as the explanation given', () => {
    const [answer] = ask("what's the pentagon's cover story");
    expect(answer?.answered).toBe(true);
    expect(answer?.quotes.map((q) => q.text).join(' ')).toMatch(
      /sortie was launched against|aborted as soon as/,
    );
  });

  it("reads a follow-up's generals as that side's army", () => {
    const [, answer] = ask(
      'moscow wants a thorough probe, fine',
      "and damascus's generals, how did they spin it",
    );
    expect(answer?.answered).toBe(true);
    expect(answer?.quotes[0]?.text).toContain('conclusive evidence');
  });

  it('leaves a release date of something else off-topic (no "press release" among the statement words)', () => {
    const [answer] = ask('iphone 7 relase date');
    expect(answer?.answered).toBe(false);
  });
});

/**
 * "how many died according to the observatory" -> "no wait i need both numbers": a fragment asking
 * for every side's claim (chat.yaml sideClaims after "both", "all", "each") after an answer on a
 * contested point asks the question before again, every side quoted (conversation.ts
 * everySideAsked); one asking no claim of every side is not read so. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksWhichIsRight } from '../../src/engine/conversation.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("a fragment asking for every side's claim", () => {
  it('answers the question before again, every side of the contested point quoted', () => {
    const [first, every] = ask('how many soldiers did the monitor count', 'no wait i need both numbers');
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(every?.answered).toBe(true);
    expect(every?.reading).toContain('every side of');
    const texts = (every?.quotes ?? []).map((q) => q.text).join(' ');
    expect(texts).toContain('at least 90');
    expect(texts).toContain('death toll to 62');
  });

  it('is not read so when it asks no claim of every side', () => {
    const [, every] = ask('how many soldiers did the monitor count', 'both of them?');
    expect(every?.reading ?? '').not.toContain('every side of');
  });
});

describe('which side is right, asked after an answer on a contested point', () => {
  it('is answered by every side of the point (the article judges none)', () => {
    const [, , right] = ask('who put the toll at 90', 'and who says 62', 'so which is right');
    expect(right?.answered).toBe(true);
    const texts = (right?.quotes ?? []).map((q) => q.text).join(' ');
    expect(texts).toContain('at least 90');
    expect(texts).toContain('death toll to 62');
  });

  it('reads only a question of which is right, nothing more', () => {
    const reads = (q: string) => asksWhichIsRight(tokenize(q));
    for (const q of [
      'so which is right',
      "who's correct then",
      'which one is true?',
      'ok which figure is accurate',
    ])
      expect(reads(q), q).toBe(true);
    for (const q of ['which is right about the toll', 'who is right wing', 'right', 'is it right'])
      expect(reads(q), q).toBe(false);
  });
});

describe('what each of the people named before said', () => {
  it('is every side of the exchange they are the speakers of, not the topic before', () => {
    for (const question of ['what did each of them say then', 'what did they each say']) {
      const [, each] = ask("Power and Churkin had a row, didn't they", question);
      expect(each?.answered, question).toBe(true);
      const speakers = (each?.quotes ?? []).slice(0, 2).map((q) => q.speaker?.id ?? '');
      expect(
        speakers.some((s) => s === 'power'),
        question,
      ).toBe(true);
      expect(
        speakers.some((s) => s === 'churkin'),
        question,
      ).toBe(true);
    }
  });
});

/**
 * Two-part messages and exclusion (issue 11), on the real article: a further question that asks
 * only what someone else says asks their reply on the point of the first ("what did russia
 * accuse the pilots of, and what does the US say"); whom a question sets apart ("besides the
 * americans") is quoted after the others; a question asking of every one of several ("what
 * did both ambassadors say") gets every side.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksEveryOne } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (question: string) => engine.answer(question).quotes.map((q) => q.id);

describe('a further question asking only what someone else says', () => {
  it("quotes that one's side of the first question's point, after the first question's quote", () => {
    const quotes = ids('what did russia accuse the pilots of, and what does the US say');
    // Russia's accusation (p7.s1) first, then the US regret at the unintentional loss of life.
    expect(quotes[0]).toBe('p7.s1');
    expect(quotes.slice(0, 3)).toContain('p18.s1');
  });
});

describe('whom a question sets apart', () => {
  it('is quoted after the others ("besides the americans, whose air force flew")', () => {
    expect(ids('besides the americans, whose air force flew on that mission')[0]).toBe('p18.s2');
  });
});

describe('a question asking of every one of several ("both", "each of them")', () => {
  it('quotes every side of the point ("what did both ambassadors say")', () => {
    for (const question of ['what did both ambassadors say', 'what did the two envoys say']) {
      const answer = engine.answer(question);
      const shown = answer.quotes.slice(0, 3).map((q) => q.id);
      expect(answer.contested?.id, question).toBe('un-exchange');
      expect(
        shown.some((id) => id.startsWith('p11.') || id === 'p12.s1'),
        question,
      ).toBe(true);
      expect(
        shown.some((id) => id.startsWith('p13.') || id.startsWith('p14.')),
        question,
      ).toBe(true);
    }
  });
});

describe('asksEveryOne', () => {
  const asks = (q: string) => asksEveryOne(tokenize(q));
  it('reads "both" before a plural, "each of them", "they both", "the two" before a plural', () => {
    for (const q of [
      'what did both ambassadors say',
      'what did each of them claim',
      'what did they both say',
      'what did the two envoys say',
    ])
      expect(asks(q), q).toBe(true);
  });

  it('not "each other", "each" before a verb, nor "both" before a name or "the"', () => {
    for (const q of [
      'did the envoys get nasty with each other',
      'where does each come from',
      'did both the US and australia fly',
      'did both Russia and Syria say so',
      'what did power say',
    ])
      expect(asks(q), q).toBe(false);
  });
});

describe('each question of a message reading its pronoun from the story before it', () => {
  const partsOf = (question: string) => engine.answer(question).parts ?? [];
  it('reads "she" in the first of two questions as whom the statement before names', () => {
    const answer = engine.answer(
      "Power was angry. what did she call russia's move, and what did churkin say back?",
    );
    expect(answer.reading).toContain('Power');
    const [first, second] = partsOf(
      "Power was angry. what did she call russia's move, and what did churkin say back?",
    );
    // Power's words (p11, p12.s1), and Churkin's (p13, p14): both within the three quotes.
    expect(first?.quoteIds.some((id) => id.startsWith('p11.') || id === 'p12.s1')).toBe(true);
    expect(second?.quoteIds.some((id) => id.startsWith('p13.') || id.startsWith('p14.'))).toBe(true);
  });
  it('keeps a thin "what did they say" a question of its own, about whom the story names', () => {
    const parts = partsOf(
      'the pentagon never tells the truth. what did they say, and what does russia say back?',
    );
    expect(parts).toHaveLength(2);
    // The Pentagon's spokesman (p17.s1), not Russia's words only.
    expect(parts[0]?.quoteIds).toContain('p17.s1');
    expect(parts[1]?.quoteIds.length).toBeGreaterThan(0);
  });
  it('reads "that man" as whom a question asking by its "?" alone names, and answers it first', () => {
    const answer = engine.answer('churkin left the room?? what did that man tell reporters');
    expect(answer.reading).toContain('Churkin');
    expect(answer.parts?.[0]?.question).toBe('what did that man tell reporters');
    expect(answer.quotes.slice(0, 3).map((q) => q.id)).toContain('p14.s1');
  });
});

describe('a further "how long" whose pronoun stands for what the question before named', () => {
  const parts = (question: string) => engine.answer(question).parts?.map((p) => p.answered);

  it("is untold when the only length is of something else (the raid's 40 minutes)", () => {
    expect(parts('who is assad and how long has he been president')).toEqual([true, false]);
    expect(engine.answer('when was the truce signed and how long was it meant to last?').answered).toBe(
      false,
    );
  });

  it('is answered when that length is of what the question before named', () => {
    expect(parts('where was the strike and how long did it last?')).toEqual([true, true]);
  });
});

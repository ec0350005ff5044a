/**
 * Follow-ups that lean on the turn before (on the real article): a "one" standing for the noun
 * the turn before named, "what about the russian envoy?" whose words only name whom it turns to,
 * "exact words pls" asking for the words just quoted, and "and the wounded?" after a count.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const last = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('a "one" that stands for the noun the turn before named', () => {
  it('is read as that noun: the council opened no inquiry, so nothing answers', () => {
    // Alone, "did it launch one?" after the council is answered with the closed session.
    const a = last('did moscow ask for an inquiry', 'what about the security council, did it launch one?');
    expect(a.answered).toBe(false);
    expect(a.reading).toBe("Reading 'one' as 'inquiry'");
    // Not a figure picked among answers ("the 90 one"), nor "no one".
    const b = last('who gave the 62 figure', 'no wait i meant the 90 one');
    expect(b.reading ?? '').not.toMatch(/'one' as/);
    const c = last('did moscow ask for an inquiry', 'no one listened?');
    expect(c.reading ?? '').not.toMatch(/'one' as/);
  });
});

describe('"what about the russian envoy?" after what the US envoy did', () => {
  it('turns the question to whom the words name: the sentence that goes on to what he did', () => {
    // "envoy" only names Churkin: it asks nothing more, so the sentence just quoted, which goes
    // on to what he did ("while her Russian colleague Vitaly Churkin addressed the diplomats
    // inside"), leads.
    const a = last('what did the american envoy do during the session', 'what about the russian envoy?');
    expect(first(a)).toBe('p10.s1');
  });
});

describe('a request for the words of the answer just given', () => {
  it('gives that answer again, as sure as it was', () => {
    const before = last('what did the syrian army call the strikes');
    const a = last('what did the syrian army call the strikes', 'verbatim pls?');
    expect(a.answered).toBe(true);
    expect(first(a)).toBe(first(before));
    expect(a.reading ?? '').toMatch(/words that answered/);
  });
});

describe('"and the wounded?" after a count', () => {
  it('asks how many of them: no sentence counts the wounded', () => {
    // "the" before a participle alone names people, as "and wounded?" does.
    const a = last('how many soldiers were killed', 'and the wounded?');
    expect(a.answered).toBe(false);
  });
});

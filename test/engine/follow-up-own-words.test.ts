/**
 * A follow-up that asks something of its own about what the turn before was about: its own verb
 * or noun takes the place of the one it replaces, the rest of the question before kept where it
 * still applies. On the made-up ferry (test/fixtures/tiny-ferry): Vale said the ferry was
 * overloaded (p3.s1) and promised an inquiry into its owners (p3.s2). A verb kept with what
 * "what about" turns to needs a phrase of the knowledge ("lose soldiers"): the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const ferry = fixtureEngine('tiny-ferry');

/** The answer to the last turn, each turn asked after the ones before. */
const conversation = (...turns: string[]) => askInTurn(ferry, ...turns).at(-1) as Answer;

describe('a why with a predicate of its own', () => {
  it('asks the reason for that, not for what the question before asked: its verb of saying is not carried', () => {
    const whole = ferry.answer('why did vale promise an inquiry into the ferry');
    const a = conversation('what did vale say about the ferry', 'why did he promise an inquiry into it');
    expect(a.quotes.map((q) => q.id)).toEqual(whole.quotes.map((q) => q.id));
    expect(a.confidence).toBeGreaterThanOrEqual(whole.confidence);
    expect(a.reading).toBe('Reading \'he\' as Erik Vale, following "what did vale say about the ferry"');
  });
});

describe('"what about X, did they say anything?"', () => {
  it('asks the question before of X, as "what about X?" does: the regret beside the condolences', () => {
    const a = conversation(
      'what did estland offer the families',
      'what about norland, did they say anything?',
    );
    expect(a.quotes[0]?.id).toBe('p7.s1');
    expect(a.reading).toBe('Reading this as a follow-up to "what did estland offer the families"');
  });

  it('not a question that asks a claim of its own ("what did it promise"): answered as it stands', () => {
    const question = 'what about norland, what did it promise';
    const a = conversation('what did estland offer the families', question);
    expect({ ...a, ms: 0 }).toEqual({ ...ferry.answer(question), ms: 0 });
  });
});

describe('"her russian counterpart"', () => {
  const talk = fixtureEngine('tiny-talk');

  it('is the person of the body it names, its possessive no pronoun of its own', () => {
    const a = askInTurn(talk, 'who is piet brandt', 'and his council counterpart?').at(-1) as Answer;
    expect(a.reading).toBe(
      'Reading \'his council counterpart\' as Anna Holm, following "who is piet brandt"',
    );
    expect(a.answered).toBe(true);
  });
});

describe('"what about X?" after a question of a verb and what it asked for', () => {
  const engine = projectEngine();

  it('keeps the verb with X in place of the thing asked for: "lose" with soldiers is the toll', () => {
    const a = askInTurn(engine, 'what equipment did the regime lose', 'what about soldiers?').at(
      -1,
    ) as Answer;
    expect(a.quotes[0]?.text).toMatch(/death toll to 62|at least 90/);
    expect(a.reading).toBe('Reading this as a follow-up to "what equipment did the regime lose"');
  });
});

/**
 * Follow-up questions in the engine: Engine.answer(question, turns) on a made-up article with
 * two people, a council, a union and a valley (test/fixtures/tiny-talk), then on the real one.
 * Each kind of follow-up: pronouns (by kind and gender), ellipsis, "what about", "why",
 * corrections, "after that", a change of subject, a follow-up the article cannot answer, and
 * bad or long histories.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { holdsReason, statesReason } from '../../src/engine/answer-type.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { answersPoint, saysInline } from '../../src/engine/follow-up-answers.ts';
import { vocabularyOf } from '../../src/engine/follow-up-words.ts';
import { asksPlaceOrTime } from '../../src/engine/rank.ts';
import { projectEngine } from '../discord/harness.ts';

const talk = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-talk'));
/** Two governments reacting side by side, a minister and a company on either side of a contested cause. */
const ferry = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));

/** Asks each question in turn, as one conversation; returns every answer. */
function converse(engine: Engine, ...questions: string[]): Answer[] {
  const turns: ConversationTurn[] = [];
  return questions.map((q) => {
    const answer = engine.answer(q, turns);
    turns.push(turnOf(answer));
    return answer;
  });
}

/** The last answer of a conversation. */
const last = (engine: Engine, ...questions: string[]) => converse(engine, ...questions).at(-1) as Answer;
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('the tiny-talk article', () => {
  it('has two people who speak, a council and a union', () => {
    expect(talk.kb.passages.map((p) => [p.id, p.speaker])).toEqual([
      ['p1.s1', null],
      ['p2.s1', 'council'],
      ['p3.s1', 'holm'],
      ['p3.s2', 'holm'],
      ['p4.s1', 'brandt'],
      ['p4.s2', 'brandt'],
      ['p5.s1', 'union'],
      ['p6.s1', null],
    ]);
  });
});

describe('pronouns', () => {
  it('reads "he" and "she" as the person in focus, and says so', () => {
    const a = last(talk, 'who is piet brandt', 'how many farms did he say would flood');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toBe("Reading 'he' as Piet Brandt");
  });

  it('tells "she" from "he" by the pronouns the article uses for each person', () => {
    const a = last(talk, 'what did brandt say about the mayor', 'what did she say');
    expect(a.reading).toMatch(/^Reading 'she' as Anna Holm/);
    expect(a.quotes.map((q) => q.speaker?.id)).toContain('holm');
    expect(first(a)).not.toMatch(/^p4/);
  });

  it('reads "she" as a person of a turn before the latest when nobody in the latest agrees', () => {
    const a = last(talk, 'who is anna holm', 'who is piet brandt', 'how much did she say the dam would cost');
    expect(a.reading).toBe("Reading 'she' as Anna Holm");
    expect(first(a)).toBe('p3.s1');
  });

  it('reads "they" as a body, never a person, and "it" as the topic', () => {
    const they = last(talk, 'what did the union say', 'what did they say about the council');
    expect(they.reading).toMatch(/^Reading 'they' as farmers' union/);
    expect(first(they)).toBe('p5.s1');
    const it = last(talk, 'how much will the dam cost', 'when will it start');
    expect(first(it)).toBe('p3.s2');
    expect(it.reading).toBe('Reading this as a follow-up to "how much will the dam cost"');
  });

  it('reads "the first guy" as the person the earliest turn was about, and "the first one" of any kind', () => {
    const guy = last(
      talk,
      'who is piet brandt',
      'and anna holm?',
      'how many farms did the first guy say would flood',
    );
    expect(first(guy)).toBe('p4.s2');
    expect(guy.reading).toBe("Reading 'the first guy' as Piet Brandt");
    // A body for "the first one" too; never a person of the wrong kind for "the first country".
    const one = last(talk, 'what did the union say', 'what did the mayor say', 'what did the first one say');
    expect(one.reading).toBe("Reading 'the first one' as farmers' union");
    expect(first(one)).toBe('p5.s1');
  });

  it('needs no context for a pronoun whose name is in the same question', () => {
    const alone = talk.answer('what did the union say it would do');
    const inContext = last(talk, 'who is anna holm', 'what did the union say it would do');
    expect({ ...inContext, ms: 0 }).toEqual({ ...alone, ms: 0 });
  });
});

describe('ellipsis, "what about", corrections', () => {
  it('reads "and X?" as the question before about X', () => {
    const a = last(talk, 'what did the mayor say', 'and brandt?');
    expect(a.quotes[0]?.speaker?.id).toBe('brandt');
    expect(a.reading).toBe('Reading this as a follow-up to "what did the mayor say"');
    // Brandt said nothing about the cost: that follow-up is not answered with his words.
    expect(last(talk, 'what did the mayor say about the cost', 'and brandt?').answered).toBe(false);
  });

  it('reads "what about X?" the same way', () => {
    expect(first(last(talk, 'what did brandt say', 'what about the union?'))).toBe('p5.s1');
  });

  it('answers "what about X, <a whole question about X>" as it stands', () => {
    const question = 'what about brandt, how many farms did he say would flood';
    const a = last(talk, 'how much will the dam cost', question);
    expect(first(a)).toBe('p4.s2');
    expect({ ...a, ms: 0 }).toEqual({ ...talk.answer(question), ms: 0 });
    // "what about brandt?" alone still asks the question before of him.
    expect(last(talk, 'what did the mayor say', 'what about brandt?').reading).toMatch(
      /^Reading this as a follow-up/,
    );
  });

  it('answers a whole question after "forget that" as it stands, its "it" not the turn before\'s', () => {
    const question = 'forget that. when will the work on it start?';
    const a = last(talk, 'what did brandt say', question);
    expect({ ...a, ms: 0 }).toEqual({ ...talk.answer(question), ms: 0 });
    // Without it, the same question is read after the turn before.
    expect(last(talk, 'what did brandt say', 'when will the work on it start?').reading).toMatch(
      /^Reading this as a follow-up/,
    );
  });

  it('answers a whole question after "nvm" or "whatever" as it stands, a yes-or-no one too', () => {
    for (const question of [
      'nvm that, when will the work on it start?',
      'whatever, will the work on it start soon?',
    ]) {
      const a = last(talk, 'what did brandt say', question);
      expect({ ...a, ms: 0 }).toEqual({ ...talk.answer(question), ms: 0 });
    }
    // Without it, the yes-or-no question is read after the turn before.
    expect(last(talk, 'what did brandt say', 'will the work on it start soon?').reading).toMatch(
      /^Reading this as a follow-up/,
    );
  });

  it('answers "X, <a whole question about X>" as it stands: a name before the question is no ellipsis', () => {
    const question = 'the mayor, when did she say the work would start';
    const a = last(talk, 'what did the union say', question);
    expect(first(a)).toBe('p3.s2');
    expect({ ...a, ms: 0 }).toEqual({ ...talk.answer(question), ms: 0 });
  });

  it('reads "that first thing" as the earliest turn still read, not the latest', () => {
    const a = last(
      talk,
      'how much will the dam cost',
      'and the farms?',
      'what did the mayor say about that first thing',
    );
    expect(first(a)).toBe('p3.s1');
    expect(a.reading).toBe('Reading this as a follow-up to "how much will the dam cost"');
    // Brandt said nothing of the cost: not answered with his farms.
    expect(
      last(talk, 'how much will the dam cost', 'and the farms?', 'what did brandt say about that first thing')
        .answered,
    ).toBe(false);
  });

  it('reads a correction as the question before with the new name in its place', () => {
    const a = last(talk, 'what did the mayor say', 'no, I meant the farmer');
    expect(a.quotes[0]?.speaker?.id).toBe('brandt');
  });

  it('reads "no, the other quote", "and the other claim?" as another answer to the question before', () => {
    const a = last(talk, 'what did holm say', 'no, the other quote');
    expect(first(a)).toBe('p3.s1');
    expect(a.reading).toBe('Reading \'the other quote\' as another answer to "what did holm say"');
    expect(first(last(talk, 'what did holm say about the dam', 'and the other claim?'))).toBe('p3.s2');
  });

  it('reads "how is that different from X", "how does that compare to X" as the question before, of X', () => {
    expect(
      last(talk, 'what did the mayor say', 'how is that different from brandt').quotes[0]?.speaker?.id,
    ).toBe('brandt');
    expect(first(last(talk, 'what did the mayor say', 'how does that compare to the union'))).toBe('p5.s1');
  });

  it('drops a name after "not" from a correction, and from the question before', () => {
    const a = last(talk, 'what did the mayor say', 'sorry, the farmer, not the mayor');
    expect(a.quotes[0]?.speaker?.id).toBe('brandt');
  });

  it('reads a correction told before the question as a turn: its "it" is whom the correction names', () => {
    // "it" would be the council of the turn before; the sentence before the question moves it.
    const a = last(
      talk,
      'what did the council say',
      'actually the union, not the council. what did it say it would do',
    );
    expect(first(a)).toBe('p5.s1');
    expect(a.reading).toMatch(/^Reading 'it' as farmers' union/);
  });

  it('reads "that group", "that guy" as whom the answer before named, of that kind', () => {
    // The question asked who: the union its answer names, not the council it asked about.
    const a = last(talk, 'who wants to take the council to court', 'what did that group say');
    expect(first(a)).toBe('p5.s1');
    expect(a.reading).toBe("Reading 'that group' as farmers' union");
  });

  it('reads "the council woman" as the person under the body the word names', () => {
    const a = last(talk, 'what did brandt say about the plan', 'ok and the council woman?');
    expect(a.quotes[0]?.speaker?.id).toBe('holm');
    expect(a.reading).toMatch(/^Reading 'the council woman' as Anna Holm/);
  });

  it('asks a whole question after a correction as it stands, and says how it read it', () => {
    const a = last(talk, 'what did brandt call the plan', 'no i meant how much will the dam cost');
    expect(first(a)).toBe('p3.s1');
    expect(a.reading).toBe('Reading this as "how much will the dam cost"');
  });

  it('reads a question whose verb is left out after a final "to" as the question before, asked that way', () => {
    // "able" only says how: the topic is the flooding of the question before.
    const a = last(talk, 'will the lake flood the farms', 'how is it able to?');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toBe('Reading this as a follow-up to "will the lake flood the farms"');
  });

  it('replaces the question word: "and when?" after "how much"', () => {
    // The two sentences with a day: the vote on Tuesday, the work in the spring.
    expect(['p2.s1', 'p3.s2']).toContain(first(last(talk, 'how much will the dam cost', 'and when?')));
  });
});

describe('"why" and "after that"', () => {
  it('answers "why?" after a person\'s words with what they said next', () => {
    const a = last(talk, 'what did brandt call the plan for the valley', 'why?');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toBe("Reading 'why' as what Piet Brandt said next");
  });

  it('answers "why?" after anything else with the same quotes, as sure as before: the article gives its reasons there', () => {
    const [before, why] = converse(talk, 'what did the union say', 'why?') as [Answer, Answer];
    expect(first(why)).toBe('p5.s1');
    expect(why.confidence).toBe(before.confidence);
    expect(why.reading).toBe('Reading \'why\' as why "what did the union say"');
    // Nothing answered before: nothing to give again.
    expect(last(talk, 'what did the mayor say about the weather in paris', 'why?').answered).toBe(false);
  });

  it('reads a why that says nothing the turn before did not as "why?"', () => {
    // "on what grounds" asks why; "a disaster" restates what Brandt called the plan.
    for (const question of ['on what grounds?', 'on what grounds, a disaster?']) {
      const a = last(talk, 'what did brandt call the plan', question);
      expect(first(a)).toBe('p4.s2');
      expect(a.reading).toMatch(/^Reading 'why' as /);
    }
  });

  it('reads "what was his reasoning", "what made him say that", "what\'s got him so rattled" as why', () => {
    for (const question of [
      'what was his reasoning',
      'what made him say that',
      "what's got him so rattled",
      'where is he getting that from',
    ]) {
      const a = last(talk, 'what did brandt call the plan', question);
      expect(first(a)).toBe('p4.s2');
      expect(a.reading).toMatch(/^Reading 'why' as /);
    }
  });

  it('answers "what did he say after that" with the next sentence of that speaker', () => {
    const a = last(talk, 'what did brandt say about the plan', 'what did he say after that');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toBe("Reading 'after that' as what Piet Brandt said next");
  });

  it('reads "then what", whose "then" the chat reader drops, as what came next', () => {
    const a = last(talk, 'what did the mayor say about the cost', 'then what');
    expect(a.quotes.map((q) => q.id)).toEqual(['p3.s2']);
    expect(a.reading).toBe("Reading 'then what' as what Anna Holm said next");
  });

  it('reads "what else" as any question when nothing about whom it asks comes after the quote given', () => {
    // Nothing after the union's words is the council's: what the council did is told before.
    const a = last(talk, 'what did the union say', 'what else did the council do');
    expect(a.answered).toBe(true);
    expect({ ...a, ms: 0 }).toEqual({ ...talk.answer('what else did the council do'), ms: 0 });
  });

  it('abstains when the speaker says nothing more in the article', () => {
    const a = last(talk, 'what did the union say', 'what did they say after that');
    expect(a.answered).toBe(false);
    expect(a.status).toBe('not-in-article');
  });
});

describe('what is not a follow-up', () => {
  it('answers a change of subject exactly as the question alone', () => {
    for (const [before, question] of [
      ['who is piet brandt', 'how much will the dam cost'],
      ['what did the union say', 'unrelated, but what did the council decide'],
      ['how much will the dam cost', 'what did the mayor say'],
    ] as const) {
      const alone = talk.answer(question);
      const after = last(talk, before, question);
      expect({ ...after, ms: 0 }).toEqual({ ...alone, ms: 0 });
    }
  });

  it('ignores small talk', () => {
    const a = last(talk, 'who is piet brandt', 'thanks!');
    expect(a.status).toBe('no-question');
    expect(a.reading).toBeUndefined();
  });

  it('gives a follow-up no context from an off-topic first turn it refused', () => {
    // The first turn asks of something else and is refused: "why?", "who said that?" and "is it
    // on at 8 or 9?" ask of nothing the article tells, whatever the turn before named.
    for (const [opening, next] of [
      ['who won the football last night', 'why?'],
      ['what time does the pub open', 'who said that?'],
      ["what's the quiz theme this week", 'is it on at 8 or 9?'],
    ] as const) {
      const [refused, followUp] = converse(talk, opening, next);
      expect(refused?.answered).toBe(false);
      expect(followUp?.answered).toBe(false);
      expect(followUp?.quotes).toEqual([]);
    }
    // A question of the story after it stands on its own, answered as alone.
    const mayor = last(talk, "what's the quiz theme this week", 'what did the mayor say?');
    expect(first(mayor)).toBe(first(talk.answer('what did the mayor say?')));
    expect(mayor.reading).toBeUndefined();
  });

  it('still abstains on a follow-up the article cannot answer', () => {
    const a = last(talk, 'what did brandt say', 'is he married');
    expect(a.answered).toBe(false);
    expect(a.reading).toBe("Reading 'he' as Piet Brandt");
  });
});

describe('the turn before, as it was answered', () => {
  it('leaves the focus where it was after a remark nothing answered ("court will stop it lol")', () => {
    const [, remark, who] = converse(
      talk,
      'the dam would cost 40 million euros',
      'court will stop it lol',
      'says who?',
    );
    expect(remark?.answered).toBe(false);
    // Holm's cost, as right after the first turn; not the union's court case.
    expect(first(who as Answer)).toBe('p3.s1');
    expect(first(last(talk, 'the dam would cost 40 million euros', 'says who?'))).toBe('p3.s1');
  });

  it('follows a turn answered as it stood, not the question before it', () => {
    // "and the farms?" was a change of subject (far surer alone): "that" is the farms now.
    const [, farms, said] = converse(talk, 'how much will the dam cost', 'and the farms?', 'who said that');
    expect(farms?.reading).toBeUndefined();
    expect(first(said as Answer)).toBe('p4.s2');
    // Whose words the answer before quoted: that answer again (follow-up-before.ts asksWhoSaidIt).
    expect(said?.reading).toBe('Reading \'that\' as the words that answered "and the farms?"');
  });

  it('does not give the sentence that told something did not happen as the reason why not', () => {
    // "The farmers' union said it would take the council to court": no reason why it did not.
    const not = last(talk, 'did the union go to court', 'why not?');
    expect(not.answered).toBe(false);
    expect(not.reading).toBe('Reading \'why\' as why "did the union go to court"');
    // "why?" after someone's words still gets the sentence that answered: what they said may
    // be their reason.
    const union = last(talk, 'what did the union say', 'why?');
    expect(first(union)).toBe('p5.s1');
  });

  it('does not give their words as the reason for a detail they told that the question before did not ask', () => {
    // "The farmers' union said it would take the council to court": the court is what the union
    // said, asked why of; no clause of it gives a reason, whoever's words they are.
    const court = last(talk, 'what did the union say', 'why would they go to court?');
    expect(court.answered).toBe(false);
    expect(court.reading).toBe('Reading \'why\' as why "what did the union say"');
  });

  it("does not give the article's own telling of a deed as its reason when it holds no word of reasons", () => {
    // "Brandt walked out of the meeting before the vote": "before" places it, no reason.
    const why = last(talk, 'did brandt walk out', 'why did he do that?');
    expect(why.answered).toBe(false);
    expect(why.reading).toBe('Reading \'why\' as why "did brandt walk out"');
    expect(last(talk, 'brandt walked out before the vote', 'why?').answered).toBe(false);
    // Asked alone too, when no quote shown gives a reason (answer-type.ts reasonUntold); someone's
    // words are still given as their reasons.
    expect(talk.answer('why did brandt walk out of the meeting').answered).toBe(false);
    expect(first(talk.answer('why will the union take the council to court'))).toBe('p5.s1');
    // Nor, asked why not, are someone's words that it would happen.
    expect(talk.answer("why didn't the union take the council to court").answered).toBe(false);
  });

  it('reads "those" before an article as what the turn before was about', () => {
    const a = last(talk, 'brandt said the lake would flood farms', 'were those the only things lost?');
    expect(a.reading).toBe('Reading this as a follow-up to "brandt said the lake would flood farms"');
  });

  it("finds a reason someone's words state for the very words asked: a means or a cause right after them", () => {
    const corpus = buildCorpus(talk.kb);
    const states = (question: string, text: string) =>
      statesReason(corpus, text, corpus.analyzer.analyzeQuery(question).terms, question.split(' '));
    const q = 'brandt called the plan a disaster';
    expect(states(q, 'Brandt called the plan a disaster by flooding the farms of the valley.')).toBe(true);
    expect(states(q, 'Brandt called the plan a disaster because the lake would flood the farms.')).toBe(true);
    // A condition or an occasion only reports when it was said.
    expect(
      states(q, 'When asked if the lake would flood the farms, Brandt called the plan a disaster.'),
    ).toBe(false);
    // The means belongs to the words right before it, not to others further back.
    expect(
      states(
        q,
        'Brandt called the plan a disaster and the vote a farce by flooding the farms of the valley.',
      ),
    ).toBe(false);
  });

  it('finds a reason in a clause a word of reasons leads, saying more than the question asked', () => {
    const corpus = buildCorpus(talk.kb);
    const asked = corpus.analyzer.analyzeQuery('did brandt walk out of the meeting').terms;
    expect(holdsReason(corpus, 'Brandt walked out of the meeting before the vote.', asked)).toBe(false);
    expect(
      holdsReason(
        corpus,
        'Brandt walked out of the meeting after the mayor said the dam would cost 40 million euros.',
        asked,
      ),
    ).toBe(true);
    expect(holdsReason(corpus, 'The vote prompted Brandt to walk out of the meeting.', asked)).toBe(true);
    expect(
      holdsReason(
        corpus,
        'Brandt walked out of the meeting, calling the plan a disaster for the valley.',
        asked,
      ),
    ).toBe(true);
    // "was due to": planned, not a cause.
    expect(
      holdsReason(corpus, 'Brandt walked out of the meeting before the mayor was due to speak.', asked),
    ).toBe(false);
    // The clause of reasons says only what was asked: "whose farmers walked out of the meeting".
    expect(
      holdsReason(
        corpus,
        'The union, whose farmers walked out of the meeting, said it would go to court.',
        asked,
      ),
    ).toBe(false);
    // Of a detail of the sentence, only its clause and those after it give its reason: the
    // mayor's calling the plan a disaster is no reason for the cost.
    const told =
      'The mayor, calling the plan a disaster for the valley, said the dam would cost 40 million euros.';
    const cost = corpus.analyzer.analyzeQuery('cost 40 million euros').terms;
    expect(holdsReason(corpus, told, asked)).toBe(true);
    expect(holdsReason(corpus, told, [...asked, ...cost], cost)).toBe(false);
  });
});

describe('the tiny-ferry article', () => {
  it('has a minister and a company who speak, and two governments whose reactions stand side by side', () => {
    expect(ferry.kb.passages.map((p) => [p.id, p.speaker])).toEqual([
      ['p1.s1', null],
      ['p2.s1', 'coastguard'],
      ['p3.s1', 'vale'],
      ['p3.s2', 'vale'],
      ['p4.s1', 'company'],
      ['p5.s1', null],
      ['p6.s1', null],
      ['p6.s2', null],
      ['p7.s1', null],
    ]);
  });
});

describe('follow-ups that turn to someone else', () => {
  it('leads "and X?" with the quote about X nearest the answer before', () => {
    // Estland's condolences, then Norland's regret beside them: not the minister's words on the
    // cause, which "norland" alone ranks as well.
    const a = last(ferry, 'what did estland offer the families', 'and norland?');
    expect(first(a)).toBe('p7.s1');
    expect(a.quotes.map((q) => q.id)).toContain('p3.s1');
  });

  it('reads "anyone else" as someone other than whom the turn before was about', () => {
    // A contested point: the other side.
    const sides = last(ferry, 'the minister says it was overloaded', 'does anyone else see it differently?');
    expect(first(sides)).toBe('p4.s1');
    expect(sides.reading).toBe(
      'Reading \'anyone else\' as another answer to "the minister says it was overloaded"',
    );
    // Otherwise the same thing asked of others: Estland's condolences, not Norland's regret again.
    const others = last(ferry, "norland's regret?", 'what about condolences from anyone else?');
    expect(first(others)).toBe('p6.s2');
    expect(others.reading).toMatch(/^Reading 'anyone else' as someone other than Norland/);
  });

  it('reads "sorry not X, Y" as the question before with Y in the place of X, the rest kept', () => {
    // What the minister said, about the ferry now: not the company's words on the ship.
    const a = last(ferry, 'what did the minister say about the owners', 'sorry not the owners, the ferry');
    expect(first(a)).toBe('p3.s1');
  });

  it('reads "they" after "who did it" as whom the answer named, not whom the question did', () => {
    // Estland sent the boats: "they" is Estland, not Norland.
    const a = last(ferry, 'who sent rescue boats to norland', 'did they offer condolences');
    expect(first(a)).toBe('p6.s2');
    expect(a.reading).toBe("Reading 'they' as Estland");
  });

  it('reads "X\'s take", "X\'s version" as what X says of the question before', () => {
    // "take" and "version" are no topic: the company's side of the cause, not an abstention.
    const a = last(ferry, 'the minister says it was overloaded', "what about the company's take?");
    expect(first(a)).toBe('p4.s1');
    expect(first(last(ferry, 'the company blamed a storm', "and the minister's version?"))).toBe('p3.s1');
  });

  it('does not count what a cue word means: "different" asks the question before of X, not about disputes', () => {
    const a = last(ferry, 'what did vale say about the ferry', "how's that different from the company");
    expect(first(a)).toBe('p4.s1');
    expect(a.reading).toMatch(/^Reading this as a follow-up/);
  });
});

describe('what a follow-up must hold', () => {
  it('refuses a kind or a count the quotes do not give, as the question alone would be', () => {
    expect(last(talk, 'what did the council decide', 'what kind of dam will it be').answered).toBe(false);
    expect(talk.answer('what kind of dam did the council decide to build').answered).toBe(false);
  });

  it('checks what the follow-up asks against the quote given, not the curated wording that chose it', () => {
    const corpus = buildCorpus(ferry.kb);
    const vocab = vocabularyOf(corpus);
    const decision = decide(corpus, corpus.analyzer.analyzeQuery('what were the casualties'));
    // "What were the casualties?" chose the toll: "casualties" is "injured" too, the quote is not.
    expect(decision.qa).toBe('toll');
    const injured = corpus.analyzer.analyzeQuery('injured');
    expect(answersPoint(corpus, vocab, decision, injured, [])).toBe(false);
    expect(answersPoint(corpus, vocab, decision, corpus.analyzer.analyzeQuery('passengers'), [])).toBe(true);
  });

  it('carries the words the turn before quoted: "who said that?" is as unsure as it when no sentence holds them', () => {
    // Brandt called the plan "a disaster for the valley", not "a disaster for farmers".
    const wrong = converse(talk, "someone called the plan 'a disaster for farmers'", 'who said that?');
    expect(wrong.map((a) => a.answered)).toEqual([false, false]);
    const right = last(talk, "someone called the plan 'a disaster for the valley'", 'who said that?');
    expect(first(right)).toBe('p4.s1');
  });

  it('does not give the answer before again when it holds nothing of what the follow-up asks', () => {
    // The plane's shooting down answered who did it; nothing in it is about its crew.
    const again = last(projectEngine(), 'who downed the regime jet', 'what happened to its crew');
    expect(again.answered).toBe(false);
  });

  it('reads "what came next" as "what next": "came" is no word of the topic', () => {
    const a = last(talk, 'what did holm say about the cost', 'what came next?');
    expect(first(a)).toBe('p3.s2');
    expect(a.reading).toBe("Reading 'next' as what Anna Holm said next");
  });
});

describe('bad and long histories', () => {
  it('takes turns of another knowledge version, or broken ones, as no context', () => {
    const broken = [
      { question: 'who is piet brandt', quoteIds: ['p99.s9', 'nonsense'], qa: 'no-such-entry' },
      { question: 42, quoteIds: null, qa: 7 },
      null,
    ] as unknown as ConversationTurn[];
    const a = talk.answer('what did he say', broken);
    expect(a.status).toBe('answered');
    expect(a.reading).toMatch(/^Reading 'he' as Piet Brandt/);
  });

  it('reads only the latest turns of a hundred, whatever came before', () => {
    const turns: ConversationTurn[] = [];
    for (let i = 0; i < 99; i++)
      turns.push(turnOf(talk.answer(i % 2 ? 'what did the mayor say' : 'who is piet brandt')));
    // The 99th turn (index 98) is about Brandt.
    const a = talk.answer('what did he say after that', turns);
    expect(a.reading).toMatch(/Piet Brandt/);
  });
});

describe('on the real article', () => {
  const engine = projectEngine();

  it('asks who again of a person named by role after a "who" question ("and the US ambassador to the UN?")', () => {
    const a = last(engine, 'who was the US defense spokesman', 'and the US ambassador to the UN?');
    // The sentence that names her, as alone, not her remarks nor the sentence nearest Cook's.
    expect(first(a)).toBe('p10.s1');
    expect(first(a)).toBe(first(engine.answer('who is the US ambassador to the UN')));
  });

  it('reads "hold" as a word of the question unless "hold on" opens the message', () => {
    // The article never says whether the truce held: "hold" is asked, not an opener's filler.
    expect(last(engine, 'what happened to the peace deal', 'did the truce hold after that?').answered).toBe(
      false,
    );
    expect(
      last(engine, 'what happened to the peace deal', 'hold on, who called the UN meeting?').answered,
    ).toBe(true);
  });

  it('reads a bare fragment after a count as a count of it: "and injured?" has no figure', () => {
    // Alone, "injured?" finds Australia's condolences to those "killed or wounded".
    expect(engine.answer('injured?').answered).toBe(true);
    expect(last(engine, 'the observatory says 90+ killed', 'and injured?').answered).toBe(false);
    expect(last(engine, 'how many died per the observatory', 'and wounded?').answered).toBe(false);
    // Whom it turns to ("and the observatory?") or a thing of its own ("and the planes
    // involved?") is no count of them.
    expect(first(last(engine, 'how many died per damascus', 'and the observatory?'))).toBe('p4.s1');
    expect(last(engine, 'how many died', 'and the planes involved?').answered).toBe(true);
  });

  it('reads "and the wounded?" after a count as a count of them: "the" and what befell people names those people', () => {
    // Alone, "the wounded" finds Australia's condolences to those "killed or wounded".
    expect(engine.answer('and the wounded?').answered).toBe(true);
    expect(last(engine, 'how many died in the strike', 'and the wounded?').answered).toBe(false);
    expect(last(engine, 'the observatory says 90+ killed', 'and the injured?').answered).toBe(false);
  });

  it('answers "and X?" with X\'s side of the contested point quoted before, or the claim of X the quote goes on to', () => {
    // The observatory's 90 -> Damascus and Moscow's 62, not the regime's list of equipment.
    const toll = last(engine, 'what did the monitor say', 'and damascus and moscow?');
    expect(first(toll)).toBe('p4.s2');
    // The side just quoted stays in the answer.
    expect(toll.quotes.map((q) => q.id)).toContain('p4.s1');
    // "..., although Damascus has claimed it reclaimed most of the lost ground": the regime's
    // own word on what IS did, not its list of equipment destroyed.
    expect(first(last(engine, 'what did IS do once the raid was over', "and the regime's version?"))).toBe(
      'p6.s1',
    );
    expect(first(last(engine, 'how did IS respond to the bombing', 'and damascus?'))).toBe('p6.s1');
  });

  it('reads "they" after the UN meeting as those at it, not the council that says nothing', () => {
    // The Security Council is only where others speak: "they" is not it, and the correction's
    // "they" still points back, so the question is not asked as it stands (Power at the chamber).
    const a = last(engine, 'where was the UN meeting', 'sorry, where did they talk to reporters');
    expect(a.reading ?? '').not.toMatch(/Security Council/);
    expect(first(a)).toBe('p9.s2');
    const tone = last(
      engine,
      "press weren't allowed into the UN session huh",
      'what about the tone they used outside',
    );
    expect(tone.answered).toBe(true);
    expect(first(tone)).toBe('p9.s2');
  });

  it('reads "why were they unhappy with it" as why the turn before, as sure as it was', () => {
    const a = last(
      engine,
      'what did the russians say about the US explanation',
      'why were they unhappy with it',
    );
    expect(first(a)).toBe('p15.s1');
  });

  it('reads "and other things?" as more of what the question before asked', () => {
    const a = last(engine, 'the syrian army lost tanks in the bombing?', 'and other things?');
    expect(first(a)).toBe('p4.s3');
    expect(a.reading).toMatch(/^Reading this as a follow-up/);
  });

  it('reads "that" before a verb after an auxiliary as pointing back ("what was that referring to")', () => {
    // Alone, "referring" is related to "concerns were voiced" (Peter Cook's words): not asked here.
    // It asks what the words just quoted mean: they answer it again (Churkin's "question mark").
    const a = last(engine, 'churkin mentioned a question mark at some point', 'what was that referring to');
    expect(a.reading).toMatch(/^Reading 'that' as the words that answered/);
    expect(first(a)).toBe('p13.s2');
  });

  it('answers "what did X say after that" with the sentence just quoted when it goes on to what X claimed', () => {
    // "..., although Damascus has claimed it reclaimed most of the lost ground."
    const a = last(engine, 'did IS push the regime troops out', 'what did damascus say after that');
    expect(first(a)).toBe('p6.s1');
    expect(a.reading).toBe("Reading 'after that' as what Syrian government said next");
    // A name that is no subject of the verb ("US support for Islamic State, calling them") is not.
    expect(
      first(last(engine, "what did syria's army call the strikes", 'what did IS say after that')),
    ).toBeNull();
  });

  it.each([
    [
      ['who is vitaly churkin', 'what did he say about the peace effort'],
      'p13.s2',
      "Reading 'he' as Vitaly Churkin",
    ],
    [
      ['how many died according to damascus', 'and the observatory?'],
      'p4.s1',
      /^Reading this as a follow-up/,
    ],
    [['did the US apologize', 'what about australia?'], 'p18.s2', /^Reading this as a follow-up/],
    // "she" is Power, two turns back; "after that" after her words, not Churkin's.
    [
      ['what did power accuse russia of', 'and churkin?', 'what did she say after that'],
      'p11.s2',
      "Reading 'after that' as what Samantha Power said next",
    ],
    // "the other one": the person the article names most often beside Power.
    [
      ['what did power say about russia', 'not her, the other one'],
      'p14.s2',
      /^Reading 'the other one' as Vitaly Churkin/,
    ],
    // "when she spoke" says which moment; the question asks a place.
    [
      ["who's samantha power", 'where was she when she spoke to the press'],
      'p10.s1',
      "Reading 'she' as Samantha Power",
    ],
    // The observatory's figure is not carried to Damascus: Damascus is asked for its own (62).
    [['the observatory says 90 died', 'what about damascus'], 'p4.s2', /^Reading this as a follow-up/],
    // The same question of Damascus, not "what did Damascus say" (which is surer, asking less).
    [
      ['what did the observatory say about deaths', 'what about damascus?'],
      'p4.s2',
      /^Reading this as a follow-up/,
    ],
    [
      ['what did power accuse russia of', 'what did she say after that'],
      'p11.s2',
      "Reading 'after that' as what Samantha Power said next",
    ],
    [['what did the white house say', 'no, i meant the pentagon'], 'p17.s1', /^Reading this as a follow-up/],
    // What the UK said: the article has the word ("UK-based") but no speaker by that name.
    [['what did the pentagon say', 'what about the UK?'], null, /^Reading this as a follow-up/],
    // The answer leads with Churkin's second sentence: "after that" is after his first.
    [
      ['what did churkin say about how washington would react', 'and what did he say right after that?'],
      'p14.s2',
      "Reading 'after that' as what Vitaly Churkin said next",
    ],
    // "one" stands for what was asked about, not a word the article lacks.
    [
      ['who is the US ambassador', 'no the russian one'],
      'p10.s1',
      'Reading \'the russian one\' as Vitaly Churkin, following "who is the US ambassador"',
    ],
    // "why'd" is "why did".
    [
      ['did power call russia hypocritical', "why'd she say that"],
      'p12.s1',
      /^Reading 'why' as what Samantha Power said next/,
    ],
    [
      ['did power call russia hypocritical', 'why did she say that'],
      'p12.s1',
      "Reading 'why' as what Samantha Power said next",
    ],
    // Her words say why she called it a stunt, right after it ("by calling for the UN meeting"):
    // they lead, not what she said next, for a bare "why?" too; not for a word of hers further
    // back.
    [
      ['power said russia pulled a stunt', 'why would she say that'],
      'p11.s1',
      "Reading 'why' as what Samantha Power said next",
    ],
    [
      ['power said russia was grandstanding', 'why would she say that'],
      'p11.s2',
      "Reading 'why' as what Samantha Power said next",
    ],
    [
      ['power said russia pulled a stunt', 'why?'],
      'p11.s1',
      "Reading 'why' as what Samantha Power said next",
    ],
  ] as const)('%j', (questions, expected, reading) => {
    const a = last(engine, ...questions);
    expect(first(a)).toBe(expected);
    expect(a.reading).toMatch(reading);
  });

  it('wants a reading made by the context surer than a question asked in full', () => {
    // "he" is Churkin, but when he became ambassador the article does not say.
    expect(last(engine, 'who is churkin', 'when did he become ambassador').answered).toBe(false);
  });

  it('takes a fragment far surer alone, with no pronoun, as a change of subject', () => {
    // "and the death toll?" after the equipment is the death toll, not the equipment's toll.
    const a = last(engine, 'which equipment was hit', 'and the death toll?');
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
    expect(a.reading).toBeUndefined();
    // A pronoun keeps it a follow-up: "their" is whoever the question before was about.
    expect(last(engine, 'who flew the sortie', 'what were their names').answered).toBe(false);
  });

  it('answers where someone spoke with what is told about them, not with their own words', () => {
    const a = last(engine, 'who is samantha power', 'where did she speak to the press');
    expect(first(a)).toBe('p10.s1');
    expect(a.reading).toBe("Reading 'she' as Samantha Power");
  });

  it('does not read "next" as a word of the question ("next of kin" is family)', () => {
    const a = last(engine, 'power said russia was grandstanding', 'what did she say next');
    expect(first(a)).toBe('p11.s2');
    expect(a.reading).toBe("Reading 'next' as what Samantha Power said next");
  });

  it('answers a new question after "forget him" or "i meant" as it stands, past chat words', () => {
    const dropped = last(
      engine,
      'what did churkin say about the peace effort',
      'forget him, what did australia say',
    );
    const alone = engine.answer('what did australia say');
    expect(dropped.quotes).toEqual(alone.quotes);
    expect(dropped.reading).toBeUndefined();
    const meant = last(
      engine,
      'what did the pentagon say',
      'stupid autocorrect, i meant what did the observatory say',
    );
    expect(meant.quotes[0]?.id).toBe('p4.s1');
    expect(meant.reading).toBe('Reading this as "what did the observatory say"');
  });

  it('answers a change of subject the chat reader drops the words of exactly as alone', () => {
    const question = 'totally different thing, who told reuters about the regret';
    const a = last(engine, 'what did IS do after the strike', question);
    expect(first(a)).toBe('p18.s1');
    expect({ ...a, ms: 0 }).toEqual({ ...engine.answer(question), ms: 0 });
  });

  it('reads "then what did X and Y say" as what they said next, their sentence holding the "say"', () => {
    const a = last(engine, 'how many died per the observatory', 'then what did damascus and moscow say');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toBe("Reading 'then what' as what Syrian government said next");
  });

  it('answers "why?" as the question before asked with "why" when that is surer than the words of whoever answered it', () => {
    // Power's words answered the statement about Russia; Russia's reasons are asked, not what Power said next.
    const a = last(engine, "russia's really angry at washington", 'why exactly?');
    expect(['p16.s1', 'p2.s1', 'p7.s1']).toContain(first(a));
    expect(a.reading).toBe("Reading 'why' as why \"russia's really angry at washington\"");
  });

  it('reads "angry about" a thing as a complaint about it, so "why?" finds what was complained of', () => {
    // "angry about the explanation": Russia slammed the US for being unable to give one, not
    // the outrage Power says Russia never expressed.
    const a = last(engine, 'russia is angry about the US explanation', 'why, what is wrong with it');
    expect(first(a)).toBe('p15.s1');
    expect(first(last(engine, 'the kremlin seems upset over the lack of coordination', 'why'))).toBe(
      'p16.s1',
    );
  });

  it('reads "the highest death toll" as a figure asked for, and "and damascus\'s?" after it as theirs', () => {
    // "highest" picks a figure among the sides; it asks for no word the article lacks.
    const a = last(engine, "what's the highest death toll reported");
    expect(a.answered).toBe(true);
    expect(a.quotes.map((q) => q.id)).toContain('p4.s1');
    expect(first(last(engine, 'who reported the highest death toll', "and damascus's?"))).toBe('p4.s2');
    // A comparison stays a reason asked for, which the article does not give.
    expect(last(engine, 'the observatory says 90 died', "why is moscow's number lower").answered).toBe(false);
  });

  it('reads "stuff" as naming nothing: "the foreign ministry stuff" is the foreign ministry', () => {
    const a = last(engine, 'what did russia say at the un', 'no, the foreign ministry stuff');
    expect(a.quotes[0]?.speaker?.id).toBe('russian-foreign-ministry');
  });

  it('reads "did they manage to ..." as the question before asked of them: "manage" says only how', () => {
    expect(first(last(engine, 'did IS take ground after the raid', 'did they manage to keep it?'))).toBe(
      'p6.s1',
    );
  });

  it('reads "how were they able to do it" as asking how of the deed just quoted: "able" says only how', () => {
    const a = last(engine, 'what did IS do after the raid', 'how were they able to do it');
    expect(a.answered).toBe(true);
    expect(first(a)).toBe('p6.s1');
  });

  it('reads "did they say ..." of the US-led coalition, which says nothing itself, as the US speaking for it', () => {
    const a = last(engine, 'did the coalition hit the syrian troops', 'did they say it was deliberate');
    expect(a.answered).toBe(true);
    expect(['us', 'us-military', 'white-house', 'pentagon', 'cook']).toContain(a.quotes[0]?.speaker?.id);
  });

  it('answers "what is that referring to", "is that right?" with the words just quoted, again', () => {
    const said = last(engine, 'churkin called it a very big question mark');
    const meant = last(engine, 'churkin called it a very big question mark', "what's that referring to");
    expect(meant.answered).toBe(true);
    expect(first(meant)).toBe(first(said));
    expect(meant.reading).toContain("Reading 'that' as the words that answered");
    const right = last(engine, 'who says 62 died', 'is that right?');
    expect(first(right)).toBe(first(last(engine, 'who says 62 died')));
    // The 62 is one side of the toll: whether it is right is every side, the 62 first
    // (follow-up-before.ts everySideOfTheAnswer).
    expect(right.reading).toContain('Reading this as every side of');
    expect(right.quotes.map((q) => q.id)).toContain('p4.s1');
  });

  it('reads "he" after "who was the russian dude" as the person the answer named', () => {
    // The question named no person (Russia, the UN): the person its answer names is whom it asked.
    const a = last(engine, 'who was the russian dude at the UN', "did he stay for power's speech");
    expect(a.reading).toBe("Reading 'he' as Vitaly Churkin");
    expect(a.quotes[0]?.text).toContain('walked out before Power');
    // Not when the question named the person: "she" is no one the answer names besides.
    const b = last(engine, 'who is churkin', 'what did she say');
    expect(b.reading ?? '').not.toContain('Vitaly Churkin');
  });

  it('answers "what did he mean by that" with the words just quoted, though the chat reader drops "mean"', () => {
    const said = last(engine, 'churkin called it a very big question mark');
    const meant = last(engine, 'churkin called it a very big question mark', 'what did he mean by that');
    expect(first(meant)).toBe(first(said));
    expect(meant.reading).toContain("Reading 'that' as the words that answered");
    expect(meant.confidence).toBe(said.confidence);
  });

  it('reads "and the reason it stopped?" as a why of the deed just told', () => {
    const a = last(engine, 'what did the US military say it was aiming at', 'and the reason it stopped?');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toContain('as soon as Moscow raised the alarm');
  });

  it('answers "and the mood afterwards?" with the sentence just quoted when a later clause of it tells it', () => {
    // "While the session itself was closed to the press, representatives of both sides used
    // unusually harsh language ...": the tone is in the clause after the one that answered.
    const a = last(
      engine,
      'were reporters allowed into the security council session',
      'and the mood afterwards?',
    );
    expect(a.answered).toBe(true);
    expect(first(a)).toBe('p9.s2');
    expect(a.reading).toBe("Reading 'afterwards' as what happened next");
  });

  it('reads "the other number" after one side of a contested point as the other side', () => {
    const a = last(engine, 'how many died according to the observatory', 'no, the other number');
    expect(first(a)).toBe('p4.s2');
    expect(a.contested).not.toBeNull();
    expect(first(last(engine, 'who says 90 were killed', 'and the lower figure?'))).toBe('p4.s2');
  });

  it('reads a subject "it" before a verb as the body the turn before was about, when that reads surer', () => {
    const a = last(
      engine,
      'what did the russian foreign ministry put out',
      'what other digs did it take at the US representatives',
    );
    expect(first(a)).toBe('p15.s1');
    expect(a.reading).toBe("Reading 'it' as Russian Foreign Ministry");
  });

  it('reads "that country\'s military" as the body under the country the answer before named', () => {
    const a = last(
      engine,
      'which other country had jets in the strike',
      "what did that country's military say",
    );
    expect(first(a)).toBe('p19.s1');
    expect(a.reading).toBe("Reading 'that country's military' as Australian military");
  });

  it('reads a question word that closes the message as the question asked ("... from where")', () => {
    const a = last(engine, 'who is samantha power', 'and she made her remarks from where');
    expect(first(a)).toBe('p10.s1');
    expect(asksPlaceOrTime(['the', 'raid', 'started', 'when'])).toBe(true);
    expect(asksPlaceOrTime(['what', 'did', 'she', 'say'])).toBe(false);
  });

  it('reads a phrase after "and" in the place of the phrase of the question before ("on the ground" -> "in the air")', () => {
    const a = last(engine, 'what did IS do on the ground after the strike', 'and in the air?');
    expect(first(a)).toBe('p8.s1');
    expect(a.reading).toMatch(/^Reading this as a follow-up/);
  });

  it('refuses "what about X" when X is a word the article does not have at all', () => {
    const a = last(engine, 'did australia take part', 'what about canada, did they take part?');
    expect(a.answered).toBe(false);
    expect(a.reading).toMatch(/^Reading /);
  });

  it('reads a figure after "who said" as the question before asked of it, not as a name of someone silent', () => {
    // "62" is no name-like word for someone who says nothing (as "the UK" is).
    expect(first(last(engine, 'who said 90 died', 'and 62?'))).toBe('p4.s2');
  });

  it('answers "and X?" with the sentence just quoted when it goes on to what X did meanwhile', () => {
    // "... while her Russian colleague Vitaly Churkin addressed the diplomats inside."
    expect(first(last(engine, 'where did power speak to the press', 'churkin?'))).toBe('p10.s1');
    expect(first(last(engine, 'where was power when she spoke to reporters', 'churkin meanwhile?'))).toBe(
      'p10.s1',
    );
  });

  it('takes a name after an auxiliary ("has Russia expressed outrage") for no one doing what the verb says', () => {
    const corpus = buildCorpus(engine.kb);
    const vocab = vocabularyOf(corpus);
    const acts = (text: string, who: string) => saysInline(corpus, vocab, text, who, true);
    expect(acts('Vitaly Churkin addressed the diplomats inside.', 'churkin')).toBe(true);
    expect(acts('Yet in the face of none of these atrocities has Russia expressed outrage.', 'russia')).toBe(
      false,
    );
    // Only verbs of speaking without `acts`.
    expect(saysInline(corpus, vocab, 'Vitaly Churkin addressed the diplomats inside.', 'churkin')).toBe(
      false,
    );
  });

  it('answers as it stands a follow-up too unsure in context that alone is far surer from the paragraph answered before', () => {
    // "They added that the strike was aborted ...", beside the sentence on the target.
    const a = last(engine, 'what did the US military say it was targeting', 'when did they abort it');
    expect(first(a)).toBe('p5.s2');
    expect(a.reading).toBeUndefined();
    // Alone, the duration of the raid: another paragraph than Churkin's, so no answer.
    expect(last(engine, 'who is churkin', 'how long has he been in that post').answered).toBe(false);
    // Nor a why: "closed to the press" tells what happened, not why.
    expect(last(engine, 'was the UN meeting closed to the press', 'why was it closed?').answered).toBe(false);
  });

  it("takes a verb of speaking after someone else named for theirs, not the pronoun's", () => {
    // Power speaks, not he: his walking out, not his own words, answers.
    const a = last(
      engine,
      'what role does vitaly churkin have',
      'did he stay in the room when power was about to speak',
    );
    expect(first(a)).toBe('p13.s1');
    expect(a.reading).toBe("Reading 'he' as Vitaly Churkin");
  });

  it('reads the writer\'s own verb after whom "what else" asks about as how they went on', () => {
    // "threw" is no word of the article: what Power said next, not a topic it lacks.
    const a = last(engine, 'power said russia was grandstanding', 'anything else she threw at them?');
    expect(first(a)).toBe('p11.s2');
    expect(a.reading).toBe("Reading 'anything else' as what Samantha Power said next");
    expect(
      first(last(engine, 'power said russia was grandstanding', 'what else did she throw at them?')),
    ).toBe('p11.s2');
  });

  it('reads "anything else in their statement" as "what else", a possessive naming whom', () => {
    // Australia's other sentence, not its condolences again.
    const a = last(engine, 'what did australia offer', 'anything else in their statement?');
    expect(first(a)).toBe('p19.s1');
  });

  it('reads a bare "and anyone else?" after a deed on no asked point as who else did it', () => {
    // The US regret is a side of whether the strike was meant, but the question asked who
    // expressed regret: Australia's condolences, not Russia's accusation.
    const a = last(engine, 'did the US express regret?', 'and anyone else?');
    expect(first(a)).toBe('p18.s2');
  });

  it('refuses "what did X say" in a follow-up when X is no speaker of the article, as alone', () => {
    // "UK" is only in "the UK-based Syrian Observatory".
    const a = last(engine, 'how many died', 'and what did the UK say about that?');
    expect(a.answered).toBe(false);
  });

  it('refuses "what about X, did he say anything" when X says nothing in the article, though a sentence names him', () => {
    const a = last(engine, "what did syria's army say", 'what about assad, did he say anything');
    expect(a.answered).toBe(false);
    expect(a.reading).toBe('Reading this as what Bashar al-Assad said');
    // Churkin does speak: the question before asked of him, as "what about churkin?" is.
    expect(first(last(engine, 'what did power say', 'what about churkin, did he say anything'))).toBe(
      first(last(engine, 'what did power say', 'what about churkin?')),
    );
  });

  it('answers "why did she think so" with what she said next, as sure as the answer it asks about', () => {
    // The turn before was answered by a curated entry: its sentence is as sure as it was then.
    const a = last(engine, "samantha power said russia's un move was a stunt", 'why did she think so?');
    expect(first(a)).toBe('p12.s1');
    expect(a.reading).toBe("Reading 'why' as what Samantha Power said next");
  });

  it('reads "why them?" as the reasons of whom it points at, not of someone the question before named', () => {
    // The US's regret answers "why did anyone besides the US apologize" surer, but is not about them.
    const a = last(engine, 'did anyone else besides the americans apologise', 'australia?', 'why them?');
    expect(first(a)).toBe('p18.s2');
  });

  it('reads "the russian side" as what Russia says, as "russia\'s side" is: "side" is no topic', () => {
    const a = last(engine, 'how many were killed according to the monitor', 'and the russian side?');
    expect(first(a)).toBe('p4.s2');
    expect(a.reading).toMatch(/^Reading this as a follow-up/);
  });

  it('reads a correction whose words the chat reader drops ("i mean the raid") as a correction', () => {
    const a = last(engine, 'how long did the council session go on', 'ugh i mean the raid');
    expect(first(a)).toBe('p4.s1');
    // A question word alone asks the question before that way.
    expect(first(last(engine, 'who downed the plane', 'i mean when'))).toBe('p8.s1');
  });

  it('keeps both sides of a contested point in a follow-up', () => {
    const a = last(engine, 'what happened near deir el-zour on saturday', 'how many did it kill');
    expect(a.contested?.id).toBe('death-toll');
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p4.s1', 'p4.s2']));
  });

  it('answers the last of a long conversation as fast to read as a short one: only the last turns count', () => {
    const turns = Array.from({ length: 100 }, () => turnOf(engine.answer('how long did the raid last')));
    const short = engine.answer('and where?', turns.slice(-1));
    const long = engine.answer('and where?', turns);
    expect({ ...long, ms: 0 }).toEqual({ ...short, ms: 0 });
  });
});

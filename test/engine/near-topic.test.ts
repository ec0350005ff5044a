/**
 * Near-topic abstention and both sides (issue 11), each mechanism on the made-up lighthouse
 * article (test/fixtures/tiny):
 *   p1.s1 The Kestrel Point lighthouse reopened to visitors on Saturday after three years of repairs, the town council said.
 *   p2.s1 Mayor Elena Varga said the restoration cost 2.4 million euros, most of it paid by a regional heritage fund.
 *   p2.s2 Local fishermen had asked for the light to be restored after two boats ran aground on the reef in 2017.
 *   p3.s1 The tower is open from Thursday to Sunday, and tickets cost five euros.
 *   p3.s2 More than 900 people climbed its 212 steps on the first weekend, according to the Kestrel Point Heritage Society.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { durationMissing, durationOfNamedMissing, personMissing } from '../../src/engine/answer-type.ts';
import { pointInOtherWords } from '../../src/engine/contested.ts';
import { type ConversationTurn, turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import {
  claimSubjectMissing,
  countedHeld,
  countsOnlyOthers,
  deadOfOthers,
  decide,
  whoseWords,
} from '../../src/engine/decide.ts';
import { rank } from '../../src/engine/rank.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/** A fixture's corpus, as the engine builds it. */
function corpusOf(dir: string) {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return buildCorpus(loaded.kb);
}

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);
const corpus = corpusOf(TINY);
/** Two figures for the dead (contested point "toll"); built once for every describe below. */
const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
const toll = corpusOf(TOLL);
const tollEngine = loadEngine(TOLL);

describe('whoseWords: whose words a question asks for', () => {
  it('reads "what did X say" and the yes-or-no "did X comment"', () => {
    expect(whoseWords('what did the mayor say about the fund')).toEqual({
      whose: ['the', 'mayor'],
      yesNo: false,
    });
    // "comment on the repairs" asks whether the governor said anything on them: his own words.
    expect(whoseWords('did the governor ever comment on the repairs')).toEqual({
      whose: ['the', 'governor'],
      yesNo: true,
      anything: true,
    });
    expect(whoseWords('did the governor say the repairs were done')).toEqual({
      whose: ['the', 'governor'],
      yesNo: true,
      anything: false,
    });
    expect(whoseWords('did the tower reopen on saturday')).toBeNull();
  });

  it('reads a negated "didn\'t X say anything" as asking X\'s words', () => {
    expect(whoseWords('did not the governor himself say anything')).toEqual({
      whose: ['the', 'governor', 'himself'],
      yesNo: true,
      anything: true,
    });
    expect(whoseWords("didn't the governor say anything")).toEqual({
      whose: ['the', 'governor'],
      yesNo: true,
      anything: true,
    });
  });

  it('reads "what X himself said" with no auxiliary only with a reflexive', () => {
    expect(whoseWords('a source on what the governor himself said about it')).toEqual({
      whose: ['the', 'governor'],
      yesNo: false,
      bare: true,
    });
    expect(whoseWords('a source on what the governor said about it')).toBeNull();
    expect(whoseWords('what it personally said')).toBeNull();
  });
});

describe('claimSubjectMissing: "who said X is Y" asks who said it of X', () => {
  const cost = 'p2.s1';
  const words = (q: string) => q.split(' ');

  it('refuses a quote that says the predicate of something else ("the reef was paid by a fund")', () => {
    expect(claimSubjectMissing(corpus, words('who said the reef was paid by a regional fund'), [cost])).toBe(
      true,
    );
  });

  it('leaves a held subject, a pronoun and a name to the other checks', () => {
    expect(
      claimSubjectMissing(corpus, words('who said the restoration cost 2.4 million euros'), [cost]),
    ).toBe(false);
    expect(claimSubjectMissing(corpus, words('who said it cost 2.4 million euros'), [cost])).toBe(false);
    expect(claimSubjectMissing(corpus, words('who said kestrel point was paid by a fund'), [cost])).toBe(
      false,
    );
  });
});

describe('a yes-or-no question about the words of someone the article does not have', () => {
  it('is not their words when the name is unknown, whatever the rest matches', () => {
    const notTheirs = (q: string) => decide(corpus, corpus.analyzer.analyzeQuery(q)).notTheirWords;
    expect(notTheirs('did the governor comment on the restoration cost')).toBe(true);
    expect(notTheirs('has obama ever said how much the restoration cost')).toBe(true);
    // A speaker the article has, or one it has under another name, is left to the quotes.
    expect(notTheirs('did the mayor comment on the restoration cost')).toBe(false);
    expect(engine.answer('did the mayor comment on the restoration cost').status).toBe('answered');
  });

  it('is the article itself when asked of "the piece", "the text", "the author"', () => {
    const notTheirs = (q: string) => decide(corpus, corpus.analyzer.analyzeQuery(q)).notTheirWords;
    expect(notTheirs('does the piece say how much the restoration cost')).toBe(false);
    expect(notTheirs('did the author say how much the restoration cost')).toBe(false);
    expect(notTheirs('did the governor say how much the restoration cost')).toBe(true);
  });
});

/**
 * test/fixtures/tiny-asked: the keeper, Tomas Brandt, is a person the article names and never
 * quotes ("Tomas Brandt has been the keeper of the lamp since 1990").
 */
describe('a yes-or-no question whether someone the article names said anything at all', () => {
  const asked = corpusOf(resolve(import.meta.dirname, '../fixtures/tiny-asked'));
  const notTheirs = (q: string) => decide(asked, asked.analyzer.analyzeQuery(q)).notTheirWords;

  it('reads "did X say anything", "did X comment" as asking whether X said anything', () => {
    expect(whoseWords('did brandt say anything about the repairs')?.anything).toBe(true);
    expect(whoseWords('did brandt himself comment')?.anything).toBe(true);
    expect(whoseWords('did brandt say the lamp was inspected')?.anything).toBe(false);
  });

  it('is not their words when no quote is theirs', () => {
    expect(notTheirs('did tomas brandt say anything about the repairs')).toBe(true);
    expect(notTheirs('did brandt himself comment')).toBe(true);
    expect(notTheirs("didn't brandt himself say anything")).toBe(true);
    expect(notTheirs('anyone have a source on what brandt himself said')).toBe(true);
  });

  it('leaves a claim asked of them to the quotes ("did X say the lamp was inspected")', () => {
    expect(notTheirs('did brandt say the lamp was inspected')).toBe(false);
  });
});

describe('a pronoun after a question asking a person by a role the article does not name', () => {
  it('is that person, and the article has no words of theirs', () => {
    // "he" is read as Kestrel Point, the name of the question before; the president is no one
    // the article names.
    const answer = engine.answer('who is the president of kestrel point and what did he say');
    expect(answer.status).toBe('not-in-article');
  });

  it('a role the article names a person for is answered', () => {
    expect(engine.answer('who is the mayor of kestrel point and what did she say').status).toBe('answered');
  });
});

/** test/fixtures/tiny-toll (below), whose first sentence gives a length: "40 minutes after it sailed". */
describe('a fragment quoted word for word with "how long" asked of it', () => {
  it('is refused when no quote gives a length', () => {
    expect(tollEngine.answer('"put the death toll at 30" how long did that count take').status).toBe(
      'not-in-article',
    );
  });

  it('not when a quote gives one ("40 minutes after it sailed")', () => {
    expect(tollEngine.answer('"40 minutes after it sailed" how long was that').status).toBe('answered');
  });
});

/**
 * test/fixtures/tiny-toll, whose sources give two figures for the dead (contested point "toll"):
 *   p2.s1 A ferry sank off the Norland coast 40 minutes after it sailed on Sunday, and 12 Norland passengers died, the coastguard said.
 *   p3.s1 Opposition leaders put the death toll at 30.
 */
describe('a figure a side claims makes the question about its contested point', () => {
  const toll = tollEngine;

  it('quotes every side when the question gives a side\'s figure ("were 12 killed")', () => {
    const answer = toll.answer('were 12 killed');
    expect(answer.quotes.map((q) => q.id)).toEqual(['p2.s1', 'p3.s1']);
    expect(answer.contested?.id).toBe('toll');
  });

  it('not for a figure of something else in a side\'s sentence ("40 minutes")', () => {
    const answer = toll.answer('did the ferry sink 40 minutes after it sailed');
    expect(answer.quotes.map((q) => q.id)).toEqual(['p2.s1']);
    expect(answer.contested ?? null).toBeNull();
  });
});

describe('what every side of a point says makes the question about it, when no topic is asked', () => {
  const toll = tollEngine;

  it('quotes every side of the toll for the dead, though the question words no topic', () => {
    for (const q of ['casualties off the norland coast?', 'what about the dead off the norland coast']) {
      const answer = toll.answer(q);
      expect(answer.contested?.id).toBe('toll');
      expect(answer.quotes.map((x) => x.id)).toEqual(['p2.s1', 'p4.s2']);
    }
  });

  it('not when the question holds nothing every side says ("how long after it sailed")', () => {
    const answer = toll.answer('how long after it sailed did the ferry sink');
    expect(answer.contested ?? null).toBeNull();
  });
});

describe('what "how many" counts, word by word: a word of several senses is held by any', () => {
  const countMissing = (q: string) => decide(toll, toll.analyzer.analyzeQuery(q)).countMissing;

  it('"travellers" (passengers or tourists) is counted by "12 passengers died"', () => {
    expect(countMissing('how many travellers died')).toBe(false);
    expect(
      countedHeld(
        toll,
        { counted: ['c:passengers', 'c:tourists'], words: ['travellers'] },
        (t) => t === 'c:passengers',
      ),
    ).toBe(true);
  });

  it('a word of one sense is still missing ("tourists": the dead are passengers)', () => {
    expect(
      countedHeld(toll, { counted: ['c:tourists'], words: ['tourists'] }, (t) => t === 'c:passengers'),
    ).toBe(false);
  });
});

describe('a question that weighs sides asks for every side of the point its quotes are on', () => {
  // tiny-toll's synonym group "disagree" holds "dispute", "deny", "who is right".
  const toll = tollEngine;
  const ids = (q: string) => toll.answer(q).quotes.map((quote) => quote.id);

  it('in the question itself, though no sentence has its words ("who is right")', () => {
    expect(ids('what did the coastguard say about the sinking')).toEqual(['p2.s1']);
    expect(ids('what did the coastguard say about the sinking? who is right')).toEqual(['p2.s1', 'p3.s1']);
  });

  it('in a follow-up, whatever its reading keeps of its words ("does the minister deny that")', () => {
    const turns: ConversationTurn[] = [turnOf(toll.answer('what did the coastguard say'))];
    const a = toll.answer('does the minister deny that', turns);
    // Read as a turn about the answer just given ("that": the coastguard's words), as a follow-up.
    expect(a.reading).toMatch(/'that' as the words that answered "what did the coastguard say"/);
    expect(a.contested?.id).toBe('toll');
    expect(a.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(['p2.s1', 'p4.s2']));
  });

  it('in another question of the message, which has no answer of its own', () => {
    expect(
      ids('what did the coastguard say about the sinking? does the harbour master deny the coastguard'),
    ).toEqual(['p2.s1', 'p3.s1']);
  });
});

describe('a side added is the quote of a speaker the question names', () => {
  // tiny-toll's 30 is the opposition's (p3.s1) and the minister's (p4.s2, "Vale also put the toll at 30.").
  const toll = tollEngine;
  const ids = (q: string) => toll.answer(q).quotes.map((quote) => quote.id);

  it("the minister's 30 when the question names him, else the side's first", () => {
    expect(ids('12 passengers died according to the coastguard, or 30 as the minister says?')).toEqual([
      'p2.s1',
      'p4.s2',
    ]);
    expect(ids('did the coastguard say 12 passengers died? does anyone deny it')).toEqual(['p2.s1', 'p3.s1']);
  });
});

describe('deadOfOthers: whose dead a question names, against whom the quotes count', () => {
  const others = (q: string) => {
    const analysis = toll.analyzer.analyzeQuery(q);
    return deadOfOthers(toll, analysis.words, analysis.free, ['p2.s1', 'p3.s1']);
  };

  it('refuses dead of a kind the knowledge has no word for ("civilian casualties")', () => {
    expect(others('what did the coastguard say about civilian casualties')).toBe(true);
  });

  it('refuses the dead of a group the figures do not count ("12 Norland passengers")', () => {
    expect(others('what were estland casualties')).toBe(true);
    expect(others('what were norland casualties')).toBe(false);
  });

  it('leaves the dead unnamed, and a verb with its object, alone', () => {
    expect(others('what did the coastguard say about the casualties')).toBe(false);
    expect(others('did the storm kill civilian passengers')).toBe(false);
  });
});

describe('countsOnlyOthers: whose number "how many" asks, against whom the figures count', () => {
  const others = (q: string) =>
    countsOnlyOthers(toll, toll.analyzer.analyzeQuery(q).words, ['p2.s1', 'p3.s1']);
  const engine = tollEngine;

  it('refuses a count of some answered by a figure of others ("12 Norland passengers")', () => {
    expect(others('how many estland passengers were on board')).toBe(true);
    expect(engine.answer('how many estland passengers were on board').status).not.toBe('answered');
  });

  it('leaves their own figure, an unnamed count, and whoever says the number alone', () => {
    expect(others('how many norland passengers died')).toBe(false);
    expect(others('how many passengers died')).toBe(false);
    expect(others('how many did estland say died')).toBe(false);
  });
});

describe('durationMissing: the length given is of what "how long" asks', () => {
  const missing = (q: string) => durationMissing(toll, q.split(' '), ['p2.s1']);

  it('"40 minutes after it sailed" is the ferry\'s, not the minister\'s time in office', () => {
    expect(missing('how long did the ferry sail before it sank')).toBe(false);
    expect(missing('how long had the minister been in office before the sinking')).toBe(true);
  });

  it('"how long were the tourists going at it" asks the length of the doing, not of the doers', () => {
    expect(missing('how long were the tourists going at it')).toBe(false);
    expect(missing('how long was the minister in office')).toBe(true);
  });

  it('"how long were the tourists overhead" asks the length of their being up there', () => {
    expect(missing('how long were the tourists overhead')).toBe(false);
    expect(missing('how long the tourists were in the air')).toBe(false);
    // Not any place: "there" says nothing of a flight.
    expect(missing('how long were the tourists there')).toBe(true);
  });

  it('"how long has he been president" asks how long a state has held: the quote must name it', () => {
    // The perfect of "be" and a state after it, a word the fixture has or not.
    expect(missing('how long has he been president')).toBe(true);
    expect(missing('how long has she been minister')).toBe(true);
    expect(missing('how long he is been in that office')).toBe(true);
    // A deed in -ing is the doing measured; "since" ends what is measured.
    expect(missing('how long had the ferry been sailing')).toBe(false);
    expect(missing('how long has it been since the ferry sailed')).toBe(false);
    expect(missing('how long had it been in the air')).toBe(false);
  });

  it('"how long was he president": the past of "be" after a person asks a state held then', () => {
    expect(missing('how long was he president')).toBe(true);
    expect(missing('how long was she minister')).toBe(true);
    // No person: the length of the thing itself; a person in the air is a flight.
    expect(missing('how long was the crossing')).toBe(false);
    expect(missing('how long was he in the air')).toBe(false);
  });

  it('"how long was the treaty meant to last": the plan is no part of what is measured', () => {
    expect(missing('how long was the minister meant to stay')).toBe(true);
    expect(missing('how long was the ferry supposed to sail')).toBe(false);
  });

  it('asks nothing of "how long did it last", nor of the time measured against', () => {
    expect(missing('how long did it last')).toBe(false);
    expect(missing('how long before the minister spoke')).toBe(false);
  });
});

describe('durationOfNamedMissing: a "how long" pronoun measures what the question before named', () => {
  const missing = (q: string, before: string) =>
    durationOfNamedMissing(toll, q.split(' '), before.split(' '), ['p2.s1']);

  it("reads the pronoun as the question before's own words", () => {
    expect(missing('how long did he stay', 'who is the minister')).toBe(true);
    expect(durationMissing(toll, 'how long did he stay'.split(' '), ['p2.s1'])).toBe(false);
    expect(missing('how long did it sail', 'when did the ferry sink')).toBe(false);
  });

  it('leaves a question whose pronoun is not what is measured', () => {
    expect(missing('how long did the ferry sail', 'who is the minister')).toBe(false);
  });
});

describe('personMissing: the person a quote names holds the role asked', () => {
  // tiny-toll's p4.s2 "Vale also put the toll at 30." names Erik Vale, Norland's transport minister.
  const missing = (q: string) => personMissing(toll, q.split(' '), null, ['p4.s2']);

  it('a minister asked is answered by the minister, by his role, though the sentence does not say it', () => {
    expect(missing('which minister put the toll at 30')).toBe(false);
  });

  it('a general asked is not, though the quote names a person', () => {
    expect(missing('which general put the toll at 30')).toBe(true);
  });
});

/**
 * test/fixtures/tiny-cause, one of whose sentences holds two contested claims:
 *   p2.s1 A ferry sank off the Norland coast on Sunday, and 12 passengers died, the coastguard said.
 *   p3.s1 The ferry company, which blames a freak wave, put the death toll at 9.   (toll and cause)
 *   p4.s1 Norland's transport minister Erik Vale said the ferry was overloaded with tourists.
 * "cause" is a reason point (`reason: true` in its contested.yaml).
 */
describe('a sentence that is a side of two points, and a "why" asking a reason point', () => {
  const cause = loadEngine(resolve(import.meta.dirname, '../fixtures/tiny-cause'));
  const answer = (q: string) => {
    const a = cause.answer(q);
    return { ids: a.quotes.map((quote) => quote.id), point: a.contested?.id ?? null };
  };

  it('the point the question asks about is quoted, of the two its sentence is a side of', () => {
    expect(answer('how many died according to the company')).toEqual({
      ids: ['p3.s1', 'p2.s1'],
      point: 'toll',
    });
    expect(answer('was the ferry overloaded')).toEqual({ ids: ['p4.s1', 'p3.s1'], point: 'cause' });
  });

  it('"why" answered by a side of a reason point gets the other side, though no word of its topic is asked', () => {
    expect(answer('why did the company blame a wave')).toEqual({ ids: ['p3.s1', 'p4.s1'], point: 'cause' });
  });

  it('without "why" the same sentence is quoted alone', () => {
    expect(answer('what does the company blame')).toEqual({ ids: ['p3.s1'], point: null });
  });

  it('sides weighed of such a sentence ask the point whose topic the question holds more of', () => {
    expect(answer('"blames a freak wave" - so was it overloaded, does anyone dispute that')).toEqual({
      ids: ['p3.s1', 'p4.s1'],
      point: 'cause',
    });
  });
});

describe('"yet" after a perfect tense asks what came after the story', () => {
  it('is refused when no quote says "yet"', () => {
    expect(engine.answer('has the restoration been paid by the heritage fund yet').answered).toBe(false);
  });

  it('without "yet", or asking what someone has said, it is answered', () => {
    expect(engine.answer('has the restoration been paid by the heritage fund').answered).toBe(true);
    expect(engine.answer('has the mayor said what the restoration cost yet').answered).toBe(true);
  });
});

describe('a point whose topic names someone is asked in other words only by a question naming them', () => {
  // The ferry article (test/fixtures/tiny-ferry), its point's topic naming Norland: the storm
  // alone weighs most of it, as "support" does of "Support by Washington".
  const FERRY = resolve(import.meta.dirname, '../fixtures/tiny-ferry');
  const loaded = loadKnowledge(FERRY);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  const contested = loaded.kb.contested.map((c) => ({ ...c, topic: "Norland's storm" }));
  const ferry = buildCorpus({ ...loaded.kb, contested });
  const point = (q: string) => {
    const analysis = ferry.analyzer.analyzeQuery(q);
    return pointInOtherWords(ferry, analysis, rank(ferry, analysis))?.id ?? null;
  };

  it('is the point when the question names them', () => {
    expect(point('did norland blame a storm')).toBe('cause');
  });

  it('is not when it does not, however much of the topic it holds', () => {
    expect(point('a storm?')).toBeNull();
    expect(point('storm or not')).toBeNull();
  });
});

describe('a further question leaning on what the article lacks', () => {
  const parts = (q: string) => engine.answer(q).parts?.map((p) => p.answered);

  it('is refused when its pronoun points at someone the question before named and the article lacks', () => {
    // Alone, "how much did he say ..." is the mayor's cost; here "he" is the governor.
    expect(engine.answer('did the governor complain? how much did he say the repairs cost').status).toBe(
      'not-in-article',
    );
    expect(engine.answer('the bishop blessed the tower right? when did he say it reopened').status).toBe(
      'not-in-article',
    );
  });

  it('is refused when that someone is a name no dictionary has', () => {
    expect(engine.answer('did zbigniew visit? how much did he say the restoration cost').status).toBe(
      'not-in-article',
    );
  });

  it('is refused when the question before quoted words no sentence holds', () => {
    expect(
      engine.answer("'a long overdue gift' is what they called it right? who did they say paid for it")
        .status,
    ).toBe('not-in-article');
  });

  it('is answered when it names whom its pronoun is', () => {
    expect(parts('did the bishop bless the tower? how much did the mayor say she paid')).toEqual([
      false,
      true,
    ]);
  });

  it('is answered when the question before named someone the article has', () => {
    expect(parts('did the mayor complain? how much did she say the restoration cost')).toEqual([false, true]);
    expect(
      parts("'three years of repairs' is what they called it right? who did they say paid for it"),
    ).toEqual([true, true]);
  });
});

describe('a why of what a quote tells without a reason (answer-type.ts reasonUntold)', () => {
  const asked = (q: string) => decide(corpus, corpus.analyzer.analyzeQuery(q)).askedMissing;

  it('is refused when the first quote tells just what is asked and no quote shown gives a reason', () => {
    // p3.s1 tells the hours and the price, and why neither.
    expect(asked('why is the tower open from thursday to sunday')).toBe(true);
    expect(engine.answer('why do tickets cost five euros').status).toBe('not-in-article');
    // p2.s2 gives one: "after two boats ran aground on the reef".
    expect(engine.answer('why did the fishermen ask for the light to be restored').answered).toBe(true);
  });

  it('is refused when asked of a name alone by a word the knowledge never uses', () => {
    // Nothing tells why Kestrel Point matters; "famous" is no word of the knowledge.
    expect(asked('why is kestrel point so famous')).toBe(true);
    // A why of a name with a word the knowledge has is still read as before.
    expect(asked('why did the mayor say the restoration cost 2.4 million euros')).toBe(false);
  });

  it('is refused when names are joined by a verb of being alone ("why is X even in Y")', () => {
    // Nothing tells why Varga is the mayor: a name, "is" and a name.
    expect(asked('why is varga even the mayor')).toBe(true);
    // A verb or a word of the knowledge besides the names is read as before.
    expect(asked('why did the mayor say the restoration cost 2.4 million euros')).toBe(false);
  });

  it("is not a why of someone's words: what they said is their reason", () => {
    expect(asked('why are tickets five euros')).toBe(true);
    expect(asked('why did the mayor say the restoration cost 2.4 million euros')).toBe(false);
  });
});

describe('a fragment after a question that only places it later than the story', () => {
  it('refuses the question before when its quotes say nothing of that later time', () => {
    expect(engine.answer('how many people climbed the steps?').status).toBe('answered');
    expect(engine.answer('how many people climbed the steps? like a week later?').status).toBe(
      'not-in-article',
    );
    expect(engine.answer('did the tower reopen? or days later?').status).toBe('not-in-article');
  });

  it('leaves a second question of its own alone', () => {
    const answer = engine.answer('how many people climbed the steps? and how much did the repairs cost?');
    expect(answer.parts?.map((p) => p.answered)).toEqual([true, true]);
  });
});

/**
 * Near-topic abstention (issue 11): whose words a question asks, when the words or the speaker
 * are not the article's. On the made-up lighthouse article (test/fixtures/tiny):
 *   p2.s1 The Kestrel Point lighthouse reopened to visitors on Saturday after three years of repairs, the town council said.
 *   p3.s1 Mayor Elena Varga said the restoration cost 2.4 million euros, most of it paid by a regional heritage fund.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { subsetNotAttached } from '../../src/engine/answer-type.ts';
import { pointInOtherWords, withEverySide } from '../../src/engine/contested.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import {
  claimSubjectMissing,
  countsOnlyOthers,
  decide,
  earlierFragmentNotHeld,
  fragmentNotHeld,
  whoseWords,
} from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { matchKey } from '../../src/text/normalize.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);
const loaded = loadKnowledge(TINY);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) => q.split(' ');

describe('fragmentNotHeld: "who said" a quoted fragment the article does not have', () => {
  it('refuses when no sentence holds the fragment and the question asks who said it', () => {
    expect(fragmentNotHeld({ words: words('who said that'), quoted: ['the tower will close'] }, false)).toBe(
      true,
    );
  });

  it('refuses when asked yes or no whether someone said the words quoted, pointed back to', () => {
    const quoted = ['the tower will close'];
    expect(
      fragmentNotHeld({ words: words('the tower will close did the mayor say that'), quoted }, false),
    ).toBe(true);
    expect(
      fragmentNotHeld({ words: words('the tower will close did anyone call it that'), quoted }, false),
    ).toBe(true);
    expect(
      fragmentNotHeld({ words: words('the tower will close did the mayor really say that'), quoted }, true),
    ).toBe(false);
    // Whether a thing was said, in any words: the words after the verb say what.
    expect(
      fragmentNotHeld(
        { words: words('the tower will close did the mayor say the tower will close'), quoted },
        false,
      ),
    ).toBe(false);
  });

  it('leaves a fragment a sentence holds, and a question that asks something else', () => {
    expect(fragmentNotHeld({ words: words('who said that'), quoted: ['regional heritage fund'] }, true)).toBe(
      false,
    );
    expect(
      fragmentNotHeld({ words: words('what is meant by that'), quoted: ['the tower will close'] }, false),
    ).toBe(false);
  });

  it('the engine refuses a misquote and answers a quote it has, or one remembered a word wrong', () => {
    expect(engine.answer("'the lighthouse will never reopen' who said that").answered).toBe(false);
    expect(engine.answer("who said 'a regional heritage fund'").quotes[0]?.id).toBe('p3.s1');
    expect(engine.answer("who said 'paid by a regional heritage find'").quotes[0]?.id).toBe('p3.s1');
    expect(engine.answer("'the lighthouse will never reopen' did the mayor say that").answered).toBe(false);
    expect(engine.answer("'a regional heritage fund' did the mayor say that").quotes[0]?.id).toBe('p3.s1');
  });
});

describe('earlierFragmentNotHeld: "who said that?" after a turn that quoted words', () => {
  const fund = [matchKey('paid by a regional heritage fund')];
  const misquote = [matchKey('a waste of public money')];

  it('refuses when the turn before quoted words no sentence holds', () => {
    expect(earlierFragmentNotHeld(corpus, words('who said that'), misquote, ['p3.s1', 'p2.s1'])).toBe(true);
  });

  it('leaves words a sentence holds, a question asking something else, and no pointing word', () => {
    expect(earlierFragmentNotHeld(corpus, words('who said that'), fund, ['p3.s1'])).toBe(false);
    expect(
      earlierFragmentNotHeld(
        corpus,
        words('who said that'),
        [matchKey('paid by a regional heritage find')],
        ['p3.s1'],
      ),
    ).toBe(false);
    expect(earlierFragmentNotHeld(corpus, words('when was that'), misquote, ['p3.s1'])).toBe(false);
    expect(earlierFragmentNotHeld(corpus, words('who said the tower reopened'), misquote, ['p2.s1'])).toBe(
      false,
    );
  });

  it('the engine refuses the follow-up', () => {
    const first = engine.answer("someone called the repairs 'a waste of public money'");
    expect(engine.answer('who said that?', [turnOf(first)]).answered).toBe(false);
  });
});

describe('whoseWords: "did X speak on / comment about it" asks whether X said anything of it', () => {
  it('reads speaking and talking as saying, and "on / about" after as anything', () => {
    expect(whoseWords('did the governor speak on the repairs')).toEqual({
      whose: ['the', 'governor'],
      yesNo: true,
      anything: true,
    });
    expect(whoseWords('did the mayor talk about the cost')?.anything).toBe(true);
    expect(whoseWords('did the mayor comment on it')?.anything).toBe(true);
    expect(whoseWords('did the mayor say the fund paid')?.anything).toBe(false);
  });

  it('the engine refuses one with no words in the article, and answers one with some', () => {
    expect(engine.answer('did the governor himself speak on the lighthouse?').answered).toBe(false);
    expect(engine.answer('did the mayor speak about the restoration cost?').answered).toBe(true);
  });
});

describe('whoseWords: the speaker before the auxiliary ("what turkey government has said")', () => {
  it('reads whose words with the auxiliary after the name', () => {
    expect(whoseWords('what the governor has said about the repairs')).toEqual({
      whose: ['the', 'governor'],
      yesNo: false,
    });
  });

  it('not a pronoun or a verb before it', () => {
    expect(whoseWords('what else has been said')).toBeNull();
    expect(whoseWords('what it has said')).toBeNull();
  });

  it('the engine refuses a speaker the article does not have', () => {
    expect(engine.answer('what the governor has said about the lighthouse?').answered).toBe(false);
    expect(engine.answer('what the mayor has said about the restoration cost?').answered).toBe(true);
  });
});

describe('claimSubjectMissing: a verb of naming ("who called X a Y") asks who said it of X', () => {
  it('refuses when no quote holds what was named', () => {
    expect(claimSubjectMissing(corpus, words('who called the reef a danger'), ['p3.s1'])).toBe(true);
  });

  it('leaves what a quote holds, and a pronoun', () => {
    expect(claimSubjectMissing(corpus, words('who called the restoration a bargain'), ['p3.s1'])).toBe(false);
    expect(claimSubjectMissing(corpus, words('who called it a bargain'), ['p3.s1'])).toBe(false);
  });
});

/**
 * A contested point asked in words around it the knowledge lacks, on the made-up ferry article
 * (test/fixtures/tiny-toll): the coastguard's 12 dead (p2.s1) against the opposition's 30 (p3.s1).
 */
describe('pointInOtherWords: the point answers a question that asks it in other words', () => {
  const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
  const tollKb = loadKnowledge(TOLL);
  if (!tollKb.ok) throw new Error(tollKb.problems.map((p) => p.message).join('\n'));
  const toll = buildCorpus(tollKb.kb);
  const tollEngine = loadEngine(TOLL);
  const pointOf = (q: string, quoted: string[] = []) => {
    const analysis = { ...toll.analyzer.analyzeQuery(q), quoted };
    return pointInOtherWords(toll, analysis, decide(toll, analysis).ranking)?.id;
  };

  it('the whole topic, or a figure given for a point whose sides give figures', () => {
    expect(pointOf('fewer than 5 passengers died, my cousin says?')).toBe('toll');
    expect(pointOf('fewer than 5 passengers died tragically?')).toBe('toll');
  });

  it('not a name neither side says, words the knowledge lacks that outweigh the point, a quote', () => {
    expect(pointOf('fewer than 5 estland passengers died right?')).toBeUndefined();
    expect(pointOf('fewer than 5 passengers died in the lifeboat evacuation drill right?')).toBeUndefined();
    expect(pointOf('fewer than 5 passengers died, my cousin says?', ['a national tragedy'])).toBeUndefined();
  });

  it('not a topic only related to the words of the question (WordNet): "what am i doing wrong"', () => {
    const analysis = toll.analyzer.analyzeQuery('so passengers died?');
    expect(pointInOtherWords(toll, analysis, decide(toll, analysis).ranking)?.id).toBe('toll');
    const related = {
      ...analysis,
      factors: new Map([...analysis.factors, ['c:passengers', 0.6] as const, ['c:kill', 0.6] as const]),
    };
    expect(pointInOtherWords(toll, related, decide(toll, related).ranking)).toBeUndefined();
  });

  it('the engine quotes every side where the sentences alone are not sure enough', () => {
    const a = tollEngine.answer('fewer than 5 passengers died, my cousin says?');
    expect(a.answered).toBe(true);
    expect(a.contested?.id).toBe('toll');
    const ids = a.quotes.map((q) => q.id);
    expect(ids).toContain('p2.s1');
    expect(ids.some((id) => id === 'p3.s1' || id === 'p4.s2')).toBe(true);
    expect(tollEngine.answer('fewer than 5 estland passengers died, my cousin says?').answered).toBe(false);
  });
});

describe('pointInOtherWords: a figure in the story told around the question', () => {
  const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
  const tollKb = loadKnowledge(TOLL);
  if (!tollKb.ok) throw new Error(tollKb.problems.map((p) => p.message).join('\n'));
  // A topic of which the passengers are half: a figure is then what says the toll is asked.
  const kb = {
    ...tollKb.kb,
    contested: tollKb.kb.contested.map((c) => ({ ...c, topic: 'How many passengers died on the ferry?' })),
  };
  const toll = buildCorpus(kb);
  const pointOf = (q: string, context: string[]) => {
    const analysis = { ...toll.analyzer.analyzeQuery(q), context };
    return pointInOtherWords(toll, analysis, decide(toll, analysis).ranking)?.id;
  };

  it('"one guy swears it is 30 ... the passengers, who says so": the story gives the figure', () => {
    expect(pointOf('the passengers, who says so', ['w:30'])).toBe('toll');
    expect(pointOf('the passengers, who says so', [])).toBeUndefined();
  });
});

/**
 * "then why did they bomb them?": why the event of a reason point happened, in nothing but the
 * point's words, asks the point whichever of the first three quotes is its side. On the ferry
 * article (test/fixtures/tiny-ferry), its cause made a reason point: the minister's "overloaded"
 * (p3.s1) against the company's storm (p4.s1); p2.s1 says the ferry sank, p6.s1 Estland's boats.
 */
describe('withEverySide: why the event of a reason point happened', () => {
  const FERRY = resolve(import.meta.dirname, '../fixtures/tiny-ferry');
  const ferryKb = loadKnowledge(FERRY);
  if (!ferryKb.ok) throw new Error(ferryKb.problems.map((p) => p.message).join('\n'));
  // Its topic worded by the sides' claims, so that the ferry alone is less than a third of it.
  const kb = {
    ...ferryKb.kb,
    contested: ferryKb.kb.contested.map((c) => ({
      ...c,
      topic: 'Was the ferry overloaded, or was it a storm?',
      reason: true,
    })),
  };
  const ferry = buildCorpus(kb);
  const known = (q: string) => decide(ferry, ferry.analyzer.analyzeQuery(q)).ranking.known;

  it('every side when a side is among the first three', () => {
    const { ordered, contested } = withEverySide(
      ferry,
      ['p2.s1', 'p3.s1', 'p6.s1'],
      known('why did the ferry go down'),
      true,
    );
    expect(contested?.id).toBe('cause');
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p2.s1', 'p3.s1', 'p4.s1']));
  });

  it('not when the question says what the point does not, nor without "why"', () => {
    const ids = ['p2.s1', 'p3.s1', 'p6.s1'];
    expect(
      withEverySide(ferry, ids, known('why did the ferry go down off the coast'), true).contested,
    ).toBeNull();
    expect(withEverySide(ferry, ids, known('when did the ferry go down'), false).contested).toBeNull();
  });
});

/**
 * Counts of a part of the group, and whose the counted are after "from", on the ferry toll
 * (test/fixtures/tiny-toll): p2.s1 "... and 12 Norland passengers died, the coastguard said."
 */
describe('subsetNotAttached and countsOnlyOthers: what and whose a count asks', () => {
  const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
  const tollKb = loadKnowledge(TOLL);
  if (!tollKb.ok) throw new Error(tollKb.problems.map((p) => p.message).join('\n'));
  const toll = buildCorpus(tollKb.kb);
  const part = (q: string) => subsetNotAttached(toll, toll.analyzer.analyzeQuery(q).words, ['p2.s1']);
  const others = (q: string) => countsOnlyOthers(toll, toll.analyzer.analyzeQuery(q).words, ['p2.s1']);

  it('"how many of the dead were officers": a part with no figure near it', () => {
    expect(part('how many of the dead were children')).toBe(true);
    expect(part('how many of the dead were tourists')).toBe(true);
    // Casualties are the dead to the knowledge: the figure counts the whole.
    expect(part('how many of the dead were casualties')).toBe(true);
  });

  it('leaves a part the quote counts, what happened to them, and a name', () => {
    expect(part('how many of the dead were passengers')).toBe(false);
    expect(part('how many of the passengers were killed')).toBe(false);
    expect(part('how many of the passengers were norland')).toBe(false);
  });

  it('"how many from estland died": whose, after "from"', () => {
    expect(others('how many from estland died')).toBe(true);
    expect(others('how many from norland died')).toBe(false);
  });
});

/**
 * The sides weighed of a point whose whole topic the question asks, none of the first three
 * quotes a side of it ("what did both sides' ambassadors say", first answered by the reporter's
 * "representatives of both sides used unusually harsh language"): the lead, then every side. On
 * the dam exchange (test/fixtures/tiny-exchange): the mayor's p3.s1 and the farmer's p4.s1 are
 * its sides; p2.s1 (the council's vote) and p5.s1 (the union) are no side.
 */
describe('withEverySide: the sides weighed of a whole topic no quote shown is a side of', () => {
  const EXCHANGE = resolve(import.meta.dirname, '../fixtures/tiny-exchange');
  const exchangeKb = loadKnowledge(EXCHANGE);
  if (!exchangeKb.ok) throw new Error(exchangeKb.problems.map((p) => p.message).join('\n'));
  const dam = buildCorpus(exchangeKb.kb);
  const known = (q: string) => dam.analyzer.analyzeQuery(q).terms;
  const ids = ['p2.s1', 'p5.s1'];

  it('quotes every side after the lead; not without the sides weighed nor the whole topic', () => {
    const { ordered, contested } = withEverySide(dam, ids, known('what did both sides say about the plan'));
    expect(contested?.id).toBe('dam-exchange');
    expect(ordered[0]).toBe('p2.s1');
    expect(ordered.slice(1, 3)).toEqual(expect.arrayContaining(['p3.s1', 'p4.s1']));
    // Not without the sides weighed, nor with only part of the topic asked.
    expect(withEverySide(dam, ids, known('what did they say about the plan')).contested).toBeNull();
    expect(withEverySide(dam, ids, known('do both sides agree on the vote')).contested).toBeNull();
  });
});

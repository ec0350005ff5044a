/**
 * The type of answer a question asks, held by the quotes for the thing asked (answer-type.ts), on
 * the made-up lighthouse article (test/fixtures/tiny):
 *   p1.s1 The Kestrel Point lighthouse reopened to visitors on Saturday after three years of repairs, the town council said.
 *   p2.s1 Mayor Elena Varga said the restoration cost 2.4 million euros, most of it paid by a regional heritage fund.
 *   p2.s2 Local fishermen had asked for the light to be restored after two boats ran aground on the reef in 2017.
 *   p3.s1 The tower is open from Thursday to Sunday, and tickets cost five euros.
 *   p3.s2 More than 900 people climbed its 212 steps on the first weekend, according to the Kestrel Point Heritage Society.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countNotAttached,
  hasPhrase,
  howToAsked,
  laterMissing,
  measureMissing,
  nounApart,
  outcomeMissing,
  personMissing,
  placeMissing,
  roleOfBodyAsked,
  sizeOfNamedMissing,
  timeMissing,
  upToNowMissing,
  urgedOnly,
  vaguelyCounted,
} from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const loaded = loadKnowledge(TINY);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (text: string) => text.split(' ');
const terms = (text: string) => corpus.analyzer.analyzeQuery(text).terms.filter((t) => corpus.index.has(t));
const idOf = (start: string) => {
  const found = loaded.kb.passages.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no sentence starts with "${start}"`);
  return found.id;
};
const reopened = idOf('The Kestrel Point lighthouse reopened');
const cost = idOf('Mayor Elena Varga');
const fishermen = idOf('Local fishermen');
const tickets = idOf('The tower is open');
const climbed = idOf('More than 900 people');

describe('hasPhrase', () => {
  it('matches whole words in order', () => {
    expect(hasPhrase(words('did it close in the end'), 'in the end')).toBe(true);
    expect(hasPhrase(words('did it close in the endgame'), 'in the end')).toBe(false);
  });
});

describe('countNotAttached: a figure must count what is asked', () => {
  it('holds when a figure is near what is counted', () => {
    // "More than 900 people climbed": visitors counted.
    expect(countNotAttached(corpus, words('how many visitors climbed'), terms('visitors'), [climbed])).toBe(
      false,
    );
    // "five euros": the price.
    expect(countNotAttached(corpus, words('how much cost'), terms('cost'), [tickets])).toBe(false);
  });

  it('fails when the quote counts something else', () => {
    // "three years of repairs" counts years, not visitors; "two boats" not the lighthouse's visitors.
    expect(
      countNotAttached(corpus, words('how many of the visitors came'), terms('visitors'), [fishermen]),
    ).toBe(true);
  });

  it('asks nothing when only a name is counted (countsOthers does that)', () => {
    expect(countNotAttached(corpus, words('how many boats'), [], [fishermen])).toBe(false);
  });

  it('asked "exactly", holds a figure that counts the thing asked ("two boats")', () => {
    expect(countNotAttached(corpus, words('how many boats exactly'), terms('boats'), [fishermen])).toBe(
      false,
    );
  });

  it('finds a thing counted only vaguely ("several boats"), not one counted by a figure', () => {
    expect(vaguelyCounted(words('several boats and four nets were lost'), 'boats')).toBe(true);
    expect(vaguelyCounted(words('dozens of boats ran aground'), 'boats')).toBe(true);
    expect(vaguelyCounted(words('two boats ran aground'), 'boats')).toBe(false);
    expect(vaguelyCounted(words('several nets and two boats'), 'boats')).toBe(false);
    expect(vaguelyCounted(words('the boats ran aground'), 'boats')).toBe(false);
  });

  it('asks nothing of a verb after a count of no topic ("how many people came")', () => {
    expect(countNotAttached(corpus, words('how many people came'), terms('came'), [climbed])).toBe(false);
  });
});

describe('laterMissing: what came after the story', () => {
  it('refuses a later time no quote says', () => {
    expect(laterMissing(corpus, words('did the lighthouse close again in the end'), [reopened])).toBe(true);
    expect(laterMissing(corpus, words('how many people visit these days'), [climbed])).toBe(true);
  });

  it('refuses "will ..." when no quote says what will or may come', () => {
    expect(laterMissing(corpus, words('will the town repay the fund'), [cost])).toBe(true);
    expect(laterMissing(corpus, words('who will pay for the repairs'), [cost])).toBe(true);
  });

  it("refuses the writer's own now (today, tonight): the story was told before it", () => {
    expect(laterMissing(corpus, words('what time does the tower open tonight'), [tickets])).toBe(true);
    expect(laterMissing(corpus, words('is the lighthouse open today'), [reopened, tickets])).toBe(true);
    expect(laterMissing(corpus, words('what time does the tower open'), [tickets])).toBe(false);
  });

  it('lets a question about the story itself through', () => {
    expect(laterMissing(corpus, words('who paid for the repairs'), [cost])).toBe(false);
    expect(laterMissing(corpus, words('what happened after the boats ran aground'), [fishermen])).toBe(false);
  });
});

describe('upToNowMissing: "yet" after a perfect tense asks up to the writer\'s now', () => {
  const quotes = (...ids: string[]) => ids.map((id) => words(corpus.passageKey(id)));
  it('refuses a quote that does not say "yet"', () => {
    // The repairs are told; whether the fund has been repaid since is not.
    const asked = words('has the town repaid the fund yet');
    expect(upToNowMissing(asked, terms('town repaid fund'), quotes(cost))).toBe(true);
    expect(upToNowMissing(words('nobody has been fined yet'), [], quotes(reopened))).toBe(true);
  });

  it('lets through "yet" as "but", and what someone has said', () => {
    expect(upToNowMissing(words('yet the tower has reopened'), [], quotes(reopened))).toBe(false);
    const said = words('has the mayor said what it cost yet');
    expect(upToNowMissing(said, terms('mayor said cost'), quotes(cost))).toBe(false);
    expect(upToNowMissing(words('has the council apologized yet'), [], quotes(reopened))).toBe(false);
    expect(upToNowMissing(words('did the tower reopen'), [], quotes(reopened))).toBe(false);
  });
});

describe('measureMissing: a measure is a figure with its unit', () => {
  it('refuses "how far", "how tall" when the figures count other things ("212 steps")', () => {
    expect(
      measureMissing(corpus, words('how far is the lighthouse from the reef'), [fishermen, climbed]),
    ).toBe(true);
    expect(measureMissing(corpus, words('how tall is the tower'), [climbed, tickets])).toBe(true);
  });

  it('refuses a measure named after "what" ("what altitude") that no figure with its unit gives', () => {
    expect(measureMissing(corpus, words('what height is the tower'), [climbed, tickets])).toBe(true);
    expect(measureMissing(corpus, words('at what altitude does the light shine'), [reopened])).toBe(true);
  });

  it('asks nothing of a count, nor of "how high" (a count as often: "how high was the toll")', () => {
    expect(measureMissing(corpus, words('how many steps does the tower have'), [climbed])).toBe(false);
    expect(measureMissing(corpus, words('how high was the cost'), [cost])).toBe(false);
  });
});

describe('timeMissing: a time, of the thing asked', () => {
  it('holds with a day or a word placing it in time, in the sentence of what is asked', () => {
    const q = 'when did the lighthouse reopen';
    expect(timeMissing(corpus, words(q), terms(q), [reopened])).toBe(false);
    const asked = 'when did the fishermen ask for it';
    expect(timeMissing(corpus, words(asked), terms(asked), [fishermen])).toBe(false);
  });

  it('fails when no quote holding what is asked says when', () => {
    const q = 'when did the restoration cost go up';
    expect(timeMissing(corpus, words(q), terms(q), [cost])).toBe(true);
  });

  it('asks no time of "since when" or a "when" clause before another question', () => {
    const since = 'the mayor paid too?? since when';
    expect(timeMissing(corpus, words(since), terms(since), [cost])).toBe(false);
    const clause = 'when the tower reopened what did the mayor say';
    expect(timeMissing(corpus, words(clause), terms(clause), [cost])).toBe(false);
  });

  it('a "when" with its auxiliary asks the time, whatever question word follows', () => {
    const q = 'when was the restoration cost paid? which year';
    expect(timeMissing(corpus, words(q), terms(q), [cost])).toBe(true);
  });

  it('"what hour" asks a time of the clock, which a day does not give', () => {
    const q = 'what hour did the lighthouse reopen';
    expect(timeMissing(corpus, words(q), terms(q), [reopened])).toBe(true);
    const day = 'what day did the lighthouse reopen';
    expect(timeMissing(corpus, words(day), terms(day), [reopened])).toBe(false);
  });
});

describe('placeMissing: a place, of the thing asked', () => {
  it('holds with a place named in the sentence of what is asked', () => {
    const q = 'where did the lighthouse reopen';
    expect(placeMissing(corpus, words(q), terms(q), [reopened])).toBe(false);
    const which = 'which town reopened its lighthouse';
    expect(placeMissing(corpus, words(which), terms(which), [reopened])).toBe(false);
  });

  it('fails when no quote holding what is asked names a place', () => {
    const q = 'where did the fishermen ask for it';
    expect(placeMissing(corpus, words(q), terms(q), [fishermen])).toBe(true);
    const which = 'which town has the tower open on sundays';
    expect(placeMissing(corpus, words(which), terms(which), [tickets])).toBe(true);
  });

  it('asks no place of "where does it say" nor of a question without "where"', () => {
    const say = 'where does it say the fishermen asked for it';
    expect(placeMissing(corpus, words(say), terms(say), [fishermen])).toBe(false);
    const who = 'who asked for the light';
    expect(placeMissing(corpus, words(who), terms(who), [fishermen])).toBe(false);
  });
});

describe('outcomeMissing: what a thing came to, of a thing the quotes hold', () => {
  it('refuses what the repairs found when no quote shown holds the repairs', () => {
    const q = 'what did the repair work find in the end';
    expect(outcomeMissing(corpus, words(q), terms(q), [climbed, tickets])).toBe(true);
  });

  it("leaves the asker's own finding and a thing a quote holds", () => {
    const own = "i can't find what the repairs cost";
    expect(outcomeMissing(corpus, words(own), terms(own), [climbed])).toBe(false);
    const held = 'what did the repairs find';
    expect(outcomeMissing(corpus, words(held), terms(held), [reopened])).toBe(false);
  });
});

describe('personMissing: a person asked by their role', () => {
  it('holds when a quote names a person', () => {
    expect(personMissing(corpus, words('which official announced the cost'), null, [cost])).toBe(false);
  });

  it('fails when no quote names one', () => {
    expect(personMissing(corpus, words('which commander ran the repairs'), null, [reopened])).toBe(true);
    expect(personMissing(corpus, words("who's the head of the heritage society"), null, [climbed])).toBe(
      true,
    );
    expect(
      personMissing(corpus, words('what did the council president say'), words('the council president'), [
        reopened,
      ]),
    ).toBe(true);
  });

  it('reads the role of a later "which" after a "who" with a verb', () => {
    expect(personMissing(corpus, words('who ran the repairs , like which commander'), null, [reopened])).toBe(
      true,
    );
    expect(personMissing(corpus, words('who announced the cost , like which official'), null, [cost])).toBe(
      false,
    );
  });

  it('asks no person of "who" with a verb, or of a role-less "which"', () => {
    expect(personMissing(corpus, words('who paid for the repairs'), null, [reopened])).toBe(false);
    expect(personMissing(corpus, words('which fund paid'), null, [reopened])).toBe(false);
  });
});

describe('countNotAttached: the dead are counted by whoever they were', () => {
  // The article: p4.s2 "Damascus and Moscow put the death toll to 62." counts the dead, not troops.
  const article = loadKnowledge(resolve(import.meta.dirname, '../../knowledge'));
  if (!article.ok) throw new Error(article.problems.map((p) => p.message).join('\n'));
  const real = buildCorpus(article.kb);
  const realTerms = (text: string) => real.analyzer.analyzeQuery(text).terms.filter((t) => real.index.has(t));

  it('takes a figure of the dead for a question about the dead', () => {
    const q = 'how many soldiers were killed';
    expect(countNotAttached(real, words(q), realTerms('soldiers'), ['p4.s2'], realTerms(q))).toBe(false);
  });

  it('does not when the question is not about the dead', () => {
    const q = 'how many soldiers were there';
    expect(countNotAttached(real, words(q), realTerms('soldiers'), ['p4.s2'], realTerms(q))).toBe(true);
  });
});

describe('urgedOnly: what became of a thing the story only has someone ask for or promise', () => {
  // tiny-possible: "He promised an inquiry into its owners." is all it says of an inquiry.
  const possible = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-possible'));
  if (!possible.ok) throw new Error(possible.problems.map((p) => p.message).join('\n'));
  const ferry = buildCorpus(possible.kb);
  const asks = (q: string) => {
    const analysis = ferry.analyzer.analyzeQuery(q);
    return urgedOnly(
      ferry,
      analysis.words,
      analysis.terms.filter((t) => ferry.index.has(t)),
    );
  };

  it('holds for what the promised thing found, who led it, whether it reported', () => {
    expect(asks('what did the inquiry find')).toBe(true);
    expect(asks('who led the inquiry')).toBe(true);
    expect(asks('has the inquiry reported yet')).toBe(true);
  });

  it('not for the asking or promising itself, the kind asked for, or what was said of it', () => {
    expect(asks('who promised an inquiry')).toBe(false);
    expect(asks('did the minister want an inquiry')).toBe(false);
    expect(asks('what kind of inquiry')).toBe(false);
    expect(asks('what did the minister say about the inquiry')).toBe(false);
  });

  it('not for the thing named and nothing asked of it: what the text says of it', () => {
    expect(asks('what about the inquiry')).toBe(false);
    expect(asks('the inquiry part?')).toBe(false);
    // Something asked of it still asks what became of it.
    expect(asks('what about the inquiry results')).toBe(true);
    expect(asks('when is the inquiry report coming out')).toBe(true);
  });

  it('not for a thing the story has happen', () => {
    expect(asks('what did the ferry find')).toBe(false);
    expect(asks('who led the rescue')).toBe(false);
  });
});

describe('nounApart: the thing asked by its noun and the deed asked of it, in one quote', () => {
  const tower = idOf('The tower is open');
  it('fails when the noun is in one quote and the deed in another', () => {
    expect(nounApart(corpus, words('which tower did they climb'), [tower, climbed])).toBe(true);
  });

  it('holds when one quote says both, and asks nothing of a kind, a longer name or words said', () => {
    expect(nounApart(corpus, words('which lighthouse did they reopen'), [reopened, tower])).toBe(false);
    expect(nounApart(corpus, words('which tower did the council say reopened'), [tower, climbed])).toBe(
      false,
    );
    expect(nounApart(corpus, words('what place did they climb'), [tower, climbed])).toBe(false);
    expect(nounApart(corpus, words('which tower steps did they climb'), [tower, climbed])).toBe(false);
  });
});

describe('sizeOfNamedMissing: the size of a place or body named is an area', () => {
  it('refuses "how big is <a name>" when no figure with an area unit is quoted', () => {
    const q = 'how big is kestrel point';
    expect(sizeOfNamedMissing(corpus, words(q), terms(q), [reopened, climbed])).toBe(true);
  });

  it('asks nothing of a person, of a concept of the story, nor without "be"', () => {
    const person = 'how big is elena varga';
    expect(sizeOfNamedMissing(corpus, words(person), terms(person), [cost])).toBe(false);
    const costAsked = 'how big was the cost';
    expect(sizeOfNamedMissing(corpus, words(costAsked), terms(costAsked), [cost])).toBe(false);
    const deal = 'how big of a deal is kestrel point';
    expect(sizeOfNamedMissing(corpus, words(deal), terms(deal), [reopened])).toBe(false);
  });
});

describe('howToAsked: the way to do something, which a report never tells', () => {
  it.each([
    'how do i apply',
    'how can we report someone',
    'how should i boil an egg',
    'how to mute a channel',
    'anyone know how do i change my nickname',
  ])('"%s" asks how to do a thing', (q) => {
    expect(howToAsked(words(q), [])).toBe(true);
  });

  it.each([
    'how do we know it was a mistake',
    'how do you accidentally bomb an army',
    'how can you tell who is right',
    'how did they stop the raid',
    'how do they explain it',
    'did they say how to stop it',
  ])('"%s" does not', (q) => {
    expect(howToAsked(words(q), [])).toBe(false);
  });

  it('does not hold of a way asked about something the story names (its evidence, put in the first person)', () => {
    const asked = 'how can i find out what the town council said';
    expect(howToAsked(words(asked), terms(asked))).toBe(false);
    expect(howToAsked(words('how can i find out'), [])).toBe(true);
  });
});

describe('roleOfBodyAsked: what a body does in general', () => {
  it('holds for "what does <a body> do", not a person, a deed done or a further verb', () => {
    expect(roleOfBodyAsked(corpus, words('what does the town council do'), terms('town council'))).toBe(true);
    expect(roleOfBodyAsked(corpus, words('what does elena varga do'), terms('elena varga'))).toBe(false);
    expect(roleOfBodyAsked(corpus, words('what did the town council do'), terms('town council'))).toBe(false);
    expect(roleOfBodyAsked(corpus, words('what does that council do'), terms('town council'))).toBe(false);
    const asked = 'what does the town council want the fund to do';
    expect(roleOfBodyAsked(corpus, words(asked), terms(asked))).toBe(false);
  });
});

/**
 * Near-topic messages answered (issue 11): surviving said of a person, a count of another group
 * named by "IS" in lower case, and a thing asked named by a word the knowledge never uses.
 * The pure readings on tokens; the refusals on the tiny ferry fixture (test/fixtures/tiny-toll)
 * and, where the article's own groups matter, on the article (knowledge/).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { survivedAsAlive } from '../../src/engine/analyzer.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import {
  countsOnlyOthers,
  decide,
  isNationWord,
  killedOfOthers,
  killerAsked,
  unknownThingAsked,
} from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { tokenize } from '../../src/text/tokenize.ts';

function corpusOf(dir: string) {
  const loaded = loadKnowledge(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return buildCorpus(loaded.kb);
}

const toll = corpusOf(resolve(import.meta.dirname, '../fixtures/tiny-toll'));
const article = corpusOf(resolve(import.meta.dirname, '../../knowledge'));

const read = (q: string) =>
  survivedAsAlive(tokenize(q))
    .map((t) => t.word)
    .join(' ');

describe('survivedAsAlive: surviving said of a person is staying alive', () => {
  it('reads a person surviving as alive', () => {
    expect(read('did the pilot of the downed plane survive')).toBe('did the pilot of the downed plane alive');
    expect(read('did any soldiers survive the strike')).toBe('did any soldiers alive the strike');
    expect(read('how many survived')).toBe('how many alive');
    expect(read('do you think anyone survived')).toBe('do you think anyone alive');
  });

  it('reads an auxiliary with no subject left ("anyone" gone as chat filler) as someone surviving', () => {
    expect(read('did survive')).toBe('did alive');
    expect(read('did any survive the strike')).toBe('did any alive the strike');
    // No auxiliary: nothing says a clause was asked of anyone.
    expect(read('survived?')).toBe('survived');
  });

  it('leaves the truce surviving, and a survival of no one named', () => {
    expect(read('will the truce survive this')).toBe('will the truce survive this');
    expect(read('the ceasefire didnt survive the month did it')).toBe(
      'the ceasefire didnt survive the month did it',
    );
    expect(read('can it survive')).toBe('can it survive');
  });

  it('refuses "did the pilot survive" on the article: it never says who survived', () => {
    const asked = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;
    expect(asked('did the pilot of the downed syrian plane survive')).toBe(true);
    expect(asked('did anyone survive')).toBe(true);
    expect(asked('did the truce survive')).toBe(false);
  });
});

describe('countsOnlyOthers: "how many IS fighters" names IS, read in lower case', () => {
  const others = (q: string) => countsOnlyOthers(article, article.analyzer.analyzeQuery(q).words, ['p4.s1']);

  it("refuses a count of IS fighters answered by the regime troops' toll", () => {
    expect(others('how many IS fighters died')).toBe(true);
  });

  it('leaves "is" ending the count ("how many is the toll")', () => {
    expect(others('how many is the death toll')).toBe(false);
    expect(others('how many soldiers died')).toBe(false);
  });
});

describe('unknownThingAsked: the thing asked named by a word the knowledge never uses', () => {
  const asked = (q: string) => {
    const analysis = toll.analyzer.analyzeQuery(q);
    return unknownThingAsked(toll, analysis.words, analysis.free);
  };

  it('"any" before such a word: whether there was any of it', () => {
    expect(asked('was any compensation paid to the passengers')).toBe(true);
    expect(asked('did the families get any compensation')).toBe(true);
    expect(asked('did the passengers lose any luggage')).toBe(true);
  });

  it('not "any" before a word qualifying a thing the story has, nor before the story\'s own thing', () => {
    expect(asked('were any heavy passengers rescued')).toBe(false);
    expect(asked('were any passengers rescued')).toBe(false);
  });

  it('"what" or a guess ("was it ...") before such a word: the thing asked for is the word', () => {
    expect(asked('what intelligence led to the sinking')).toBe(true);
    expect(asked('why did the ferry sink, was it bad intelligence or what')).toBe(true);
    expect(asked('which insurance covered the passengers')).toBe(true);
    // Before a word of the story it qualifies that thing; and a word of the story asked is fine.
    expect(asked('what heavy passengers died')).toBe(false);
    expect(asked('what ferry sank')).toBe(false);
    expect(asked('was it overloaded')).toBe(false);
    // Not right before the word: "what" asks something else.
    expect(asked('what did the intelligence say')).toBe(false);
  });

  it("a nation's word qualifying a thing of the story, not a word of the story", () => {
    expect(asked('did danish passengers die')).toBe(true);
    expect(asked('did norland passengers die')).toBe(false);
  });

  it('knows a nation by its people or an -ish adjective of them', () => {
    expect(isNationWord('danish')).toBe(true);
    expect(isNationWord('turkish')).toBe(true);
    expect(isNationWord('jordanian')).toBe(true);
    expect(isNationWord('rubbish')).toBe(false);
    expect(isNationWord('heavy')).toBe(false);
  });
});

describe("decide: a name asked with an owner's 's, and a yes-or-no question before a question word", () => {
  const asked = (q: string) => {
    const analysis = article.analyzer.analyzeQuery(q);
    return decide(article, analysis).askedMissing;
  };

  it('"the pilot\'s name": no quote names a pilot; the spokesman\'s is named (Peter Cook)', () => {
    expect(asked("what is the pilot's name")).toBe(true);
    expect(asked("what is the spokesman's name")).toBe(false);
  });

  it("a thing the article never tells, asked yes or no before another question's question word", () => {
    expect(asked('did the soldiers retaliate, where did they strike')).toBe(true);
    // The question word first: it may say what kind of answer is asked (answer-type checks).
    expect(asked('where did they strike, did the soldiers retaliate')).toBe(false);
  });
});

describe('killerAsked: who killed, in a count asked of their killing', () => {
  const killer = (q: string) => killerAsked(article, article.analyzer.analyzeQuery(q).words);
  const missing = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).countMissing;

  it('reads the doer between the auxiliary and the verb of killing', () => {
    expect(killer('how many people has IS killed in syria')).toEqual(['e:islamic-state']);
    expect(killer('how many soldiers were killed')).toEqual([]);
  });

  it("refuses the troops' toll for IS's killing, keeps it for the US raid's", () => {
    expect(missing('how many people has IS killed in syria overall')).toBe(true);
    expect(missing('how many soldiers did the US kill')).toBe(false);
  });
});

describe('killedOfOthers: asked yes or no whether a group died, the quotes count others', () => {
  const others = (q: string, ids = ['p2.s1']) =>
    killedOfOthers(article, article.analyzer.analyzeQuery(q).words, ids);

  it('refuses "were any of the extremists killed" by "dozens of Syrian soldiers"', () => {
    expect(others('were any of the extremists themselves killed by the bombs')).toBe(true);
  });

  it('leaves the group counted, the killer asked, and a question word before the verb', () => {
    expect(others('were any syrian soldiers killed')).toBe(false);
    expect(others('did the extremists kill syrian soldiers')).toBe(false);
    expect(others('my cousin is with the extremists how many were killed')).toBe(false);
  });

  it('reads "get" and harm as the passive, and a speaker of the quote is not its dead', () => {
    // Russia speaks p2.s1, which counts Syria's soldiers.
    expect(others('did any russian soldiers get hit too')).toBe(true);
    expect(others('were any russian soldiers killed')).toBe(true);
    expect(others('did any russian troops get killed')).toBe(true);
    expect(others('were the russians hit as well')).toBe(true);
  });

  it('reads the statement after "is it true" as the question it puts', () => {
    expect(others('is it true the americans killed syrian soldiers and not terrorists')).toBe(false);
    expect(others('is it true that russian soldiers were killed')).toBe(true);
    expect(others('is it true russian troops got killed too')).toBe(true);
    expect(others('is it true syrian soldiers were killed')).toBe(false);
  });

  it('leaves the hitter, an infinitive and a sayer', () => {
    expect(others('did the russians hit syrian soldiers')).toBe(false);
    expect(others('was the US trying to hit IS')).toBe(false);
    expect(others('did the observatory say 90 died', ['p4.s1'])).toBe(false);
  });
});

describe('a name word two slips off, of several: the one with letters swapped and left out', () => {
  const to = (q: string) => article.analyzer.analyzeQuery(q).corrections.map((c) => c.to);

  it('reads "forien" as foreign (not forces, a letter mistyped twice)', () => {
    expect(to('what did the russian forien ministry want')).toContain('foreign');
  });
});

describe('untoldAsked: a group the article has no word of, asked by "what" or "which"', () => {
  const asked = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;

  it('refuses the thing "what" or "which" asks when the article never tells it', () => {
    expect(asked('what was the loadout on the jets')).toBe(true);
    expect(asked('which missiles did they use')).toBe(true);
    expect(asked('what kind of munitions were dropped')).toBe(true);
    // Whose it is between ("which american airbase"): still the thing asked.
    expect(asked('which american airbase did the jets fly from')).toBe(true);
    expect(asked('which US air base did the planes fly from')).toBe(true);
  });

  it('leaves "what" asking something else of the strike', () => {
    expect(asked('what happened in the strike')).toBe(false);
    expect(asked('what did the jets hit')).toBe(false);
    expect(asked('which american official talked to reuters')).toBe(false);
  });
});

describe('untoldAsked: punishment, asked yes or no after a relative clause or a first question', () => {
  const asked = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;

  it('refuses whether anyone was punished: the article tells of no one disciplined or sacked', () => {
    expect(asked('none of the australian pilots got disciplined, right?')).toBe(true);
    expect(asked('did anyone in canberra lose their job over it?')).toBe(true);
  });

  it('reads "who" after a noun as a relative clause, not the question word', () => {
    expect(asked('did the pilots who did it get in trouble')).toBe(true);
  });

  it('reads a yes-or-no question joined after a first one ("and were they punished")', () => {
    expect(asked('who was flying the jets and were they punished')).toBe(true);
  });

  it('leaves "in trouble" alone as the trouble Churkin speaks of', () => {
    expect(asked('why does churkin think they are in serious trouble')).toBe(false);
    expect(asked('is the peace deal in trouble')).toBe(false);
  });
});

describe('untoldAsked: firing back is retaliation, which the article never tells', () => {
  const asked = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;

  it('refuses whether the soldiers fired back', () => {
    expect(asked('did the syrian soldiers fire back at the coalition planes?')).toBe(true);
  });

  it('leaves firing without "back" to the rest of the checks', () => {
    expect(asked('did the syrian army fire on IS')).toBe(false);
  });
});

describe('untoldAsked: things the article never tells of the soldiers', () => {
  const asked = (q: string) => decide(article, article.analyzer.analyzeQuery(q)).askedMissing;

  it('refuses whether they were asleep, taken to hospital or reinforced', () => {
    expect(asked('is it true the soldiers were asleep when the bombs hit')).toBe(true);
    expect(asked('were the wounded soldiers taken to hospital')).toBe(true);
    expect(asked('did russia reinforce its troops at deir ez zor after this?')).toBe(true);
  });

  it('still answers what the article tells of the wounded and the figures', () => {
    expect(asked('what did australia say to the families of the wounded')).toBe(false);
    expect(asked("what is the Syrian Observatory's number")).toBe(false);
  });
});

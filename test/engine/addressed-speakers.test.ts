/**
 * Whose words a question asks when it names a second speaker as whom they went to or were about
 * (issue 11): "what did russia say about power" wants Russia's words, not Power's own. On the
 * made-up dam article (test/fixtures/tiny-talk), Brandt's quotes (p4.s1, p4.s2) and the mayor
 * Holm's (p3.s1, p3.s2, Holm within the council); then on the real article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

import { buildCorpus } from '../../src/engine/corpus.ts';
import { accusedSpeakers, addressedSpeakers, askedSpeakers, claimedIn, rank } from '../../src/engine/rank.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-talk'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);

const read = (q: string) => {
  const analysis = corpus.analyzer.analyzeQuery(q);
  const known = analysis.terms.filter((t) => corpus.index.has(t));
  const asked = askedSpeakers(corpus, known, analysis.words);
  return { analysis, asked, addressed: addressedSpeakers(corpus, known, analysis.words, asked) };
};

describe('addressedSpeakers: the speaker the asked words went to or were about', () => {
  it('names the speaker after "about", "to"... following the word of saying', () => {
    expect(read('what did brandt say about the mayor')).toMatchObject({
      asked: ['e:brandt'],
      addressed: ['e:holm', 'e:council'],
    });
    expect(read('what did the farmer say to mayor holm').addressed).toContain('e:holm');
  });

  it('leaves the object of the verb, and a question that asks no one in particular', () => {
    expect(read('did brandt call the mayor').addressed).toEqual([]);
    expect(read('what did the mayor say').addressed).toEqual([]);
  });
});

describe('askedSpeakers: a name said only after "about", "to"... is not who spoke', () => {
  it('"who said this about the mayor" asks no one\'s words: the mayor was spoken of', () => {
    expect(read('who said this about the mayor').asked).toEqual([]);
    expect(read('what was said to brandt').asked).toEqual([]);
  });

  it('keeps the speaker named before the word of saying, and one a pronoun stands for', () => {
    expect(read('what did brandt say about the mayor').asked).toEqual(['e:brandt']);
    expect(read('what did the mayor say').asked).toEqual(['e:holm']);
    expect(read('what did she say about brandt').asked).toEqual(['e:brandt']);
  });
});

describe("askedSpeakers: a why of how a speaker feels asks that speaker's own words", () => {
  it('"why is brandt so angry" asks Brandt\'s grievance, the feeling\'s subject', () => {
    expect(read('why is brandt so angry').asked).toEqual(['e:brandt']);
    expect(read('why was the mayor upset with brandt').asked).toEqual(['e:holm']);
  });

  it('not one named only after the feeling, nor a why of no feeling', () => {
    expect(read('why is everyone angry at brandt').asked).toEqual([]);
    expect(read('why did brandt close the road').asked).toEqual([]);
  });
});

describe('claimedIn: a quote naming the speaker as the subject of a verb of saying', () => {
  it('finds "Mayor Anna Holm said ..." and "The farmers\' union said ..." whoever the sentence is credited to', () => {
    expect(claimedIn(corpus, ['p3.s1'], ['e:holm'])).toBe(true);
    expect(claimedIn(corpus, ['p5.s1'], ['e:union'])).toBe(true);
  });

  it('not a name doing something else, one named after the verb, nor a pronoun', () => {
    expect(claimedIn(corpus, ['p6.s1'], ['e:brandt'])).toBe(false);
    expect(claimedIn(corpus, ['p5.s1'], ['e:council'])).toBe(false);
    expect(claimedIn(corpus, ['p4.s2'], ['e:brandt'])).toBe(false);
  });
});

describe('accusedSpeakers: whom a verb of accusing takes, accused and not accusing', () => {
  const accused = (q: string) => accusedSpeakers(corpus, q.split(' '), []);

  it('names the speaker right after the verb, or before it in the passive', () => {
    expect(accused('why is everyone blaming the council')).toEqual(['e:council']);
    expect(accused('so nobody is accusing brandt of lying')).toEqual(['e:brandt']);
    expect(accused('why is the council blamed')).toEqual(['e:council']);
  });

  it('leaves who accuses, what is blamed, and a question with no verb of accusing', () => {
    expect(accused('did brandt blame the dam')).toEqual([]);
    expect(accused('who did the union blame')).toEqual([]);
    expect(accused('what did brandt say about the council')).toEqual([]);
    expect(accusedSpeakers(corpus, 'why is everyone blaming brandt'.split(' '), ['e:brandt'])).toEqual([]);
  });

  it('is not the speaker asked: "why is everyone blaming the council" asks no one\'s words', () => {
    expect(read('why is everyone blaming the council').asked).toEqual([]);
    expect(read('is the union blaming the council').asked).toEqual(['e:union']);
  });

  it("lowers the accused's own quotes in the ranking", () => {
    const { passages } = rank(corpus, corpus.analyzer.analyzeQuery('why is everyone blaming the council'));
    const own = passages.find((p) => p.hit.doc.ref === 'p2.s1');
    expect(own && own.score < own.hit.base).toBe(true);
  });
});

describe("rank: the addressee's own quotes lose the factor the asked speaker's gain", () => {
  it('"what did brandt say about the mayor": Holm\'s quotes rank below their base, Brandt\'s above', () => {
    const { passages } = rank(corpus, read('what did brandt say about the mayor').analysis);
    const of = (id: string) => passages.find((p) => p.hit.doc.ref === id);
    const holm = of('p3.s2');
    const brandt = of('p4.s2');
    expect(holm && holm.score < holm.hit.base).toBe(true);
    expect(brandt && brandt.score > brandt.hit.base).toBe(true);
  });
});

describe('the real article', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  for (const q of [
    'what did russia say about samantha power?',
    "what was russia's reply to power",
    "how did russia react to power's remarks",
    'how did churkin respond to power?',
  ])
    it(`"${q}": Churkin's answer to Power`, () => {
      expect(engine.answer(q).quotes[0]?.id).toBe('p14.s2');
    });
});

describe("the real article: a speaker's claim in the reporter's sentence, a name spoken of", () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it('"what does damascus say about the ground they lost": "... although Damascus has claimed ..."', () => {
    expect(engine.answer('what does damascus say about the ground they lost').quotes[0]?.id).toBe('p6.s1');
  });

  it('"\'no concerns were raised\' who said this about moscow": Cook\'s "no concerns were voiced"', () => {
    expect(engine.answer('"no concerns were raised" who said this about moscow').quotes[0]?.id).toBe(
      'p17.s1',
    );
  });
});

describe('the words around a verb of saying, read once', () => {
  it('analyses the same phrase once however often a question is weighed (the answers the same)', () => {
    const own = buildCorpus(loaded.kb);
    const analysis = own.analyzer.analyzeQuery('what did brandt say about the mayor');
    const known = analysis.terms.filter((t) => own.index.has(t));
    const phrases: string[] = [];
    const analyze = own.analyzer.analyzeQuery.bind(own.analyzer);
    own.analyzer.analyzeQuery = (text: string) => {
      phrases.push(text);
      return analyze(text);
    };
    const first = askedSpeakers(own, known, analysis.words);
    const firstAddressed = addressedSpeakers(own, known, analysis.words, first);
    const counted = phrases.length;
    expect(counted).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      expect(askedSpeakers(own, known, analysis.words)).toEqual(first);
      expect(addressedSpeakers(own, known, analysis.words, first)).toEqual(firstAddressed);
    }
    expect(firstAddressed).toEqual(['e:holm', 'e:council']);
    expect(phrases.length).toBe(counted);
  });
});

describe("speakersByDoc: each passage's speakers by its document number (rank.ts's boost)", () => {
  it('holds, for every document, what a look-up of its ref by id gives', () => {
    expect(corpus.speakersByDoc.length).toBeGreaterThan(0);
    for (let doc = 0; doc < corpus.index.size; doc++)
      if (doc < corpus.speakersByDoc.length)
        expect(corpus.speakersByDoc[doc]).toBe(corpus.passageSpeakers.get(corpus.index.ref(doc)));
      else expect(corpus.passageSpeakers.get(corpus.index.ref(doc))).toBeUndefined();
    expect(corpus.speakersByDoc.filter((s) => s?.has('e:brandt')).length).toBeGreaterThan(0);
  });
});

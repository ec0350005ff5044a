/**
 * The whole engine on a knowledge folder of six sentences about a made-up lighthouse
 * (test/fixtures/tiny), nothing to do with the real article: the answers come from whatever
 * knowledge folder the engine is given.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { unansweredParts } from '../../src/engine/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);
const article = readFileSync(join(TINY, 'article.txt'), 'utf8');

describe('the tiny knowledge folder', () => {
  it('is valid and complete: six sentences with their speakers', () => {
    const loaded = loadKnowledge(TINY);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.kb.passages.map((p) => [p.id, p.speaker])).toEqual([
      ['p1.s1', null],
      ['p2.s1', 'town-council'],
      ['p3.s1', 'elena-varga'],
      ['p3.s2', null],
      ['p4.s1', 'heritage-society'],
      ['p4.s2', 'heritage-society'],
    ]);
  });
});

describe('answers on the tiny article', () => {
  it('answers a curated question with its quote, verbatim, credited to its speaker and source', () => {
    const answer = engine.answer('How much did the restoration cost?');
    expect(answer.status).toBe('answered');
    expect(answer.qa).toBe('cost');
    expect(answer.quotes).toEqual([
      expect.objectContaining({
        id: 'p3.s1',
        text: 'Mayor Elena Varga said the restoration cost 2.4 million euros, most of it paid by a regional heritage fund.',
        speaker: { id: 'elena-varga', label: 'Elena Varga, mayor of Kestrel Point', kind: 'person' },
        source: 'Harbour Gazette, 4 May 2021',
      }),
    ]);
    expect(answer.confidence).toBeGreaterThanOrEqual(engine.abstainBelow);
  });

  it('answers a paraphrase with a typo in it, correcting the typo', () => {
    const question = 'how many vistors came on the first weekend';
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.qa).toBe('visitors');
    expect(answer.quotes[0]?.id).toBe('p4.s2');
    expect(engine.explain(question).corrections).toEqual([{ from: 'vistors', to: 'visitors' }]);
  });

  it.each([
    ['which boats ran aground', 'no curated wording shares a word with it'],
    ['why did the fishermen ask for the light', 'the sentence matches it better than any curated entry'],
  ])('answers "%s" from the passages (%s)', (question) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.qa).toBeNull();
    expect(answer.quotes[0]).toMatchObject({ id: 'p3.s2', speaker: null });
  });

  it('answers "what did X say" with X\'s own words', () => {
    const answer = engine.answer('what did the mayor say');
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.speaker?.id).toBe('elena-varga');
  });

  it('resolves a curated answer given as a verbatim sentence, with its curated speaker', () => {
    const answer = engine.answer('On which days is the tower open?');
    expect(answer.qa).toBe('opening-hours');
    expect(answer.quotes[0]).toMatchObject({ id: 'p4.s1', speaker: { id: 'heritage-society' } });
  });

  it.each([
    'What is the capital of France?',
    'how do i bake sourdough bread',
    'what did angela merkel say about the euro',
  ])('abstains on the off-topic question "%s"', (question) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('not-in-article');
    expect(answer.answered).toBe(false);
    expect(answer.quotes).toEqual([]);
    expect(answer.confidence).toBeLessThan(engine.abstainBelow);
  });

  it('quotes only sentences of the tiny article, character for character', () => {
    const questions = [
      'When did the lighthouse reopen?',
      'who paid for the works',
      'how much is a ticket',
      'why did the fishermen ask for the light',
      'how many steps does the tower have',
    ];
    for (const question of questions) {
      for (const quote of [...engine.answer(question).quotes, ...engine.answer(question).more])
        expect(article).toContain(quote.text);
    }
  });
});

describe('chat messages on the tiny article', () => {
  it.each([
    'ngl how much did the restoration cost lol',
    'sooo how much did the restoration cost 💸',
    'HOW MUCH DID THE RESTORATION COST',
    '<@123456789012345678> how much did the restoration cost?? tbh',
  ])('answers "%s" as it answers the plain question', (message) => {
    const plain = engine.answer('How much did the restoration cost?');
    const answer = engine.answer(message);
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((q) => q.id)).toEqual(plain.quotes.map((q) => q.id));
    expect(answer.confidence).toBeCloseTo(plain.confidence, 2);
  });

  it('answers the question of a long message, the story around it not counting as unknown words', () => {
    const answer = engine.answer(
      'My grandfather was a fisherman on that coast and he never trusted the reef. We drove past last summer. How much did the restoration cost? Seemed like a huge project.',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p3.s1');
  });

  it('answers both questions of a message, one quote of each first', () => {
    const answer = engine.answer('how much did the restoration cost and which boats ran aground?');
    expect(answer.status).toBe('answered');
    expect(answer.quotes.slice(0, 2).map((q) => q.id)).toEqual(['p3.s1', 'p3.s2']);
    expect(answer.parts?.map((p) => [p.answered, p.quoteIds[0]])).toEqual([
      [true, 'p3.s1'],
      [true, 'p3.s2'],
    ]);
  });

  it('answers a first question of one term in several words on its own ("how long did it last and ...")', () => {
    // "how much money was spent" is one term (cost) but no fragment like "and who says so".
    const answer = engine.answer('how much money was spent and when did the tower reopen');
    expect(answer.parts?.map((p) => [p.answered, p.quoteIds[0]])).toEqual([
      [true, 'p3.s1'],
      [true, 'p2.s1'],
    ]);
    // A fragment still leans on the question before it.
    expect(engine.answer('what was the price paid and who says so').parts).toBeUndefined();
  });

  it('does not answer "how many" with a number of something else', () => {
    // 900 people came on the first weekend; the fishermen are in another sentence, with no number of them.
    expect(engine.answer('how many fishermen came on the first weekend').status).toBe('not-in-article');
    expect(engine.answer('how many visitors climbed the tower').quotes[0]?.id).toBe('p4.s2');
    // 212 steps were climbed, not repaired: what happened to them counts too.
    expect(engine.answer('how many steps were repaired').status).toBe('not-in-article');
    expect(engine.answer('how many boats ran aground').quotes[0]?.id).toBe('p3.s2');
    // Nothing counts children: a word the knowledge never uses has no number in it.
    expect(engine.answer('how many children came on the first weekend').status).toBe('not-in-article');
    expect(engine.answer('how many people came on the first weekend').quotes[0]?.id).toBe('p4.s2');
  });

  it('reads what the asker heard, checked with a question mark, as the story of the question beside it', () => {
    const answer = engine.answer('The boats ran aground? How much did the restoration cost?');
    expect(answer.quotes[0]?.id).toBe('p3.s1');
    expect(answer.parts).toBeUndefined();
    // Alone, or beside a question that says nothing itself ("who said so?"), it is asked.
    expect(engine.answer('The boats ran aground?').quotes[0]?.id).toBe('p3.s2');
    expect(engine.answer('The boats ran aground? who said so?').quotes[0]?.id).toBe('p3.s2');
  });

  it('reads the story before a bare "or did it?" as what it asks about', () => {
    const answer = engine.answer('the heritage fund paid for the restoration... or did it?');
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p3.s1');
  });

  it('reads a bare question with the sentence of story it follows, before the whole story', () => {
    // "How many?" asks about the boats of the sentence before it, not the visitors of the first.
    const answer = engine.answer(
      'The tower reopened to visitors and people climbed the steps. Two boats ran aground on the reef. How many?',
    );
    expect(answer.quotes[0]?.id).toBe('p3.s2');
  });

  it('reads "who said that" after a statement and a remark on it as asking whose the statement is', () => {
    // "nice" states nothing the article could hold: "that" is the sentence before it. Alone,
    // "who said that" asks nothing of its own, so its answer alone does not count against it.
    const answer = engine.answer('more than 900 people climbed the steps. nice. who said that');
    expect(answer.quotes[0]?.id).toBe('p4.s2');
  });

  it("does not count the story's words the knowledge lacks against a bare question read with it", () => {
    // "grandpa", "sirens", "storm" are what the writer tells; "when was that" asks about the boats.
    const answer = engine.answer(
      'Grandpa remembers the sirens and the storm when two boats ran aground on the reef. When was that?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p3.s2');
  });

  it('reads an "it" of the question against the story told before it', () => {
    const answer = engine.answer('The town council was proud. What did it say about the reopening?');
    expect(answer.reading).toBe("Reading 'it' as Kestrel Point town council");
    expect(answer.quotes[0]?.id).toBe('p2.s1');
  });

  it('says which question of a message the article does not answer', () => {
    const answer = engine.answer(
      'how much did the restoration cost and what did angela merkel say about it?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe('p3.s1');
    expect(answer.parts?.map((p) => p.answered)).toEqual([true, false]);
    expect(unansweredParts(answer)).toEqual(['what did angela merkel say about it?']);
  });

  it('abstains on a message that is only chat', () => {
    expect(engine.answer('lol ok 😂').answered).toBe(false);
  });
});

describe('who the writer says they are', () => {
  it('reads "our" and "we" in the question as the side the story names ("I\'m with the society")', () => {
    const terms = (message: string) => Object.keys(engine.explain(message).terms);
    expect(terms("I'm with the heritage society. How many people did we count?")).toContain(
      'e:heritage-society',
    );
    expect(terms('I am from the town council. What did our mayor say?')).toContain('e:town-council');
    // Nobody named: "we" stays nobody's.
    expect(terms('I live nearby. How many people did we count?')).not.toContain('e:heritage-society');
  });
});

describe('words of names and phrases', () => {
  it('reads a word the knowledge only uses inside a name as that name, less surely', () => {
    // "regional" is only ever part of "regional heritage fund" in the tiny knowledge.
    const explained = engine.explain('what did the regional people pay for?');
    expect(Object.keys(explained.terms)).toContain('e:heritage-fund');
  });
});

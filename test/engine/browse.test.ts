import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Quote } from '../../src/engine/answer.ts';
import {
  keyFacts,
  paragraphOf,
  quotesBySpeaker,
  sourceInfo,
  suggestQuestions,
  suggestSpeakers,
  timeline,
} from '../../src/engine/browse.ts';
import { Engine } from '../../src/engine/engine.ts';
import { normalizeForCompare } from '../../src/text/normalize.ts';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const ARTICLE = normalizeForCompare(readFileSync(`${KNOWLEDGE}/article.txt`, 'utf8'));

let engine: Engine;
let questions: Set<string>;
beforeAll(() => {
  engine = loadEngine(KNOWLEDGE);
  questions = new Set(engine.kb.qa.map((q) => q.question));
});

const questionOf = (id: string) => engine.kb.qa.find((q) => q.id === id)?.question;
const ids = (quotes: readonly Quote[]) => quotes.map((q) => q.id);
/** Article order of sentence ids ("p4.s2" -> [4, 2]). */
const position = (id: string) => id.slice(1).split('.s').map(Number) as [number, number];
const inArticleOrder = (list: readonly string[]) =>
  list.every((id, i) => {
    if (i === 0) return true;
    const [p0, s0] = position(list[i - 1] as string);
    const [p1, s1] = position(id);
    return p0 < p1 || (p0 === p1 && s0 < s1);
  });

describe('suggestQuestions', () => {
  test.each([
    // typed, curated entry that must come first
    ['How long', 'duration'],
    ['how lon', 'duration'],
    ['Who called the emer', 'un-meeting'],
    ['casualties', 'death-toll'], // a paraphrase's word: the main question is offered
    ['What were the casualties', 'death-toll'], // a paraphrase's prefix
    ['casulties', 'death-toll'], // typo
    ['deir ezor', 'deir-ez-zor'], // typo of a place name
    ['DEIR EL-ZOUR', 'deir-ez-zor'], // case and punctuation
    ['how many dead', 'death-toll'], // synonyms, through the engine
    ['why stop', 'why-stopped'],
    ['churkin walk', 'churkin-walkout'],
    ['How mnay Syrian sol', 'death-toll'], // a slip in a whole word, then a word half typed
    ['Did the Pentagno inf', 'pentagon-informed'],
    ['Howm any Syrian', 'death-toll'], // two letters swapped across a space
    ['Who calle dthe emer', 'un-meeting'],
    ['Who called the emre', 'un-meeting'], // two letters swapped in the word being typed
  ])('%j suggests the %s question first', (typed, qaId) => {
    const got = suggestQuestions(engine, typed);
    expect(got[0]).toBe(questionOf(qaId));
  });

  test.each([['churkn'], ['Churkin'], ['vitaly']])('%j suggests only Churkin questions first', (typed) => {
    const got = suggestQuestions(engine, typed, 3);
    expect(got).toHaveLength(3);
    for (const q of got) expect(q).toMatch(/Churkin|Russia's ambassador/);
  });

  test.each([['xyzzy'], ['qqqq wwww'], ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']])(
    '%j suggests no question',
    (typed) => {
      expect(suggestQuestions(engine, typed)).toEqual([]);
    },
  );

  test.each([['🙂🙂🙂'], ['?!'], ['\u0000\u0007']])('%j has no words: the starters', (typed) => {
    expect(suggestQuestions(engine, typed)).toEqual(suggestQuestions(engine, ''));
  });

  test('empty input gives the starter questions: the topics, the engine defaults first', () => {
    const got = suggestQuestions(engine, '   ');
    const topical = engine.kb.qa.filter((q) => q.topic).map((q) => q.question);
    expect(got.slice(0, 3)).toEqual(engine.defaultSuggestions());
    expect(new Set(got)).toEqual(new Set([...engine.defaultSuggestions(), ...topical].slice(0, 25)));
  });

  test.each([[''], ['the'], ['a'], ['what'], ['did'], ['strike']])(
    '%j: at most 25 by default, distinct, curated main questions (Discord limits: test/discord/autocomplete.test.ts)',
    (typed) => {
      const got = suggestQuestions(engine, typed);
      expect(got.length).toBeGreaterThan(0);
      expect(got.length).toBeLessThanOrEqual(25);
      expect(new Set(got).size).toBe(got.length);
      for (const q of got) expect(questions.has(q)).toBe(true);
    },
  );

  test.each([
    [1, 'the'],
    [3, 'the'],
    [5, ''],
    [0, 'the'],
    [100, 'the'],
  ])('limit %i is respected', (limit, typed) => {
    const got = suggestQuestions(engine, typed, limit);
    expect(got.length).toBe(Math.min(limit, suggestQuestions(engine, typed, 1000).length));
  });

  test('a long question is offered whole (Discord cuts it: test/discord/autocomplete.test.ts)', () => {
    const long = `What did the Russian Foreign Ministry say about ${'the very long and winding road '.repeat(5)}?`;
    const kb = engine.kb;
    const withLong = new Engine({
      ...kb,
      qa: [
        ...kb.qa,
        { id: 'long', question: long, paraphrases: [], answer: ['p3.s1'], answerIds: ['p3.s1'] },
      ],
    });
    expect(suggestQuestions(withLong, 'winding road')[0]).toBe(long);
  });

  test('never throws and stays fast on hostile input', () => {
    const inputs = [
      'x'.repeat(10_000),
      '\u0000\u0007\u001b[31m',
      '\ud800',
      '////',
      'a b c d e f g h i j k l m n o p',
    ];
    for (const typed of inputs) expect(Array.isArray(suggestQuestions(engine, typed))).toBe(true);
    expect(suggestQuestions(engine, undefined as unknown as string)).toEqual(suggestQuestions(engine, ''));
    // Every keystroke of a question, as Discord autocomplete sends them (speed: npm run bench).
    const full = 'How many soldiers were killed near Deir ez-Zor';
    for (let i = 1; i <= full.length; i++) {
      expect(suggestQuestions(engine, full.slice(0, i)).length).toBeLessThanOrEqual(25);
    }
  });
});

describe('suggestSpeakers', () => {
  test.each([
    ['Churkin', 'churkin'],
    ['churkn', 'churkin'],
    ["Russia's ambassador", 'churkin'],
    ['vitaly', 'churkin'],
    ['the pentagon', 'pentagon'],
    ['pentgon', 'pentagon'],
    ['samantha', 'power'],
    ['Samanta Power', 'power'],
    ['daesh', 'islamic-state'],
    ['IS', 'islamic-state'],
    ['US', 'us'],
    ['america', 'us'],
    ['Observatory', 'observatory'],
    ['SOHR', 'observatory'],
    ['White House', 'white-house'],
    ['Damascus and Moscow', 'syria-and-russia'],
    ['Kremlin', 'russia'],
  ])('%j suggests %s first', (typed, id) => {
    expect(suggestSpeakers(engine, typed)[0]?.id).toBe(id);
  });

  test.each([['Merkel'], ['xyzzy'], ['Deir el-Zour']])('%j suggests no speaker', (typed) => {
    expect(suggestSpeakers(engine, typed)).toEqual([]);
  });

  test('empty input: every speaker with quotes, most quoted first, labels as the engine credits them', () => {
    const got = suggestSpeakers(engine, '');
    expect(got.length).toBeGreaterThan(10);
    expect(got.length).toBeLessThanOrEqual(25);
    const counts = got.map((s) => quotesBySpeaker(engine, s.id)?.quotes.length ?? 0);
    for (const c of counts) expect(c).toBeGreaterThan(0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const s of got) expect(s.label).toBe(engine.speaker(s.id)?.label);
    // Everyone the article quotes directly is offered.
    const direct = new Set(engine.kb.passages.map((p) => p.speaker).filter(Boolean));
    for (const id of direct) expect(got.map((s) => s.id)).toContain(id);
    // Entities never quoted (the coalition, places) are not.
    expect(got.map((s) => s.id)).not.toContain('coalition');
    expect(got.map((s) => s.id)).not.toContain('deir-ez-zor');
  });

  test('limit, distinct ids, labels as the engine credits them', () => {
    expect(suggestSpeakers(engine, '', 3)).toHaveLength(3);
    const got = suggestSpeakers(engine, 'us');
    expect(new Set(got.map((s) => s.id)).size).toBe(got.length);
    for (const s of got) expect(s.label).toBe(engine.speaker(s.id)?.label);
  });
});

describe('quotesBySpeaker', () => {
  test.each([
    ['churkin', 'churkin', ['p13.s2', 'p14.s1', 'p14.s2']],
    ['Churkin', 'churkin', ['p13.s2', 'p14.s1', 'p14.s2']],
    ["Russia's ambassador", 'churkin', ['p13.s2', 'p14.s1', 'p14.s2']],
    ['Vitaly Churkin', 'churkin', ['p13.s2', 'p14.s1', 'p14.s2']],
    ['Churkn', 'churkin', ['p13.s2', 'p14.s1', 'p14.s2']],
    ['Samantha Power', 'power', ['p11.s1', 'p11.s2', 'p12.s1']],
    // A parent includes its children: the Pentagon speaks through its spokesman.
    ['the pentagon', 'pentagon', ['p17.s1']],
    ['Peter Cook', 'cook', ['p17.s1']],
    ['US', 'us', ['p5.s1', 'p5.s2', 'p11.s1', 'p11.s2', 'p12.s1', 'p17.s1', 'p18.s1']],
    ['Washington', 'us', ['p5.s1', 'p5.s2', 'p11.s1', 'p11.s2', 'p12.s1', 'p17.s1', 'p18.s1']],
    // A joint speaker counts for each member: Moscow's figure of 62 is Russia's too.
    [
      'Russia',
      'russia',
      ['p2.s1', 'p3.s1', 'p4.s2', 'p7.s1', 'p13.s2', 'p14.s1', 'p14.s2', 'p15.s1', 'p16.s1'],
    ],
    ['syria-and-russia', 'syria-and-russia', ['p4.s2']],
    ['Australia', 'australia', ['p18.s2', 'p19.s1']],
    ['IS', 'islamic-state', ['p8.s1']],
  ])('%j is %s with %j', (name, id, expected) => {
    const got = quotesBySpeaker(engine, name);
    expect(got?.speaker.id).toBe(id);
    expect(ids(got?.quotes ?? [])).toEqual(expected);
    expect(inArticleOrder(expected)).toBe(true);
  });

  test('each quote keeps its exact speaker, not the parent asked for', () => {
    const us = quotesBySpeaker(engine, 'US');
    const speakers = Object.fromEntries((us?.quotes ?? []).map((q) => [q.id, q.speaker?.id]));
    expect(speakers).toMatchObject({ 'p11.s1': 'power', 'p17.s1': 'cook', 'p18.s1': 'white-house' });
    expect(us?.speaker.label).toBe('US government');
  });

  test('a child never returns its parent’s other quotes', () => {
    const churkin = quotesBySpeaker(engine, 'churkin');
    expect(ids(churkin?.quotes ?? [])).not.toContain('p2.s1');
  });

  test.each([
    ['Merkel', 'Merkel'],
    ['empty', ''],
    ['blank', '   '],
    ['a place', 'Deir el-Zour'],
    ['a sentence id', 'p4.s1'],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['a control character', '\u0000'],
  ])('%s is no speaker: null', (_, name) => {
    expect(quotesBySpeaker(engine, name)).toBeNull();
  });

  test('a known entity the article never quotes: the speaker with no quotes', () => {
    const got = quotesBySpeaker(engine, 'the coalition');
    expect(got?.speaker.id).toBe('coalition');
    expect(got?.quotes).toEqual([]);
  });
});

describe('keyFacts', () => {
  test('the death toll quotes both figures, each with its source and side', () => {
    const toll = keyFacts(engine).find((f) => /toll/i.test(f.label));
    expect(toll?.contested?.id).toBe('death-toll');
    expect(toll?.contested?.sides.length).toBe(2);
    const text = toll?.quotes.map((q) => q.text).join(' ');
    expect(text).toContain('at least 90');
    expect(text).toContain('62');
    const byId = new Map(toll?.quotes.map((q) => [q.id, q.speaker?.id]));
    expect(byId.get('p4.s1')).toBe('observatory');
    expect(byId.get('p4.s2')).toBe('syria-and-russia');
    for (const side of toll?.contested?.sides ?? []) {
      expect(side.quoteIds.length).toBeGreaterThan(0);
      for (const id of side.quoteIds) expect(ids(toll?.quotes ?? [])).toContain(id);
    }
  });

  test.each([
    [/^what happened/i, 'p2.s1'],
    [/^where/i, 'p4.s1'],
    [/^when/i, 'p4.s1'],
    [/how long/i, 'p4.s1'],
    [/who carried/i, 'p18.s2'],
    [/why it stopped/i, 'p5.s2'],
    [/destroyed/i, 'p4.s3'],
  ])('a fact labelled %s quotes %s', (label, id) => {
    const fact = keyFacts(engine).find((f) => label.test(f.label));
    expect(ids(fact?.quotes ?? [])).toContain(id);
  });

  test('a contested fact whose curated answer leaves a side out still quotes it', () => {
    const kb = engine.kb;
    const oneSided = new Engine({
      ...kb,
      facts: [
        { id: 'toll', label: 'Toll', answer: ['p4.s1'], answerIds: ['p4.s1'], contested: 'death-toll' },
      ],
    });
    const [fact] = keyFacts(oneSided);
    expect(ids(fact?.quotes ?? [])).toEqual(['p4.s1', 'p4.s2']);
  });

  test('every fact has a label and at least one quote; uncontested ones say so', () => {
    const facts = keyFacts(engine);
    expect(facts.length).toBe(engine.kb.facts.length);
    for (const f of facts) {
      expect(f.label.trim()).not.toBe('');
      expect(f.quotes.length).toBeGreaterThan(0);
    }
    expect(facts.find((f) => /where/i.test(f.label))?.contested).toBeNull();
  });
});

describe('timeline', () => {
  test('events are in time order: "Previously" first, the raid, the UN, then Sunday', () => {
    const events = timeline(engine);
    const at = (id: string) => events.findIndex((e) => ids(e.quotes).includes(id));
    expect(at('p17.s1')).toBe(0); // the Pentagon had informed Moscow, before the strike
    expect(at('p4.s1')).toBeGreaterThan(at('p17.s1')); // the raid
    expect(at('p5.s2')).toBeGreaterThan(at('p4.s1')); // aborted
    expect(at('p9.s1')).toBeGreaterThan(at('p5.s2')); // emergency UN meeting on Saturday evening
    expect(at('p11.s1')).toBeGreaterThanOrEqual(at('p9.s1')); // Power to reporters
    expect(at('p3.s1')).toBeGreaterThan(at('p11.s1')); // Sunday: Foreign Ministry statement
    expect(at('p8.s1')).toBeGreaterThan(at('p9.s1')); // Sunday: IS says it shot down a plane
    expect(at('p20.s1')).toBeGreaterThan(at('p3.s1'));
    const firstSunday = events.findIndex((e) => e.when.startsWith('Sunday'));
    const lastSaturday = events.findLastIndex((e) => e.when.startsWith('Saturday'));
    expect(firstSunday).toBeGreaterThan(lastSaturday);
  });

  test('every event has a when, a label and quotes', () => {
    const events = timeline(engine);
    expect(events.length).toBe(engine.kb.timeline.length);
    for (const e of events) {
      expect(e.when.trim()).not.toBe('');
      expect(e.label.trim()).not.toBe('');
      expect(e.quotes.length).toBeGreaterThan(0);
    }
  });
});

describe('paragraphOf', () => {
  test.each([
    ['p4.s2', ['p4.s1', 'p4.s2', 'p4.s3']],
    ['p4.s1', ['p4.s1', 'p4.s2', 'p4.s3']],
    ['p13.s1', ['p13.s1', 'p13.s2']],
    ['p8.s1', ['p8.s1']],
    [' p14.s2 ', ['p14.s1', 'p14.s2']],
    ['p99.s1', []],
    ['p4.s9', []],
    ['', []],
    ['nonsense', []],
  ])('%j -> %j', (id, expected) => {
    const got = paragraphOf(engine, id);
    expect(ids(got)).toEqual(expected);
    if (got.length > 0) expect(new Set(got.map((q) => q.paragraph)).size).toBe(1);
  });
});

describe('sourceInfo', () => {
  test('describes the article and the knowledge version', () => {
    const info = sourceInfo(engine);
    expect(info).toEqual({
      headline: 'Moscow Slams US For Bombing Syrian Army',
      publisher: 'DW',
      date: '2016-09-18',
      source: 'DW, 18 September 2016',
      sentences: engine.kb.passages.length,
      version: engine.kb.version,
      sources: [
        {
          id: 'dw',
          file: 'article.txt',
          passagesFile: 'passages.json',
          headline: 'Moscow Slams US For Bombing Syrian Army',
          publisher: 'DW',
          publisherAliases: ['Deutsche Welle'],
          date: '2016-09-18',
          quotedAs: 'DW, 18 September 2016',
          url: null,
          language: 'en',
          primary: true,
          sentences: engine.kb.passages.length,
        },
      ],
    });
    expect(readFileSync(`${KNOWLEDGE}/article.txt`, 'utf8').startsWith(info.headline)).toBe(true);
    expect(info.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('every quote is verbatim from knowledge/article.txt, with its attribution', () => {
  test('quotes of every helper', () => {
    const all: Quote[] = [
      ...keyFacts(engine).flatMap((f) => f.quotes),
      ...timeline(engine).flatMap((e) => e.quotes),
      ...suggestSpeakers(engine, '').flatMap((s) => quotesBySpeaker(engine, s.id)?.quotes ?? []),
      ...engine.kb.passages.flatMap((p) => paragraphOf(engine, p.id)),
    ];
    expect(all.length).toBeGreaterThan(50);
    for (const q of all) {
      expect(ARTICLE).toContain(normalizeForCompare(q.text));
      const passage = engine.kb.passageById.get(q.id);
      expect(q.text).toBe(passage?.text);
      expect(q.speaker?.id ?? null).toBe(passage?.speaker ?? null);
      expect(q.source).toBe('DW, 18 September 2016');
      expect(q).toEqual(engine.quote(q.id));
    }
  });
});

/**
 * Edit distance, the symmetric-delete typo index and the analyser's typo correction, on a
 * handful of made-up words: one and two edits, transpositions, the first-letter rule, the
 * swap-only rule for three letters, and real English words left alone.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate.ts';
import {
  Analyzer,
  analyzerChatOf,
  beingInItAsInvolved,
  lightVerbOfSpeech,
  lostPeople,
  nationalityAsWho,
  spelledFigures,
  TypoIndex,
  weekdayOfBeingAsWhen,
  withoutSpanEnd,
  withoutTurnToSpeak,
} from '../../src/engine/analyzer.ts';
import { quotedFromMemory } from '../../src/engine/decide.ts';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { editDistance } from '../../src/text/edit-distance.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['soldiers', 'soldiers', 0],
    ['soldiers', 'soldier', 1], // a letter dropped
    ['soldier', 'soldiers', 1], // a letter added
    ['soldiers', 'soldiars', 1], // a letter changed
    ['soldiers', 'soliders', 1], // two letters swapped: one edit
    ['lighthouse', 'ligthhuose', 2], // two swaps
    ['kitten', 'sitting', 3],
    // Optimal string alignment: a swapped pair is not edited again ("ca" -> "ac" -> "abc" is not 2).
    ['ca', 'abc', 3],
  ])('%s -> %s: %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it.each([
    ['a', 'abcdef', 3, 4], // the lengths alone are too far apart
    ['abcdef', 'uvwxyz', 2, 3],
    ['lighthouse', 'ligthhuose', 1, 2],
    ['lighthouse', 'ligthhuose', 2, 2],
  ])('%s -> %s bounded by %i: %i (anything over the bound is bound + 1)', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('TypoIndex', () => {
  const index = new TypoIndex(['soldiers', 'visitors', 'restoration', 'lighthouse', 'ab', 'x2y']);

  it.each([
    ['soliders', 1, 'soldiers'], // swapped letters
    ['vistors', 1, 'visitors'], // a letter dropped
    ['visittors', 1, 'visitors'], // a letter added
    ['visitars', 1, 'visitors'], // a letter changed
    ['restorashon', 2, 'restoration'], // two edits in a long word
    ['ligthhuose', 2, 'lighthouse'],
  ])('finds %s within %i edit(s) of %s', (word, edits, expected) => {
    expect(index.candidates(word, edits)).toContain(expected);
  });

  it('files only words of 9 letters or more under two deletions', () => {
    // "soldxxrs" is two edits from "soldiers" (8 letters): not found even when asked for two.
    expect(index.candidates('soldxxrs', 2)).not.toContain('soldiers');
    // "restorasxon" is two edits from "restoration" (11 letters): found.
    expect(index.candidates('restorasxon', 2)).toContain('restoration');
  });

  it('does not index words under three letters or with other characters than letters', () => {
    expect(index.candidates('ab', 1).size).toBe(0);
    expect(index.candidates('x2y', 1).size).toBe(0);
  });

  it('finds nothing for a word far from every word', () => {
    expect(index.candidates('quixotic', 1).size).toBe(0);
  });

  it('finds exactly the words, in the same order, that a map from every deletion string finds', () => {
    // The reference: each word filed under its deletion strings themselves (no hashing).
    const deletions = (word: string, edits: number) => {
      const out = new Set([word]);
      let frontier = [word];
      for (let e = 0; e < edits; e++) {
        const next: string[] = [];
        for (const w of frontier)
          if (w.length >= 3)
            for (let i = 0; i < w.length; i++) {
              const d = w.slice(0, i) + w.slice(i + 1);
              if (out.has(d)) continue;
              next.push(d);
              out.add(d);
            }
        frontier = next;
      }
      return out;
    };
    const random = mulberry32(3);
    const letters = 'aeioustrnl';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * 10)]).join('');
    const vocabulary = [...new Set(Array.from({ length: 3000 }, () => word(3 + Math.floor(random() * 9))))];
    const filed = new Map<string, string[]>();
    for (const w of vocabulary)
      for (const key of deletions(w, w.length >= 9 ? 2 : 1)) filed.set(key, [...(filed.get(key) ?? []), w]);
    const compact = new TypoIndex(vocabulary);
    for (let i = 0; i < 500; i++) {
      const asked = word(3 + Math.floor(random() * 10));
      const edits = asked.length >= 9 ? 2 : 1;
      const expected = new Set([...deletions(asked, edits)].flatMap((key) => filed.get(key) ?? []));
      expect([...compact.candidates(asked, edits)], asked).toEqual([...expected]);
    }
  });

  it('built from an earlier index (a reload) finds exactly what one built afresh finds', () => {
    const random = mulberry32(5);
    const letters = 'aeioustrnl';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * 10)]).join('');
    const before = [...new Set(Array.from({ length: 2000 }, () => word(3 + Math.floor(random() * 9))))];
    const earlier = new TypoIndex(before);
    const changes: [string, string[]][] = [
      ['the same words', [...before]],
      ['a number added in the middle (not filed)', [...before.slice(0, 900), '42', ...before.slice(900)]],
      ['a word changed in the middle', [...before.slice(0, 900), 'zzzqqq', ...before.slice(901)]],
      ['a word added at the end', [...before, 'qqqzzz']],
      ['the last word removed', before.slice(0, -1)],
      ['the first word removed', before.slice(1)],
    ];
    for (const [what, vocabulary] of changes) {
      const reused = new TypoIndex(vocabulary, earlier);
      const fresh = new TypoIndex(vocabulary);
      for (let i = 0; i < 300; i++) {
        const asked = i % 3 === 0 ? (vocabulary[i] as string) : word(3 + Math.floor(random() * 10));
        const edits = asked.length >= 9 ? 2 : 1;
        expect([...reused.candidates(asked, edits)], `${what}: ${asked}`).toEqual([
          ...fresh.candidates(asked, edits),
        ]);
      }
    }
  });
});

describe('typo correction (Analyzer.analyzeQuery)', () => {
  const english = loadEnglishWords();
  const vocabulary = [
    'visitors',
    'lighthouse',
    'restoration',
    'tickets',
    'weekend',
    'price',
    'say',
    'fog',
    'card',
    'cart',
    'part',
    'form',
    'near',
    'never',
    'may',
    'many',
  ];
  const analyzer = (frequency: Record<string, number> = {}) =>
    new Analyzer(
      new Lexicon({ entities: [], synonyms: [] }),
      new Set(vocabulary),
      english,
      new Map(Object.entries(frequency)),
    );
  const correct = (word: string, frequency?: Record<string, number>) =>
    analyzer(frequency).analyzeQuery(word).corrections[0]?.to ?? null;

  it.each([
    ['vistors', 'visitors', 'a letter dropped'],
    ['visitars', 'visitors', 'a letter changed'],
    ['visittors', 'visitors', 'a letter added'],
    ['lighthuose', 'lighthouse', 'two letters swapped (one edit)'],
    ['restorashon', 'restoration', 'two edits in a word of 9 letters or more'],
    ['lighthse', 'lighthouse', 'two edits in a shorter word, from a word of 9 letters or more'],
    ['ligthhuose', 'lighthouse', 'two swaps in a long word'],
    ['bisitors', 'visitors', 'the first letter, for a single slip'],
    ['sya', 'say', 'three letters: swapped'],
    ['fgo', 'fog', 'three letters: swapped'],
  ])('%s -> %s (%s)', (word, expected) => {
    expect(english.has(word)).toBe(false);
    expect(correct(word)).toBe(expected);
  });

  it.each([
    ['lghths', 'lighthouse', 'every vowel left out'],
    ['rstrtn', 'restoration', 'every vowel left out'],
    ['restrtn', 'restoration', 'one vowel typed after the first letter'],
    ['tckts', 'tickets', 'two vowels left out of a word under 9 letters'],
  ])('%s -> %s (vowels left out, as chat types fast: %s)', (word, expected) => {
    expect(english.has(word)).toBe(false);
    expect(correct(word)).toBe(expected);
  });

  it('corrects no word of a French message left as typed (keptAsTyped): a word of French', () => {
    const french = analyzer();
    french.keptAsTyped = new Set(['vistors']);
    expect(french.analyzeQuery('vistors').corrections).toEqual([]);
    french.keptAsTyped = new Set();
    expect(french.analyzeQuery('vistors').corrections[0]?.to).toBe('visitors');
  });

  it.each([
    ['vistars', 'one vowel changed and none left out: no shorthand, and two slips from "visitors"'],
    ['crd', 'three letters: too few to go on ("card" and "cord" alike)'],
    ['prt', 'three letters'],
  ])('leaves %s alone (%s)', (word) => {
    expect(correct(word)).toBeNull();
  });

  it.each([
    ['tikcts', 'two edits in a word under 9 letters'],
    ['tikcetts', 'two edits between words both under 9 letters'],
    ['bestorasion', 'the first letter changed, with another slip'],
    ['saj', 'three letters: a changed letter is not enough to go on'],
    ['fpg', 'three letters: a changed letter is not enough to go on'],
    ['quixotically', 'nothing close'],
  ])('leaves %s alone (%s)', (word) => {
    expect(correct(word)).toBeNull();
  });

  describe('the English word meant before a word of the story as far or further off', () => {
    // "relay" and "command" (a word of a name) only in lists, never in the article text; "power" in it.
    const story = new Analyzer(
      new Lexicon({
        entities: [{ id: 'centcom', name: 'Central Command', aliases: [], caseSensitiveAliases: [] }],
        synonyms: [],
      }),
      new Set(['relay', 'central', 'command', 'power']),
      english,
      new Map([['power', 5]]),
    );
    const fixed = (word: string) => story.analyzeQuery(word).corrections[0]?.to ?? null;

    it.each([
      ['comming', 'coming', 'one slip from "coming", two from the name word "command"'],
      ['realy', 'really', 'a word of grammar as close as "relay", which the article text never uses'],
      ['pwer', 'power', 'a word the article text uses, as close as the grammar word "per"'],
    ])('%s -> %s (%s)', (word, expected) => {
      expect(english.has(word)).toBe(false);
      expect(fixed(word)).toBe(expected);
    });
  });

  it.each([
    ['prise', 'one edit from "price"'],
    ['visitor', 'one edit from "visitors"'],
    ['weekends', 'one edit from "weekend"'],
  ])('never corrects the real English word %s (%s): it is kept as an unknown word', (word) => {
    expect(english.has(word)).toBe(true);
    const analysis = analyzer().analyzeQuery(word);
    expect(analysis.corrections).toEqual([]);
    expect(analysis.free).toEqual([expect.objectContaining({ word, english: true })]);
  });

  it.each([
    ['was the commander optimistic', 'optimistic', true, 'said of what the question names'],
    ['did they say it publicly?', 'publicly', true, 'an adverb closing the question'],
    ['was he curious about it', 'curious', true, 'before a word of no topic'],
    ['did danish jets take part', 'danish', false, 'a people: what the question is about'],
    ['what happened at the next meeting', 'next', false, 'right before a word: which one'],
    ['how old was the commander', 'old', false, 'after "how": what is asked'],
    ['how much was the gear worth', 'worth', false, 'in "how much": what is measured'],
    ['who was punished', 'punished', false, "a verb's form, not an adjective"],
    ['what about the refugees', 'refugees', false, 'a noun'],
    ['who insists it was unintentional', 'insists', true, 'a verb of saying'],
    ['what did the envoy predict', 'predict', true, 'a verb of saying'],
    ['who evacuated the town', 'evacuated', false, 'a verb of doing'],
    ['what happened with the sanctions', 'sanctions', false, 'after "the": a noun, no verb of saying'],
  ])('%s: "%s" is how it asks, not what about: %s (%s)', (question, word, expected) => {
    const free = analyzer()
      .analyzeQuery(question)
      .free.find((w) => w.word === word);
    expect(free?.english).toBe(true);
    expect(free?.modifier ?? false).toBe(expected);
  });

  it('keeps an adjective or adverb right after a negation the reader took out whole: the contrast asked about', () => {
    const tokens = tokenize('why through russia directly');
    const read = [
      ...tokens.slice(0, 3),
      { ...(tokens[3] as (typeof tokens)[number]), negated: true as const },
    ];
    expect(
      analyzer()
        .analyzeTokens(tokens)
        .free.find((w) => w.word === 'directly')?.modifier,
    ).toBe(true);
    expect(
      analyzer()
        .analyzeTokens(read)
        .free.find((w) => w.word === 'directly')?.modifier,
    ).toBeUndefined();
  });

  it('reads a word of six letters or more two slips from a word of a name as that name; other words not', () => {
    const names = (extra: string[] = []) =>
      new Analyzer(
        new Lexicon({
          entities: [
            { id: 'churkin', name: 'Vitaly Churkin', aliases: [], caseSensitiveAliases: [], kind: 'person' },
            { id: 'tarkin', name: 'Tarkin', aliases: ['Turkan'], caseSensitiveAliases: [], kind: 'person' },
            { id: 'cook', name: 'Peter Cook', aliases: [], caseSensitiveAliases: [], kind: 'person' },
          ],
          synonyms: [],
        }),
        new Set([
          ...vocabulary,
          'vitaly',
          'churkin',
          'tarkin',
          'turkan',
          'chicken',
          'peter',
          'cook',
          ...extra,
        ]),
        english,
        new Map(),
      );
    const named = (word: string, extra?: string[]) =>
      names(extra).analyzeQuery(word).corrections[0]?.to ?? null;
    expect(english.has('chirkn')).toBe(false);
    expect(named('chirkn')).toBe('churkin'); // two slips in six letters: a name
    expect(named('vitlay')).toBe('vitaly'); // one slip, as any word
    expect(named('chikcne')).toBeNull(); // two slips from "chicken", which is no name
    expect(named('xhirkn')).toBeNull(); // the first letter changed as well
    expect(named('tirkn')).toBeNull(); // two slips from two names: which one is not known
    expect(named('tirkn', ['tirken'])).toBe('tirken'); // one slip from a word of the knowledge comes first
    // Five letters two slips from a name are as likely a name no list has ("patel" is not Peter).
    expect(english.has('patel')).toBe(false);
    expect(named('patel')).toBeNull();
    expect(named('petr')).toBe('peter'); // one slip, as any word
  });

  it('counts a person\'s name less when it only says whose body a possessive names ("vale\'s government")', () => {
    const heads = new Analyzer(
      new Lexicon({
        entities: [
          {
            id: 'norland',
            name: 'Norland government',
            aliases: ['vale government', 'government'],
            caseSensitiveAliases: [],
            kind: 'government',
          },
          {
            id: 'vale',
            name: 'Erik Vale',
            aliases: ['vale'],
            caseSensitiveAliases: [],
            kind: 'person',
            parent: 'norland',
          },
        ],
        synonyms: [{ id: 'say', words: ['say', 'says', 'said', 'saying'] }],
      }),
      new Set([...vocabulary, 'erik', 'vale', 'norland', 'government']),
      english,
      new Map(),
    );
    const owned = heads.analyzeQuery("did they write to vale's government");
    expect(owned.terms).toContain('e:norland');
    expect(owned.factors.get('e:vale')).toBeLessThan(1);
    // Not said as an owner, the name counts in full.
    expect(heads.analyzeQuery('and the vale government?').factors.get('e:vale')).toBeUndefined();
    expect(heads.analyzeQuery('what did vale say').factors.get('e:vale')).toBeUndefined();
    // The camp a person leads after the possessive, and the body named after its head speaking.
    expect(heads.analyzeQuery("what is vale's side saying").factors.get('e:vale')).toBeLessThan(1);
    expect(heads.analyzeQuery("what did vale's people say").factors.get('e:vale')).toBeLessThan(1);
    expect(heads.analyzeQuery("what's the vale government saying").factors.get('e:vale')).toBeLessThan(1);
    expect(heads.analyzeQuery('what does the vale government say').factors.get('e:vale')).toBeLessThan(1);
    // Whom someone spoke about, or a possessive before what is no camp, counts in full.
    expect(
      heads.analyzeQuery('what did they say about the vale government').factors.get('e:vale'),
    ).toBeUndefined();
    expect(heads.analyzeQuery("what was vale's plan").factors.get('e:vale')).toBeUndefined();
  });

  it('reads a name spelled the way another language writes it as the name that sounds the same', () => {
    const names = new Analyzer(
      new Lexicon({
        entities: [
          { id: 'churkin', name: 'Vitaly Churkin', aliases: [], caseSensitiveAliases: [], kind: 'person' },
          { id: 'power', name: 'Samantha Power', aliases: [], caseSensitiveAliases: [], kind: 'person' },
        ],
        synonyms: [],
      }),
      new Set([...vocabulary, 'vitaly', 'churkin', 'samantha', 'power']),
      english,
      new Map(),
    );
    const named = (word: string) => names.analyzeQuery(word).corrections[0]?.to ?? null;
    expect(named('tschurkin')).toBe('churkin'); // German
    expect(named('tchourkine')).toBe('churkin'); // French
    expect(named('чуркин')).toBe('churkin'); // Russian
    expect(named('pauer')).toBe('power');
    expect(named('vitali')).toBe('vitaly');
    expect(named('tschorkin')).toBeNull(); // another sound
  });

  it('reads a word autocorrect completed from a one-word name\'s start as the name ("pentagram": Pentagon)', () => {
    const names = new Analyzer(
      new Lexicon({
        entities: [
          {
            id: 'pentagon',
            name: 'Pentagon',
            aliases: ['pentagone'],
            caseSensitiveAliases: [],
            kind: 'organisation',
          },
          {
            id: 'army',
            name: 'Syrian military',
            aliases: [],
            caseSensitiveAliases: [],
            kind: 'organisation',
          },
        ],
        synonyms: [],
      }),
      new Set([...vocabulary, 'pentagon', 'pentagone', 'syrian', 'military']),
      english,
      new Map([
        ['pentagon', 3],
        ['military', 5],
      ]),
    );
    const named = (word: string) => names.analyzeQuery(word).corrections[0]?.to ?? null;
    // The alias no text writes is not a second name it could be.
    expect(named('pentagram')).toBe('pentagon');
    // Another word of the same stem is the writer's own ("militarily"), and "military" names no
    // body alone; a word of another start is no completion.
    expect(named('militarily')).toBeNull();
    expect(named('octagon')).toBeNull();
  });

  it('reads a rarer word autocorrect finished from a short name\'s first letters as the name ("syringe": Syrian)', () => {
    const names = new Analyzer(
      new Lexicon({
        entities: [
          { id: 'syria', name: 'Syria', aliases: ['syrian', 'syrie'], caseSensitiveAliases: [] },
          { id: 'moscow', name: 'Moscow', aliases: [], caseSensitiveAliases: [] },
        ],
        synonyms: [],
      }),
      new Set([...vocabulary, 'syria', 'syrian', 'syrie', 'moscow']),
      english,
      new Map([
        ['syria', 3],
        ['syrian', 4],
        ['moscow', 2],
      ]),
    );
    const named = (word: string) => names.analyzeQuery(word).corrections[0]?.to ?? null;
    // Of the entity's spellings the story writes, the one nearest the word's length.
    expect(named('syringe')).toBe('syrian');
    // A common word of English is meant as written.
    expect(named('mosquito')).toBeNull();
  });

  it('never reads a word for a nation\'s people as a slip toward a name ("danes" is not "daesh")', () => {
    const names = new Analyzer(
      new Lexicon({
        entities: [{ id: 'is', name: 'Daesh', aliases: [], caseSensitiveAliases: [], kind: 'group' }],
        synonyms: [],
      }),
      new Set([...vocabulary, 'daesh']),
      english,
      new Map(),
    );
    const named = (word: string) => names.analyzeQuery(word).corrections[0]?.to ?? null;
    // No English word list has it; WordNet's peoples do.
    expect(english.has('danes')).toBe(false);
    expect(named('danes')).toBeNull();
    expect(named('daehs')).toBe('daesh'); // a slip still is one
  });

  describe('a name is not a slip toward a word of the story (issue 11)', () => {
    const story = new Analyzer(
      new Lexicon({
        entities: [
          { id: 'power', name: 'Samantha Power', aliases: [], caseSensitiveAliases: [], kind: 'person' },
          { id: 'cook', name: 'Peter Cook', aliases: [], caseSensitiveAliases: [], kind: 'person' },
        ],
        synonyms: [],
      }),
      new Set([...vocabulary, 'ran', 'leads', 'samantha', 'power', 'peter', 'cook', 'pastel']),
      english,
      new Map([
        ['ran', 2],
        ['leads', 1],
        ['power', 5],
      ]),
    );
    const fixes = (text: string) => story.analyzeQuery(text).corrections;

    it.each([
      ['what did iran say about it', 'iran', 'a country WordNet knows'],
      ['any protest in leeds', 'leeds', 'a city WordNet knows'],
      ['what did Patel say', 'patel', 'a word capitalised inside the sentence, two slips from "peter"'],
      ['was Pastl there', 'pastl', 'capitalised: not the English word "pastel" either'],
    ])('%s: %s stays an unknown name (%s)', (text, word) => {
      expect(fixes(text)).toEqual([]);
      expect(story.analyzeQuery(text).free.map((f) => f.word)).toContain(word);
    });

    it('still corrects a capitalised name one slip off a name of the story; reads capitals as no sign of a name in Title Case', () => {
      expect(fixes('what did Powr say')).toEqual([{ from: 'powr', to: 'power' }]);
      expect(fixes('The Probe By Patsel')).toEqual([{ from: 'patsel', to: 'pastel' }]);
      expect(fixes('the probe by Patsel')).toEqual([]);
    });
  });

  describe('a slip off a word of English the story does not use is that word (issue 11)', () => {
    it.each([
      ['sombody', 'somebody', 'a letter left out'],
      ['compensaton', 'compensation', 'a letter left out, a long word'],
      ['keybaord', 'keyboard', 'two letters swapped'],
      ['appartment', 'apartment', 'a letter doubled'],
      ['wer', 'were', 'three letters: a word of grammar'],
    ])('%s -> %s (%s)', (word, expected) => {
      expect(english.has(word)).toBe(false);
      expect(correct(word)).toBe(expected);
      expect(analyzer().analyzeQuery(word).free).toEqual(
        english.has(expected) && expected.length > 4
          ? [expect.objectContaining({ word: expected, english: true })]
          : expect.anything(),
      );
    });

    it('only then: not for a letter changed, three letters toward a word of no grammar, a name', () => {
      expect(correct('sombody')).toBe('somebody');
      expect(correct('flot')).toBeNull(); // foot, flat, plot: too many words
      expect(correct('unmute')).toBeNull(); // not "uncute"
      expect(correct('yer')).toBeNull(); // not "year"
      expect(correct('aleppo')).toBeNull(); // a name WordNet knows
    });
  });

  it('prefers two letters swapped or one left out to a letter changed or added, however frequent', () => {
    expect(correct('nevr', { near: 9, never: 1 })).toBe('never');
    expect(correct('mnay', { may: 9, many: 1 })).toBe('many');
  });

  it('prefers the one word spelled as it sounds, as close or a slip further ("neer": near; "armee": army)', () => {
    const heard = (word: string) =>
      new Analyzer(
        new Lexicon({ entities: [], synonyms: [] }),
        new Set([...vocabulary, 'army', 'armed', 'going', 'gain', 'ground', 'grid']),
        english,
        new Map(),
      ).analyzeQuery(word).corrections[0]?.to ?? null;
    expect(heard('neer')).toBe('near'); // not "never", a letter left out but another sound
    expect(heard('armee')).toBe('army'); // not "armed", one slip but another sound
    expect(heard('nevr')).toBe('never'); // the same sound as "never"
    expect(heard('goin')).toBe('going'); // the "g" of "-ing" dropped, not "gain"
    expect(heard('groud')).toBe('ground'); // a letter left out is likelier than "grid" by ear
  });

  it('reads an English word the knowledge lacks as the knowledge word two swapped letters make', () => {
    expect(english.has('prat')).toBe(true);
    expect(correct('prat', { part: 3 })).toBe('part');
    // Only a word the knowledge text uses; and one that is not ambiguous.
    expect(correct('prat')).toBeNull();
    expect(english.has('from')).toBe(true);
    expect(correct('from', { form: 2 })).toBeNull(); // a stop word is never read as another word
  });

  it('reads an English word the knowledge lacks as the knowledge word a doubled letter typed once or twice makes', () => {
    expect(english.has('meting')).toBe(true);
    expect(correct('meting', { meeting: 2 })).toBe('meeting');
    expect(correct('loose', { lose: 1 })).toBe('lose');
    expect(correct('meting')).toBeNull(); // the knowledge text does not use "meeting"
    expect(correct('lose', { lose: 1 })).toBeNull(); // too short for it
  });

  it('reads a letter doubled in the wrong place as one slip ("wekkend", two edits, is "weekend")', () => {
    expect(english.has('wekkend')).toBe(false);
    expect(correct('wekkend')).toBe('weekend');
    expect(correct('supossed')).toBe('supposed'); // a stop word of a phrase ("supposed to hit")
    expect(correct('wekkent')).toBeNull(); // and another slip: too far
  });

  it('reads a plural misspelled on top of its word as the word without its "s", corrected', () => {
    // Three slips from "restoration" as it stands: the "s" of the plural is not one of them.
    expect(english.has('restorashons')).toBe(false);
    expect(correct('restorashons')).toBe('restoration');
    expect(correct('vistarss')).toBeNull(); // "ss" is no plural's ending
  });

  it('leaves known words, numbers and very short words alone', () => {
    expect(analyzer().analyzeQuery('visitors 2017 xq tickets').corrections).toEqual([]);
  });

  it('prefers the more frequent word between equally close ones', () => {
    expect(correct('carx', { card: 5, cart: 1 })).toBe('card');
    expect(correct('carx', { card: 1, cart: 5 })).toBe('cart');
  });

  it('reports each correction with what was typed, and analyses the corrected word', () => {
    const analysis = analyzer().analyzeQuery('vistors lighthuose');
    expect(analysis.corrections).toEqual([
      { from: 'vistors', to: 'visitors' },
      { from: 'lighthuose', to: 'lighthouse' },
    ]);
    expect(analysis.terms).toEqual(['w:visitor', 'w:lighthous']);
  });
});

describe('a fragment quoted from memory (quotedFromMemory)', () => {
  const key = 'the ministry asked for a most through investigation of the events';
  it.each([
    ['most thorough investigation', 'a word misspelt (by the article)'],
    ['ministry asked for a full through', 'one word in three wrong'],
    ['ministry asked for a most through', 'word for word'],
    ['the ministry asked for an investigation', 'words of the sentence left out ("a most through")'],
    ['asked for a thorough probe of events', 'a word changed, another left out'],
  ])('finds "%s" (%s)', (quoted) => {
    expect(quotedFromMemory(key, quoted)).toBe(true);
  });

  it('finds a fragment with one word right besides stop words, among three right', () => {
    const said = 'the agency said that no concerns were voiced';
    expect(quotedFromMemory(said, 'no concerns were raised')).toBe(true);
    expect(quotedFromMemory(said, 'concerns were the agency')).toBe(false);
    expect(quotedFromMemory(said, 'no concerns were farmers')).toBe(false);
  });

  it('finds a fragment with a word of degree remembered wrong, and a contraction for two words', () => {
    const said = 'if that is any sign of it then we are in grave danger';
    expect(quotedFromMemory(said, 'we are in huge danger')).toBe(true);
    // matchKey("we're in big danger"): the apostrophe gone.
    expect(quotedFromMemory(said, 'were in big danger')).toBe(true);
    // Still not what the words are about: a noun remembered wrong.
    expect(quotedFromMemory(said, 'we are in grave farmers')).toBe(false);
  });

  it('finds a fragment with a stretch of the sentence left out between two runs of its words', () => {
    const said = 'it was the tallest light we have seen on this coast';
    expect(quotedFromMemory(said, 'tallest light on this coast')).toBe(true);
    // Not a stretch longer than a few words, nor runs of stop words only.
    expect(
      quotedFromMemory(
        'the tallest light of all the lights we have ever seen on this coast',
        'tallest light on this coast',
      ),
    ).toBe(false);
    expect(quotedFromMemory(said, 'it was on this')).toBe(false);
  });

  it.each([
    ['a tragic investigation', 'one word right besides stop words'],
    ['asked for a quick look', 'two words in five wrong'],
    ['investigation of the ministry', 'the words, not in that order'],
    ['ministry asked the police for a quick investigation', 'words added besides one wrong'],
  ])('does not find "%s" (%s)', (quoted) => {
    expect(quotedFromMemory(key, quoted)).toBe(false);
  });
});

describe('words inside a name (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        { id: 'un', name: 'United Nations', aliases: [], caseSensitiveAliases: [] },
        { id: 'lighthouse', name: 'Harbour lighthouse', aliases: [], caseSensitiveAliases: [] },
      ],
      synonyms: [
        { id: 'troops', words: ['unit', 'units', 'soldiers'] },
        { id: 'port', words: ['harbour', 'port'] },
      ],
    }),
    new Set(['nations', 'harbour', 'lighthouse']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('counts a word of a name that is a concept as written ("harbour" in "Harbour lighthouse")', () => {
    expect(terms('where is the harbour lighthouse')).toEqual(
      expect.arrayContaining(['e:lighthouse', 'c:port']),
    );
  });

  it('does not count a word of a name whose stem only looks like a concept ("united" is not "unit")', () => {
    expect(terms('who spoke at the united nations')).toContain('e:un');
    expect(terms('who spoke at the united nations')).not.toContain('c:troops');
    expect(terms('which unit was hit')).toContain('c:troops');
  });
});

describe("a person's name as written (Analyzer.writtenTerms, wordingTerms)", () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        { id: 'us', name: 'United States', aliases: ['us'], caseSensitiveAliases: [], kind: 'government' },
        {
          id: 'power',
          name: 'Samantha Power',
          aliases: ['power'],
          caseSensitiveAliases: [],
          parent: 'us',
          kind: 'person',
        },
        {
          id: 'coalition',
          name: 'US-led coalition',
          aliases: ['coalition'],
          caseSensitiveAliases: [],
          kind: 'alliance',
        },
      ],
      synonyms: [],
    }),
    new Set(),
    loadEnglishWords(),
    new Map(),
  );
  const tokens = (text: string) => tokenize(text);

  it('reads a person only with a capital in a written sentence ("the power plant" is not Samantha Power)', () => {
    expect(analyzer.writtenTerms(tokens('Power accused Russia of a stunt.'))).toContain('e:power');
    expect(analyzer.writtenTerms(tokens('The power plant was hit.'))).not.toContain('e:power');
    expect(analyzer.writtenTerms(tokens('The power plant was hit.'))).not.toContain('e:us');
    expect(analyzer.writtenTerms(tokens('The power plant was hit.'))).toContain('w:power');
  });

  it("reads a person's one-word name only as written, plural or possessive ('powered' is not Power)", () => {
    expect(analyzer.docTerms(tokens("what did power's team say"))).toContain('e:power');
    expect(analyzer.docTerms(tokens('the grid was powered down'))).not.toContain('e:power');
    // Other names keep their endings: "the coalition's" and "coalitions" alike.
    expect(analyzer.docTerms(tokens('the coalitions'))).toContain('e:coalition');
  });

  it('still reads other names in lower case, and every name in a question', () => {
    expect(analyzer.writtenTerms(tokens('The coalition said so.'))).toContain('e:coalition');
    expect(analyzer.docTerms(tokens('what did power say'))).toContain('e:power');
  });

  it('reads a curated wording as its answer writes the word', () => {
    expect(
      analyzer.wordingTerms(tokens('what happened at the power plant'), new Set(['power'])),
    ).not.toContain('e:power');
    expect(analyzer.wordingTerms(tokens('what did power say'), new Set(['said']))).toContain('e:power');
  });
});

describe('a particle said after its object (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'cancel', words: ['call off', 'called off', 'cancel'] },
        { id: 'phone', words: ['call', 'called'] },
      ],
    }),
    new Set(['tour', 'mayor']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "call the tour off" as "call off the tour"', () => {
    expect(terms('when did the mayor call the tour off')).toContain('c:cancel');
    expect(terms('when did they call it off')).toContain('c:cancel');
    expect(terms('when did the mayor call off the tour')).toContain('c:cancel');
  });

  it('leaves a particle too far from its verb, or no phrase with it, as it is', () => {
    expect(terms('did the mayor call before the big summer tour was off')).not.toContain('c:cancel');
    expect(terms('did the mayor call the tour')).not.toContain('c:cancel');
  });
});

describe('wanting someone to do something (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({ entities: [], synonyms: [{ id: 'request', words: ['ask', 'asked', 'urge', 'urged'] }] }),
    new Set(['council', 'mayor', 'repair', 'tower']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "want the council to repair it" as asking the council to', () => {
    expect(terms('what does the mayor want the council to do')).toContain('c:request');
    expect(terms('the mayor wanted the town council to repair the tower')).toContain('c:request');
  });

  it("leaves the writer's own wish and what is wanted of the reader as they are", () => {
    expect(terms('i want to know what the mayor said')).not.toContain('c:request');
    expect(terms('i want you to tell me about the tower')).not.toContain('c:request');
    expect(terms('what did the mayor want for the tower')).not.toContain('c:request');
  });
});

describe('dying said of what ends (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'kill', words: ['dead', 'die', 'died', 'kill', 'killed'] },
        { id: 'end', words: ['end', 'collapse'] },
        { id: 'truce', words: ['truce', 'deal'] },
      ],
    }),
    new Set(['town', 'sailors', 'storm']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads a dead truce, or a deal killed, as its end', () => {
    expect(terms('is the truce dead now')).toEqual(expect.arrayContaining(['c:end', 'c:truce']));
    expect(terms('so was the truce already dead after the storm')).not.toContain('c:kill');
    expect(terms('is the deal going to die')).toContain('c:end');
    expect(terms('did the storm kill the deal')).toEqual(expect.arrayContaining(['c:end', 'c:truce']));
  });

  it('leaves deaths of people, and deaths beside an agreement, as deaths', () => {
    expect(terms('how many sailors died during the truce')).toContain('c:kill');
    expect(terms('how many sailors died during the truce')).not.toContain('c:end');
    expect(terms('the truce held but were the sailors dead')).toContain('c:kill');
    expect(terms('did the storm kill the sailors')).not.toContain('c:end');
  });
});

describe('"to be" before a verb in -ing (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [{ id: 'aim', words: ['supposed to hit', 'meant to hit', 'aim'] }],
    }),
    new Set(['planes', 'bridge']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "supposed to be hitting" as "supposed to hit"', () => {
    expect(terms('what were the planes supposed to be hitting')).toContain('c:aim');
    expect(terms('what were the planes meant to be hitting')).toContain('c:aim');
    expect(terms('what were the planes supposed to hit')).toContain('c:aim');
  });

  it('leaves "to be" before anything else as it is', () => {
    expect(terms('was the bridge supposed to be hit')).not.toContain('c:aim');
  });
});

describe('how something seemed (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({ entities: [], synonyms: [{ id: 'alarm', words: ['alarm', 'sound the alarm'] }] }),
    new Set(['mayor', 'storm', 'border']),
    loadEnglishWords(),
    new Map(),
  );
  const analysis = (q: string) => analyzer.analyzeQuery(q);
  const free = (q: string) => analysis(q).free.map((w) => w.word);

  it('reads "sound", "seem" and "come across" as carrying no topic', () => {
    expect(free('how did the mayor sound')).toEqual(['mayor']);
    expect(free('did the mayor seem worried')).toEqual(['mayor', 'worried']);
    expect(free('how did the mayor come across')).toEqual(['mayor']);
  });

  it('keeps them before a determiner: "sound the alarm", "came across the border"', () => {
    expect(analysis('did the mayor sound the alarm').terms).toContain('c:alarm');
    expect(free('who came across the border')).toContain('came');
  });
});

describe('words that rank, not name, a topic (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({ entities: [], synonyms: [] }),
    new Set(['mayor', 'complaint']),
    loadEnglishWords(),
    new Map(),
  );
  const free = (q: string) => analyzer.analyzeQuery(q).free.map((w) => w.word);

  it('reads "main" and "biggest" as carrying no topic', () => {
    expect(free('what was the mayor main complaint')).toEqual(['mayor', 'complaint']);
    expect(free('what was the mayor biggest complaint')).toEqual(['mayor', 'complaint']);
  });
});

describe('a clause of time about the story itself (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'summary', words: ['happen', 'happened', 'happening', 'what happened'] },
        { id: 'previous', words: ['before', 'previously'] },
      ],
    }),
    new Set(['mayor', 'storm', 'warn']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "while it was happening", "when this happened" as no question of what happened', () => {
    expect(terms('did the mayor warn them while it was happening')).not.toContain('c:summary');
    expect(terms('where was the mayor when it happened')).not.toContain('c:summary');
    expect(terms('did the mayor know before all this happened')).toEqual(
      expect.arrayContaining(['c:previous']),
    );
    expect(terms('did the mayor know before all this happened')).not.toContain('c:summary');
  });

  it('keeps the question itself: "when did it happen", "what happened"', () => {
    expect(terms('when did it happen')).toContain('c:summary');
    expect(terms('what happened during the storm')).toContain('c:summary');
  });
});

describe('a span of time a why-question already knows (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'stop', words: ['stop', 'stopped', 'halted'] },
        { id: 'duration', words: ['minutes', 'mins', 'min', 'lasted'] },
      ],
    }),
    new Set(['ferry', 'stop', 'stopped', '40', 'minutes', 'lasted']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('drops "after 40 mins", "within just 40 minutes" from a question asking why', () => {
    expect(terms('why was the ferry stopped after 40 mins?')).toEqual(['c:stop', 'w:ferry']);
    expect(terms('why was the ferry stopped within just 40 minutes')).toEqual(['c:stop', 'w:ferry']);
  });

  it('keeps the span when the question asks something else, or when no figure follows "after"', () => {
    expect(terms('was the ferry stopped after 40 mins')).toEqual(
      expect.arrayContaining(['w:40', 'c:duration']),
    );
    expect(terms('why was the ferry stopped after it lasted 40 minutes')).toContain('c:duration');
  });
});

describe('what a question sets apart (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        {
          id: 'council',
          name: 'Town council',
          aliases: ['council', 'town council'],
          caseSensitiveAliases: [],
        },
      ],
      synonyms: [{ id: 'boat', words: ['boat', 'boats', 'ferry'] }],
    }),
    new Set(['mayor', 'storm', 'tower', 'lost', 'paid']),
    loadEnglishWords(),
    new Map(),
    undefined,
    undefined,
    undefined,
    analyzerChatOf(DEFAULT_CHAT),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('drops what comes after "besides", "apart from", "other than"', () => {
    expect(terms('what did the town lose besides the boats')).not.toContain('c:boat');
    expect(terms('besides the council and the mayor, who paid for the tower')).not.toContain('e:council');
    expect(terms('who paid apart from the council')).not.toContain('e:council');
    expect(terms('who paid other than the council')).not.toContain('e:council');
  });

  it('keeps the rest of the question, and a pointing word after the exclusion', () => {
    expect(terms('what did the town lose besides the boats')).toContain('w:los');
    expect(terms('besides that, did the council pay')).toContain('e:council');
  });

  it('drops a relative clause of what is set apart that ends the question ("the boats that the storm hit")', () => {
    expect(terms('what did the town lose apart from the boats that the storm hit')).not.toContain('w:storm');
    expect(terms('what did the town lose apart from the boats that the storm hit')).toContain('w:los');
    expect(terms('besides the boats, who paid for the tower that the storm hit')).toContain('w:storm');
    expect(terms('besides the boats, who saw the storm')).toContain('w:storm');
  });

  it('ends a name set apart in mid-question where the verb after it begins ("which people besides the council paid")', () => {
    const a = analyzer.analyzeQuery('which people besides the council paid for the tower');
    expect(a.excluded).toEqual(['e:council']);
    expect(a.terms).not.toContain('e:council');
    expect(a.terms).toEqual(expect.arrayContaining(terms('which people paid for the tower')));
    // No name: what is set apart stays whole.
    expect(terms('what did the town lose besides the boats that sank')).not.toContain('c:boat');
  });

  it('keeps what is set apart when nothing else says a topic (a follow-up: "and other than the council?")', () => {
    expect(terms('and other than the council?')).toContain('e:council');
    expect(analyzer.analyzeQuery('and other than the council?').excluded).toBeUndefined();
  });

  it('names whom it sets apart (excluded), and not as a term of the question', () => {
    expect(analyzer.analyzeQuery('besides the council, who paid for the tower').excluded).toEqual([
      'e:council',
    ]);
    expect(analyzer.analyzeQuery('who paid for the tower').excluded).toBeUndefined();
  });

  it('sets apart after a negation the chat reader took out ("not counting", "not including")', () => {
    const negated = (q: string) =>
      tokenize(q).flatMap((t, i, all) =>
        t.word === 'not' ? [] : [all[i - 1]?.word === 'not' ? { ...t, negated: true as const } : t],
      );
    for (const q of [
      'not counting the council, who paid for the tower',
      'who paid, not including the council',
    ]) {
      const analysis = analyzer.analyzeTokens(negated(q));
      expect(analysis.terms, q).not.toContain('e:council');
      expect(analysis.excluded, q).toEqual(['e:council']);
    }
  });

  it('sets apart whom "with" joins to a question for others ("who else paid with the council")', () => {
    for (const q of [
      'who else paid for the tower with the council?',
      'which other people paid along with the council',
      'anyone else paid alongside the council?',
    ]) {
      expect(terms(q), q).not.toContain('e:council');
      expect(analyzer.analyzeQuery(q).excluded, q).toEqual(['e:council']);
    }
  });

  it('keeps whom "with" joins when no others are asked for, and what is no party', () => {
    expect(terms('who paid for the tower with the council')).toContain('e:council');
    expect(analyzer.analyzeQuery('who paid for the tower with the council').excluded).toBeUndefined();
    expect(terms('who else was hit with the boats')).toContain('c:boat');
    expect(analyzer.analyzeQuery('who else was hit with the boats').excluded).toBeUndefined();
  });
});

describe('a person noun after a name (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        {
          id: 'brandt',
          name: 'Anna Brandt',
          aliases: ['anna brandt', 'brandt', 'harbour lady'],
          caseSensitiveAliases: [],
        },
        {
          id: 'council',
          name: 'Town council',
          aliases: ['council', 'town council'],
          caseSensitiveAliases: [],
        },
      ],
      synonyms: [],
    }),
    new Set(['storm', 'harbour']),
    loadEnglishWords(),
    new Map(),
    undefined,
    undefined,
    undefined,
    analyzerChatOf(DEFAULT_CHAT),
  );
  const free = (q: string) => analyzer.analyzeQuery(q).free.map((w) => w.word);

  it('reads "this brandt guy", "the council guy" as the one named', () => {
    expect(free('who even is this brandt guy')).toEqual([]);
    expect(free('what did the council guy say about the storm')).not.toContain('guy');
  });

  it('reads "the council\'s lot" (British: their people) as the one named', () => {
    expect(free("what did the council's lot say about the storm")).not.toContain('lot');
    expect(free('what did a lot of people say about the storm')).toContain('lot');
  });

  it('keeps it after a determiner or a question word, and in a phrase of the knowledge', () => {
    expect(free('who is the guy from the council')).toContain('guy');
    expect(free('which guy spoke first')).toContain('guy');
    expect(analyzer.analyzeQuery('what did the harbour lady say').terms).toContain('e:brandt');
  });
});

describe('a "back" with no object and no one backing before it is a particle (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [{ id: 'guild', name: 'Fishers Guild', aliases: ['guild'], caseSensitiveAliases: [] }],
      synonyms: [
        { id: 'support', words: ['support', 'back', 'backs', 'backed'] },
        { id: 'regain', words: ['regain', 'won back', 'win back'] },
        { id: 'strike', words: ['strike', 'hit', 'bomb'] },
      ],
    }),
    new Set(['guild', 'mayor', 'harbour']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('carries no topic after a verb, at the end or before a preposition or an adverb', () => {
    expect(terms('did the guild hit back')).not.toContain('c:support');
    expect(terms('did the guild hit back at the mayor')).not.toContain('c:support');
    expect(terms('did the mayor bomb anybody back after this')).not.toContain('c:support');
    expect(terms('the guild did not hit back militarily')).not.toContain('c:support');
    // A noun after a determiner: "off the back of".
    expect(terms('did the guild gain off the back of the storm')).not.toContain('c:support');
  });

  it('is backing with an object, after someone who backs, or in a phrase', () => {
    expect(terms('does the mayor back the guild')).toContain('c:support');
    expect(terms('who does the guild back')).toContain('c:support');
    expect(terms('which side do they back')).toContain('c:support');
    expect(terms('was the harbour won back')).toContain('c:regain');
  });
});

describe("what someone's argument or point was (Analyzer.analyzeQuery)", () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        { id: 'mayor', name: 'Mayor Hale', aliases: ['hale'], caseSensitiveAliases: [], kind: 'person' },
        { id: 'guild', name: 'Guild', aliases: ['guild'], caseSensitiveAliases: [], kind: 'group' },
      ],
      synonyms: [
        { id: 'say', words: ['say', 'said'] },
        { id: 'evidence', words: ['evidence', 'argument'] },
        { id: 'place', words: ['point', 'spot'] },
        { id: 'criticize', words: ['complaint', 'complaints'] },
        { id: 'trouble', words: ['problem', 'problems'] },
      ],
    }),
    new Set(['storm', 'harbour']),
    loadEnglishWords(),
    new Map(),
    undefined,
    undefined,
    undefined,
    // The nouns of saying are chat.yaml's sayingNouns.
    analyzerChatOf(DEFAULT_CHAT),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it("reads a name's or a pronoun's argument, point or reasoning as what they said", () => {
    expect(terms("what was Hale's argument")).toEqual(expect.arrayContaining(['e:mayor', 'c:say']));
    expect(terms("what was Hale's argument")).not.toContain('c:evidence');
    expect(terms("what was Hale's main point about the storm")).toContain('c:say');
    expect(terms("what was Hale's main point about the storm")).not.toContain('c:place');
    expect(terms('what was her whole argument exactly')).toContain('c:say');
    expect(terms('what was her whole argument exactly')).not.toContain('c:evidence');
    expect(terms("what was Hale's take")).toContain('c:say');
    expect(terms("what was Hale's spin on it")).toContain('c:say');
  });

  it("reads a group's grievance held with a party named as one held against them", () => {
    expect(terms("what's the guild's beef with Hale")).toEqual(
      expect.arrayContaining(['e:guild', 'c:criticize']),
    );
    expect(terms("what's the guild's beef with Hale")).not.toContain('c:say');
    expect(terms('what is their problem with the guild exactly')).toContain('c:criticize');
    expect(terms('what is their problem with the guild exactly')).not.toContain('c:trouble');
    expect(terms('what is their issue with the guild')).toContain('c:criticize');
  });

  it("leaves a person's grievance as what they said", () => {
    expect(terms("what's Hale's beef with the guild")).not.toContain('c:criticize');
    expect(terms("what's Hale's beef with the guild")).toContain('c:say');
  });

  it('leaves a grievance with what a party said, or owned by nobody, as it was', () => {
    // With what they said: the noun reads as "said" (beef is a noun of saying), or stays.
    expect(terms("what was Hale's beef with the guild statement")).not.toContain('c:criticize');
    expect(terms("what was Hale's problem with how the guild explained it")).not.toContain('c:criticize');
    expect(terms('what is the problem with the guild')).toContain('c:trouble');
  });

  it('leaves the nouns alone when nobody owns them', () => {
    expect(terms('what was the argument about the harbour')).toContain('c:evidence');
    expect(terms('which point of the harbour was hit')).toContain('c:place');
    expect(terms("what was the storm's point")).not.toContain('c:say');
  });
});

describe('ground lost (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'destroyed', words: ['destroyed', 'lost'] },
        { id: 'ground', words: ['ground', 'territory'] },
      ],
    }),
    new Set(['fleet', 'storm', 'boats', 'villages', 'harbour']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads losing said of ground as ground given up, not something destroyed', () => {
    expect(terms('did the fleet take back the villages it lost')).toContain('c:ground');
    expect(terms('did the fleet take back the villages it lost')).not.toContain('c:destroyed');
    expect(terms('the fleet lost a big chunk of territory')).not.toContain('c:destroyed');
  });

  it('reads the ground before a clause whose subject is a noun phrase ("the ground the fleet lost")', () => {
    expect(terms('what happened to the ground the fleet lost')).toContain('c:ground');
    expect(terms('what happened to the ground the fleet lost')).not.toContain('c:destroyed');
    expect(terms('did it retake the territory that the storm fleet had lost')).not.toContain('c:destroyed');
  });

  it('leaves losing said of anything else as it is', () => {
    expect(terms('what did the fleet lose in the storm')).toContain('c:destroyed');
    expect(terms('how many boats were lost near the harbour')).toContain('c:destroyed');
    expect(terms('did the ground boats lose anything')).toContain('c:destroyed');
    expect(terms('what did the harbour the fleet lost hold')).toContain('c:destroyed');
  });
});

describe('a determiner inside a phrase of the knowledge (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'regret', words: ['regret', 'express regret'] },
        { id: 'voice', words: ['voiced', 'express'] },
        { id: 'stop', words: ['pull the plug'] },
      ],
    }),
    new Set(['fleet', 'storm']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "express any regret" as the phrase "express regret", not "express" on its own', () => {
    expect(terms('did the fleet express any regret')).toContain('c:regret');
    expect(terms('did the fleet express any regret')).not.toContain('c:voice');
    expect(terms('the fleet expressed their regret')).not.toContain('c:voice');
  });

  it('keeps "no" and a phrase that holds its determiner already', () => {
    expect(terms('the fleet expressed no regret')).toContain('c:voice');
    expect(terms('who pulled the plug on the storm')).toContain('c:stop');
  });
});

describe('aircraft stopped (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'stop', words: ['called off', 'call off', 'stopped'] },
        { id: 'plane', words: ['jets', 'planes'] },
        { id: 'strike', words: ['strike', 'raid'] },
      ],
    }),
    new Set(['fleet', 'storm']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads the aircraft stopped as their strike', () => {
    expect(terms('who got the jets called off')).toEqual(expect.arrayContaining(['c:strike', 'c:stop']));
    expect(terms('who got the jets called off')).not.toContain('c:plane');
    expect(terms('who called off the planes')).not.toContain('c:plane');
  });

  it('leaves aircraft apart from the stopping as they are', () => {
    expect(terms('were the jets from the fleet stopped')).toContain('c:plane');
    expect(terms('who flew the jets')).toContain('c:plane');
  });
});

describe('a light verb carrying a noun of asking (lightVerbOfSpeech)', () => {
  const words = (q: string) => lightVerbOfSpeech(tokenize(q)).map((t) => t.word);

  it('leaves out the light verb whose object is a noun of asking or saying', () => {
    expect(words('what demands did the fleet put to the harbour')).not.toContain('put');
    expect(words('did the fleet make any accusations')).not.toContain('make');
    expect(words('they lodged a complaint')).toEqual(['they', 'a', 'complaint']);
  });

  it("leaves out a verb that sends a feeling's noun: condolences, an apology, regret", () => {
    expect(words('who sent condolences to the families')).toEqual([
      'who',
      'condolences',
      'to',
      'the',
      'families',
    ]);
    expect(words('did the fleet extend an apology')).not.toContain('extend');
    expect(words('they gave their sympathies')).toEqual(['they', 'their', 'sympathies']);
  });

  it('keeps it with any other object', () => {
    expect(words('who sent the ships to the harbour')).toContain('sent');
    expect(words('did they give the harbour back')).toContain('give');
    expect(words('what figure did the fleet put the toll at')).toContain('put');
    expect(words('did the fleet make it home')).toContain('make');
    expect(words('the demands came and the fleet made port')).toContain('made');
  });
});

describe('the manner a question of why asks the reason of (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [{ id: 'fleet', kind: 'group', name: 'Fleet', aliases: ['fleet'], caseSensitiveAliases: [] }],
      synonyms: [{ id: 'harsh', words: ['harsh', 'tough'] }],
    }),
    new Set(['storm']),
    loadEnglishWords(),
    new Map(),
  );
  const factor = (q: string) => analyzer.analyzeQuery(q).factors.get('c:harsh') ?? 1;

  it('weighs "so harsh" in a question of why as a modifier', () => {
    expect(factor('why was the fleet so harsh')).toBeLessThan(1);
  });

  it('leaves it whole elsewhere', () => {
    expect(factor('why was the fleet harsh')).toBe(1);
    expect(factor('was the fleet so harsh')).toBe(1);
    expect(factor('why so harsh')).toBe(1);
  });
});

describe('a negated word read as its "un-" form (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({ entities: [], synonyms: [] }),
    new Set(['fleet', 'storm', 'unable', 'sail']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "not able" as "unable" when the knowledge says only "unable"', () => {
    expect(terms("the fleet wasn't able to sail")).toContain('w:unabl');
    expect(terms('was the fleet not able to sail')).toContain('w:unabl');
  });

  it('leaves a word that is not negated as it is', () => {
    expect(terms('was the fleet able to sail')).not.toContain('w:unabl');
  });

  it('leaves it when the knowledge has the "un-" form only inside a phrase', () => {
    const inPhrase = new Analyzer(
      new Lexicon({ entities: [], synonyms: [{ id: 'criticize', words: ['unhappy about'] }] }),
      new Set(['fleet', 'storm', 'unhappy', 'about']),
      loadEnglishWords(),
      new Map(),
      () => null,
      (t) => !t.startsWith('w:unhapp'),
    );
    expect(inPhrase.analyzeQuery("the fleet isn't happy about the storm").terms).not.toContain('c:criticize');
  });
});

describe("an armed group's positions (Analyzer.analyzeQuery)", () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        { id: 'raiders', kind: 'group', name: 'Red Raiders', aliases: ['raiders'], caseSensitiveAliases: [] },
        { id: 'norland', kind: 'government', name: 'Norland', aliases: [], caseSensitiveAliases: [] },
      ],
      synonyms: [
        { id: 'ground', words: ['ground', 'positions', 'position'] },
        { id: 'say', words: ['said', 'position', 'view'] },
        { id: 'target', words: ['target', 'targets', 'aim'] },
      ],
    }),
    new Set(['fleet', 'harbour', 'planes', 'hitting']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads the positions an armed group holds as targets, not ground or a view', () => {
    for (const q of [
      'were the planes hitting raiders positions',
      "were they hitting the red raiders' positions",
    ]) {
      expect(terms(q)).toContain('c:target');
      expect(terms(q)).not.toContain('c:ground');
      expect(terms(q)).not.toContain('c:say');
    }
  });

  it('reads one position of a state as the view it argues, not ground it holds', () => {
    for (const q of ["what was norland's position", 'a steelman of the norland position please']) {
      expect(terms(q)).toContain('c:say');
      expect(terms(q)).not.toContain('c:ground');
    }
  });

  it('leaves positions owned by no one as they are', () => {
    expect(terms('did the fleet lose its positions')).toContain('c:ground');
    expect(terms('did the fleet lose its positions')).not.toContain('c:target');
  });
});

describe('a noun shared by two words before it (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        {
          id: 'norland',
          kind: 'government',
          name: 'Norland',
          aliases: ['norland', 'norlandic'],
          caseSensitiveAliases: [],
        },
        {
          id: 'estland',
          kind: 'government',
          name: 'Estland',
          aliases: ['estland', 'estlandic'],
          caseSensitiveAliases: [],
        },
        {
          id: 'vale',
          kind: 'person',
          name: 'Erik Vale',
          parent: 'norland',
          aliases: ['norlandic envoy', 'norlandic minister'],
          caseSensitiveAliases: [],
        },
        {
          id: 'ruud',
          kind: 'person',
          name: 'Ida Ruud',
          parent: 'estland',
          aliases: ['estlandic envoy'],
          caseSensitiveAliases: [],
        },
      ],
      synonyms: [],
    }),
    new Set(['ferry', 'storm']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads each word with the noun when each is a name with it', () => {
    expect(terms('what did the norlandic and estlandic envoys say')).toEqual(
      expect.arrayContaining(['e:vale', 'e:ruud']),
    );
    // "and" gone already, as chat filler.
    expect(terms('what did the norlandic estlandic envoys say')).toEqual(
      expect.arrayContaining(['e:vale', 'e:ruud']),
    );
  });

  it('leaves a noun alone when the word before it is no name with it', () => {
    expect(terms('what did the ferry and estlandic envoys say')).not.toContain('e:vale');
    expect(terms('what did the norlandic storm and estlandic envoys say')).not.toContain('e:vale');
  });
});

describe("a party's side, and Britain's words (Analyzer.analyzeQuery)", () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [{ id: 'guild', name: 'Fishers Guild', aliases: ['guild'], caseSensitiveAliases: [] }],
      synonyms: [
        { id: 'say', words: ['say', 'said'] },
        { id: 'support', words: ['support', 'backing'] },
        { id: 'summary', words: ['story'] },
        { id: 'disagree', words: ['side', 'sides', 'each side'] },
      ],
    }),
    new Set(['guild', 'harbour', 'monitor', 'uk', 'based']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it("reads a party's side as what it says, and being on one's side as backing it", () => {
    expect(terms('what did the guild side say')).not.toContain('c:disagree');
    expect(terms("who gave the guild's side of the story")).toEqual(
      expect.arrayContaining(['e:guild', 'c:say']),
    );
    expect(terms("who gave the guild's side of the story")).not.toContain('c:summary');
    expect(terms('what did the government side say')).not.toContain('c:disagree');
    expect(terms('is the mayor accused of being on the guild side')).toContain('c:support');
  });

  it('leaves two sides, the other side and "on the X side" (among them) alone', () => {
    expect(terms('what does each side say')).toContain('c:disagree');
    expect(terms('what did the other side say')).toContain('c:disagree');
    expect(terms('who gave the orders on the guild side')).toContain('c:disagree');
    expect(terms('who gave the orders on the guild side')).not.toContain('c:support');
  });

  it('reads "british" as the "UK" of a monitor based there, not of a country taking part', () => {
    expect(terms('is the monitor british')).toContain('w:uk');
    expect(terms('is the monitor based in britain')).toContain('w:uk');
    expect(terms('were british boats in the harbour')).not.toContain('w:uk');
  });
});

describe('a warning given to Russia (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        { id: 'russia', name: 'Russia', aliases: ['russia', 'moscow'], caseSensitiveAliases: [] },
        { id: 'pentagon', name: 'Pentagon', aliases: ['pentagon'], caseSensitiveAliases: [] },
      ],
      synonyms: [
        { id: 'alarm', words: ['warn', 'warned', 'alert'] },
        { id: 'inform', words: ['informed', 'told'] },
      ],
    }),
    new Set(['russia', 'pentagon']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads warning Russia as informing it, and leaves a warning to the Pentagon as the alarm', () => {
    expect(terms('did the pentagon warn russia first')).toContain('c:inform');
    expect(terms('did moscow warn the pentagon')).not.toContain('c:inform');
    expect(terms('was russia warned')).not.toContain('c:inform');
  });

  it('reads telling Russia, and Russia knowing, as informing it', () => {
    expect(terms('did they tell moscow')).toContain('c:inform');
    expect(terms('did the pentagon tell russia about the op')).toContain('c:inform');
    expect(terms('did russia know')).toContain('c:inform');
    expect(terms('so moscow knew the plan')).toContain('c:inform');
  });

  it('not the words told asked ("what"), nor what Russia knew asked, nor another hearer', () => {
    expect(terms('what did the pentagon tell russia')).not.toContain('c:inform');
    expect(terms('did russia know how many died')).not.toContain('c:inform');
    expect(terms('did moscow tell the pentagon')).not.toContain('c:inform');
    expect(terms('did the pentagon know')).not.toContain('c:inform');
  });
});

describe('"which country" asks who (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'country', words: ['country', 'countries', 'nation'] },
        { id: 'request', words: ['asked', 'ask'] },
      ],
    }),
    new Set(['country', 'asked']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "which country" as "who", but not of a country taking part', () => {
    expect(terms('which country asked for the meeting')).not.toContain('c:country');
    expect(terms('what nation asked for it')).not.toContain('c:country');
    expect(terms('which country asked for the meeting')).toContain('c:request');
    expect(terms('which country helped them')).toContain('c:country');
    expect(terms('which other countries asked')).toContain('c:country');
  });
});

describe('"in the end" of a count (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'kill', words: ['killed', 'dead'] },
        { id: 'stop', words: ['end', 'ended', 'stopped'] },
      ],
    }),
    new Set(['killed', 'end']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "how many ... in the end" as the count, with no ending asked', () => {
    expect(terms('how many were killed in the end')).not.toContain('c:stop');
    expect(terms('how many were killed in the end')).toContain('c:kill');
    expect(terms('what happened in the end')).toContain('c:stop');
  });

  it('reads "why ... in the end" as "finally": the cause asked, no ending', () => {
    expect(terms('why were they killed in the end')).not.toContain('c:stop');
    expect(terms('why were they killed in the end')).toContain('c:kill');
  });
});

describe('losing said of people counted (lostPeople)', () => {
  const read = (text: string) =>
    lostPeople(new Set(DEFAULT_CHAT.peopleCounted), tokenize(text))
      .map((t) => t.word)
      .join(' ');

  it.each([
    ['how many soldiers did they lose', 'how many soldiers did they died'],
    ['how many guys were lost', 'how many guys were died'],
    ['the regime lost 50 guys', 'the regime died 50 guys'],
    ['they only lost like 20 soldiers', 'they only died like 20 soldiers'],
    ['did they lose dozens of troops', 'did they died dozens of troops'],
  ])('"%s" counts deaths', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    'how many tanks did they lose',
    'did they lose soldiers',
    'what did the town lose',
    'they lost 20 tanks',
    'did they lose a soldier',
  ])('leaves "%s" as it is', (text) => {
    expect(read(text)).toBe(text);
  });
});

describe('withoutSpanEnd', () => {
  const read = (q: string) =>
    withoutSpanEnd(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('drops a clause saying where the span asked about ended, and reads running as lasting', () => {
    expect(read('how long did the show last before it was stopped')).toBe('how long did the show last');
    expect(read('how long did the race go on until they called it off and why')).toBe(
      'how long did the race go on and why',
    );
    expect(read('how long did it run before the abort')).toBe('how long did it last');
  });

  it('keeps a clause of no ending, one right after "how long", and a message asking no span', () => {
    expect(read('how long did they know before the race')).toBe('how long did they know before the race');
    expect(read('how long before the race was it stopped')).toBe('how long before the race was it stopped');
    expect(read('who ran it before it was stopped')).toBe('who ran it before it was stopped');
  });
});

describe('figures spelled out in tens', () => {
  const read = (q: string) =>
    spelledFigures(tokenize(q))
      .map((t) => t.word)
      .join(' ');
  it('are the figures in digits, a unit after the tens with them', () => {
    expect(read('ninety vs sixty-two')).toBe('90 vs 62');
    expect(read('sixty two or ninety')).toBe('62 or 90');
    expect(read('forty minutes')).toBe('40 minutes');
  });
  it('not a unit alone, nor a teen', () => {
    expect(read('the two ambassadors')).toBe('the two ambassadors');
    expect(read('nineteen of them')).toBe('nineteen of them');
  });
  it('a figure in hundreds, with the hundreds before it and the tens after', () => {
    expect(read('did more than a hundred die')).toBe('did more than 100 die');
    expect(read('hundred dead was it')).toBe('100 dead was it');
    expect(read('two hundred and fifty dead')).toBe('250 dead');
    expect(read('one hundred twenty five')).toBe('125');
  });
  it('not hundreds, no one figure', () => {
    expect(read('hundreds of soldiers')).toBe('hundreds of soldiers');
  });
});

describe('withoutTurnToSpeak: a clause of time whose verb is someone taking the floor', () => {
  const words = (q: string) =>
    withoutTurnToSpeak(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('drops the verb of the clause, its opening word and subject kept', () => {
    expect(words('did the mayor walk out after the governor spoke')).toBe(
      'did the mayor walk out after the governor',
    );
    expect(words('was he in the hall while she was speaking')).toBe('was he in the hall while she');
    expect(words('where was she when she spoke to the press')).toBe('where was she when she to the press');
    expect(words('did he leave before the mayor began to talk')).toBe('did he leave before the mayor');
  });

  it('keeps a question that asks about the speaking itself', () => {
    expect(words('when did the mayor speak')).toBe('when did the mayor speak');
    expect(words('what did the mayor say')).toBe('what did the mayor say');
    expect(words('did he leave after the vote')).toBe('did he leave after the vote');
  });
});

describe('beingInItAsInvolved: to be "in this" or "in it" is to be involved', () => {
  const words = (q: string) =>
    beingInItAsInvolved(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('reads "in this", "in it", "in all this" after a copula and its subject as "involved"', () => {
    expect(words('why is norway in this')).toBe('why is norway involved');
    expect(words('how was the navy in it at all')).toBe('how was the navy involved at all');
    expect(words('why was canada in all of this')).toBe('why was canada involved');
  });

  it('keeps "in this" that names something else, and "what is in it"', () => {
    expect(words('is the mayor in this clip')).toBe('is the mayor in this clip');
    expect(words('what is in it')).toBe('what is in it');
    expect(words('so how did anyone know what was said in it')).toBe(
      'so how did anyone know what was said in it',
    );
  });
});

describe('nationalityAsWho: asked whether someone is of a nation, who the person is', () => {
  const words = (q: string) =>
    nationalityAsWho(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('reads "is NAME the NATION ..." and "NAME is she the NATION ..." as "who is NAME"', () => {
    expect(words('wait is mayor smith the french one')).toBe('who is mayor smith');
    expect(words('jane doe is she like the british envoy or smth')).toBe('who is jane doe');
    expect(words('was smith an italian')).toBe('who is smith');
  });

  it('reads a statement of it asked to be confirmed ("NAME is the NATION ... right") the same way', () => {
    expect(words('jane doe is the british envoy right')).toBe('who is jane doe');
    expect(words('so smith was the french one yeah')).toBe('who is smith');
    // Not confirmed: a statement, kept.
    expect(words('smith was the french one')).toBe('smith was the french one');
  });

  it('keeps a question of no person, or of no nation', () => {
    expect(words('was it the american jets')).toBe('was it the american jets');
    expect(words('is the mayor the french one')).toBe('is the mayor the french one');
    expect(words('is smith the mayor')).toBe('is smith the mayor');
    expect(words('what about the british envoy')).toBe('what about the british envoy');
  });

  it('keeps a clause with a verb or a preposition, Islamic State in capitals, and a thing of a nation', () => {
    expect(words('is paris scolding the british navy')).toBe('is paris scolding the british navy');
    expect(words('is rome cross with the french')).toBe('is rome cross with the french');
    expect(words('IS drove the italian troops away?')).toBe('is drove the italian troops away');
    expect(words('is smith the french plan')).toBe('is smith the french plan');
    expect(words('was smith the french envoy then')).toBe('who is smith');
  });
});

describe('weekdayOfBeingAsWhen: a day of the week said with "was" is a guess at when', () => {
  const words = (q: string) =>
    weekdayOfBeingAsWhen(tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('reads the day as "when"', () => {
    expect(words('the storm was on the sunday night wasnt it')).toBe(
      'the storm was on the when night wasnt it',
    );
    expect(words('was the vote on friday')).toBe('was the vote on when');
    expect(words('the flood... was it monday night?')).toBe('the flood was it when night');
  });

  it('keeps the day of something done on it, and "IS" the group', () => {
    expect(words('what was announced on sunday')).toBe('what was announced on sunday');
    expect(words('what was IS doing on sunday')).toBe('what was is doing on sunday');
    expect(words('what did IS announce on sunday')).toBe('what did is announce on sunday');
    expect(words('what happened on sunday')).toBe('what happened on sunday');
  });

  it("keeps a day a question word asks within, and a day of the writer's own week", () => {
    expect(words("what was the mayor's plan on monday and why")).toBe(
      'what was the mayor plan on monday and why',
    );
    expect(words('when is the fair on this friday')).toBe('when is the fair on this friday');
    expect(words('is the fair on friday')).toBe('is the fair on friday');
    expect(words('was it moved to next tuesday')).toBe('was it moved to next tuesday');
  });
});

describe('a premise granted after a why (Analyzer.analyzeQuery)', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'regret', words: ['regret', 'sorry'] },
        { id: 'target', words: ['aimed', 'target'] },
        { id: 'strike', words: ['raid', 'strike'] },
      ],
    }),
    new Set(['regret', 'aimed', 'raid']),
    loadEnglishWords(),
    new Map(),
  );
  const factor = (q: string, t: string) => analyzer.analyzeQuery(q).factors.get(t) ?? 1;

  it('weighs the words of a clause the writer grants after a why less than the why asks', () => {
    expect(factor('why did they voice regret if the raid was aimed at the rebels', 'c:target')).toBeLessThan(
      1,
    );
    expect(factor('why did they voice regret if the raid was aimed at the rebels', 'c:regret')).toBe(1);
  });

  it('weighs the granted clause whole when the why points at a place ("there") it leaves to it', () => {
    const named = new Analyzer(
      new Lexicon({
        entities: [{ id: 'army', name: 'Syrian army', aliases: [], caseSensitiveAliases: [], kind: 'group' }],
        synonyms: [{ id: 'target', words: ['aimed', 'target'] }],
      }),
      new Set(['aimed', 'syrian', 'army']),
      loadEnglishWords(),
      new Map(),
    );
    const q = 'why did the coalition fly there at all if the syrian army was there';
    expect(named.analyzeQuery(q).factors.get('e:army') ?? 1).toBe(1);
  });

  it('leaves a clause of "if" that is asked, and one right after the why', () => {
    expect(factor('did they say if the raid was aimed at the rebels', 'c:target')).toBe(1);
    expect(factor('why if the raid was aimed at the rebels', 'c:target')).toBe(1);
  });
});

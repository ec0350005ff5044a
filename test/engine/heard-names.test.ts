/**
 * Names as a phone's dictation writes them: words that sound like a name of the story ("dare as
 * or", "church kin", "the mask us", "observe a tree") are read as the name; words of the story,
 * typos, and words said before or after a name are not.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { consonantKey, soundKey } from '../../src/text/sound-key.ts';

describe('soundKey', () => {
  it.each([
    ['dare as or', 'deir ez zor'],
    ['the mask us', 'damascus'],
    ['church kin', 'churkin'],
  ])('"%s" sounds as "%s"', (heard, name) => {
    expect(soundKey(heard)).toBe(soundKey(name));
  });

  it('hears where the vowels are: "two years here" and "there zero" are not "deir ez zor"', () => {
    expect(soundKey('two years here')).not.toBe(soundKey('deir ez zor'));
    expect(soundKey('there zero')).not.toBe(soundKey('deir ez zor'));
    // Their consonants are the same: too few to go on.
    expect(consonantKey(soundKey('two years here'))).toBe(consonantKey(soundKey('deir ez zor')));
  });

  it('a long name whose vowels were lost meets it by its consonants', () => {
    expect(soundKey('observe a tree')).not.toBe(soundKey('observatory'));
    expect(consonantKey(soundKey('observe a tree'))).toBe(consonantKey(soundKey('observatory')));
  });
});

describe('Analyzer.heardNames', () => {
  const lexicon = new Lexicon({
    entities: [
      { id: 'dez', name: 'Deir el-Zour', aliases: ['deir ez zor'], caseSensitiveAliases: [] },
      { id: 'churkin', name: 'Vitaly Churkin', aliases: ['churkin'], caseSensitiveAliases: [] },
      { id: 'syria', name: 'Syria', aliases: ['damascus'], caseSensitiveAliases: [] },
      {
        id: 'observatory',
        name: 'Syrian Observatory for Human Rights',
        aliases: ['observatory'],
        caseSensitiveAliases: [],
      },
    ],
    synonyms: [],
  });
  const vocabulary = new Set(
    'deir el zour ez zor vitaly churkin syria damascus syrian observatory for human rights how many soldiers died near walk out said toll'.split(
      ' ',
    ),
  );
  const analyzer = new Analyzer(lexicon, vocabulary, loadEnglishWords(), new Map());

  it.each([
    ['how many soldiers died near dare as or', 'how many soldiers died near deir ez zor'],
    ['did church kin walk out?', 'did churkin walk out?'],
    ['what toll did the mask us give', 'what toll did damascus give'],
    ['what did the observe a tree say', 'what did the observatory say'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(analyzer.heardNames(text)).toBe(expected);
  });

  it.each([
    // Only words of the story: nothing misheard.
    'how many soldiers died near deir ez zor',
    // Sounds alike, but opened by a word of the sentence, not by the name's own or an article.
    'is theirs higher than the toll',
    // A word the name does not hear ("huh") is not taken into it.
    'did churkin walk out huh',
    // Words split by punctuation are not said in one breath.
    'what church, kin or friends?',
  ])('leaves "%s" as it is', (text) => {
    expect(analyzer.heardNames(text)).toBe(text);
  });

  describe('a name of two words, one of them heard one letter off', () => {
    const people = new Lexicon({
      entities: [
        { id: 'cook', name: 'Peter Cook', aliases: ['peter cook', 'cook'], caseSensitiveAliases: [] },
        { id: 'power', name: 'Samantha Power', aliases: ['the lady'], caseSensitiveAliases: [] },
      ],
      synonyms: [],
    });
    const known = new Set('peter cook what did say about the pentagon lady'.split(' '));
    const reading = new Analyzer(people, known, loadEnglishWords(), new Map());

    it('reads the other word as the name: "peter crook" is Peter Cook', () => {
      expect(reading.heardNames('what did peter crook say')).toBe('what did peter cook say');
    });

    it.each([
      // Nothing misheard.
      'what did peter cook say',
      // The first name alone is no name of two words.
      'what did peter say about the crook',
      // More than a letter off.
      'what did peter crooks say',
      // An article said right names nobody: "the lads" is not the alias "the lady".
      'what did the lads say',
    ])('leaves "%s" as it is', (text) => {
      expect(reading.heardNames(text)).toBe(text);
    });
  });

  describe('a name half remembered: its start, then "-something"', () => {
    const places = new Lexicon({
      entities: [
        { id: 'dez', name: 'Deir el-Zour', aliases: ['deir ez zor'], caseSensitiveAliases: [] },
        { id: 'damascus', name: 'Damascus', aliases: [], caseSensitiveAliases: [] },
        { id: 'dams', name: 'Damas Cove', aliases: [], caseSensitiveAliases: [] },
      ],
      synonyms: [],
    });
    const reading = new Analyzer(places, new Set(['where', 'is']), loadEnglishWords(), new Map());

    it.each([
      ['where is Dare-ez-something', 'where is deir ez zor'],
      ['where is Deer-el-something', 'where is deir el zour'],
    ])('"%s" -> "%s"', (text, expected) => {
      expect(reading.heardNames(text)).toBe(expected);
    });

    it.each([
      // The start of names of two entities ("damas" begins Damascus and Damas Cove).
      'where is Damas-something',
      // Too short a start to tell.
      'where is Dare-something',
      // No "-something": a hyphenated word as it is.
      'where is dare-ez',
    ])('leaves "%s" as it is', (text) => {
      expect(reading.heardNames(text)).toBe(text);
    });
  });
});

describe('Analyzer.heardNames: a short name split in two words', () => {
  const lexicon = new Lexicon({
    entities: [{ id: 'russia', name: 'Russia', aliases: ['moscow'], caseSensitiveAliases: [] }],
    synonyms: [],
  });
  const vocabulary = new Set('russia moscow what did say about the strike'.split(' '));
  const analyzer = new Analyzer(lexicon, vocabulary, loadEnglishWords(), new Map());

  it('"moss cow" (one letter more than "moscow") is read as Moscow', () => {
    expect(analyzer.heardNames('what did moss cow say about the strike')).toBe(
      'what did moscow say about the strike',
    );
  });

  it('two words that only sound alike, letters apart, are left as they are', () => {
    expect(analyzer.heardNames('what did mass go say')).toBe('what did mass go say');
  });
});

describe('Analyzer.heardNames: slips of dictation and autocorrect that make English words', () => {
  const lexicon = new Lexicon({
    entities: [
      {
        id: 'ministry',
        name: 'Russian Foreign Ministry',
        aliases: ['foreign ministry'],
        caseSensitiveAliases: [],
      },
      { id: 'is', name: 'Islamic State', aliases: ['isis'], caseSensitiveAliases: ['IS'] },
    ],
    synonyms: [],
  });
  const vocabulary = new Set(
    'russian foreign ministry islamic state isis when did the strike get aborted what urge do after'.split(
      ' ',
    ),
  );
  const analyzer = new Analyzer(
    lexicon,
    vocabulary,
    loadEnglishWords(),
    new Map([
      ['aborted', 2],
      ['strike', 5],
    ]),
  );

  it.each([
    // A word of the story written as two that sound as it does.
    ['when did the strike get a boarded', 'when did the strike get aborted'],
    // A word of a two-word name autocorrected to an English word of the same consonants but one.
    ['what did the russian foreign mystery urge', 'what did the russian foreign ministry urge'],
    // "IS" said letter by letter, written as the pronoun before a verb "I" never takes.
    ['what did I says do after the bombing', 'what did IS says do after the bombing'],
    ['what does I wants', 'what does IS wants'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(analyzer.heardNames(text)).toBe(expected);
  });

  it.each([
    // "I" with its own verb, or opening the message: the writer.
    'what did I say about the strike',
    'I says the strike was aborted',
    // "I" before an adverb ending in "s" is the writer too.
    'what did I always say',
    // Two words that sound like no word of the story.
    'when did the strike get a boat',
    // A word of consonants more than one apart from the name's.
    'what did the russian foreign mayor urge',
  ])('leaves "%s" as it is', (text) => {
    expect(analyzer.heardNames(text)).toBe(text);
  });

  it('prepareHeardNames (Engine.prime) builds the words by their sound too, not the first message heard so', () => {
    const fresh = new Analyzer(
      lexicon,
      vocabulary,
      loadEnglishWords(),
      new Map([
        ['aborted', 2],
        ['strike', 5],
      ]),
    );
    const built = () => (fresh as unknown as { heardWords?: Map<string, string | null> }).heardWords;
    expect(built()).toBeUndefined();
    fresh.prepareHeardNames();
    expect(built()?.get(soundKey('aborted'))).toBe('aborted');
    expect(fresh.heardNames('when did the strike get a boarded')).toBe('when did the strike get aborted');
  });
});

describe('Analyzer.heardNames: each span heard once', () => {
  // splitWord and the search for names look at the same spans of a message: the sound of each span
  // and the word of the story it is heard as are worked out once, not once by each.
  const lexicon = new Lexicon({ entities: [], synonyms: [] });
  const analyzer = new Analyzer(
    lexicon,
    new Set('when did the strike get aborted'.split(' ')),
    loadEnglishWords(),
    new Map([
      ['aborted', 2],
      ['strike', 5],
    ]),
  );
  analyzer.prepareHeardNames();
  const words = (analyzer as unknown as { heardWords: Map<string, string | null> }).heardWords;
  const looked: string[] = [];
  const get = words.get.bind(words);
  words.get = (key: string) => {
    looked.push(key);
    return get(key);
  };

  it('looks up the sound of each span of a long message once, and reads it as before', () => {
    const text = 'when did the strike get a boarding pass checked before takeoff yesterday evening';
    expect(analyzer.heardNames(text)).toBe(text);
    expect(looked.length).toBeGreaterThan(0);
    expect(new Set(looked).size).toBe(looked.length);
    looked.length = 0;
    expect(analyzer.heardNames('when did the strike get a boarded')).toBe('when did the strike get aborted');
  });
});

describe('Analyzer.heardNames: a word of the story written in pieces', () => {
  const lexicon = new Lexicon({ entities: [], synonyms: [] });
  const vocabulary = new Set(
    'the mayor ambassador said before noon into hall went who what was it'.split(' '),
  );
  const frequency = new Map([
    ['ambassador', 2],
    ['before', 1],
    ['into', 1],
    ['mayor', 3],
  ]);
  const analyzer = new Analyzer(lexicon, vocabulary, loadEnglishWords(), frequency);

  it.each([
    // Its letters exactly, one piece an English word the story does not use ("fore").
    ['was it be fore noon', 'was it before noon'],
    // A long word heard in four pieces, its sound and all but a letter of it ("door" for "dor").
    ['what was the am bass a door said', 'what was the ambassador said'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(analyzer.heardNames(text)).toBe(expected);
  });

  it.each([
    // Both pieces are words of grammar: "into" is not read for them.
    'who went in to the hall',
    // Split by punctuation: not one breath.
    'was it be, fore noon',
  ])('leaves "%s" as it is', (text) => {
    expect(analyzer.heardNames(text)).toBe(text);
  });
});

describe('Analyzer.heardNames: a word in pieces found by its first letters and its length', () => {
  // splitWord joins and looks up only letters that start as a word of the knowledge of their
  // length starts (wordStarts): "attack" is no "attacks", though they start alike.
  const lexicon = new Lexicon({ entities: [], synonyms: [] });
  const heard = (words: string[]) =>
    new Analyzer(
      lexicon,
      new Set(['the', 'was', 'it', ...words]),
      loadEnglishWords(),
      new Map(words.map((w) => [w, 1])),
    );

  it('joins the pieces of a word the knowledge has, on a fresh analyser', () => {
    expect(heard(['attacks']).heardNames('was it the at tacks')).toBe('was it the attacks');
  });

  it('leaves pieces whose letters start a word of the knowledge of another length', () => {
    expect(heard(['attack']).heardNames('was it the at tacks')).toBe('was it the at tacks');
  });
});

describe('Analyzer.heardNames: a name of capitals spelled out', () => {
  const lexicon = new Lexicon({
    entities: [
      { id: 'league', name: 'Northern League', aliases: [], caseSensitiveAliases: ['NL'] },
      { id: 'union', name: 'Union', aliases: [], caseSensitiveAliases: ['UN'] },
    ],
    synonyms: [],
  });
  const analyzer = new Analyzer(lexicon, new Set(['league', 'union']), loadEnglishWords(), new Map());

  it.each([
    ['what did the n l fighters do', 'what did the NL fighters do'],
    ['when did the u n meet', 'when did the UN meet'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(analyzer.heardNames(text)).toBe(expected);
  });

  it.each([
    // No name of the story: "u s" is left as typed.
    'did the u s army go',
    // Both letters are words of chat ("u" you, "r" are).
    'r u sure',
  ])('leaves "%s" as it is', (text) => {
    expect(analyzer.heardNames(text)).toBe(text);
  });
});

describe('Analyzer.heardNames: pieces of no word, and a name word one sound off', () => {
  const lexicon = new Lexicon({
    entities: [
      { id: 'reuters', name: 'Reuters', aliases: ['reuters'], caseSensitiveAliases: [] },
      {
        id: 'observatory',
        name: 'Syrian Observatory',
        aliases: ['syrian observatory', 'observatory'],
        caseSensitiveAliases: [],
      },
    ],
    synonyms: [],
  });
  const known = new Set('what did say who told the about regret observatory reuters syrian'.split(' '));
  const reading = new Analyzer(lexicon, known, loadEnglishWords(), new Map());

  it('reads pieces of no word that sound as a name as the name: "roy ters" is Reuters', () => {
    expect(reading.heardNames('who told roy ters about the regret')).toBe(
      'who told reuters about the regret',
    );
  });

  it('reads a word one sound off beside the name\'s other word said right: "serial observatory"', () => {
    expect(reading.heardNames('what did the serial observatory say')).toBe(
      'what did the syrian observatory say',
    );
  });

  it.each([
    // Pieces of no word whose sound is no name's.
    'who told roy tens about the regret',
    // A word one sound off with no word of the name beside it.
    'what did the serial killer say',
    // A piece of no word too long to be heard in one (a typo, for the speller).
    'who told royyyy ters about the regret',
  ])('leaves "%s" as it is', (text) => {
    expect(reading.heardNames(text)).toBe(text);
  });
});

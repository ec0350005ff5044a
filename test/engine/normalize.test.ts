import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { cleanQuestion } from '../../src/text/clean.ts';
import { editDistance } from '../../src/text/edit-distance.ts';
import { Lexicon, stem } from '../../src/text/lexicon.ts';
import { fold } from '../../src/text/normalize.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

describe('cleanQuestion', () => {
  it.each([
    ['<@123456789012345678> how many died?', 'how many died?'],
    ['@everyone @here who flew?', 'who flew?'],
    ['@QuestionBot what did churkin say', 'what did churkin say'],
    ['@bot pls who flew, @Some_User.1?', 'pls who flew, ?'],
    ['mail a@b.org', 'mail a@b.org'],
    ['ask @mike. who flew?', 'ask . who flew?'],
    ['<@&987654321098765432> role ping', 'role ping'],
    ['**bold** _it_ `code` ||spoiler|| > quote', 'bold it code spoiler quote'],
    ['see https://example.com/x?y=1 now', 'see now'],
    ['tab\there\nnew\u0000line\u200b', 'tab here newline'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanQuestion(raw).text).toBe(clean);
  });

  it('cleans the same text again to the same result, each its own copy (the last one is kept)', () => {
    const raw = '<@123456789012345678> **how** many died? https://example.com';
    const first = cleanQuestion(raw);
    first.removed.push('changed by the caller');
    first.text = 'changed';
    const again = cleanQuestion(raw);
    expect(again).toEqual({ text: 'how many died?', removed: ['mentions', 'links', 'markdown'] });
    expect(cleanQuestion('who flew?')).toEqual({ text: 'who flew?', removed: [] });
    expect(cleanQuestion(raw)).toEqual(again);
  });
});

describe('tokenize and fold', () => {
  it('folds case and accents', () => {
    expect(fold('Dayr az-Zawr É')).toBe('dayr az-zawr e');
  });
  it('splits hyphens, drops possessives, keeps dotted abbreviations and expands "who\'s"', () => {
    expect(tokenize("Russia's U.S. Deir el-Zour who's").map((t) => t.word)).toEqual([
      'russia',
      'us',
      'deir',
      'el',
      'zour',
      'who',
      'is',
    ]);
  });
});

describe('stem', () => {
  it.each([
    ['killed', 'kill'],
    ['soldiers', 'soldier'],
    ['casualties', 'casualty'],
    ['stopped', 'stop'],
    ['striking', 'strik'],
    ['strike', 'strik'],
    ['spokesmen', 'spokesman'],
    ['capital', 'capital'], // not conflated with "capitalize"
    ['meetings', 'meet'], // an "-ings" plural meets its singular ("meeting" -> "meet")
    ['briefings', 'brief'],
    ['things', 'thing'], // too short to lose "-ing"
    ['speeds', 'speed'], // a plural does not lose "-ed"
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['soliders', 'soldiers', 1],
    ['killd', 'killed', 1],
    ['france', 'face', 2],
    ['abc', 'abc', 0],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('English word list', () => {
  const words = loadEnglishWords();
  it.each([
    ['minister', true],
    ['refugees', true],
    ['soliders', false],
    ['merkel', false],
    ['aa', true],
    ['zzz', true],
  ])('%s is a word: %s', (w, yes) => {
    expect(words.has(w)).toBe(yes);
  });
});

describe('query analysis', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  const terms = (q: string) => Object.keys(engine.explain(q).terms);
  it.each([
    // spelling variants of places and groups become one entity
    ['Deir ez-Zor', 'e:deir-ez-zor'],
    ['dayr az zawr', 'e:deir-ez-zor'],
    ['Deir Ezzor', 'e:deir-ez-zor'],
    ['Daesh', 'e:islamic-state'],
    ['ISIL', 'e:islamic-state'],
    ['What did IS do?', 'e:islamic-state'],
    ["Russia's ambassador", 'e:churkin'],
    ['the american envoy', 'e:power'],
    // synonyms become one concept
    ['how many died', 'c:kill'],
    ['death toll', 'c:kill'],
    ['ceasefire', 'c:truce'],
    ['peace deal', 'c:truce'],
    // typos are corrected against the vocabulary
    ['soliders killd', 'c:kill'],
    ['soliders killd', 'c:troops'],
  ])('%j has %s', (q, term) => {
    expect(terms(q)).toContain(term);
  });

  it('does not read the verb "is" as Islamic State', () => {
    expect(terms('what is the toll')).not.toContain('e:islamic-state');
  });

  it('keeps real words it does not know instead of bending them into typos', () => {
    const x = engine.explain('what is the capital of Russia');
    expect(x.unknown.map((u) => u.word)).toContain('capital');
    expect(x.corrections).toEqual([]);
  });

  it('lexicon ignores a leading article in names', () => {
    const lex = new Lexicon({
      entities: [{ id: 'x', name: 'X', aliases: ['the boss'], caseSensitiveAliases: [] }],
      synonyms: [],
    });
    expect(lex.match(tokenize('boss')).map((m) => m.terms)).toEqual([['e:x']]);
  });
});

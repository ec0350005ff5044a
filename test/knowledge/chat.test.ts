/**
 * chat.yaml: the project's file says what the program's defaults say (src/knowledge/chat-defaults.ts),
 * a word a moderator adds to it is read by the engine's chat reader, and a bad entry of a list
 * of single words is reported naming the list. On a copy of the tiny fixture: nothing of any story.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzerChatOf, lostPeople } from '../../src/engine/analyzer.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { Engine } from '../../src/engine/engine.ts';
import { cueWordsOf, readCues, takesBack, withAfterthoughtNamed } from '../../src/engine/follow-up-cues.ts';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { ChatWords } from '../../src/knowledge/model.ts';
import { ChatSchema } from '../../src/knowledge/schema.ts';
import { fold } from '../../src/text/normalize.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TINY = resolve(ROOT, 'test/fixtures/tiny');

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The tiny fixture (or another of test/fixtures) with this chat.yaml. */
function tinyWithChat(chatYaml: string, fixture = TINY): string {
  const dir = mkdtempSync(join(tmpdir(), 'chat-'));
  folders.push(dir);
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, 'chat.yaml'), chatYaml);
  return dir;
}

/** A list as the loader keeps it (folded, each once), in a stable order; a record as is. */
const comparable = (section: string[] | Record<string, string>) =>
  Array.isArray(section)
    ? [...new Set(section.map((w) => fold(w).trim()))].sort()
    : Object.fromEntries(Object.entries(section).map(([k, v]) => [k, fold(v).trim()]));

describe('chat.yaml and the defaults', () => {
  it('knowledge/chat.yaml writes every section of the defaults, with the same words', () => {
    const written = ChatSchema.parse(parse(readFileSync(resolve(ROOT, 'knowledge/chat.yaml'), 'utf8')));
    expect(Object.keys(written).sort()).toEqual(Object.keys(DEFAULT_CHAT).sort());
    for (const section of Object.keys(DEFAULT_CHAT) as (keyof ChatWords)[])
      expect(comparable(written[section] as string[]), section).toEqual(comparable(DEFAULT_CHAT[section]));
  });

  it('the defaults pass the checks a chat.yaml gets', () => {
    expect(ChatSchema.safeParse(DEFAULT_CHAT).success).toBe(true);
  });
});

describe("a moderator's word in chat.yaml", () => {
  // The words the knowledge knows: not "blogger" (nor "tiktok"); "bestie" is one of them.
  const DICTIONARY = new Set('the mayor paid for tower who says roomie'.split(' '));
  const questionsOf = (chat: ChatWords, message: string) =>
    new ChatReader(
      chat,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    )
      .read(message)
      .questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('a poster word added makes "<word> says X, true?" a claim put up for a verdict', () => {
    const message = 'blogger says the mayor paid for the tower, true?';
    // Without it, "blogger" is no one who posts: the sentence is asked as written.
    expect(questionsOf(DEFAULT_CHAT, message)).toEqual(['blogger says the mayor paid for the tower']);
    const loaded = loadKnowledge(tinyWithChat(`posters: [${DEFAULT_CHAT.posters.join(', ')}, blogger]\n`));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.kb.chat.posters).toContain('blogger');
    expect(questionsOf(loaded.kb.chat, message)).toEqual(['the mayor paid for the tower']);
  });

  it('a section written replaces the default: verdict words, claim labels and kin too', () => {
    const loaded = loadKnowledge(
      tinyWithChat('verdictWords: [cap]\nclaimLabels: [rumour]\nkin: [roomie]\nposters: [blogger]\n'),
    );
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const { chat } = loaded.kb;
    expect([chat.verdictWords, chat.claimLabels, chat.kin]).toEqual([['cap'], ['rumour'], ['roomie']]);
    // "cap?" asks a verdict now, "true?" no longer does; "rumour:" labels the claim.
    expect(questionsOf(chat, 'rumour: the mayor paid for the tower. cap?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(questionsOf(DEFAULT_CHAT, 'rumour: the mayor paid for the tower. cap?')).not.toEqual([
      'the mayor paid for the tower',
    ]);
    // "my roomie" is the writer's own, though the knowledge uses the word.
    expect(questionsOf(chat, 'my roomie says the mayor paid for the tower?')).toEqual([
      'the mayor paid for the tower',
    ]);
    expect(questionsOf(DEFAULT_CHAT, 'my roomie says the mayor paid for the tower?')).toEqual([
      'my roomie says the mayor paid for the tower',
    ]);
  });
});

describe('a bad entry of a list of single words', () => {
  it('is reported with the list named, its line and its field', () => {
    const loaded = loadKnowledge(
      tinyWithChat(
        [
          'posters: [guy, TikTok, tiktok guy, fact-check, guy]',
          'verdictWords: [true, "false"]',
          'kin: [cousin]',
          '',
        ].join('\n'),
      ),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problems = loaded.problems.map((p) => ({
      file: p.file,
      line: p.line,
      field: p.field,
      message: p.message,
    }));
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: 'chat.yaml',
          line: 1,
          field: 'posters[1]',
          message: 'posters: "TikTok" must be in lower case: write "tiktok"',
        },
        {
          file: 'chat.yaml',
          line: 1,
          field: 'posters[2]',
          message: expect.stringMatching(/^posters: "tiktok guy" is not one word/),
        },
        {
          file: 'chat.yaml',
          line: 1,
          field: 'posters[3]',
          message: expect.stringMatching(/^posters: "fact-check" is not one word/),
        },
        {
          file: 'chat.yaml',
          line: 1,
          field: 'posters[4]',
          message: 'posters: "guy" is listed twice: keep one',
        },
        {
          file: 'chat.yaml',
          line: 2,
          field: 'verdictWords[0]',
          message: expect.stringMatching(/^verdictWords: true is not a word: quote it \("true"\)/),
        },
      ]),
    );
  });
});

describe('the lists of exclusions and follow-ups in chat.yaml', () => {
  /** The tiny fixture loaded with these chat.yaml lines. */
  const load = (yaml: string) => {
    const loaded = loadKnowledge(tinyWithChat(yaml || '{}\n'));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    return loaded.kb;
  };
  const list = (words: readonly string[]) => `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;

  it('an exclusion added sets apart whom it names: no longer a term of the question', () => {
    const question = 'who paid for the tower bar the council';
    const terms = (yaml: string) => Object.keys(new Engine(load(yaml)).explain(question).terms);
    // Without it, "bar the council" asks about the council.
    expect(terms('')).toContain('e:town-council');
    expect(terms(`exclusions: ${list([...DEFAULT_CHAT.exclusions, 'bar'])}\n`)).not.toContain(
      'e:town-council',
    );
    // "not" and a word: that word after a "not" the reader took out.
    const negated = 'who paid for the tower, not forgetting the council';
    expect(Object.keys(new Engine(load('')).explain(negated).terms)).toContain('e:town-council');
    const withNot = new Engine(load(`exclusions: ${list([...DEFAULT_CHAT.exclusions, 'not forgetting'])}\n`));
    expect(Object.keys(withNot.explain(negated).terms)).not.toContain('e:town-council');
  });

  it('a noun for a person added is the person named before it, no word the article lacks', () => {
    const question = 'what did this varga chum say about the repairs';
    const unknown = (yaml: string) => new Engine(load(yaml)).explain(question).unknown.map((u) => u.word);
    expect(unknown('')).toContain('chum');
    const terms = (yaml: string) => Object.keys(new Engine(load(yaml)).explain(question).terms);
    const withChum = `chatPeople: ${list([...DEFAULT_CHAT.chatPeople, 'chum'])}\n`;
    expect(unknown(withChum)).toEqual([]);
    expect(terms(withChum)).toContain('e:elena-varga');
  });

  it('follow-up words added change how a follow-up leans on the turn before', () => {
    const kb = load(
      [
        `topicSwitches: ${list([...DEFAULT_CHAT.topicSwitches, 'plot twist'])}`,
        `takingBack: ${list([...DEFAULT_CHAT.takingBack, 'meh'])}`,
        `corrections: ${list([...DEFAULT_CHAT.corrections, 'welp'])}`,
        `followUpOpeners: ${list([...DEFAULT_CHAT.followUpOpeners, 'welp'])}`,
        `feelings: ${list([...DEFAULT_CHAT.feelings, 'grumpy'])}`,
        '',
      ].join('\n'),
    );
    const mine = cueWordsOf(kb.chat);
    const defaults = cueWordsOf(load('').chat);
    const words = (text: string) => tokenize(text);
    expect(readCues(defaults, words('plot twist, who paid for the tower')).switchTopic).toBe(false);
    expect(readCues(mine, words('plot twist, who paid for the tower')).switchTopic).toBe(true);
    expect(takesBack(defaults, words('meh, who paid for the tower'))).toBe(false);
    expect(takesBack(mine, words('meh, who paid for the tower'))).toBe(true);
    expect(readCues(defaults, words('welp the mayor')).correction).toBe(false);
    expect(readCues(mine, words('welp the mayor')).correction).toBe(true);
    expect(readCues(defaults, words('why is she so grumpy')).whyOnly).toBe(false);
    expect(readCues(mine, words('why is she so grumpy')).whyOnly).toBe(true);
  });

  it('a word of quoting added asks for the words just quoted, in a conversation', () => {
    const ask = (yaml: string) => {
      const engine = new Engine(load(yaml));
      const first = engine.answer('how much did the restoration cost');
      const again = engine.answer('transcript pls', [turnOf(first)]);
      return { first: first.quotes.map((q) => q.id), again: again.quotes.map((q) => q.id) };
    };
    const plain = ask('');
    expect(plain.first.length).toBeGreaterThan(0);
    expect(plain.again).not.toEqual(plain.first);
    const quoted = ask(`quoting: ${list([...DEFAULT_CHAT.quoting, 'transcript'])}\n`);
    expect(quoted.again).toEqual(quoted.first);
  });

  it('a bad entry is reported with its list, line and field', () => {
    const loaded = loadKnowledge(
      tinyWithChat(
        [
          'exclusions: [besides, not counting on, Other than]',
          'topicSwitches: [btw, a whole new topic]',
          'quoting: [word-for-word]',
          'takingBack: [nvm, nvm]',
          '',
        ].join('\n'),
      ),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problems = loaded.problems.map((p) => ({ line: p.line, field: p.field, message: p.message }));
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          line: 1,
          field: 'exclusions[1]',
          message: expect.stringMatching(/^exclusions: "not counting on": after "not" write one word/),
        },
        {
          line: 1,
          field: 'exclusions[2]',
          message: 'exclusions: "Other than" must be in lower case: write "other than"',
        },
        {
          line: 2,
          field: 'topicSwitches[1]',
          message: 'topicSwitches: "a whole new topic" is 4 words: a phrase here is 1 to 2 words',
        },
        {
          line: 3,
          field: 'quoting[0]',
          message: expect.stringMatching(/^quoting: "word-for-word" is not one word/),
        },
        { line: 4, field: 'takingBack[1]', message: 'takingBack: "nvm" is listed twice: keep one' },
      ]),
    );
    expect(problems).toHaveLength(5);
  });
});

describe('the lists of requests, the writer, sayings, sides and people in chat.yaml', () => {
  /** A fixture of test/fixtures loaded with these chat.yaml lines. */
  const load = (yaml: string, fixture = 'tiny') => {
    const loaded = loadKnowledge(tinyWithChat(yaml || '{}\n', resolve(ROOT, 'test/fixtures', fixture)));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    return loaded.kb;
  };
  const list = (words: readonly string[]) => `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  // The words the knowledge knows, as the chat reader is told.
  const DICTIONARY = new Set('the mayor paid for tower who when did reopen'.split(' '));
  const questionsOf = (yaml: string, message: string) =>
    new ChatReader(
      load(yaml).chat,
      (w) => DICTIONARY.has(w),
      (w) => DICTIONARY.has(w),
    )
      .read(message)
      .questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('an addressee added makes "can <word> tell me who ..." a request: the question starts at "who"', () => {
    const message = 'can bot tell me who paid for the tower';
    expect(questionsOf('', message)).toEqual(['can bot tell me who paid for the tower']);
    const withBot = `addressees: ${list([...DEFAULT_CHAT.addressees, 'bot'])}\n`;
    expect(questionsOf(withBot, message)).toEqual(['who paid for the tower']);
  });

  it('a word for the writer added makes their clause after the question context, not what is asked', () => {
    const message = 'when did the tower reopen, presentation is tmrw and imma panic';
    expect(questionsOf('', message)).toEqual([
      'when did the tower reopen presentation is tomorrow imma panic',
    ]);
    const withImma = `firstPerson: ${list([...DEFAULT_CHAT.firstPerson, 'imma'])}\n`;
    expect(questionsOf(withImma, message)).toEqual(['when did the tower reopen']);
  });

  it('a noun of saying added, after whose it is, asks what they said: no word the article lacks', () => {
    const question = "what was varga's spiel about the repairs";
    const explained = (yaml: string) => new Engine(load(yaml)).explain(question);
    expect(explained('').unknown.map((u) => u.word)).toEqual(['spiel']);
    expect(Object.keys(explained('').terms)).not.toContain('c:say');
    const withSpiel = explained(`sayingNouns: ${list([...DEFAULT_CHAT.sayingNouns, 'spiel'])}\n`);
    expect(withSpiel.unknown).toEqual([]);
    expect(Object.keys(withSpiel.terms)).toEqual(expect.arrayContaining(['e:elena-varga', 'c:say']));
  });

  it('a noun of saying added asks, in a follow-up, what whose it is said: "what about the company\'s spiel"', () => {
    const ask = (yaml: string) => {
      const engine = new Engine(load(yaml, 'tiny-ferry'));
      const first = engine.answer('what did vale say about the ferry');
      return engine.answer("what about the company's spiel", [turnOf(first)]);
    };
    expect(ask('').answered).toBe(false);
    const spiel = ask(`sayingNouns: ${list([...DEFAULT_CHAT.sayingNouns, 'spiel'])}\n`);
    expect(spiel.answered).toBe(true);
    // The ferry company's own words: "The ferry company said the ship was not overloaded ...".
    expect(spiel.quotes[0]?.id).toBe('p4.s1');
  });

  it("a word for a side's claim added: a correction naming it and whose it is asks that side", () => {
    const ask = (yaml: string) => {
      const engine = new Engine(load(yaml, 'tiny-toll'));
      const first = engine.answer('how many passengers died');
      return engine.answer('no i meant the norland stats', [turnOf(first)]);
    };
    // The coastguard's 12 first; Norland's minister put the toll at 30 (p4.s2).
    expect(ask('').reading).toBe('Reading this as a follow-up to "how many passengers died"');
    const side = ask(`sideClaims: ${list([...DEFAULT_CHAT.sideClaims, 'stats'])}\n`);
    expect(side.reading).toBe('Reading this as the answer of Norland to "how many passengers died"');
    expect(side.quotes[0]?.id).toBe('p4.s2');
  });

  it('a noun for a person added names, in a follow-up, the person of the body before it', () => {
    const ask = (yaml: string) => {
      const engine = new Engine(load(yaml, 'tiny-talk'));
      const first = engine.answer('who is piet brandt');
      return engine.answer('and the council chum?', [turnOf(first)]);
    };
    expect(ask('').reading).toBe('Reading this as a follow-up to "who is piet brandt"');
    const chum = ask(`chatPeople: ${list([...DEFAULT_CHAT.chatPeople, 'chum'])}\n`);
    expect(chum.reading).toBe('Reading \'the council chum\' as Anna Holm, following "who is piet brandt"');
  });

  it('a bad entry is reported with its list, line and field', () => {
    const loaded = loadKnowledge(
      tinyWithChat(
        [
          'addressees: [you, could you]',
          'firstPerson: [I, "i\'m"]',
          'sayingNouns: [take, take]',
          'sideClaims: [death-toll, 12]',
          '',
        ].join('\n'),
      ),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problems = loaded.problems.map((p) => ({ line: p.line, field: p.field, message: p.message }));
    expect(problems).toEqual([
      {
        line: 1,
        field: 'addressees[1]',
        message: expect.stringMatching(/^addressees: "could you" is not one word/),
      },
      { line: 2, field: 'firstPerson[0]', message: 'firstPerson: "I" must be in lower case: write "i"' },
      { line: 3, field: 'sayingNouns[1]', message: 'sayingNouns: "take" is listed twice: keep one' },
      {
        line: 4,
        field: 'sideClaims[0]',
        message: expect.stringMatching(/^sideClaims: "death-toll" is not one word/),
      },
      {
        line: 4,
        field: 'sideClaims[1]',
        message: expect.stringMatching(/^sideClaims: 12 is not a word: quote it \("12"\)/),
      },
    ]);
  });
});

describe('the lists of other answers, corrections, modifiers, people counted, the article and the press in chat.yaml', () => {
  /** The tiny fixture loaded with these chat.yaml lines. */
  const load = (yaml: string) => {
    const loaded = loadKnowledge(tinyWithChat(yaml || '{}\n'));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    return loaded.kb;
  };
  /** A list of the defaults with one word more, as chat.yaml writes it. */
  const plus = (section: keyof ChatWords, word: string) =>
    `${section}: [${[...(DEFAULT_CHAT[section] as string[]), word].map((w) => JSON.stringify(w)).join(', ')}]\n`;
  const cuesOf = (yaml: string, message: string) => readCues(cueWordsOf(load(yaml).chat), tokenize(message));

  it('a word for another answer added: "the other <word>" asks the answer that did not come first', () => {
    expect(cuesOf('', 'no the other stat').otherThingAt).toBe(-1);
    expect(cuesOf(plus('otherAnswers', 'stat'), 'no the other stat').otherThingAt).toBe(2);
  });

  it('a correction added is one wherever it is in the message', () => {
    const message = 'what did the mayor say, my mistake';
    expect(cuesOf('', message).correction).toBe(false);
    expect(cuesOf(plus('correctionsAnywhere', 'my mistake'), message).correction).toBe(true);
  });

  it('an afterthought added names whom the question before it means', () => {
    const named = (yaml: string) =>
      withAfterthoughtNamed(cueWordsOf(load(yaml).chat), 'what did he say', ', as in the envoy')?.question;
    expect(named('')).toBeUndefined();
    expect(named(plus('afterthoughts', 'as in'))).toBe('what did the envoy say');
  });

  it('a reaction added, posted alone, asks nothing: no quote answers it', () => {
    const answer = (yaml: string, message: string) => new Engine(load(yaml)).answer(message, []);
    expect(answer('', 'tower').quotes.length).toBeGreaterThan(0);
    expect(answer(plus('reactions', 'tower'), 'tower').quotes).toHaveLength(0);
    // Inside a question, or asked with a question mark, it is read as usual.
    expect(answer(plus('reactions', 'tower'), 'tower?').quotes.length).toBeGreaterThan(0);
    expect(answer(plus('reactions', 'tower'), 'who paid for the tower').quotes.length).toBeGreaterThan(0);
  });

  it('a modifier added may stand between whose it is and a noun of saying: what they said', () => {
    const question = "what was varga's primary point about the repairs";
    const terms = (yaml: string) => Object.keys(new Engine(load(yaml)).explain(question).terms);
    expect(terms('')).not.toContain('c:say');
    expect(terms(plus('sayingModifiers', 'primary'))).toContain('c:say');
  });

  it('a noun for people counted added: losing them is their deaths', () => {
    const read = (yaml: string) =>
      lostPeople(analyzerChatOf(load(yaml).chat).peopleCounted, tokenize('how many sailors did they lose'))
        .map((t) => t.word)
        .join(' ');
    expect(read('')).toBe('how many sailors did they lose');
    expect(read(plus('peopleCounted', 'sailors'))).toBe('how many sailors did they died');
  });

  it('a noun for the article added names the text asked about: no word the article lacks', () => {
    const question = 'who paid for the repairs according to the blurb';
    const engine = (yaml: string) => new Engine(load(yaml));
    expect(
      engine('')
        .explain(question)
        .unknown.map((u) => u.word),
    ).toEqual(['blurb']);
    expect(engine('').answer(question).status).not.toBe('answered');
    const withBlurb = engine(plus('articleNouns', 'blurb'));
    expect(withBlurb.explain(question).unknown).toEqual([]);
    expect(withBlurb.answer(question).quotes[0]?.id).toBe('p3.s1');
  });

  it('a word for the press added is no speaker the article lacks', () => {
    const notTheirs = (yaml: string) => {
      const corpus = buildCorpus(load(yaml));
      return decide(corpus, corpus.analyzer.analyzeQuery('did the blogger say how much the restoration cost'))
        .notTheirWords;
    };
    expect(notTheirs('')).toBe(true);
    expect(notTheirs(plus('pressWords', 'blogger'))).toBe(false);
  });

  it('a bad entry is reported with its list, line and field', () => {
    const loaded = loadKnowledge(
      tinyWithChat(
        [
          'otherAnswers: [quote, the quote]',
          'correctionsAnywhere: [i really meant it]',
          'afterthoughts: [i mean, i mean]',
          'sayingModifiers: [Main]',
          'peopleCounted: [men, men]',
          'articleNouns: [article, 7]',
          'pressWords: [news-paper]',
          '',
        ].join('\n'),
      ),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problems = loaded.problems.map((p) => ({ line: p.line, field: p.field, message: p.message }));
    expect(problems).toEqual([
      {
        line: 1,
        field: 'otherAnswers[1]',
        message: expect.stringMatching(/^otherAnswers: "the quote" is not one word/),
      },
      {
        line: 2,
        field: 'correctionsAnywhere[0]',
        message: expect.stringMatching(/^correctionsAnywhere: "i really meant it"/),
      },
      { line: 3, field: 'afterthoughts[1]', message: 'afterthoughts: "i mean" is listed twice: keep one' },
      {
        line: 4,
        field: 'sayingModifiers[0]',
        message: 'sayingModifiers: "Main" must be in lower case: write "main"',
      },
      { line: 5, field: 'peopleCounted[1]', message: 'peopleCounted: "men" is listed twice: keep one' },
      {
        line: 6,
        field: 'articleNouns[1]',
        message: expect.stringMatching(/^articleNouns: 7 is not a word: quote it \("7"\)/),
      },
      {
        line: 7,
        field: 'pressWords[0]',
        message: expect.stringMatching(/^pressWords: "news-paper" is not one word/),
      },
    ]);
  });
});

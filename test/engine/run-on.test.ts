/**
 * Two messages typed with no stop between, the second a question ("kettle broke again lol what did
 * the mayor say"): the writer's own words, then a question word with its verb first. The reader
 * takes the first for the story around the question. Made-up words; nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

/** Words the knowledge uses. */
const KNOWLEDGE = new Set('mayor paid tower visitors opened repairs say said pay came'.split(' '));
/** English words it does not. */
const ENGLISH = new Set(
  'kettle broke again feel feet shift done finally lunch cold tea hit follow keep up with things stuff new fishing season neighbour next door storm visited remember reading anything like'.split(
    ' ',
  ),
);
const reader = new ChatReader(
  DEFAULT_CHAT,
  (w) => KNOWLEDGE.has(w) || ENGLISH.has(w),
  (w) => KNOWLEDGE.has(w),
);

const read = (message: string) => {
  const reading = reader.read(message);
  return {
    questions: reading.questions.map((q) => q.tokens.map((t) => t.word).join(' ')),
    context: reading.context.map((t) => t.word).join(' '),
  };
};

describe('a question run on after the writer’s own words', () => {
  it('reads the words before the question word as the story around it', () => {
    expect(read('kettle broke again lol what did the mayor say about the tower')).toEqual({
      questions: ['what did the mayor say about the tower'],
      context: 'kettle broke again',
    });
    expect(read('shift done finally how many visitors came').questions).toEqual(['how many visitors came']);
  });

  it('does not take a verb first with no subject after it for a question ("cant feel my feet")', () => {
    const reading = reader.read('cant feel my feet what did the mayor pay');
    expect(reading.questions.map((q) => q.tokens.map((t) => t.word).join(' '))).toEqual([
      'what did the mayor pay',
    ]);
    expect(reading.negated).toBe(false);
  });

  it('keeps one sentence when the question word depends on the words before it', () => {
    // A question pointing back at them, a clause of the question, or a question word after a verb
    // whose clause it opens.
    expect(read('kettle broke again what did they say').questions).toEqual([
      'kettle broke again what did they say',
    ]);
    expect(read('before the repairs what did the mayor say').questions).toEqual([
      'before the repairs what did the mayor say',
    ]);
    expect(read('i know what did the mayor pay').context).toBe('');
    // The story's words before it are what it asks about.
    expect(read('the mayor opened the tower what did the visitors say').context).toBe('');
    // "what" with no "do" after it opens a clause ("hit what was open").
    expect(read('kettle hit what was open how many visitors came').questions).toEqual([
      'how many visitors came',
    ]);
  });
});

describe('a question pointing back at someone the writer’s own words name', () => {
  /** Made-up entities: the mayor a person, the council a body, the harbour a place. */
  const KINDS: Record<string, string> = { mayor: 'person', council: 'institution', harbour: 'place' };
  const named = new ChatReader(
    DEFAULT_CHAT,
    (w) => KNOWLEDGE.has(w) || ENGLISH.has(w) || w in KINDS,
    (w) => KNOWLEDGE.has(w) || w in KINDS,
    undefined,
    undefined,
    undefined,
    undefined,
    (tokens) => new Set(tokens.flatMap((t) => KINDS[t.word] ?? [])),
  );
  const questions = (message: string) =>
    named.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('reads "he" or "they" asked of someone named in the words before as a question of its own', () => {
    expect(questions('mayor broke again like cold tea lol what did he say')).toEqual(['what did he say']);
    expect(
      named.read('mayor broke again like cold tea lol what did he say').context.map((t) => t.word),
    ).toContain('mayor');
    expect(questions('council kettle broke again lol what did they pay')).toEqual(['what did they pay']);
  });

  it('keeps one sentence when the one pointed at is no one the words name, or a thing', () => {
    // "he" with no person named; "they" with only a place named; "it" alone.
    expect(questions('council kettle broke again lol what did he say')).toEqual([
      'council kettle broke again what did he say',
    ]);
    expect(questions('harbour kettle broke again lol what did they pay')).toEqual([
      'harbour kettle broke again what did they pay',
    ]);
    expect(questions('mayor kettle broke again lol what did it pay')).toEqual([
      'mayor kettle broke again what did it pay',
    ]);
  });
});

describe('a question with its verb first run on after a comma', () => {
  const questions = (message: string) =>
    reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('reads the writer’s own words before the comma as the story around it', () => {
    expect(questions('kettle broke again like cold tea, did the mayor pay')).toEqual(['did the mayor pay']);
    expect(
      reader.read('kettle broke again like cold tea, did the mayor pay').context.map((t) => t.word),
    ).toEqual(expect.arrayContaining(['kettle', 'broke']));
  });

  it('keeps one sentence for a name in capitals, or the article named before the comma', () => {
    expect(questions('kettle broke again like cold tea, IS the mayor paid?')[0]).toContain('kettle');
    expect(questions('going by the article kettle broke again, did the mayor pay')).toEqual([
      'going by the article kettle broke again did the mayor pay',
    ]);
  });
});

describe('a saying verb’s form used as a noun before the question word', () => {
  /** "twitter" and "whisper" are verbs of saying; after "on" or "the" they are nouns. */
  const social = new ChatReader(
    DEFAULT_CHAT,
    (w) => KNOWLEDGE.has(w) || ENGLISH.has(w) || w === 'twitter' || w === 'whisper' || w === 'saw',
    (w) => KNOWLEDGE.has(w),
  );
  const questions = (message: string) =>
    social.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('reads the words before the comma as the story when the verb’s form follows "on" or "the"', () => {
    expect(questions('kettle broke again i saw on twitter, where did the mayor pay')).toEqual([
      'where did the mayor pay',
    ]);
    expect(questions('kettle broke again like the whisper, where did the mayor pay')).toEqual([
      'where did the mayor pay',
    ]);
  });

  it('keeps one sentence when it is the verb whose clause the question word opens', () => {
    expect(questions('kettle broke again they whisper, where did the mayor pay')).toEqual([
      'kettle broke again they whisper where did the mayor pay',
    ]);
  });
});

describe("the writer's own clause, a comma, then any question word with its verb", () => {
  it('reads the question after the comma, the clause before it as context', () => {
    expect(read('u follow this stuff, how long did the repairs take')).toEqual({
      questions: ['how long did the repairs take'],
      context: 'you follow this',
    });
    // With no "?": the question word and its verb after the comma ask ("who" with its own verb).
    expect(read('you keep up with things, who paid for the repairs').questions).toEqual([
      'who paid for the repairs',
    ]);
    // With a "?", any question word does ("whose").
    expect(read('i dont remember reading anything like that, whose tower was it?').questions).toEqual([
      'whose tower was it',
    ]);
    // "he" in a second question, after "and", points back to nothing before the comma.
    expect(read('u follow this stuff, who paid and what did he say').questions[0]).toMatch(/^who paid/);
  });
  it('keeps a topic, a phrase of time, a framing clause or a short opener with the question', () => {
    const first = (message: string) => read(message).questions[0];
    // A word of the story before the comma: the topic asked about.
    expect(first('the tower near the repairs, who paid?')).toContain('tower');
    // A noun phrase put first, and a question pointing back to it.
    expect(first('the new fishing season, how long is it?')).toContain('season');
    expect(first('my neighbour next door, what did he say?')).toContain('neighbour');
    expect(first('after the storm, who paid?')).toContain('storm');
    expect(first('when we visited, how long did the repairs take?')).toContain('visited');
    expect(read('sorry, who paid?').questions).toEqual(['who paid']);
  });
});

/**
 * Long messages: a bracketed aside telling of the writer or their people ("(my dad says ...)"), a
 * second question after "and if not,", the writer's words after a verdict asked of a claim ("X.
 * is that true? he gets his news from facebook"), and the writer's need before a question about
 * what the article says ("I need a line from the article, what does it say ..."). On small
 * made-up messages about a lighthouse, with the default chat lists and a tiny dictionary.
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

const STORY = new Set('tower mayor paid reopen reopened cost visitors repairs lighthouse'.split(' '));
const ENGLISH = new Set(
  'who what where when did does the is was it say says tower mayor paid reopen reopened cost visitors repairs lighthouse dad guy phone need one solid line from article though just with allowed in press talk talking reporters end up news gets most his facebook so have doubts'.split(
    ' ',
  ),
);
const reader = new ChatReader(
  DEFAULT_CHAT,
  (w) => ENGLISH.has(w),
  (w) => STORY.has(w),
);
const read = (message: string) => reader.read(message);
const questions = (message: string) =>
  read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
const context = (message: string) => read(message).context.map((t) => t.word);

describe('an aside in brackets telling of the writer', () => {
  it('reads "(my dad says ...)" inside a question as context', () => {
    const message =
      "who paid for the tower (my dad says it's just one guy with a phone lol) and when did it reopen?";
    expect(questions(message)).toEqual(['who paid for the tower', 'when did it reopen']);
    expect(context(message)).toContain('dad');
  });

  it('keeps brackets saying whom the writer means, and brackets of no writer', () => {
    expect(questions('what did they pay for (I mean the mayor, not the visitors)?')[0]).toContain('mayor');
    expect(questions('who paid for the tower (the mayor)?')[0]).toContain('mayor');
  });
});

describe('"and if not," before a second question', () => {
  it('reads the question after it as one of its own', () => {
    expect(
      questions('was the press allowed in, and if not, where did the reporters talk to the mayor?'),
    ).toEqual(['was the press allowed in', 'where did the reporters talk to the mayor']);
  });
});

describe("the writer's words after a verdict asked", () => {
  it('reads the claim before "is that true?" as what is asked, the words after it as context', () => {
    const message =
      'my dad says the mayor paid for the repairs. is that true? he gets most of his news from facebook so I have my doubts';
    expect(questions(message)).toEqual(['the mayor paid for the repairs']);
    expect(context(message)).toContain('facebook');
  });

  it('keeps the whole message when nothing comes before the verdict', () => {
    expect(questions('is that true? the mayor paid for the repairs')[0]).toContain('repairs');
  });
});

describe("the writer's need before a question about what the article says", () => {
  it('reads "it" asked what it says as the article named before, not words pointed back at', () => {
    expect(
      questions('I need one solid line from the article though, what does it say this tower might cost?'),
    ).toEqual(['what does it say this tower might cost']);
  });

  it('still reads a question pointing back at the story before it as one sentence', () => {
    expect(questions('the mayor paid for the tower, what did it cost')).toHaveLength(1);
    expect(questions('the mayor paid for the tower, what did it cost')[0]).toContain('mayor');
  });
});

describe('a cue ending a sentence after a question', () => {
  it('reads "my cousin wants to know" after a question as context, not a question', () => {
    const message = 'who paid for the tower? my cousin wants to know';
    expect(questions(message)).toEqual(['who paid for the tower']);
    expect(read(message).sentences.map((s) => s.question)).toEqual([true, false]);
  });

  it('keeps a cue with a question after it, and a cue alone in a message', () => {
    expect(questions('who paid for the tower? I want to know when it reopened')).toHaveLength(2);
    expect(read('I want to know').sentences[0]?.question).toBe(true);
    // The writer's own wanting to know may be what they ask; only their people's is told.
    expect(read('who paid for the tower? I want to know').sentences[1]?.question).toBe(true);
  });
});

describe('a question word said again after "and"', () => {
  it('reads "between what and what" as one question, not "what" alone', () => {
    expect(questions('"the tower and the" -- between what and what?')).toEqual([
      'the tower the between what what',
    ]);
  });

  it('still reads "who paid and when" as two questions', () => {
    expect(questions('who paid for the tower and when did it reopen')).toHaveLength(2);
  });
});

describe('", like" before a question word', () => {
  it('reads the question put again in other words as a second question', () => {
    expect(questions('when did the mayor call it off, like what made them stop the repairs?')).toEqual([
      'when did the mayor call it off',
      'what made them stop the repairs',
    ]);
  });

  it('keeps "like" that compares', () => {
    expect(questions('was the tower like the lighthouse?')).toHaveLength(1);
  });
});

describe('a claim someone outside the story made, then a question after a comma', () => {
  it('reads the claim as the story around the question', () => {
    const message =
      'my friend says the mayor paid for the repairs, when does the article say the tower reopened';
    expect(questions(message)).toEqual(['when does the article say the tower reopened']);
    expect(context(message)).toContain('repairs');
  });

  it('still reads the story told by the writer, then a question, as one sentence', () => {
    expect(questions('the mayor paid for the repairs, when did the tower reopen')).toHaveLength(1);
  });

  it('reads "artical" as article (chat.yaml abbreviations)', () => {
    expect(questions('what does the artical say the mayor paid')[0]).toContain('article');
  });
});

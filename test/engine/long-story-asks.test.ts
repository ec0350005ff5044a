/**
 * Long messages and arguing ones: the writer's story, then the question. A one-word cue used as a
 * noun in the writer's own sentence ("I'm writing up the source notes.") asks nothing; a request's
 * cue ("can anyone lay out ...", "could someone walk me through ...") is how the writer asks, no
 * word of the story around it; a request to reconstruct, with its object before the question word
 * ("reconstruct the sequence for me, who ..."), asks what follows; "this time" after a claim of what
 * someone always says asks no time; "what could happen to X" asks X's fate, not what happened; "how
 * does each side put it" asks how they say it. On the project's own article, in wording of no eval
 * set.
 */
import { describe, expect, it } from 'vitest';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(abstained)';
const STORY = new Set('meeting spoke dead counted figure'.split(' '));
const reader = new ChatReader(
  DEFAULT_CHAT,
  () => true,
  (w) => STORY.has(w),
);
const questions = (message: string) => reader.read(message).questions.map((q) => q.text);
const context = (message: string) => reader.read(message).context.map((t) => t.word);

describe('a one-word cue as a noun of the writer', () => {
  it('leaves a sentence closed by a full stop out of the questions', () => {
    expect(questions('I am writing up the source notes for class. Who counted the dead?')).toEqual([
      'Who counted the dead?',
    ]);
  });

  it('still asks by the cue as a request', () => {
    expect(questions('source for the 62 figure')).toHaveLength(1);
    expect(questions('context pls. who called the meeting?')).toHaveLength(2);
  });
});

describe("a request's cue", () => {
  it('is no word of the story around the question', () => {
    const words = context('can anyone lay out who said what at the meeting?');
    expect(words).not.toContain('lay');
    expect(words).not.toContain('out');
  });

  it('asks what follows its object and "for me" ("reconstruct the sequence for me, who ...")', () => {
    const message = 'could someone reconstruct the sequence for me, who spoke first at the meeting?';
    const [asked] = reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));
    expect(asked).toMatch(/^who spoke first/);
    expect(context(message)).not.toContain('reconstruct');
  });

  it('lets a long message about the UN scene be answered', () => {
    expect(
      first(
        'The diplomats put on quite a show. One talks to cameras, the other leaves early. Could someone reconstruct the order for me, who did what at the Security Council?',
      ),
    ).toMatch(/Security Council chamber|walked out/);
  });
});

describe('"this time" after what someone always says', () => {
  it('asks no time, and reads the story for who is meant', () => {
    const explained = engine.explain(
      'the syrian army always blames washington. what did they say this time?',
    ) as {
      terms: Record<string, number>;
    };
    expect(Object.keys(explained.terms)).not.toContain('c:day');
  });

  it('keeps a time placed ("at that time", "by this time")', () => {
    const explained = engine.explain('who was in charge at that time?') as { terms: Record<string, number> };
    expect(Object.keys(explained.terms)).toContain('c:day');
  });
});

describe('what could happen to something', () => {
  it('asks its fate, not what happened, in a long message too', () => {
    const q =
      'My uncle thinks this ends every ceasefire for good. I hope not. What does the article say might happen to the peace deal?';
    expect(first(q)).toMatch(/peace deal|question mark/);
    const explained = engine.explain('what will happen to the truce?') as { terms: Record<string, number> };
    expect(Object.keys(explained.terms)).not.toContain('c:summary');
  });

  it('keeps what happened asked ("what happened to the truce")', () => {
    const explained = engine.explain('what happened to the truce?') as { terms: Record<string, number> };
    expect(Object.keys(explained.terms)).toContain('c:summary');
  });
});

describe('"how does each side put it"', () => {
  it('asks how each side says it, not the word "put"', () => {
    const explained = engine.explain('how does each side put it in the article?') as {
      terms: Record<string, number>;
    };
    expect(Object.keys(explained.terms)).not.toContain('w:put');
    expect(Object.keys(explained.terms)).toContain('c:say');
  });
});

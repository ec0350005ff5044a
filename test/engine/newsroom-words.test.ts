/**
 * A newsroom's shorthand: a figure of the story named as a noun ("the 62"), words of the task no
 * list of English holds ("graf", "kicker"), and a moderator's entries (an office's rooms, "in X
 * hands", "the opening", "on record saying", "who's the source on", "pull quote", "formally suspended", "besdies", "attrib"): each read
 * as the plain question, or as what the article does not tell. Two whole questions in one sentence,
 * each with its own "it", are two questions.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

const STORY = new Set(['who', 'said', 'what', 'happened', 'the', 'toll', '62', '17']);
const reader = new ChatReader(DEFAULT_CHAT, (w) => STORY.has(w));
const questions = (message: string) =>
  reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

describe('a newsroom asking', () => {
  it.each([
    ['graf on australia - what did they say exactly', 'what did australia say exactly'],
    ['kicker quote from power?', 'quote from power?'],
    ['pull quote from churkin?', 'quote from churkin?'],
    ["who's the source on the mortars", 'who said the mortars were destroyed'],
    ['who took part in the strike besdies the US', 'who took part in the strike besides the US'],
    ['is the area back in regime hands or not', 'is the area back under regime control or not'],
    ['what did IS do with the opening', 'what did IS do with the opportunity'],
    ["who's on record saying the strike was unintentional", 'who is saying the strike was unintentional'],
  ])('"%s" finds what "%s" finds', (typed, plain) => {
    const asked = first(engine.answer(plain, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });

  it('reads a figure of the story after "the", no noun after it, as that figure', () => {
    expect(questions('who said the 62')).toEqual(['who said the 62 figure']);
    expect(questions('what happened on the 17th')).toEqual(['what happened on the 17']);
  });

  it.each([
    ['is the meeting room free at 3'],
    ['is the conference room booked'],
    ['has the ceasefire been formally suspended since?'],
    ['has the truce been officially suspended'],
  ])('"%s" is not answered', (typed) => {
    expect(engine.answer(typed, []).answered).toBe(false);
  });

  it('keeps the newsroom words in the defaults', () => {
    for (const w of ['lede', 'graf', 'hed', 'kicker', 'sidebar']) expect(DEFAULT_CHAT.asking).toContain(w);
    expect(DEFAULT_CHAT.laterCues).toContain('formally suspended');
    expect(DEFAULT_CHAT.abbreviations.attrib).toBe('who said');
  });

  it('answers both of two whole questions, the first with its own "it" ("how long did it last")', () => {
    const both = engine.answer('how long did it last and why was it stopped', []);
    const lasted = first(engine.answer('how long did it last', []));
    const stopped = first(engine.answer('why was it stopped', []));
    expect(lasted).not.toBeNull();
    expect(stopped).not.toBeNull();
    const ids = both.answered ? both.quotes.map((q) => q.id) : [];
    expect(ids).toContain(lasted);
    expect(ids).toContain(stopped);
  });
});

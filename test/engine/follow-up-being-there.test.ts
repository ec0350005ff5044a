/**
 * "why were US jets even there": a why about being somewhere asks what they were there for (the
 * target), not the place; "there" is no place pronoun to read as the town the turn before named.
 * "why was the plane flying there" asks why it did something there, and keeps "there".
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn, fixtureEngine } from '../support/fixture-engine.ts';

const cues = (text: string) => readCues(cueWordsOf(DEFAULT_CHAT), tokenize(text));

describe('a why about being there', () => {
  it('asks the purpose, with or without words between the verb and "there"', () => {
    for (const q of ['why were they there', 'why were US jets even there', 'why were they really there?']) {
      const c = cues(q);
      expect(c.beingThere, q).toBe(true);
      expect(
        c.pronouns.some((p) => p.kind === 'place'),
        q,
      ).toBe(false);
    }
  });

  it('is not read into a why about doing something there, nor into a question that is no why', () => {
    expect(cues('why was the plane flying there').beingThere).toBe(false);
    expect(cues('who was there').beingThere).toBe(false);
    expect(cues('why did they bomb there').beingThere).toBe(false);
  });
});

describe('a why about being there, in a conversation', () => {
  const last = (engine: ReturnType<typeof projectEngine>, ...turns: string[]) =>
    askInTurn(engine, ...turns).at(-1) as Answer;

  it('is read against the turn before, whose place "there" is, even naming whom it asks of', () => {
    // Alone, "why was brandt even there" was answered with what Brandt said of the farms; the
    // meeting is where he was, and the article gives no reason for his being at it.
    const a = last(fixtureEngine('tiny-talk'), 'who walked out of the meeting', 'why was brandt even there');
    expect(a.reading).toBe('Reading this as a follow-up to "who walked out of the meeting"');
    expect(a.answered).toBe(false);
  });

  it('asks what they were there for: IS battles the regime forces in the area', () => {
    const a = last(
      projectEngine(),
      'the US military said the sortie was against IS',
      'why was IS even there',
    );
    expect(a.answered && a.quotes[0]?.id).toBe('p5.s1');
  });
});

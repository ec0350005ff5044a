/**
 * Helping said of a thing that happened is who benefited (issue 11): "why does this help the
 * jihadists" asks what IS gained, not who supported whom; and anger in a why, toward no one said, is
 * a grievance ("why is moscow so angry": what Moscow decried, not Power's "expressed outrage").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { angerAsGrievance, foundOutAsAlarm, helpedAsBenefit } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const read = (q: string) =>
  helpedAsBenefit(tokenize(q))
    .map((t) => t.word)
    .join(' ');

describe('helpedAsBenefit', () => {
  it('reads helping of a word pointing back or of the strike as benefiting', () => {
    expect(read('why does this help the rebels')).toBe('why does this benefit the rebels');
    expect(read('did the raid really help them')).toBe('did the raid really benefit them');
    expect(read('how did it help the militia')).toBe('how did it benefit the militia');
  });

  it('leaves helping said of someone as it is', () => {
    expect(read('did the US help IS')).toBe('did the us help is');
    expect(read('who helped the pilots')).toBe('who helped the pilots');
    expect(read('can you help me')).toBe('can you help me');
  });

  it('answers a benefit asked of the strike with what IS did with it, on the article', () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(engine.answer('did the bombing help daesh').quotes[0]?.text).toMatch(/used the airstrike/);
  });
});

describe('angerAsGrievance', () => {
  const readAnger = (q: string) =>
    angerAsGrievance(false, tokenize(q))
      .map((t) => t.word)
      .join(' ');

  it('reads anger in a why, toward no one said, as anger at someone', () => {
    expect(readAnger('why is moscow so angry')).toBe('why is moscow so angry at');
    expect(readAnger('why they upset lol')).toBe('why they upset at lol');
  });

  it('leaves anger said toward someone, and anger outside a why', () => {
    expect(readAnger('why is moscow angry with the US')).toBe('why is moscow angry with the us');
    expect(readAnger('is moscow angry')).toBe('is moscow angry');
  });

  it('leaves anger in a why told inside a statement, in a story and in a clause of time', () => {
    expect(readAnger('i tried to explain to my dad why russia is so annoyed')).toBe(
      'i tried to explain to my dad why russia is so annoyed',
    );
    expect(angerAsGrievance(true, tokenize('why is moscow so angry')).length).toBe(5);
    expect(readAnger('why did they stop when moscow got angry')).toBe(
      'why did they stop when moscow got angry',
    );
  });

  it('reads no anger into a sentence told beside a question marked "?", on the article', () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    const q =
      'I tried to explain to my dad why Russia is so annoyed. What does Moscow say Washington refuses to do?';
    expect(engine.answer(q).quotes[0]?.text).toMatch(/refusal/);
  });

  it("answers a why of a speaker's anger with their grievance, on the article", () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(engine.answer('why was moscow so furious').quotes[0]?.text).not.toMatch(/expressed outrage/);
  });
});

describe('foundOutAsAlarm', () => {
  const readFound = (q: string, story = false) =>
    foundOutAsAlarm(tokenize(q), story)
      .map((t) => t.word)
      .join(' ');

  it("reads finding out in the question's own clause as being alerted", () => {
    expect(readFound('how did the pentagon find out')).toBe('how did the pentagon alerted');
    expect(readFound('when did russia find out')).toBe('when did russia alerted');
  });

  it('reads "figure out" as "find out", and leaves a figure alone', () => {
    expect(readFound('how did the us figure out')).toBe('how did the us alerted');
    expect(readFound('what are the figures out of moscow')).toBe('what are the figures out of moscow');
  });

  it('leaves finding out in a clause that sets the time, and in a story told', () => {
    expect(readFound('what did the us say when it found out it hit the wrong guys')).toBe(
      'what did the us say when it found out it hit the wrong guys',
    );
    expect(readFound('after they found out, what did they do')).toBe('after they found out what did they do');
    expect(readFound('how did the pentagon find out', true)).toBe('how did the pentagon find out');
  });
});

/**
 * Near-topic (issues 11 and 12): what the article never tells, though its words are near.
 * - Words said to an audience no quote of the speaker's went to (answer-type.ts audienceUntold):
 *   the article tells that Churkin addressed the diplomats inside, and quotes what he told
 *   reporters, never what he said inside; "what did churkin tell reporters" is still answered, and
 *   so is a quote naming the audience in its own words ("condolences to the families").
 * - A choice offered between things the knowledge never names (decide.ts optionsUntold): "was it a
 *   mig or a sukhoi"; not a choice with a side it names ("soldiers or civilians"), nor between
 *   qualities ("higher or lower").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const refused = (q: string) => expect(engine.answer(q).quotes, q).toHaveLength(0);

describe('words said to an audience the quotes never went to', () => {
  it('refuses what churkin told the diplomats inside', () => {
    refused('what did churkin actually tell the diplomats inside the chamber');
    refused('what did churkin tell the diplomats inside');
  });
  it('still answers his words to reporters, and words naming their audience', () => {
    expect(engine.answer('what did churkin tell reporters').quotes[0]?.id).toBe('p14.s1');
    expect(engine.answer('what did the aussies say to the grieving relatives').quotes[0]?.id).toBe('p18.s2');
    expect(engine.answer('what did the white house official tell reuters').quotes[0]?.id).toBe('p18.s1');
  });
  it('asks nothing of whether or how they spoke', () => {
    expect(engine.answer('did power talk to reporters outside?').answered).toBe(true);
  });
});

describe('a choice between things the knowledge never names', () => {
  it('refuses it', () => {
    refused('the regime jet isis claimed, was it a mig or a sukhoi');
    refused('were the soldiers conscripts or career officers?');
  });
  it('still answers a choice with a side the article names, or between qualities', () => {
    expect(engine.answer('was it a mistake or on purpose').answered).toBe(true);
    expect(engine.answer('were they soldiers or civilians').answered).toBe(true);
  });
});

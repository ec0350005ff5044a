/**
 * Follow-ups read by who does what: a person's wish to see (analyzer.ts wishedToSee), aircraft
 * that leave (aircraftLeft), the clause a sentence turns to as what came next
 * (followsInSentence), whom "they" who
 * struck stands for (strikes), "russia's guy" (personOf), a quote giving its speaker's grounds
 * (whyNext GROUNDS) and a why of the thing spoken of (ofTheThing), on the project article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));
/** The answer to the last turn, each asked in the context of the ones before. */
const last = (turns: readonly string[]) => askInTurn(engine, ...turns).at(-1) as Answer;
const first = (turns: readonly string[]) => last(turns).quotes[0]?.text ?? '';

describe('who does what, in a follow-up', () => {
  it("a person's wish to see is being interested to see; the writer's own is not", () => {
    expect(first(['what did churkin say about the peace effort', 'what does he want to see'])).toContain(
      'interested to see',
    );
    expect(engine.answer('what does churkin want to see').quotes[0]?.text).toContain('interested to see');
  });

  it('aircraft that bail broke off the strike; a person who bails walked out', () => {
    expect(first(['the planes bailed after 40 minutes', 'why?'])).toContain('aborted as soon as');
    expect(engine.answer('churkin bailed before power spoke').quotes[0]?.text).toContain('walked out');
  });

  it('"and then?" takes the clause the sentence just quoted turns to', () => {
    expect(first(['did the IS militia take ground', 'and then?'])).toContain(
      'reclaimed most of the lost ground',
    );
  });

  it('"they" who struck is not the monitor quoted on the toll', () => {
    const answer = last(['was the raid deliberate?', 'so why did they bomb the syrian soldiers']);
    expect(answer.reading ?? '').not.toContain('Observatory');
    expect(answer.quotes[0]?.text).toContain('mistaking them for terrorists');
  });

  it('"russia\'s guy" is the person under Russia', () => {
    const answer = last(['what did the russian foreign ministry say', "no, i meant russia's guy"]);
    expect(answer.reading ?? '').toContain('Vitaly Churkin');
    expect(answer.quotes[0]?.id).toMatch(/^p1[34]\./);
  });

  it("a bare why after a person's words leads with the quote that gives their grounds", () => {
    expect(first(['did power attack russia at the UN', 'why though'])).toContain(
      'claiming that Russia failed',
    );
  });

  it('a why of "it", the thing spoken of, is not what the speaker said next', () => {
    const answer = last(['churkin called the peace effort a big question mark', 'why would it be in doubt']);
    expect(answer.quotes[0]?.text).toContain('could end the joint peace effort');
  });
});

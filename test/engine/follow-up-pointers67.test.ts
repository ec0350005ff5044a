/**
 * Follow-ups that point back without a pronoun of the usual kind: a kind of body asked with
 * someone else the subject (follow-up-reading.ts askedKind), "at that time" that asks no time
 * (analyzer.ts atThatTime), "the message" standing for what was told (follow-up-cues.ts
 * MESSAGE_NOUNS), a place left unsaid after "go in" (INSIDE), on the project article.
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

describe('follow-ups that point back without a pronoun of their own', () => {
  it('"they" after "which group was X going after" is the group, not X', () => {
    const answer = last(['what group were the jets going after', 'and what did they do after the bombing']);
    expect(answer.reading ?? '').toContain('Islamic State');
    expect(answer.quotes[0]?.text).toContain('push the regime troops out');
  });

  it('"which country" asked with its own verb still names the country that did it', () => {
    const answer = last(['which country took part besides the US', 'what did they say']);
    expect(answer.quotes.map((q) => q.text).join(' ')).toContain('condolences');
  });

  it('"at that time" asks no time in a question of where', () => {
    expect(first(['power talked to reporters outside', 'ok and where was churkin at that point'])).toContain(
      'addressed the diplomats inside',
    );
    expect(engine.answer('where was churkin at that moment').quotes[0]?.text).toContain(
      'addressed the diplomats inside',
    );
  });

  it('"at that time" in a yes-or-no question still asks the time', () => {
    expect(engine.answer('was assad himself in deir el-zour at that moment?').answered).toBe(false);
  });

  it('"the message" stands for what the turn before told', () => {
    expect(first(['did washington say sorry', 'how did they pass the message on to the syrians'])).toContain(
      'through the Russian government',
    );
  });

  it('"go in" with no place says in where the turn before was', () => {
    expect(first(['when was the security council meeting', 'could reporters go in?'])).toContain(
      'closed to the press',
    );
  });

  it('"they" who stopped the strike is who struck, not the monitor quoted on it', () => {
    const answer = last(['how long did the airstrike last', 'why did they halt it']);
    expect(answer.reading ?? '').not.toContain('Observatory');
    expect(answer.quotes[0]?.text).toContain('aborted as soon as');
  });

  it('a why with "after that" asks why, not what came next', () => {
    expect(first(['how long did the airstrike last', 'so why did they stop after that'])).toContain(
      'aborted as soon as',
    );
  });

  it('"why a stunt" leaves out the verb: a follow-up, not a question alone', () => {
    const answer = last(["what did power label russia's UN move", 'why a stunt though']);
    expect(answer.quotes[0]?.text).toContain('by calling for the UN meeting');
  });

  it("X's version leads with X's sentence on the matter of the quote before", () => {
    expect(
      first(['what did the US military say the sortie was against', "what about syria's version?"]),
    ).toContain('conclusive evidence');
  });

  it('"and the americans?" still leads with the sentence nearest the answer before', () => {
    expect(first(['what did australia say', 'and the americans?'])).toContain('relayed its "regret"');
  });

  it('"what else did it slam X for": X is whom they went on at, "it" who spoke', () => {
    const answer = last([
      'the russian foreign ministry statement from sunday',
      'what else did it slam the americans for',
    ]);
    expect(answer.reading ?? '').toContain('Russian Foreign Ministry');
    expect(answer.quotes[0]?.text).toContain('slammed US representatives');
  });
});

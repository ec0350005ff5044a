/**
 * "how many were killed per SOHR" -> "no i meant the official figure, the regime and moscow one":
 * a correction naming whose claim on the contested point it means asks that side of the question
 * before (conversation.ts sideNamed); one naming a body without a claim ("actually i meant
 * syria's army") is not read so. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a correction naming whose claim it means', () => {
  it('answers with that side of the contested point', () => {
    const [first, side] = ask(
      'how many soldiers did the monitor count',
      'no sorry the official tally, the regime and the kremlin one',
    );
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(side?.answered).toBe(true);
    expect(side?.reading).toContain('as the answer of Syrian government and Russian government');
    expect(side?.quotes[0]?.text).toContain('death toll to 62');
  });

  it('is not read so when it names no claim', () => {
    const [, side] = ask('what toll did the monitor give', 'no, i meant damascus');
    expect(side?.reading ?? '').not.toContain('the answer of');
  });

  it('reads "the damascus one?" after a claim asked by name as that side, correction or not', () => {
    const [first, side] = ask('what death toll did the monitor give', 'and the damascus one?');
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(side?.reading).toContain('as the answer of Syrian government');
    expect(side?.quotes[0]?.text).toContain('death toll to 62');
  });

  it('does not read "the X one" so when the question before named no claim', () => {
    const [, side] = ask('what did the monitor say', 'and the damascus one?');
    expect(side?.reading ?? '').not.toContain('the answer of');
  });
});

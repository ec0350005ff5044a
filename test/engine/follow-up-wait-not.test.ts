/**
 * "what did australia say it would never do" -> "wait not australia, what did the US military
 * say": a "not" after another opener ("wait", "sorry") still sets aside whom it names
 * (follow-up-reading.ts withOpeners), as "not australia, ..." does: the question is answered of
 * the one it asks about. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const usMilitary = ['p5.s1', 'p5.s2'];

describe('"wait not X, <question>"', () => {
  it('answers the question of the one it asks about', () => {
    const [, a] = ask(
      'what did australia say it would never do',
      'wait not australia, what did the US military say',
    );
    expect(a?.answered).toBe(true);
    expect(usMilitary).toContain(a?.quotes[0]?.id);
  });

  it('as "not X, <question>" does', () => {
    const [, a] = ask(
      'what did australia say it would never do',
      'not australia, what did the US military say',
    );
    expect(usMilitary).toContain(a?.quotes[0]?.id);
  });
});

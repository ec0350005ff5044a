/**
 * Words of Spanish and Portuguese speakers in follow-ups (chat.yaml): "porque?" asks why,
 * "espera" is "wait" (a correction), "mudando de assunto" changes the subject, and the
 * observatory is named as their languages spell it ("observatorio"), and "y" before a Spanish word
 * ("y los rusos?", "y el Kremlin?") is "and", not chat's "why". Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('ESL follow-ups', () => {
  it('"porque?" asks why', () => {
    const [, a] = ask('the US stopped the raid?', 'porque?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p5.s2');
  });

  it('"no espera, I mean according to the observatorio" turns to the observatory', () => {
    const [, a] = ask(
      'how many died according to damasco',
      'no espera, I mean according to the observatorio',
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p4.s1');
  });

  it('"mudando de assunto" opens a question of its own', () => {
    const [, a] = ask(
      'how long was the raid',
      'mudando de assunto, what the US military said was the target?',
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p5.s1');
  });

  it('"y" before a Spanish word is "and": the other side of the figure', () => {
    const [, a] = ask('what death toll did the observatory give', 'y los rusos?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('put the death toll to 62');
    const [, b] = ask('what death toll did the observatory give', 'y el Kremlin?');
    expect(b?.quotes[0]?.text).toContain('put the death toll to 62');
  });

  it('"y" before a verb or a subject is still "why"', () => {
    const [, a] = ask('the US stopped the raid?', 'y did they stop');
    expect(a?.quotes[0]?.id).toBe('p5.s2');
  });
});

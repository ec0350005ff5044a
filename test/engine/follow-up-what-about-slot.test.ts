/**
 * "what about the time frame?": "what about" a question word's concept asks it of what the
 * question before was about, not what that question asked. On the real article.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const conversation = (...turns: string[]) => askInTurn(engine, ...turns).at(-1) as Answer;

describe('"what about the time frame?"', () => {
  it('"time frame" asks how long, alone', () => {
    expect(engine.answer('what was the time frame').quotes[0]?.text).toMatch(/lasted for 40 minutes/);
  });

  it('after what the regime lost, asks how long the raid lasted, not the equipment again', () => {
    const a = conversation('what equipment did the regime lose', 'what about the time frame');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/lasted for 40 minutes/);
  });
});

/**
 * A subject "it" that stands for the topic of the question before ("IS shot down a plane sunday"
 * -> "why was it even flying there": the plane) is that topic: a reading that drops it answers
 * only with a quote holding something of it (not the coalition's target, which is about IS
 * alone), and a why of what the sentence just quoted told is answered by it only with a reason.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const last = (...turns: string[]) => askInTurn(projectEngine(), ...turns).at(-1) as Answer;

describe('a subject "it" standing for the topic before', () => {
  it('is not answered by a quote about someone else of that turn, nor by a quote giving no reason', () => {
    // It was answered with the US military's words on the sortie's target.
    const a = last('IS shot down a plane sunday', 'why was it even flying there');
    expect(a.answered).toBe(false);
  });

  it('takes a forum that says nothing itself as part of the topic its meeting was', () => {
    // The session was closed to the press; the article gives no reason (Power speaking outside
    // the chamber is none).
    const a = last('the kremlin called the UN meeting', 'why was it closed to the press');
    expect(a.answered).toBe(false);
  });

  it('still lets a why of its own find a quote that holds the topic', () => {
    const a = last('the raid lasted 40 min', 'why did it end there');
    expect(a.answered && a.quotes[0]?.id).toBe('p5.s2');
  });
});

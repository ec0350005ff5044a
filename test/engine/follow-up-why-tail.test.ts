/**
 * "australia put out a statement too" -> "why would they, were their planes involved?": a bare
 * why, then a question of its own guessing the reason, is that question read in context when
 * the message read whole is refused (conversation.ts whyTail). "why then, what set it off": the
 * "then" of "why then" is no "then what" (follow-up-cues.ts). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { whyTail } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('whyTail', () => {
  it('is the question after a bare why and a comma', () => {
    expect(whyTail('why would they, were their planes involved?')).toBe('were their planes involved?');
    expect(whyTail('why, did they think they were rebels?')).toBe('did they think they were rebels?');
    expect(whyTail('how come — who took it')).toBe('who took it');
  });

  it('is none for a why alone, a doubt that asks nothing, or a why of its own', () => {
    expect(whyTail('why would they?')).toBeNull();
    expect(whyTail('why them, they are so far away')).toBeNull();
    expect(whyTail('why did the US bomb them, was it a mistake')).toBeNull();
  });
});

describe('a bare why then a question of its own', () => {
  it('answers the question asked after the why', () => {
    const [, answer] = ask(
      'australia put out a statement too',
      'why would they, were their planes involved?',
    );
    expect(answer?.answered).toBe(true);
    expect(answer?.quotes[0]?.text).toContain('whose aircraft took part');
  });

  it('reads "why then" as a why, not as what came next', () => {
    const [, answer] = ask('russia wanted a UN meeting saturday', 'why then, what set it off');
    expect(answer?.answered).toBe(true);
    expect(answer?.quotes[0]?.text).toContain('The strikes prompted the Kremlin');
  });
});

/**
 * Corrections of a claim or a guess in the turn before. A correction that asks nothing but what one it names said, after a turn that told what someone
 * else said of a topic ("russia said 90 died" -> "hm no actually, what did moscow say"), turns
 * that topic to them (conversation.ts, saidOnlyBy): Moscow's figure, not Moscow's words at large.
 * A correction asking who after a yes-or-no question that named whom it asked about takes that
 * name back: the question before is asked again without it. Made-up conversations, asked of the
 * project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
/** The last answer of a conversation asked turn by turn. */
const last = (...questions: string[]): Answer => askInTurn(engine, ...questions).at(-1) as Answer;

describe('a correction asking what another said of the claim before', () => {
  it('turns the claim’s topic to whom it names', () => {
    for (const fix of ['hm no actually, what did moscow say', 'no actually, what did moscow say']) {
      const a = last('the observatory said 90 died', fix);
      expect(a.answered).toBe(true);
      expect(a.quotes[0]?.text).toContain('death toll to 62');
    }
  });

  it('reads a correction asking who as taking back the name the yes-or-no question guessed', () => {
    // conversation.ts via follow-up-reading.ts (whoTakenBack): the US was the guess; who
    // requested the meeting is asked again without it.
    const a = last('did the US request the UN meeting', 'sorry, who actually requested it');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toContain('prompted the Kremlin to request');
  });
});

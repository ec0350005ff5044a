/**
 * "power branded the kremlin's move a stunt" -> "what else did she call it": a turn that told
 * what someone said, rather than asked it, sets apart the sentence it told as well as the quotes
 * the answer gave (follow-up-answers.ts statedBy): what they said next is counted from the
 * earliest of them. After a question, only the quotes given count.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { ConversationTurn } from '../../src/engine/conversation.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
// The turn as a front end stores it, its answer led by the sentence after the one it told.
const turn = (question: string): ConversationTurn[] => [
  { question, quoteIds: ['p11.s2', 'p12.s1'], qa: null },
];

describe('"what else" after a turn that told what was said', () => {
  it('answers what came after the sentence the turn told', () => {
    const next = engine.answer('what else did she call it', turn('power branded the kremlin move a stunt'));
    expect(next.quotes[0]?.text).toContain('uniquely cynical and hypocritical');
  });

  it('after a question, answers what came after the quotes given', () => {
    const next = engine.answer(
      'what else did she call it',
      turn('did power brand the kremlin move a stunt?'),
    );
    expect(next.quotes[0]?.text).toContain('Yet in the face of none of these atrocities');
  });
});

/**
 * "what did the syrian army say about the strikes" -> "did they call them anything else": a whole
 * question asking "anything else" of a verb not of saying is read as any other question, not as
 * what they said next (follow-up-answers.ts whatCameNext), so the army's words answer it; "did he
 * say anything else" of someone who says nothing more still finds nothing. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"anything else" of a verb not of saying', () => {
  it('is answered by their words', () => {
    const [, a] = ask('what did the syrian army say about the strikes', 'did they call them anything else');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p20.s1');
  });

  it('"did he say anything else" still asks what came next', () => {
    const [, a] = ask('what did peter cook say', 'did he say anything else');
    expect(a?.answered).toBe(false);
  });
});

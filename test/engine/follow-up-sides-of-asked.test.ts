/**
 * "what happened at the security council" -> "who said what on each side": a message asking only
 * for the sides, naming nobody, asks them of the point the turn before asked, answered or not
 * (conversation.ts sidesOfAsked): the point is the question's, not what its answer quoted. Asked
 * of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('the sides asked after a question', () => {
  it('are the sides of the point the turn before asked, even when it was not answered', () => {
    const [, sides] = ask('what happened at the security council', 'who said what on each side');
    expect(sides?.answered).toBe(true);
    expect(sides?.reading).toContain('every side of');
    const texts = (sides?.quotes ?? []).map((q) => q.text).join(' ');
    expect(texts).toContain('Power accused Russia');
    expect(texts).toContain('serious trouble');
    expect(texts).not.toContain('regret');
  });

  it('are those of the toll after a question about the dead', () => {
    const [, sides] = ask('how many people died', 'what did each side say');
    const texts = (sides?.quotes ?? []).map((q) => q.text).join(' ');
    expect(texts).toContain('at least 90');
    expect(texts).toContain('death toll to 62');
  });

  it('are not read of a turn about nothing the article disputes', () => {
    const [, sides] = ask('what about canada', 'who said what on each side');
    expect(sides?.answered).toBe(false);
  });
});

/**
 * "what is the other side saying", "what was the other number": a whole question whose only cue is
 * "the other" before a word for one of the answers just given (chat.yaml otherAnswers, sideClaims)
 * picks among those answers (follow-up-reading.ts understand, conversation.ts otherAnswer): on a
 * contested point, the other side leads. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a whole question asking for "the other side" or "the other number"', () => {
  it('quotes the other side of the contested point first', () => {
    const [first, other] = ask('was the raid deliberate', 'and what is the other side saying');
    expect(first?.quotes[0]?.text).toContain('the US claims was unintentional');
    expect(other?.answered).toBe(true);
    expect(other?.reading).toContain("'the other side'");
    expect(other?.quotes[0]?.text).toContain('criminal negligence');
  });

  it('gives the other figure of the toll', () => {
    const [first, other] = ask('how many soldiers were killed', 'what was the other number');
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(other?.quotes[0]?.text).toContain('death toll to 62');
  });

  it('is no follow-up alone', () => {
    const [alone] = ask('what is the other side saying');
    expect(alone?.reading ?? null).toBeNull();
  });
});

/**
 * "how many died according to the observatory" -> "no wait i need both numbers": a fragment asking
 * for every side's claim (chat.yaml sideClaims after "both", "all", "each") after an answer on a
 * contested point asks the question before again, every side quoted (conversation.ts
 * everySideAsked); one asking no claim of every side is not read so. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("a fragment asking for every side's claim", () => {
  it('answers the question before again, every side of the contested point quoted', () => {
    const [first, every] = ask('how many soldiers did the monitor count', 'no wait i need both numbers');
    expect(first?.quotes[0]?.text).toContain('at least 90');
    expect(every?.answered).toBe(true);
    expect(every?.reading).toContain('every side of');
    const texts = (every?.quotes ?? []).map((q) => q.text).join(' ');
    expect(texts).toContain('at least 90');
    expect(texts).toContain('death toll to 62');
  });

  it('is not read so when it asks no claim of every side', () => {
    const [, every] = ask('how many soldiers did the monitor count', 'both of them?');
    expect(every?.reading ?? '').not.toContain('every side of');
  });
});

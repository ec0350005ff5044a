/**
 * "how many australian jets took part" (not told) -> "and american ones?": a turn naming only
 * whom keeps the count the question before asked; a quote about them that holds nothing of what
 * was counted answers another question of them, so the turn is refused (conversation.ts
 * lacksDeed). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a count the article does not give, asked again of others', () => {
  it('is refused when their quote holds nothing of what was counted', () => {
    const [before, others] = askInTurn(engine, 'how many australian jets took part', 'and american ones?');
    expect(before?.answered).toBe(false);
    expect(others?.answered).toBe(false);
  });

  it('is not refused when the question before was not a count', () => {
    const [, churkin] = askInTurn(engine, 'where was power during the session', 'and churkin?');
    expect(churkin?.answered).toBe(true);
  });
});

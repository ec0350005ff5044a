/**
 * Near-topic (issue 11): a council vote, veto or resolution is a deed the article never reports
 * (synonym group "vote", refused by untoldAsked), so a yes-or-no asking one is refused, while the
 * meeting itself is still answered.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a vote or veto the article never reports', () => {
  it('refuses "did they vote / veto anything"', () => {
    expect(engine.answer('did the council vote on anything at the meeting').quotes).toHaveLength(0);
    expect(engine.answer('did russia veto anything at that meeting').quotes).toHaveLength(0);
  });
  it('still answers who asked for the meeting', () => {
    expect(
      engine.answer('who requested the emergency security council meeting').quotes.length,
    ).toBeGreaterThan(0);
  });
});

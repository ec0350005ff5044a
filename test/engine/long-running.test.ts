/**
 * "long-running", "long-standing" (chat.yaml idioms) say a thing persists, not how long it lasted:
 * "the kremlin's long-running gripe about washington" asks Russia's complaint of a "persistent
 * refusal", not the strike's 40 minutes. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('long-running as persistent', () => {
  it('asks what persists, not a duration', () => {
    for (const q of [
      "what's the kremlin's long-running gripe about washington",
      'what is the long standing complaint of russia about the US',
    ])
      expect(engine.answer(q).quotes[0]?.text).toContain('persistent refusal');
  });

  it('keeps how long a duration', () => {
    expect(engine.answer('how long did the strike last').quotes[0]?.id).toBe('p4.s1');
  });
});

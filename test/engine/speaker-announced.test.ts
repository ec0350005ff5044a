/**
 * "What did X announce", "what did X declare" ask X's words, as "what did X say" does: of a
 * curated entry's quotes, X's own sentence leads (rank.ts SPEECH_VERB, decide.ts
 * leadWithSpeakerAsked), its typo mended ("anounce"). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { SPEECH_VERB } from '../../src/engine/rank.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a verb of announcing', () => {
  it('is a verb of speech', () => {
    for (const w of ['announce', 'announced', 'declares', 'declaring'])
      expect(SPEECH_VERB.test(w)).toBe(true);
    expect(SPEECH_VERB.test('announcer')).toBe(false);
  });

  it("leads with the asked speaker's sentence among the entry's quotes", () => {
    // The entry on what IS did next quotes the push (no speaker) before IS's announcement.
    const a = engine.answer('what did IS announce');
    expect(a.quotes[0]?.id).toBe('p8.s1');
  });

  it('is read with its typo mended', () => {
    expect(engine.answer('what did the islamic state anounce').quotes[0]?.id).toBe('p8.s1');
  });
});

/**
 * A verb and particle that are a phrase of the knowledge with a pronoun as the object between
 * them ("who passed it on": "passed on") read as that phrase, the verb no word of its own
 * (reader.ts pronounInPhrase); a noun of saying owned by a name after "the", before whom it went
 * to ("the US message to syria"), reads as what they said (analyzer.ts spokenOf). On the real
 * article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a pronoun inside a phrase of the knowledge', () => {
  it('reads the phrase whole', () => {
    const a = engine.answer('who passed it on');
    expect(a.quotes[0]?.id).toBe('p18.s1');
  });

  it("reads the name's message to someone as what they said", () => {
    const a = engine.answer('what did the US message to syria say and who passed it on');
    expect(a.quotes[0]?.id).toBe('p18.s1');
  });

  it('keeps a verb after its subject a verb', () => {
    expect(engine.answer('did the militants take advantage').quotes[0]?.id).toBe('p6.s1');
  });
});

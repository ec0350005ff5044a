/**
 * Issue 11, near-topic: "go on tv", "went on air" is appearing to speak in public (chat.yaml
 * idioms), not how long something went on (synonyms.yaml duration's "go on"): "did assad go on tv
 * about it" asks for words of Assad's the article does not have, and is refused, not answered
 * with the raid's 40 minutes. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('going on tv is speaking, not lasting', () => {
  it('a speaker the article never quotes going on tv is refused', () => {
    const a = engine.answer('wait did assad ever go on tv about this');
    expect(a.quotes.some((q) => /40 minutes/.test(q.text))).toBe(false);
    expect(a.answered).toBe(false);
  });

  it('"how long did it go on" still asks how long', () => {
    expect(engine.answer('how long did the bombing go on').quotes[0]?.text).toMatch(/40 minutes/);
  });
});

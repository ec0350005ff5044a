/**
 * Issue 11: "the joint effort" is the article's "joint peace effort by Moscow and Washington"
 * (synonyms.yaml truce), not an unknown word that sinks the question ("did churkin think the joint
 * effort is finished?"). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('the joint effort is the peace effort', () => {
  it("is answered by Churkin's question mark", () => {
    const a = engine.answer('according to churkin, is the joint effort finished now?');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toMatch(/a very big question mark/);
  });
});

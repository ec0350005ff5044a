/**
 * "why does this matter for the truce": "matter" asks why something is important, and the article
 * never uses the word, so it was an unknown word weighing as much as a topic (and WordNet took it
 * for a count), and the question was refused. It is a word of no topic (lexicon.ts STOP_WORDS):
 * the question is about the peace deal. So is "sure" ("why is the army so sure": certainty, which
 * WordNet had related to "ensure"). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const PEACE = ['p2.s2', 'p13.s2'];

describe('"matter" as the asking, not the topic', () => {
  it('answers why the strike matters for the peace deal with the peace deal', () => {
    for (const q of [
      'why does this matter for the truce',
      'does this matter for the peace deal',
      'why does the article think it matters so much for the peace deal?',
    ]) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(PEACE, q).toContain(answer.quotes[0]?.id);
    }
  });

  it('reads "sure" as certainty, not "ensure": "make sure" still is', () => {
    const made = engine.answer('did russia make sure it wont happen again');
    expect(made.quotes[0]?.id).toBe('p3.s1');
    const { terms } = engine.explain('why is the syrian army so sure the US is on the side of IS');
    expect(Object.keys(terms)).not.toContain('c:ensure');
  });

  it('still answers nothing when "matter" is all that is asked', () => {
    expect(engine.answer('why does it matter').answered).toBe(false);
  });
});

/**
 * "who called washington's conduct a 'persistent refusal'": what the words were said of is
 * worded the asker's own way, but the words are quoted and a sentence holds them word for word;
 * that sentence answers (decide.ts: claimSubjectMissing only when no fragment is held). A quoted
 * name the article never gives is still refused. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('who said words quoted word for word', () => {
  it('is answered by the sentence that holds them, whatever the thing named is called', () => {
    for (const [q, words] of [
      ["who called washington's conduct a 'persistent refusal'", 'persistent refusal'],
      ["who tell reporter 'we are in serious trouble'", 'we are in serious trouble'],
      ["where did the 'regret' bit come from, who said it", 'regret'],
    ] as const) {
      const answer = engine.answer(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain(words);
    }
  });

  it('still refuses a name the article never gives', () => {
    expect(engine.answer("who called the strike a 'war crime'").answered).toBe(false);
  });
});

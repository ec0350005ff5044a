/**
 * A "sorry" that opens a question ("sorry, where did they talk to reporters", "sorry what did
 * power say") excuses the asking: the reader drops it (reader.ts), and the question is not read
 * as one about the story's regret. Where "sorry" is what is asked ("did the US say sorry") it
 * stays. Made-up messages, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('a "sorry" opening a question', () => {
  it('answers the question after it as if asked plainly', () => {
    for (const q of ['where did they talk to reporters', 'what did power say', 'how many soldiers died']) {
      const plain = engine.answer(q);
      expect(plain.answered).toBe(true);
      expect(ids(`sorry, ${q}`)).toEqual(ids(q));
      expect(ids(`sorry ${q}`)).toEqual(ids(q));
    }
  });

  it('keeps "sorry" where it is what is asked', () => {
    const regret = engine.answer('did the US say sorry');
    expect(regret.answered).toBe(true);
    expect(regret.quotes[0]?.text).toMatch(/regret/);
  });
});

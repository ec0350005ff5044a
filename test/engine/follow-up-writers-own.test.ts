/**
 * "what did churkin say about the peace effort" -> "what about the article itself, does it say
 * the deal could end?": turned to the text after someone's words, the writer's own sentence on
 * the same matter leads (conversation.ts writersOwnWord); a correction that only says it was a
 * typo ("sorry, typo, how long was the raid") asks its own question. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("the article's own word after someone's", () => {
  it('leads with the sentence no one is credited with', () => {
    for (const [before, turned] of [
      [
        'what did churkin say about the peace effort',
        'what about the article itself, does it say the deal could end?',
      ],
      [
        "what did churkin call the peace effort's future",
        'what about the piece, what could happen to the deal?',
      ],
    ] as const) {
      const [, a] = ask(before, turned);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toBe('The incident could end the peace deal on Syria.');
    }
  });

  it('is no reading when no sentence of its own shares the matter', () => {
    const [, a] = ask('what did russia say about the death toll', 'what about the article?');
    expect(a?.quotes[0]?.text ?? '').not.toBe('The incident could end the peace deal on Syria.');
  });
});

describe('a correction that says it was a typo', () => {
  it('asks the question after it', () => {
    for (const meant of ['sorry, typo, how long was the raid', 'ugh typo, i meant the airstrike, how long']) {
      const [, a] = ask('how long did the UN meeting last', meant);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toContain('lasted for 40 minutes');
    }
  });
});

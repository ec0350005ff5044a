/**
 * Words that only own a slip ("silly me") or ask the bot to check what the message says ("can u
 * confirm") carry no topic (chat.yaml filler): a correction or a question with them is read as
 * without them. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('filler of a slip or a request to confirm', () => {
  it('"oh no, silly me, I meant the bombing itself" corrects as "my bad" does', () => {
    const [, a] = askInTurn(
      engine,
      'How long did the UN meeting last?',
      'oh no, silly me, I meant the bombing itself',
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('lasted for 40 minutes');
  });

  it('"..., can u confirm" asks what the message says', () => {
    const [, a] = askInTurn(
      engine,
      'when did the kremlin request the meeting, sunday?',
      'wait no saturday evening i think, can u confirm',
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('on Saturday evening');
    expect(engine.answer('silly me, where was the strike').confidence).toBeCloseTo(
      engine.answer('where was the strike').confidence,
      5,
    );
  });
});

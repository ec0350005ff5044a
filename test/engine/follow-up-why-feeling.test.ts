/**
 * "russia's foreign ministry is fuming" -> "why tho": the statement's words with a why in front
 * ask "why ... furious", an outrage only Power's words name (and refuse it: asked, in no quote),
 * where the statement asked whole as a why reads its feeling as the why's and answers with the
 * ministry's grievance (follow-up-answers.ts askedWhy). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a bare why after a statement of how someone feels', () => {
  it('is answered by their grievance, as the statement asked whole with why', () => {
    for (const why of ['why tho', 'why, whats their problem']) {
      const [, answer] = ask("russia's foreign ministry is fuming", why);
      expect(answer?.answered).toBe(true);
      expect(answer?.quotes[0]?.text).toContain(
        'The Russian Foreign Ministry also slammed US representatives',
      );
    }
  });

  it('answers as the same why asked alone', () => {
    const [alone] = ask("why is russia's foreign ministry fuming");
    expect(alone?.quotes[0]?.text).toContain('The Russian Foreign Ministry also slammed US representatives');
  });
});

/**
 * "the syrian regime lost ground near deir el-zour" -> "how come": a bare why of a told deed asks
 * the reason of the deed, not of where or when it happened; the why is asked without the
 * setting of the turn before too (follow-up-answers.ts askedWhy), and the surer reading kept.
 * Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of a deed told with its place', () => {
  it('is answered by the reason of the deed, not by the sentence on the place', () => {
    const [, why] = ask('the syrian regime lost ground near deir el-zour', 'how come');
    expect(why?.quotes[0]?.text).toContain('used the airstrike to push the regime troops out');
  });

  it('leaves a why of a deed told without a setting as it was', () => {
    const [, why] = ask('the syrian regime lost ground', 'how come');
    expect(why?.quotes[0]?.text).toContain('used the airstrike to push the regime troops out');
  });
});

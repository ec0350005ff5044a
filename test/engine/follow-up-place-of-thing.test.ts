/**
 * "when was the UN meeting?" -> "and in which city?": a follow-up asking only where is asked of
 * the thing asked before, and a sentence placing it leads when the one that answered names no
 * place (conversation.ts asksOnlyPlace, decide.ts ledByPlace). Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a place asked of the thing asked before', () => {
  it('is answered by the sentence that places it', () => {
    const [, where] = ask('when was the UN meeting?', 'and in which city?');
    expect(where?.quotes[0]?.text).toContain('reporters in New York');
  });

  it('keeps a first quote that names a place already', () => {
    const [, where] = ask('which day IS shot the plane', 'above which city?');
    expect(where?.quotes[0]?.text).toContain('above Deir el-Zour');
  });
});

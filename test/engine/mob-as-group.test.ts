/**
 * "mob" in chat is a group or outfit ("the british-based mob": the UK-based observatory), a
 * respelling in chat.yaml as "outfit" is. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"mob" as a group', () => {
  it('"how many died according to damascus" -> "scratch that, the british-based mob": the observatory\'s 90', () => {
    const [, a] = ask('how many died according to damascus', 'scratch that, the british-based mob');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p4.s1');
  });
});

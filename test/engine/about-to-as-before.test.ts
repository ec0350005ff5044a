/**
 * "was about to speak": the verb after "was about to" had not happened yet, so the deed asked of
 * it is before it, as "before Power was due to address the Council" tells (synonyms.yaml
 * previous: "was about to", "were about to", ...). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"about to" as before', () => {
  it('"who is vitaly churkin" -> "what did he do when power was about to speak": he walked out', () => {
    const [, a] = ask('who is vitaly churkin', 'what did he do when power was about to speak');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p13.s1');
  });

  it('"what did churkin do while power spoke to the press" is still where he was', () => {
    const [a] = ask('what did churkin do while power spoke to the press');
    expect(a?.quotes[0]?.id).toBe('p10.s1');
  });
});

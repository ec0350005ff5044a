/**
 * "could the press get in?": "get in" (be let in) is a word of a session closed or open, as
 * "let in" and "allowed in" are (synonyms.yaml `closed`). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const CLOSED_TO_PRESS = 'p9.s2';

describe('getting in, said of a session', () => {
  it('"could the press get in?" after who called the meeting', () => {
    const [, b] = ask('who called the UN meeting?', 'could the press get in?');
    expect(b?.quotes[0]?.id).toBe(CLOSED_TO_PRESS);
  });

  it('"did reporters get in" alone', () => {
    const [a] = ask('did reporters get in to the session');
    expect(a?.quotes[0]?.id).toBe(CLOSED_TO_PRESS);
  });
});

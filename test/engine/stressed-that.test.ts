/**
 * "that" is the subject pointing back with an adverb of stress before its verb ("how did that
 * even happen", "was that really true"), as without it ("how did that happen"):
 * follow-up-cues.ts demonstrativePronoun. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const CW = cueWordsOf(DEFAULT_CHAT);
const cues = (text: string) => readCues(CW, tokenize(text));

describe('"that" with an adverb of stress before its verb', () => {
  it.each(['how did that even happen', 'was that really true', 'how did that happen'])(
    '"%s" points back',
    (text) => {
      expect(cues(text).pronouns.length).toBeGreaterThan(0);
    },
  );

  it.each(['who said that even the US knew', 'who said that the US knew'])('"%s" does not', (text) => {
    expect(cues(text).pronouns.length).toBe(0);
  });

  it('"did the regime lose territory" -> "why tho, how did that even happen": the IS militia pushed them out', () => {
    const [, a] = ask('did the regime lose territory', 'why tho, how did that even happen');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p6.s1');
  });
});

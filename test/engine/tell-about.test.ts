/**
 * "tell about" with no hearer between (issue 11, ESL wording): saying something about it, as "say
 * about" is ("what the syrian army tell about the US?" asks the army's words on the US), while a
 * passive "told about" is still the one informed ("was the kremlin told about it": the Pentagon
 * informed Moscow). Reader (reader.ts tellsAbout) on the tiny dictionary, and the project engine.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const DICTIONARY = new Set('what did the mayor tell told say about tower was were been'.split(' '));
const reader = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w));
const questions = (message: string) =>
  reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

describe('"tell about" as saying', () => {
  it('reads an active "tell / told about" as "say about"', () => {
    expect(questions('what did the mayor tell about the tower?')).toEqual([
      'what did the mayor say about the tower',
    ]);
    expect(questions('what the mayor told about the tower?')).toEqual(['what the mayor say about the tower']);
  });
  it('keeps a passive "told about" and a hearer between', () => {
    expect(questions('was the mayor told about the tower?')).toEqual(['was the mayor told about the tower']);
    expect(questions('did the mayor tell them about the tower?')).toEqual([
      'did the mayor tell them about the tower',
    ]);
  });
  it('answers with the speaker asked, and the informed with the Pentagon', () => {
    const engine = loadEngine(KNOWLEDGE_DIR);
    expect(engine.answer('what the syrian army tell about the US?').quotes[0]?.id).toBe('p20.s1');
    expect(engine.answer('was the kremlin told about it').quotes[0]?.id).toBe('p17.s1');
  });
});

/**
 * A summary asked with a word that also rates a claim ("fair summary?" after one): alone, or first
 * in a message ("summary?", "summary pls", "can i get a summary"), it asks for the summary
 * (reader.ts); after a claim it still rates it. A summary's length ("short summary", "brief
 * recap") is no other topic: "brief" there is not "briefed". Made-up messages, asked of the
 * project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('a summary asked', () => {
  it('is answered as "what happened" is, however it is worded', () => {
    const summary = ids('what happened');
    expect(summary.length).toBeGreaterThan(0);
    for (const q of [
      'summary?',
      'summary pls',
      'can i get a summary',
      'short summary please',
      'a brief recap?',
    ])
      expect(ids(q)).toEqual(summary);
  });

  it('still rates a claim before it', () => {
    expect(ids('the meeting was pointless propaganda. fair summary?')).not.toEqual(ids('what happened'));
  });
});

/**
 * "what did power do during the meeting" -> "what about churkin?": a person a fragment turns to,
 * named alone, is asked the deed the question before asked ("what did churkin do"), so the
 * sentence that tells of him leads, not his words (follow-up-reading.ts carryReadings,
 * conversation.ts theirSide). Not a body ("what did IS do after" -> "and the regime?": what the
 * quote before says it claimed), nor after a question of words. Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"what about X" after "what did Y do"', () => {
  it('asks what Churkin did, not what he said', () => {
    for (const before of ['what did power do during the meeting', 'what did power do']) {
      const [, a] = ask(before, 'what about churkin?');
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toMatch(/Churkin (addressed|also walked out)/);
    }
  });

  it('after what someone said, still asks his words', () => {
    const [, a] = ask('what did power say', 'what about churkin?');
    expect(a?.quotes[0]?.speaker?.id).toBe('churkin');
  });

  it('a body turned to keeps what the quote before says it claimed', () => {
    const [, a] = ask('what did IS do after the raid', 'and the regime?');
    expect(a?.quotes[0]?.text).toContain('reclaimed most of the lost ground');
  });
});

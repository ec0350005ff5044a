/**
 * Words of the asking and the writer's task (chat.yaml asking: "timeline", "essay", "recap"): one
 * the knowledge does not use weighs as a modifier among the words the article lacks, not as a
 * topic it lacks. On the tiny fixture (a lighthouse), nothing of any story.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { TUNING } from '../../src/engine/tuning.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The tiny fixture with this chat.yaml. */
function tinyWithChat(chatYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asking-'));
  dirs.push(dir);
  cpSync(TINY, dir, { recursive: true });
  writeFileSync(join(dir, 'chat.yaml'), chatYaml);
  return dir;
}

/** The unknown words of a question and the share of its weight they carry. */
function unknownOf(dir: string, question: string): { words: string[]; share: number } {
  const explained = loadEngine(dir).explain(question) as {
    unknown: { word: string }[];
    features?: { unknownShare: number };
  };
  return {
    words: explained.unknown.map((u) => u.word),
    share: explained.features?.unknownShare ?? Number.NaN,
  };
}

describe('chat.yaml asking: words of the asking, not of the story', () => {
  const asked = 'how much did the restoration cost, timeline?';
  const other = 'how much did the restoration cost, zebra?';

  it('lists "timeline" by default, and not "zebra"', () => {
    expect(DEFAULT_CHAT.asking).toContain('timeline');
    expect(DEFAULT_CHAT.asking).not.toContain('zebra');
  });

  it('weighs a word of the asking the knowledge lacks as a modifier, not as a topic it lacks', () => {
    const withAsking = unknownOf(TINY, asked);
    const withTopic = unknownOf(TINY, other);
    // Both are words the knowledge does not use: still unknown, only lighter.
    expect(withAsking.words).toEqual(['timeline']);
    expect(withTopic.words).toEqual(['zebra']);
    expect(withAsking.share).toBeGreaterThan(0);
    expect(withAsking.share).toBeLessThan(withTopic.share);
    // unknown / (known + unknown): with the unknown weight u times modifierShare.
    const known = (1 - withTopic.share) / withTopic.share;
    const share = TUNING.scoring.modifierShare / (known + TUNING.scoring.modifierShare);
    expect(withAsking.share).toBeCloseTo(share, 6);
  });

  it('a moderator emptying the list makes the word weigh as any other the article lacks', () => {
    const dir = tinyWithChat('asking: []\n');
    expect(unknownOf(dir, asked).share).toBeGreaterThan(unknownOf(TINY, asked).share);
    expect(unknownOf(dir, asked).share).toBeCloseTo(unknownOf(dir, other).share, 12);
  });

  it('a word a moderator adds weighs as the asking', () => {
    const dir = tinyWithChat(`asking: [${DEFAULT_CHAT.asking.join(', ')}, zebra]\n`);
    expect(unknownOf(dir, other).share).toBeLessThan(unknownOf(TINY, other).share);
    expect(unknownOf(dir, other).share).toBeCloseTo(unknownOf(TINY, asked).share, 12);
  });
});

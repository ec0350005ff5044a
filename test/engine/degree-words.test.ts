/**
 * Adverbs of degree (chat.yaml degreeWords: "adequately", "completely"): said of what a question
 * names, at the end of a clause, they say how much, never what is asked, and weigh nothing among
 * the words the article lacks. On the tiny fixture (a lighthouse), nothing of any story.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The tiny fixture with this chat.yaml. */
function tinyWithChat(chatYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'degree-'));
  dirs.push(dir);
  cpSync(TINY, dir, { recursive: true });
  writeFileSync(join(dir, 'chat.yaml'), chatYaml);
  return dir;
}

/** The unknown words of a question, whether each is a word of degree, and the share of its weight they carry. */
function unknownOf(dir: string, question: string): { words: string[]; degree: boolean[]; share: number } {
  const explained = loadEngine(dir).explain(question) as {
    unknown: { word: string; degree?: true }[];
    features?: { unknownShare: number };
  };
  return {
    words: explained.unknown.map((u) => u.word),
    degree: explained.unknown.map((u) => u.degree === true),
    share: explained.features?.unknownShare ?? Number.NaN,
  };
}

describe('chat.yaml degreeWords: how much, not what', () => {
  it('lists "adequately" and "completely" by default, not a manner ("fast") nor a stance ("publicly")', () => {
    expect(DEFAULT_CHAT.degreeWords).toEqual(expect.arrayContaining(['adequately', 'completely']));
    for (const word of ['fast', 'badly', 'publicly']) expect(DEFAULT_CHAT.degreeWords).not.toContain(word);
  });

  it('weighs nothing at the end of a clause, where another modifier weighs part', () => {
    const degree = unknownOf(TINY, 'was the restoration paid adequately?');
    const manner = unknownOf(TINY, 'was the restoration paid publicly?');
    expect(degree.words).toEqual(['adequately']);
    expect(degree.degree).toEqual([true]);
    expect(degree.share).toBe(0);
    expect(manner.degree).toEqual([false]);
    expect(manner.share).toBeGreaterThan(0);
  });

  it('counts where it is what is asked or not said of what is named', () => {
    // After "how": the degree asked.
    const how = unknownOf(TINY, 'how adequately was the restoration paid?');
    expect(how.degree).toEqual([false]);
    expect(how.share).toBeGreaterThan(0);
    // Before a word of the question ("completely reopened"): not a modifier of what is named.
    const before = unknownOf(TINY, 'was the lighthouse completely reopened');
    expect(before.degree).toEqual([false]);
    expect(before.share).toBeGreaterThan(0);
    // In words quoted: the words to find.
    const quoted = unknownOf(TINY, 'who said "the restoration was paid adequately"?');
    expect(quoted.words).toContain('adequately');
    expect(quoted.share).toBeGreaterThan(0);
  });

  it('a moderator emptying the list makes the word weigh as any other modifier', () => {
    const dir = tinyWithChat('degreeWords: []\n');
    const question = 'was the restoration paid adequately?';
    expect(unknownOf(dir, question).degree).toEqual([false]);
    expect(unknownOf(dir, question).share).toBeCloseTo(
      unknownOf(TINY, 'was the restoration paid publicly?').share,
      12,
    );
  });

  it('a word a moderator adds weighs nothing', () => {
    const dir = tinyWithChat('degreeWords: [publicly]\n');
    expect(unknownOf(dir, 'was the restoration paid publicly?').share).toBe(0);
  });

  it('a bad entry is reported with its list and field', () => {
    const loaded = loadKnowledge(tinyWithChat('degreeWords: [very much]\n'));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((p) => p.field)).toContain('degreeWords[0]');
  });
});

/**
 * A slip toward a word of the writer's task (chat.yaml asking: "essay") that keeps the first
 * letter is meant over a story word reached only by changing the first letter ("esay": essay,
 * not "say"), and words in brackets that name the writer's task ("(essay due tmrw)") are told
 * aside, not asked. On the tiny fixture (a lighthouse) and a tiny dictionary.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { ChatReader } from '../../src/engine/reader.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');

describe('a slip toward a word of the task', () => {
  const engine = loadEngine(TINY);
  const corrections = (question: string) =>
    (engine.explain(question) as { corrections: { from: string; to: string }[] }).corrections;

  it('reads "esay" as essay, not as the story word "say" with its first letter changed', () => {
    expect(corrections('what did the mayor esay about the tower')).toContainEqual({
      from: 'esay',
      to: 'essay',
    });
  });

  it('keeps a story slip that keeps the first letter ("mayr": mayor)', () => {
    expect(corrections('what did the mayr say')).toContainEqual({ from: 'mayr', to: 'mayor' });
  });
});

describe('a bracketed aside of the task', () => {
  const DICTIONARY = new Set('who paid for the tower mayor essay due'.split(' '));
  const reader = new ChatReader(DEFAULT_CHAT, (w) => DICTIONARY.has(w));
  const questions = (message: string) =>
    reader.read(message).questions.map((q) => q.tokens.map((t) => t.word).join(' '));

  it('reads "(essay due tmrw)" after a question as context', () => {
    expect(questions('who paid for the tower (essay due tmrw)')).toEqual(['who paid for the tower']);
    expect(questions('who paid (for my essay) for the tower')).toEqual(['who paid for the tower']);
  });

  it('keeps brackets naming no task, or asking', () => {
    expect(questions('who paid for the tower (the mayor)')).toEqual(['who paid for the tower the mayor']);
    expect(questions('who paid for the tower (essay: who paid?)')[0]).toContain('essay');
  });
});

/**
 * What a party of the story holds, or who holds a post at the writer's now ("how many soldiers
 * does the syrian army have", "does russia have a base in syria", "who is the current russian
 * ambassador"): a report of one weekend tells what was done and said then, so the engine abstains
 * (answer-type.ts holdingsAsked). "have to", a pronoun or the report as the subject, and the
 * story's own questions in the past tense are read as before.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdingsAsked } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { projectEngine } from '../discord/harness.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../../knowledge'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const engine = projectEngine();
const words = (text: string) => tokenize(text).map((t) => t.word);

describe("holdings and posts at the writer's now", () => {
  it.each([
    'how many soldiers does the syrian army have',
    'does russia have a base in syria',
    'who is the current russian ambassador to the un',
  ])('reads "%s" as asked of now', (asked) => {
    expect(holdingsAsked(corpus, words(asked), [])).toBe(true);
    expect(engine.answer(asked, []).answered).toBe(false);
  });

  it.each([
    'what does russia have to say',
    'do they have a name for the official',
    'does the article have the death toll',
    'how many soldiers did the syrian army lose',
  ])('does not read "%s" so', (asked) => {
    expect(holdingsAsked(corpus, words(asked), [])).toBe(false);
  });

  it('still answers the story asked in the past', () => {
    expect(engine.answer('how many syrian soldiers were killed', []).answered).toBe(true);
    expect(engine.answer('who was the russian ambassador at the un', []).answered).toBe(true);
  });
});

/**
 * A question in verb-second order, as German and Dutch put it ("what wants Russia from the US",
 * "how informed the Pentagon Russia"), is read in English order (reader.ts verbSecond): it finds
 * what the English question finds. "What" before a verb that is not one of saying, thinking or
 * wanting stays the subject ("what hit the planes").
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR, projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) =>
  corpus.reader
    .read(q)
    .questions[0]?.tokens.map((t) => t.word)
    .join(' ');
const first = (a: Answer) => (a.answered ? a.quotes[0]?.id : null);

describe('verb-second questions', () => {
  it.each([
    ['what wants Russia from the US', 'what does Russia want from the US'],
    ['what wanted Moscow from Washington', 'what did Moscow want from Washington'],
    ['how informed the Pentagon Russia', 'how did the Pentagon inform Russia'],
    ['what told Churkin the reporters', 'what did Churkin tell the reporters'],
  ])('"%s" finds what "%s" finds', (typed, english) => {
    const asked = first(engine.answer(english, []));
    expect(asked).not.toBeNull();
    expect(first(engine.answer(typed, []))).toBe(asked);
  });

  it('puts the subject before the verb, with the auxiliary English puts first', () => {
    expect(words('why attacked the US the soldiers')).toBe('why did the us attacked the soldiers');
    expect(words('what wants Russia from the US')).toBe('what does russia wants from the us');
  });

  it('leaves "what" as the subject before other verbs, and questions with no name after the verb', () => {
    expect(words('what hit the syrian army near the town')).toBe('what hit the syrian army near the town');
    expect(words('when began the raid')).toBe('when began the raid');
  });
});

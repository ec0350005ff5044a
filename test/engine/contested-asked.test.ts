/**
 * A contested point's other wordings of its topic (contested.yaml `asked`): a question holding as
 * much of one asks the point as one holding as much of the topic, each wording weighed on its own
 * (its words do not dilute the topic's). On the made-up ferry toll (test/fixtures/tiny-toll), a
 * point of whether the ferry was overloaded: Vale's "overloaded with tourists" (p4.s1) against
 * the coastguard's "40 minutes after it sailed" (p2.s1).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEverySide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { decide } from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { ResolvedContested } from '../../src/knowledge/model.ts';

const TOLL = resolve(import.meta.dirname, '../fixtures/tiny-toll');
const loaded = loadKnowledge(TOLL);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const overloaded: ResolvedContested = {
  id: 'overloaded',
  topic: 'Was the ferry overloaded?',
  sides: [
    { label: 'Overloaded, says Vale', ids: ['p4.s1'] },
    { label: 'Sank soon after it sailed, says the coastguard', ids: ['p2.s1'] },
  ],
};
const plain = buildCorpus({ ...loaded.kb, contested: [overloaded] });
const worded = buildCorpus({
  ...loaded.kb,
  contested: [{ ...overloaded, asked: ['Were there tourists aboard?'] }],
});
const known = (corpus: typeof plain, q: string) =>
  decide(corpus, corpus.analyzer.analyzeQuery(q)).ranking.known;

describe('withEverySide: a point asked in another wording of its topic', () => {
  const q = 'were there tourists aboard it';
  it('without the wording, the question is not about the point', () => {
    expect(withEverySide(plain, ['p4.s1'], known(plain, q)).contested).toBe(null);
  });

  it('with it, every side is quoted', () => {
    const { ordered, contested } = withEverySide(worded, ['p4.s1'], known(worded, q));
    expect(contested?.id).toBe('overloaded');
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p4.s1', 'p2.s1']));
  });

  it('the topic is still asked as before', () => {
    const topic = 'was the ferry overloaded';
    expect(withEverySide(worded, ['p4.s1'], known(worded, topic)).contested?.id).toBe('overloaded');
  });
});

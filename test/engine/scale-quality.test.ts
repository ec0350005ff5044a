/**
 * Answers among reports of hundreds of sentences (the bench's generated knowledge of 1,000
 * passages in two reports, bench/generate.ts, built once and cached under $TMPDIR/dez-bench),
 * against the article alone (182 documents): a word the knowledge has never seen is weighed on the
 * scale of the knowledge's own rarest words, and the heading a question follows in a long chat
 * message is what it asks about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedKnowledge } from '../../bench/generate.ts';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { TUNING } from '../../src/engine/tuning.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';
import { CEILING_MS } from '../support/wait-for.ts';

const article = loadEngine(KNOWLEDGE_DIR);
let reports: Engine;

beforeAll(() => {
  // Generated the first time (a few seconds), then read from the cache.
  reports = loadEngine(cachedKnowledge({ passages: 1000 }).corpus.dir);
}, 10 * CEILING_MS);

/** The weight the engine gives a question's word. */
const weightOf = (engine: Engine, question: string, term: string) => engine.explain(question).terms[term];

describe('a word the knowledge has never seen', () => {
  it('weighs unknownWordWeight on the article, whose rarest words weigh 4.8', () => {
    expect(weightOf(article, 'What did Churkin say about the vaccines?', 'w:vaccin')).toBe(
      TUNING.scoring.unknownWordWeight,
    );
  });

  it('weighs unknownWordShare of maxIdf among reports of 600 sentences, where a word found once weighs maxIdf', () => {
    const { unknownWordShare, maxIdf } = TUNING.scoring;
    expect(weightOf(reports, 'what happened with the refugees near Quobix', 'w:refuge')).toBeCloseTo(
      unknownWordShare * maxIdf,
      12,
    );
  });

  it('is what a near-topic question asks, however rare the name beside it: not answered', () => {
    // Quobix is in 3 of the 600 documents of its report: it weighs maxIdf there.
    for (const question of [
      'what happened with the refugees near Quobix',
      'what happened with the sanctions near Quobix',
    ]) {
      const answer = reports.answer(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.status).toBe('not-in-article');
    }
  });
});

describe('a question after a heading in a long message ("X: what happened??")', () => {
  const filler =
    'I only caught part of it on the radio this morning because the signal kept dropping. Sorry if this was asked already, I scrolled up but could not find it anywhere. Everyone seems to have a strong opinion and nobody seems to have read the thing.';

  it('asks about the heading, not about the whole story around it', () => {
    const answer = reports.answer(
      `I am writing a short summary for my class and the deadline is tomorrow night. ngl Oudrom harbour: what happened?? ${filler}`,
    );
    expect(answer.quotes[0]?.id).toBe('report-2.p118.s1');
    expect(answer.quotes[0]?.text).toMatch(/oudrom harbour/i);
  });

  it('names the speaker and the subject before the colon: "X on Y: what was said??"', () => {
    const answer = reports.answer(`ok so Ishoujol on the adrend quarry: what was said?? ${filler}`);
    expect(answer.quotes[0]?.id).toBe('report-2.p36.s1');
  });
});

/**
 * "how many were injured": what happened to those counted is in one quote and a figure in another,
 * none giving both (decide.ts figureApart): the figure counts something else. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { figureApart } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
/** "... killed dozens of Syrian soldiers ..." */
const DOZENS = 'p2.s1';
/** "... condolences to the families of any Syrian personnel killed or wounded." */
const WOUNDED = 'p18.s2';

describe('a figure apart from what happened to those counted', () => {
  it('is no count of them', () => {
    expect(figureApart(corpus, ['c:wounded'], [WOUNDED, DOZENS])).toBe(true);
    expect(
      engine.answer(
        'my friend at a clinic says lots of hurt soldiers came in on saturday. how many were injured by the raid?',
      ).answered,
    ).toBe(false);
  });

  it('leaves a quote with both, and a count of what happened with no verb', () => {
    expect(figureApart(corpus, ['c:kill'], [WOUNDED, DOZENS])).toBe(false);
    expect(figureApart(corpus, [], [WOUNDED])).toBe(false);
    expect(engine.answer('how many were killed').answered).toBe(true);
  });
});

/**
 * A question asking which one that ends on a guess the knowledge has no word of ("..., a mig?"):
 * the article names nothing of the kind (decide.ts guessAtEnd). Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { guessAtEnd } from '../../src/engine/decide.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const words = (q: string) => tokenize(q).map((t) => t.word);

describe('a guess offered at the end of a which-question', () => {
  it('refuses a guess the knowledge never names', () => {
    expect(guessAtEnd(corpus, words('what plane did IS shoot down, a mig?'))).toBe(true);
    expect(engine.answer('wat plane did isis shoot dwon, a mig?').answered).toBe(false);
  });

  it('leaves a guess of the story, and a question asking no which', () => {
    expect(guessAtEnd(corpus, words('what did IS shoot down, a plane?'))).toBe(false);
    expect(guessAtEnd(corpus, words('what did they call it, a stunt?'))).toBe(false);
    expect(guessAtEnd(corpus, words('did IS shoot down a mig'))).toBe(false);
  });
});

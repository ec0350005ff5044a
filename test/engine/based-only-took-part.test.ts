/**
 * A place the article names only as where someone is based ("the UK-based Syrian Observatory"),
 * asked yes or no whether it took part (decide.ts basedOnlyTookPart): the article does not say,
 * whatever Australia's part. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { basedOnlyTookPart } from '../../src/engine/decide.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const words = (q: string) => tokenize(q).map((t) => t.word);

describe('a place named only where someone is based', () => {
  it('asked whether it took part, is refused', () => {
    expect(engine.answer('did UK planes also join or not').answered).toBe(false);
    expect(engine.answer("the UK wasn't involved in the strike was it?").answered).toBe(false);
  });

  it('leaves where the monitor is based, and a question word', () => {
    expect(engine.answer('is the syrian observatory based in the UK?').answered).toBe(true);
    expect(basedOnlyTookPart(corpus, words('is the UK-based monitor involved'))).toBe(false);
    expect(basedOnlyTookPart(corpus, words('when did the UK apologize for its jets being part of it'))).toBe(
      false,
    );
  });
});

/**
 * A country's officers in the plural whose words are asked ("what did the syrian generals claim")
 * speak as its armed forces (answer-type.ts personMissing): "Syria's army labeled the strikes as
 * ..." is theirs. Not another country's body ("the russian generals": Russia's Foreign Ministry
 * is no military). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { personMissing } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const words = (q: string) => tokenize(q).map((t) => t.word);
const army = engine.kb.passages.find((p) => p.text.startsWith("Syria's army labeled"))?.id ?? '';
const moscow = engine.kb.passages.find((p) => p.text.startsWith('Russia decried'))?.id ?? '';

describe("a country's generals speak as its army", () => {
  it("takes the army's words for its generals'", () => {
    expect(
      personMissing(corpus, words('what did the syrian generals claim'), words('the syrian generals'), [
        army,
      ]),
    ).toBe(false);
    expect(engine.answer('what did the syrian generals claim the raid proved').answered).toBe(true);
  });

  it("not a ministry's, nor one general", () => {
    expect(
      personMissing(corpus, words('what did the russian generals say'), words('the russian generals'), [
        moscow,
      ]),
    ).toBe(true);
    expect(
      personMissing(corpus, words('what did the syrian general say'), words('the syrian general'), [army]),
    ).toBe(true);
  });
});

/**
 * Asked whether a body the knowledge names bore out someone else's claim (decide.ts
 * confirmerUnheard): "did the US confirm the 62 number" is answered by no quote of Damascus and
 * Moscow's toll. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { confirmerUnheard } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const unheard = (q: string, quote: string) =>
  confirmerUnheard(corpus, corpus.analyzer.analyzeQuery(q).words, [quote]);
/** "Damascus and Moscow put the death toll to 62." */
const TOLL_62 = 'p4.s2';
/** The 90 of the observatory, in the sentence that says the US claims the raid was unintentional. */
const TOLL_90 = 'p4.s1';

describe('a body asked to have confirmed what another claims', () => {
  it('refuses it when the quote is another speaker’s claim', () => {
    expect(unheard('did the pentagon confirm the 62 figure', TOLL_62)).toBe(true);
    expect(unheard('was that toll corroborated by the UN', TOLL_90)).toBe(true);
    expect(engine.answer('did the US ever confirm the 62 dead?').answered).toBe(false);
  });

  it("leaves the body's own claim, no body named, and whose words are asked", () => {
    expect(unheard('did moscow confirm the 62 figure', TOLL_62)).toBe(false);
    expect(unheard('did the US confirm it was unintentional', TOLL_90)).toBe(false);
    expect(unheard('has anyone verified the 62', TOLL_62)).toBe(false);
    expect(unheard('who confirmed the 62', TOLL_62)).toBe(false);
  });
});

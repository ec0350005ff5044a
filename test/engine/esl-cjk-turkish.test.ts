/**
 * Korean, Japanese, Chinese, Turkish and Kurdish speakers writing English (chat.yaml,
 * entities.yaml, the reader): a laugh typed in their way ("ㅋㅋㅋ", "wwww") is no topic, and
 * closes a remark before a question with its auxiliary left out ("haha what russia want ...");
 * names as their languages transcribe them ("hoju", "Avustralya", "Deyrizor'da"); a Turkish
 * question with an English gloss; Turkish topic switches and a learner's corrections.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const first = (question: string) => {
  const [a] = ask(question);
  return a?.answered ? a.quotes[0]?.id : undefined;
};

describe('CJK and Turkish speakers writing English', () => {
  it('reads names as Korean and Turkish transcribe them', () => {
    expect(first('did hoju send condolences to the families')).toBe('p18.s2');
    expect(first("how many soldiers died in Deyrizor'da")).toBe('p4.s1');
  });

  it('reads a Turkish question with its English gloss', () => {
    expect(first('Rusya ne dedi pilotlar hakkında, about the pilots')).toBe('p7.s1');
    expect(first('Suriye ordusu ne kaybetti?')).toBe('p4.s3');
    expect(first('kasıtlı mı yoksa kaza mı?')).toBeDefined();
  });

  it('drops a laugh typed in any language, and reads the question after it', () => {
    expect(first('the russians are so mad haha what russia want the US to do')).toBe('p3.s1');
    expect(first('ㅋㅋㅋ hoju also join this bombing??')).toBe('p18.s2');
  });

  it('reads a word typed with "ı" whole, never a piece of it as dictation ("the soldıers")', () => {
    expect(first('what hıll were the soldıers on')).toBeUndefined();
    expect(first('how many soldıers died in deir ezzor')).toBe('p4.s1');
  });

  it('reads "which group the US want to hit" as the target asked', () => {
    const [a] = ask('which group the US want to hit, and that group get benefit?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes.map((q) => q.id)).toContain('p5.s1');
  });

  it("reads Turkish topic switches and a learner's corrections in a conversation", () => {
    const [, a] = ask('what IS shot down', 'ayrı konu, what the US military said about stopping the strike');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p5.s2');
    const [, b] = ask('what the US want from russia', 'sorry opposite, what russia want from the US');
    expect(b?.quotes[0]?.id).toBe('p3.s1');
    const [, c] = ask('churkin said peace effort is big question mark', 'why he worry');
    expect(c?.answered).toBe(true);
  });
});

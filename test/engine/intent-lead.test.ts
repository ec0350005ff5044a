/**
 * Whether the strike was a mistake (qa.yaml `intent`, contested.yaml `intent`): asked plainly, the
 * US's claim in the article's own report leads ("which the US claims was unintentional"), then
 * Russia's "criminal negligence", then the White House's regret; Syria's army's "conclusive
 * evidence" stays behind More unless the question names the army. That first quote also gives the
 * observatory's 90 (a side of the toll): a follow-up asking another side's view ("what does russia
 * think", "what about russia, do they buy it") is about the point the answer was on, the one another
 * of its quotes is a side of (contested.ts pointShown), not Moscow's 62. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { pointShown } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('was it on purpose', () => {
  it.each([
    'was it on purpose y/n',
    'who said the strike was unintentional and who says it was something worse',
  ])('%s: the US claim leads, then each side', (q) => {
    const shown = ids(q);
    expect(shown[0]).toBe('p4.s1');
    expect(shown.slice(0, 3)).toContain('p7.s1');
  });
  it("naming Syria's army, its words lead", () => {
    expect(ids("does syria's army think it was an accident")[0]).toBe('p20.s1');
  });
});

describe('the point an answer was on', () => {
  it('is the one of its first quote another quote shown is a side of', () => {
    expect(pointShown(corpus, ['p4.s1', 'p7.s1'])?.id).toBe('intent');
    expect(pointShown(corpus, ['p4.s1', 'p4.s2'])?.id).toBe('death-toll');
  });
  it("else the first quote's first point", () => {
    expect(pointShown(corpus, ['p4.s1'])?.id).toBe('death-toll');
  });
  it("what russia thinks after whether it was a mistake is Russia's side of that, not the 62", () => {
    const [, russia] = ask('was it an accident', 'what does russia think');
    expect(russia?.quotes[0]?.id).toBe('p7.s1');
  });
  it('so is whether russia buys it', () => {
    const [, , russia] = ask(
      'who said the raid was unintentional',
      'the US',
      'what about russia, do they buy it',
    );
    expect(russia?.quotes[0]?.id).not.toBe('p4.s2');
    expect(russia?.quotes.map((q) => q.id)).toContain('p7.s1');
  });
});

describe('what pushed someone into doing it', () => {
  it.each([
    'what pushed russia into calling the UN meeting',
    'what drove moscow into requesting the meeting',
  ])('%s: what prompted them to (chat.yaml idioms)', (q) => {
    const answer = engine.answer(q);
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]?.id).toBe('p9.s1');
  });
  it('pushing out of ground is no such idiom', () => {
    expect(ids('what did IS push the troops out of')[0]).toBe('p6.s1');
  });
});

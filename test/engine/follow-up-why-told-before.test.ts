/**
 * A why of a deed the answer before tells twice: once as news ("the IS militia used the airstrike
 * to push the regime troops out of the targeted region") and once taken as told, "the" and a
 * participle ("..., although Damascus has claimed it reclaimed most of the lost ground"). The
 * why's words meeting only the second ("why did they lose the area") ask the reason of the first,
 * which any clause before may give (answer-type.ts holdsReason, toldBefore). Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of a deed the sentence took as told', () => {
  it.each([
    ['what happened to the regime troops after', 'why did they lose the area'],
    ['what happened to the regime troops after', 'why they lost the area'],
  ])('"%s" -> "%s": the IS militia used the airstrike', (first, why) => {
    const [, a] = ask(first, why);
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p6.s1');
  });

  it('"did churkin walk out" -> "why?" is still refused: the sentence places it, no reason', () => {
    const [, a] = ask('did churkin walk out', 'why?');
    expect(a?.answered).toBe(false);
  });
});

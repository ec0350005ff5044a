/**
 * "according to the US military, what was the sortie against" -> "and the kremlin's version?": the
 * quote before (the US military's word on the target) is on no contested point, but another quote
 * of that answer, the US's, is one side of one ("unintentional", the White House's) and whom the
 * follow-up names holds another: their take is that side ("criminal negligence", Russia's), not
 * the lede of whatever they said, and the US's side follows it (conversation.ts sideOfTheirs).
 * Asked of the project's article (knowledge/). A follow-up asking more ("and the syrian army's view on those strikes?") whose
 * words alone lead with their side of a point the quote before is on keeps that quote after it
 * (conversation.ts otherSideKept).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe("someone's take after words on no contested point", () => {
  it('is their side of the point the speaker holds a side of, the other side after it', () => {
    const [first, take] = ask(
      'according to the US military, what was the sortie against',
      "and the kremlin's version?",
    );
    expect(first?.quotes.map((q) => q.id)).toEqual(['p5.s1', 'p5.s2', 'p18.s1']);
    expect(take?.answered).toBe(true);
    expect(take?.quotes[0]?.text).toContain('criminal negligence');
    expect(take?.quotes.map((q) => q.text).join(' ')).toContain('unintentional');
  });

  it("is Syria's army's own side when the message names it", () => {
    const [, take] = ask('what did the US military say the raid was against', "and syria's take?");
    expect(take?.quotes[0]?.text).toContain('conclusive evidence');
  });

  it('leaves a side of the same camp as it was: Australia holds no side against the US', () => {
    const [, take] = ask('what did the US military say the raid was against', "and australia's view?");
    expect(take?.quotes[0]?.text ?? '').not.toContain('criminal negligence');
  });

  it('keeps the quote before after theirs when the follow-up asks more, on another side of its point', () => {
    const [first, view] = ask(
      'what did canberra say about targeting',
      "and the syrian army's view on those strikes?",
    );
    expect(first?.quotes.map((q) => q.id)).toEqual(['p19.s1']);
    expect(view?.quotes[0]?.text).toContain('conclusive evidence');
    expect(view?.quotes[1]?.id).toBe('p19.s1');
  });
});

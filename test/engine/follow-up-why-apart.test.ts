/**
 * "the US bombed the syrian army??" -> "why tho, weren't they going for daesh": a why set off by
 * its own punctuation, followed by a question that supposes the answer ("weren't they ...") or
 * asks the why again ("what set him off"), asks why of the turn before (follow-up-reading.ts
 * whyApart). The denial in the clause after it makes no "why not" (follow-up-answers.ts
 * asksWhyNot). A question of its own after the why ("why would they, were they involved?") is
 * still read as it stands. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksWhyNot } from '../../src/engine/follow-up-answers.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why set apart, then a question supposing its answer', () => {
  it('asks why of the turn before', () => {
    const [first, why] = ask('did the coalition hit syrian soldiers', "why though, weren't they after IS?");
    expect(first?.answered).toBe(true);
    expect(why?.answered).toBe(true);
    expect(why?.quotes[0]?.text).toContain('apparently mistaking them for terrorists');
  });

  it('reads a denial only in the why clause as a why-not', () => {
    expect(asksWhyNot("why tho, weren't they going for daesh")).toBe(false);
    expect(asksWhyNot('why? did they not know')).toBe(false);
    expect(asksWhyNot("why didn't they check")).toBe(true);
    expect(asksWhyNot('but why not?')).toBe(true);
  });

  it('leaves a question of its own after the why as it stands', () => {
    const [, why] = ask('what did australia say', 'why would they, did their jets take part?');
    expect(why?.reading ?? '').not.toContain("Reading 'why' as why");
  });
});

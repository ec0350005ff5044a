/**
 * "observatory says 90, moscow says 62" -> "why are the numbers so different": a why of a
 * difference right after a turn that told the difference itself asks only why the accounts part;
 * the quotes giving each account tell that they differ, not why, so it is refused
 * (answer-type.ts gapUntold, engine.ts). Asked alone, or after one account only, both accounts
 * answer it. Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { tellsGap } from '../../src/engine/answer-type.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a why of a difference the turn before told', () => {
  it('is refused after two figures', () => {
    const [, why] = ask('observatory says 90, moscow says 62', 'why are the numbers so different');
    expect(why?.answered).toBe(false);
  });

  it('is refused after a word of differing', () => {
    const [, why] = ask('the observatory and damascus give different tolls', 'why are they different though');
    expect(why?.answered).toBe(false);
  });

  it('is answered with both accounts alone', () => {
    const alone = engine.answer('why are there two different death tolls');
    expect(alone.quotes.map((q) => q.text).join(' ')).toContain('62');
    expect(alone.quotes.map((q) => q.text).join(' ')).toContain('at least 90');
  });

  it('is answered after one account', () => {
    const [, why] = ask('what did the observatory say the toll was', 'why are the numbers so different');
    expect(why?.answered).toBe(true);
  });

  it('tells a gap by two figures or a word of differing, not one figure', () => {
    expect(tellsGap('observatory says 90, moscow says 62')).toBe(true);
    expect(tellsGap('they give different tolls')).toBe(true);
    expect(tellsGap('the observatory says 90')).toBe(false);
  });
});

/**
 * "who did the coalition hit", "and who got hit instead": whom a strike struck, not whom it was
 * aimed at; the sentence of what it was aimed at ("launched against the Islamic State") ranks
 * lower (rank.ts, asksWhomStruck).
 */
import { describe, expect, it } from 'vitest';
import { asksWhomStruck } from '../../src/engine/rank.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const words = (q: string) => q.split(' ');

describe('a question of whom a strike struck', () => {
  it('is read from a verb of striking at its end, active after "did" or passive', () => {
    for (const q of [
      'who did the coalition hit',
      'and who did it actually hit',
      'and who got hit instead',
      'who was bombed',
      'who did they strike there',
    ])
      expect(asksWhomStruck(words(q), [])).toBe(true);
  });

  it('is not a question of aiming, of who struck, nor of another verb', () => {
    for (const q of [
      'who were the jets meant to hit',
      'who hit the soldiers',
      'who did the coalition blame',
      'who was the sortie launched against',
      'who was the pilot',
    ])
      expect(asksWhomStruck(words(q), [])).toBe(false);
    expect(asksWhomStruck(words('who did they hit'), ['c:target'])).toBe(false);
  });

  it('is not answered by what the strike was aimed at (the article)', () => {
    const engine = projectEngine();
    const [, then] = askInTurn(engine, 'who did the US say it was going after', 'and who got hit instead');
    expect(then?.answered).toBe(true);
    expect(then?.quotes[0]?.id).not.toBe('p5.s1');
  });
});

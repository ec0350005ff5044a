/**
 * "what did the pentagon say about warning moscow" -> "what about russia's view on that": Moscow
 * was named in the turn before as whom the Pentagon told, not as a speaker; the answer was one
 * side of a contested point, and another side is Russia's own: that side leads
 * (conversation.ts, theirSide). "and moscow's reaction back then?" asks what they did at the time
 * of the sentence just quoted, which it says.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const ASKED = 'what did the pentagon say about warning moscow';

describe('whom the turn before named as told, turned to', () => {
  it('asks their side of the point the answer was on', () => {
    for (const turn of ['what about the russian view on that', 'what about russia']) {
      const [first, then] = askInTurn(engine, ASKED, turn);
      expect(first?.quotes[0]?.id).toBe('p17.s1');
      expect(then?.quotes[0]?.id).toBe('p16.s1');
    }
  });

  it('asked back then, keeps the sentence that says what they did then', () => {
    const [, then] = askInTurn(
      engine,
      'what did the pentagon say they told moscow beforehand',
      "and moscow's reaction back then?",
    );
    expect(then?.quotes[0]?.id).toBe('p17.s1');
  });
});

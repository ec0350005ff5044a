/**
 * "did IS push the regime out of the area" -> "for good?": a message that is only an adverb of
 * lasting asks whether what the turn before asked lasted, as "did it last?" would; so does
 * "did they keep it after?", a verb of keeping whose object points back at what was taken
 * (conversation.ts asksLasting). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { asksLasting } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a message of lasting alone', () => {
  it('is "for good", "permanently", "forever", after "and" or "but" too', () => {
    for (const q of ['for good?', 'permanently??', 'and forever?', 'but for good'])
      expect(asksLasting(q), q).toBe(true);
    for (const q of ['for good reason?', 'did it last', 'is it over for good', 'good?'])
      expect(asksLasting(q), q).toBe(false);
  });

  it('asks whether what the turn before asked lasted', () => {
    const [, lasted] = askInTurn(engine, 'did IS push the regime out of the area', 'for good?');
    expect(lasted?.answered).toBe(true);
    expect(lasted?.quotes[0]?.text).toContain('reclaimed most of the lost ground');
  });

  it('is "did they keep it", "did they get to keep it", "could IS hold on to it"', () => {
    for (const q of [
      'did they keep it after?',
      'did they get to keep it',
      'could IS hold on to it',
      'and did they keep it',
    ])
      expect(asksLasting(q), q).toBe(true);
    for (const q of [
      'did they keep the tanks',
      'did the regime keep it',
      'did they keep it quiet from russia',
      'keep it up',
    ])
      expect(asksLasting(q), q).toBe(false);
  });

  it('"did they keep it after?" after what IS did is answered by the ground reclaimed', () => {
    for (const q of ['did they keep it after?', 'did they get to keep it']) {
      const [, kept] = askInTurn(engine, 'what did IS do after the bombing', q);
      expect(kept?.answered, q).toBe(true);
      expect(kept?.quotes[0]?.text, q).toContain('reclaimed most of the lost ground');
    }
  });
});

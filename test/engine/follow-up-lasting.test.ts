/**
 * "did IS push the regime out of the area" -> "for good?": a message that is only an adverb of
 * lasting asks whether what the turn before asked lasted, as "did it last?" would
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
});

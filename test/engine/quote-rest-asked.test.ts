/**
 * Words quoted that a sentence holds, then a question asking only for what follows them ("'never
 * intentionally target' ... what's the rest", "'I would be very interested to see'... how does
 * that one end"): the sentence holding the words is the answer (engine.ts withStory, asksRest).
 * Not words no sentence holds, and not a question asking something of its own. Made-up messages,
 * asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('the rest of words quoted asked', () => {
  it('answers with the sentence that holds them', () => {
    expect(lead('"never intentionally target" ... what\'s the rest')).toContain('never intentionally target');
    expect(lead('"I would be very interested to see"... how does that one end')).toContain(
      'how Washington is going to react',
    );
  });

  it('reads words said trailing off as the quote', () => {
    expect(lead("churkin said we're in serious... what was the end of that")).toContain('serious trouble');
    // An event trailing off is no quote: how it ended is asked.
    expect(lead('the raid lasted... how did it end')).toContain('aborted');
  });

  it('finds nothing for words no sentence holds', () => {
    expect(engine.answer('"we will rebuild the bridge by spring" ... what\'s the rest').quotes).toEqual([]);
  });
});

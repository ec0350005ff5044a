/**
 * Asking what caused something asks why (analyzer.ts causeAsWhy): "what triggered that" reads
 * "why that", its verb of causing no topic. Made-up messages, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { causeAsWhy } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const read = (text: string) =>
  causeAsWhy(tokenize(text))
    .map((t) => t.word)
    .join(' ');

describe('what caused it, asked', () => {
  it.each([
    ['was it closed, and what triggered that', 'was it closed and why that'],
    ['what made them close the tower', 'why them close the tower'],
    ['what led to the closure', 'why the closure'],
    ['what caused the fog', 'why the fog'],
    ['what pushed the council into closing it', 'why the council into closing it'],
    ['what drove them to close the tower', 'why them to close the tower'],
    ['what prompted the closure', 'why the closure'],
    ['what led the council to close it', 'why the council to close it'],
    // Not a question of what caused it: the verb stays.
    ['how much damage was caused', 'how much damage was caused'],
    ['what did the storm trigger', 'what did the storm trigger'],
    ['who led the repairs', 'who led the repairs'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toBe(words);
  });
});

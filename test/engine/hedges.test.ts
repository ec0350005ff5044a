/**
 * Words that soften or place the asking rather than say what it asks about (analyzer.ts
 * withoutHedges): "at least" before no count, and "afterwards" after a verb of saying.
 * Made-up messages, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { withoutHedges } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const read = (text: string) =>
  withoutHedges(tokenize(text))
    .map((t) => t.word)
    .join(' ');

describe('hedges and times of saying', () => {
  it.each([
    // A hedge on the verb: no count follows.
    ['did the mayor at least apologise', 'did the mayor apologise'],
    // A count: the figure asked about.
    ['were at least 40 boats damaged', 'were at least 40 boats damaged'],
    ['did at least a dozen visitors come', 'did at least a dozen visitors come'],
    ['were there two at least', 'were there two at least'],
    // What anyone said of a story was said after it.
    ['what did the mayor say afterwards', 'what did the mayor say'],
    ['what did the coastguard announce afterward', 'what did the coastguard announce'],
    // Not said of a deed: what came after is asked.
    ['did the boats sink afterwards', 'did the boats sink afterwards'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toBe(words);
  });
});

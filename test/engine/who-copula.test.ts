/**
 * A "who" question inside a request puts its copula last (analyzer.ts whoCopula): "remind me who
 * the mayor is" asks "who is the mayor". Made-up messages, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { whoCopula } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const read = (text: string) =>
  whoCopula(tokenize(text))
    .map((t) => t.word)
    .join(' ');

describe('a copula put last after "who"', () => {
  it.each([
    ['remind me who the harbour master is', 'remind me who is the harbour master'],
    ['no idea who the mayor was', 'no idea who was the mayor'],
    ['tell me who those sailors were', 'tell me who were those sailors'],
    // Already in question order, or too short to be a clause.
    ['who is the mayor', 'who is the mayor'],
    ['who was it', 'who was it'],
    ['remind me who is', 'remind me who is'],
    // A clause of its own between them: not one name's words.
    ['who said the mayor was', 'who said the mayor was'],
    ['who knows what the plan was', 'who knows what the plan was'],
    // Too far from "who" to be the name asked.
    ['who of all the many people in the old town was', 'who of all the many people in the old town was'],
    // No copula last.
    ['who is counting the boats', 'who is counting the boats'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toBe(words);
  });
});

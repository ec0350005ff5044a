/**
 * "what about the russians, what did their fella say": the whole question after "what about X"
 * is read with X in place of its possessive pronoun (conversation.ts ownersQuestion); a noun for
 * a person after that pronoun ("their guy", "their fella") is the person under that body, as
 * "russia's guy" is in a follow-up (follow-up-reading.ts personOf), not the body's own statements.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a person noun after the owner pronoun of "what about X, ..."', () => {
  it.each([
    ['what did power say at the UN', 'what about the russians, what did their fella say'],
    ['what did power say about russia', 'what about russia, what did their guy say back'],
  ])('"%s" -> "%s": Churkin\'s words', (first, then) => {
    const [, a] = ask(first, then);
    expect(a?.answered).toBe(true);
    expect(['p14.s1', 'p14.s2', 'p13.s2']).toContain(a?.quotes[0]?.id);
    expect(a?.reading).toContain('Vitaly Churkin');
  });

  it('"what about the pentagon, what did their guy say": Cook', () => {
    const [, a] = ask(
      "what did russia's foreign ministry say about the US reps",
      'what about the pentagon, what did their guy say',
    );
    expect(a?.quotes[0]?.id).toBe('p17.s1');
  });

  it('"what about the aussies, what did their military rule out": still the body under it', () => {
    const [, a] = ask(
      'the US military said it was targeting IS',
      'what about the aussies, what did their military rule out',
    );
    expect(a?.quotes[0]?.id).toBe('p19.s1');
    expect(a?.reading).toContain('Australian military');
  });
});

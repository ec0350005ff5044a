/**
 * Whys and their kin in other words (chat.yaml idioms, analyzer.ts causeAsWhy), on the real
 * article. (A why of aircraft being somewhere, presenceAsAim: why-of-presence.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

describe('the real article: whys in other words', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it.each([
    // Acting as if something were so: a claim (chat.yaml idioms), the Pentagon's.
    ['why does washington act as though moscow had no objections', 'p17.s1'],
    ['why is the US acting like the russians had no problem with the strike', 'p17.s1'],
    // A noun of reasoning owned ("her logic"): what she said.
    ["what was power's justification for calling russia hypocritical", 'p11.s2'],
    // A verb of pushing someone to a deed asks its cause.
    ['what drove moscow to ask for a security council meeting', 'p9.s1'],
    // Feeling free to do something, in a why: what let them (the Pentagon told Moscow).
    ['why did the pentagon feel free to operate there', 'p17.s1'],
    // Bad for the deal: its jeopardy.
    ['why is this bad for the peace deal', 'p2.s2'],
    ['is the strike bad news for the truce', 'p2.s2'],
  ])('"%s" leads with %s', (q, id) => {
    expect(engine.answer(q).quotes[0]?.id).toBe(id);
  });
});

describe('the real article: "what\'s their problem" asks a grievance', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  // Russia's grievances: the refusal decried (p2.s1) or lamented (p16.s1); not Churkin's "serious
  // trouble" (p14.s2), which "problem" alone would find.
  it.each([
    "why are the russians angry at the US, what's their problem exactly",
    "whats moscow's problem with washington",
    "what is russia's problem with the americans",
  ])('"%s" leads with a grievance of Russia\'s', (q) => {
    expect(['p2.s1', 'p16.s1']).toContain(engine.answer(q).quotes[0]?.id);
  });
});

describe('the real article: harm to what the article does not tell', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it('leaves "feel free to" outside a why a courtesy', () => {
    expect(engine.answer('feel free to answer: how many died').quotes[0]?.id).toBe('p4.s1');
  });
  it('does not read "bad for" a party as the deal\'s jeopardy', () => {
    expect(engine.answer('why is this bad for russia').quotes[0]?.id).not.toBe('p13.s2');
  });
});

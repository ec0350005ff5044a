/**
 * Whys and their kin in other words (chat.yaml idioms, analyzer.ts causeAsWhy), on the real
 * article. (A why of aircraft being somewhere read as asking their aim, presenceAsAim, was taken
 * out at the merge: it cost two held-out near-topic refusals for its gains.)
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
  ])('"%s" leads with %s', (q, id) => {
    expect(engine.answer(q).quotes[0]?.id).toBe(id);
  });
});

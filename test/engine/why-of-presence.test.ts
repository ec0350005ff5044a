/**
 * A why of aircraft being somewhere asks their aim (analyzer.ts presenceAsAim). Made-up messages,
 * nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { presenceAsAim } from '../../src/engine/analyzer.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

describe('a why of aircraft being somewhere', () => {
  const verb = (text: string) => {
    const tokens = tokenize(text);
    const at = presenceAsAim(tokens);
    return at < 0 ? null : tokens[at]?.word;
  };
  it.each([
    ['why were the jets flying over the harbour', 'flying'],
    ['why the planes of the navy were flying over the bay?', 'flying'],
    ['why were the helicopters operating near the border', 'operating'],
    ['why were they bombing near the port', 'bombing'],
    ['why were they bombing there', 'bombing'],
  ])('"%s": its verb "%s" reads as the aim asked', (message, word) => {
    expect(verb(message)).toBe(word);
  });
  it.each([
    // The other side's aircraft: not the sortie's aim.
    'why was the regime plane flying there',
    // One aircraft (a sortie is flown by several), being there at all, being let.
    'why was that plane flying there',
    'why was the navy even flying over the bay',
    'why was the navy allowed to fly over the bay',
    // Bombing someone, or a stop: not a why of being there.
    'why did they bomb the soldiers',
    'why did they stop bombing over',
    // No why, or one told deep in a message.
    'where were the jets flying',
    'i was telling my brother about it and why the jets were flying over the bay',
  ])('"%s" is no why of presence', (message) => {
    expect(verb(message)).toBeNull();
  });
});

describe('the real article: whys in other words', () => {
  const engine = loadEngine(KNOWLEDGE_DIR);
  it.each([
    // Being there: the sortie's aim, not the place nor whether it was meant.
    ['why were coalition jets operating around deir el-zour', 'p5.s1'],
    ['why was the coalition flying over there', 'p5.s1'],
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

/**
 * A one-word name that is also an everyday verb or noun, written in lower case as that word
 * (analyzer.ts withoutNameAsEverydayWord): "how do you cook rice" is chatter, not a question about
 * Peter Cook, and "my power is out" not one about Samantha Power (a name takes no possessive
 * determiner); "what did cook say", "according to cook" and "what did power say" keep the name.
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const COOK = 'p17.s1';

describe('a name that is also a verb', () => {
  it('is the verb after a subject or "how to"', () => {
    expect(engine.answer('how do you cook rice').answered).toBe(false);
    expect(engine.answer('anyone know how to cook tom yum? too spicy for my roommate').answered).toBe(false);
    expect(engine.answer('i love to cook pasta on saturday night').answered).toBe(false);
  });

  it('is the verb after "tips / have / way to"', () => {
    expect(engine.answer('any tips to cook noodles so they stay firm').answered).toBe(false);
    expect(engine.answer('do you really have to cook beans overnight').answered).toBe(false);
  });

  it('is the noun after a possessive determiner', () => {
    expect(engine.answer('my power is out again, can someone tell me the score').answered).toBe(false);
    expect(engine.answer('ugh our power is off again since this morning').answered).toBe(false);
  });

  it('stays the name elsewhere', () => {
    expect(engine.answer('what did power say about russia').quotes[0]?.id).toBe('p11.s1');
    expect(engine.answer('what did cook say').quotes[0]?.id).toBe(COOK);
    expect(engine.answer('according to cook, was moscow told?').quotes[0]?.id).toBe(COOK);
    expect(engine.answer('did you see what Cook said about moscow').quotes[0]?.id).toBe(COOK);
  });
});

/**
 * A why about an act the turn before reported. "why are they offering condolences, what's their
 * link?": the sentence that opens with their name and a relative clause on them ("Australia,
 * whose aircraft took part in the strike, also offered ...") tells what ties them to it
 * (conversation.ts reasonNotGiven). "why them though, they weren't even playing": a subject and a
 * negated auxiliary after the why's own clause suppose the answer (follow-up-reading.ts
 * whyApart). "why they offered condolences if they say they didn't target them?": the clause
 * after "if" supposes what was told; the why asks of the words before it (whyBeforeSupposed).
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const CONDOLENCES = 'p18.s2';

describe('a why of a reported act', () => {
  it('is answered by the relative clause on whom it asks of', () => {
    const [, a] = ask(
      "australia's mentioned in the piece",
      "why are they offering condolences, what's their link?",
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe(CONDOLENCES);
  });

  it('a supposing clause after the why ("they weren\'t even playing") asks why of the turn before', () => {
    const [, a] = ask('did the aussies send condolences', "why them though, they weren't even playing");
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe(CONDOLENCES);
  });

  it('the words of an "if" clause after the why are not what it asks of', () => {
    const [, a] = ask(
      'what said australia',
      "why they offered condolences if they say they didn't target them?",
    );
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe(CONDOLENCES);
  });

  it('not a why of the very part the relative clause tells', () => {
    const [, a] = ask("did australia's jets take part", 'why were they flying with the americans');
    expect(a?.answered).toBe(false);
  });
});

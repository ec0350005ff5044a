/**
 * "did the us explain the strike" -> "ok but did russia buy it": asked yes or no whether those a
 * message names believe ("buy") what was just said, when no contested point sets their side
 * against the answer before, is what they said of what the turn before asked (conversation.ts
 * theirWordsOnAsked): their sentence on it, not whatever sentence of theirs the message alone
 * meets. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('whether those named believe what was just said, on no contested point', () => {
  it('is what they said of what the turn before asked', () => {
    const [first, view] = ask('did the us explain the strike', 'ok but did russia buy it');
    expect(first?.quotes[0]?.id).toBe('p5.s1');
    expect(view?.answered).toBe(true);
    expect(view?.quotes[0]?.text).toContain('unable to provide an adequate explanation');
  });

  it('only asked yes or no with "buy": "what does russia say to that" is read as before', () => {
    const [, say] = ask('did the us explain the strike', 'what does russia say to that');
    expect(say?.reading ?? '').not.toContain('what russia said of');
  });

  it('is read as it stands alone when it follows nothing', () => {
    const [alone] = ask('did russia buy it');
    expect(alone?.quotes[0]?.text ?? '').not.toContain('adequate explanation');
  });

  it('still answers every side of a contested point with theirs first', () => {
    const [, view] = ask(
      'how did the syrian military describe the bombing',
      'do the americans agree w that lol',
    );
    expect(view?.quotes[0]?.id).toBe('p4.s1');
  });
});

/**
 * "what the syrian regime said was destroyed" -> "and the smaller weapons?": a comparative before
 * the thing a fragment turns to picks some of what the answer before listed, so the word the
 * article lacks ("smaller") does not make it another thing the article never names
 * (conversation.ts inContext, follow-up-cues.ts isComparative); "and the chemical weapons?" still does. Asked of
 * the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { isComparative } from '../../src/engine/follow-up-cues.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const BEFORE = 'what the syrian regime said was destroyed';

describe('a part of the list before', () => {
  it('picked by a comparative is that list again', () => {
    for (const part of ['and the smaller weapons?', 'and the bigger weapons?']) {
      const [, a] = ask(BEFORE, part);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toContain('four mortars and an anti-aircraft gun');
    }
  });

  it('picked by a comparative before a noun that names nothing is that list again', () => {
    for (const part of ['and the smaller stuff?', 'the bigger ones?']) {
      const [, a] = ask(BEFORE, part);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toContain('four mortars and an anti-aircraft gun');
    }
  });

  it('asked for more of, or for what is left apart from one item, is that list again', () => {
    for (const more of [
      'something more?',
      'any more?',
      'anything else apart from tanks',
      'aside from the tanks?',
    ]) {
      const [, a] = ask(BEFORE, more);
      expect(a?.answered).toBe(true);
      expect(a?.quotes[0]?.text).toContain('four mortars and an anti-aircraft gun');
    }
  });

  it('named by a kind the article never tells of is refused', () => {
    for (const other of ['what about the chemical weapons?', 'and the nuclear weapons?']) {
      const [, a] = ask(BEFORE, other);
      expect(a?.answered).toBe(false);
    }
  });

  it('comparatives are read off the adjective', () => {
    for (const w of ['smaller', 'bigger', 'heavier', 'larger', 'smallest'])
      expect(isComparative(w)).toBe(true);
    for (const w of ['water', 'other', 'chemical', 'weapons', 'under', 'after'])
      expect(isComparative(w)).toBe(false);
  });
});

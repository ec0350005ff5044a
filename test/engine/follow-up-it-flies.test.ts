/**
 * "IS shot down a regime plane" -> "why was it flying there": the "it" of "fly" is the aircraft
 * the turn before named, not the group the turn was about (conversation.ts itFlies). Asked of
 * the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { itFlies } from '../../src/engine/conversation.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = (engine as unknown as { corpus: Parameters<typeof itFlies>[0] }).corpus;
const turn = (question: string, quoteIds: string[] = []) => [{ question, quoteIds, qa: null }];

describe('the "it" that flies', () => {
  it('is the aircraft the turn before named, with the word that says whose', () => {
    expect(itFlies(corpus, 'where had it flown from', turn('did IS bring down a regime plane'))?.text).toBe(
      'where had the regime plane flown from',
    );
    expect(itFlies(corpus, 'was it flying low', turn('what did IS claim', ['p8.s1']))?.noun).toBe(
      'the regime plane',
    );
  });

  it('is not read so without a verb of flying, or without an aircraft before', () => {
    expect(itFlies(corpus, 'was it deliberate', turn('what did IS claim', ['p8.s1']))).toBeNull();
    expect(itFlies(corpus, 'why was it flying there', turn('who bombed the troops', ['p4.s1']))).toBeNull();
  });

  it('does not give the reason for something else as why the plane flew there', () => {
    const [, why] = askInTurn(engine, 'what did IS claim on sunday', 'why was it flying over there');
    expect(why?.quotes.map((q) => q.text).join(' ') ?? '').not.toContain('criminal negligence');
  });
});

/**
 * "why were US planes flying near deir ez zor": the planes are the US's; a sentence naming planes
 * only as another party's ("IS shot down a regime plane"), the US nowhere, tells of another's and
 * ranks lower (rank.ts, ownedThings and ownerOther).
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { ownedThings, ownerOther } from '../../src/engine/rank.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);

const words = (q: string) => q.split(' ');

describe('a thing the question gives an owner', () => {
  it('is a party right before a plural noun of the knowledge', () => {
    expect(ownedThings(corpus, words('why were us planes flying around deir el-zour anyway'))).toEqual([
      { owner: ['e:us'], thing: ['c:plane'] },
    ]);
  });

  it('is not a party before its own verb', () => {
    for (const q of [
      'why does russia think the us did it on purpose',
      'was the russian statement released saturday or sunday',
      'what did russia say',
      'why were planes flying there',
    ])
      expect(ownedThings(corpus, words(q))).toEqual([]);
  });

  it('marks a sentence naming the thing only as another party`s', () => {
    const owned = ownedThings(corpus, words('why were us planes flying around deir el-zour anyway'));
    expect(ownerOther(corpus, 'p8.s1', owned)).toBe(true);
    // It names the US: not another's only.
    expect(ownerOther(corpus, 'p5.s1', owned)).toBe(false);
  });

  it('no longer leads with the regime plane (the article)', () => {
    const [answer] = askInTurn(projectEngine(), 'why were US planes flying near deir ez zor');
    expect(answer?.quotes[0]?.id).not.toBe('p8.s1');
  });
});

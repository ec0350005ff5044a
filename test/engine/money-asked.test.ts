/**
 * Near-topic: a sum of money asked (answer-type.ts moneyMissing). A payment made or owed, or what a
 * thing cost, is answered only by a quote that tells of money; Australia's condolences to the
 * families and the tanks destroyed tell none. A count of lives "cost" is no sum.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const refused = (q: string) => expect(engine.answer(q).quotes, q).toHaveLength(0);

describe('a sum of money asked', () => {
  it('refuses a payment to the families', () => {
    refused('did the US end up paying anything to the soldiers families');
    refused('what compensation did the US offer the families of the dead soldiers');
    refused('did the US pay compensation to the families');
  });
  it('refuses what the things destroyed were worth', () => {
    refused('how much were the destroyed tanks worth lol');
  });
  it('still answers the lives the strike cost, and the condolences', () => {
    expect(
      engine.answer('how many lives did the raid cost according to the observatory').quotes.length,
    ).toBeGreaterThan(0);
    expect(engine.answer('did australia offer condolences to the families').quotes.length).toBeGreaterThan(0);
  });
});

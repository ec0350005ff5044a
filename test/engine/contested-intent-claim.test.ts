/**
 * The intent point's "unintentional" side (contested.yaml) leads with the sentence that states the
 * US claim itself ("The Saturday night raid, which the US claims was unintentional, ..." p4.s1),
 * then the White House's regret (p18.s1) and Australia's statement (p19.s1): a blame question
 * quotes the claim beside Russia's "criminal negligence" (p7.s1).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';

const engine = loadEngine(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const ids = (q: string) => engine.answer(q).quotes.map((x) => x.id);

describe('the intent point: the US claim leads its side', () => {
  it('a blame question quotes the US claim and the Russian accusation', () => {
    const got = ids("so who's actually to blame here, everyone's pointing fingers");
    expect(got).toEqual(expect.arrayContaining(['p4.s1', 'p7.s1']));
  });
});

/**
 * Near-topic abstention (issue 11): "did russia bomb anybody back" asks whether its subject did a
 * deed, and the only quotes telling the deed have someone else do it. On the made-up ferry
 * sinking (test/fixtures/tiny-ferry):
 *   p6.s2 Estland's government also offered condolences to the families of the passengers who died ...
 *   p7.s1 Norland's prime minister expressed regret over the loss of life.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deedOfOthers } from '../../src/engine/answer-type.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const loaded = loadKnowledge(resolve(import.meta.dirname, '../fixtures/tiny-ferry'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) => q.split(' ');
const ESTLAND_CONDOLENCES = 'p6.s2';
const NORLAND_REGRET = 'p7.s1';

describe('deedOfOthers: a deed asked of someone the quotes have someone else do', () => {
  it('refuses a quote whose named doer is another ("Estland\'s government also offered condolences")', () => {
    expect(deedOfOthers(corpus, words('did the company regret anything'), [ESTLAND_CONDOLENCES])).toBe(true);
    expect(
      deedOfOthers(corpus, words('so did the coastguard ever regret anything in return'), [
        ESTLAND_CONDOLENCES,
      ]),
    ).toBe(true);
  });

  it('keeps a quote whose doer is the subject, or is not read, or that settles what the question names', () => {
    // Their own deed.
    expect(deedOfOthers(corpus, words('did estland regret anything'), [ESTLAND_CONDOLENCES])).toBe(false);
    // "minister" (Norland's) expressed it.
    expect(deedOfOthers(corpus, words('did norland regret anything'), [NORLAND_REGRET])).toBe(false);
    // The passengers the question names are in the quote: it settles who offered them condolences.
    expect(
      deedOfOthers(corpus, words('did the company regret the passengers who died'), [ESTLAND_CONDOLENCES]),
    ).toBe(false);
    // A question of words, and a question asking what, are checked elsewhere.
    expect(deedOfOthers(corpus, words('did the company say anything'), [ESTLAND_CONDOLENCES])).toBe(false);
    expect(deedOfOthers(corpus, words('what did the company regret'), [ESTLAND_CONDOLENCES])).toBe(false);
  });
});

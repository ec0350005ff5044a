/**
 * Near-topic abstention (issue 11): whose words a question asks, when the words or the speaker
 * are not the article's. On the made-up lighthouse article (test/fixtures/tiny):
 *   p2.s1 The Kestrel Point lighthouse reopened to visitors on Saturday after three years of repairs, the town council said.
 *   p3.s1 Mayor Elena Varga said the restoration cost 2.4 million euros, most of it paid by a regional heritage fund.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { turnOf } from '../../src/engine/conversation.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import {
  claimSubjectMissing,
  earlierFragmentNotHeld,
  fragmentNotHeld,
  whoseWords,
} from '../../src/engine/decide.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { matchKey } from '../../src/text/normalize.ts';

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const engine = loadEngine(TINY);
const loaded = loadKnowledge(TINY);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const words = (q: string) => q.split(' ');

describe('fragmentNotHeld: "who said" a quoted fragment the article does not have', () => {
  it('refuses when no sentence holds the fragment and the question asks who said it', () => {
    expect(fragmentNotHeld({ words: words('who said that'), quoted: ['the tower will close'] }, false)).toBe(
      true,
    );
  });

  it('leaves a fragment a sentence holds, and a question that asks something else', () => {
    expect(fragmentNotHeld({ words: words('who said that'), quoted: ['regional heritage fund'] }, true)).toBe(
      false,
    );
    expect(
      fragmentNotHeld({ words: words('what is meant by that'), quoted: ['the tower will close'] }, false),
    ).toBe(false);
  });

  it('the engine refuses a misquote and answers a quote it has, or one remembered a word wrong', () => {
    expect(engine.answer("'the lighthouse will never reopen' who said that").answered).toBe(false);
    expect(engine.answer("who said 'a regional heritage fund'").quotes[0]?.id).toBe('p3.s1');
    expect(engine.answer("who said 'paid by a regional heritage find'").quotes[0]?.id).toBe('p3.s1');
  });
});

describe('earlierFragmentNotHeld: "who said that?" after a turn that quoted words', () => {
  const fund = [matchKey('paid by a regional heritage fund')];
  const misquote = [matchKey('a waste of public money')];

  it('refuses when the turn before quoted words no sentence holds', () => {
    expect(earlierFragmentNotHeld(corpus, words('who said that'), misquote, ['p3.s1', 'p2.s1'])).toBe(true);
  });

  it('leaves words a sentence holds, a question asking something else, and no pointing word', () => {
    expect(earlierFragmentNotHeld(corpus, words('who said that'), fund, ['p3.s1'])).toBe(false);
    expect(
      earlierFragmentNotHeld(
        corpus,
        words('who said that'),
        [matchKey('paid by a regional heritage find')],
        ['p3.s1'],
      ),
    ).toBe(false);
    expect(earlierFragmentNotHeld(corpus, words('when was that'), misquote, ['p3.s1'])).toBe(false);
    expect(earlierFragmentNotHeld(corpus, words('who said the tower reopened'), misquote, ['p2.s1'])).toBe(
      false,
    );
  });

  it('the engine refuses the follow-up', () => {
    const first = engine.answer("someone called the repairs 'a waste of public money'");
    expect(engine.answer('who said that?', [turnOf(first)]).answered).toBe(false);
  });
});

describe('whoseWords: the speaker before the auxiliary ("what turkey government has said")', () => {
  it('reads whose words with the auxiliary after the name', () => {
    expect(whoseWords('what the governor has said about the repairs')).toEqual({
      whose: ['the', 'governor'],
      yesNo: false,
    });
  });

  it('not a pronoun or a verb before it', () => {
    expect(whoseWords('what else has been said')).toBeNull();
    expect(whoseWords('what it has said')).toBeNull();
  });

  it('the engine refuses a speaker the article does not have', () => {
    expect(engine.answer('what the governor has said about the lighthouse?').answered).toBe(false);
    expect(engine.answer('what the mayor has said about the restoration cost?').answered).toBe(true);
  });
});

describe('claimSubjectMissing: a verb of naming ("who called X a Y") asks who said it of X', () => {
  it('refuses when no quote holds what was named', () => {
    expect(claimSubjectMissing(corpus, words('who called the reef a danger'), ['p3.s1'])).toBe(true);
  });

  it('leaves what a quote holds, and a pronoun', () => {
    expect(claimSubjectMissing(corpus, words('who called the restoration a bargain'), ['p3.s1'])).toBe(false);
    expect(claimSubjectMissing(corpus, words('who called it a bargain'), ['p3.s1'])).toBe(false);
  });
});

/**
 * "is churkin the russian ambassador?": a person named after a copula opening the question, with
 * a noun phrase or a name after them and no verb, asks who they are (rank.ts asksWhoOneIs): the
 * curated question asking who someone is outranks one asking what they said. Asked of the
 * project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { asksWhoOneIs } from '../../src/engine/rank.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const corpus = buildCorpus(engine.kb);
const asks = (q: string) =>
  asksWhoOneIs(
    corpus,
    tokenize(q).map((t) => t.word),
  );

describe('is <person> <what they are>', () => {
  it('asks who they are', () => {
    expect(asks('is churkin the moscow envoy')).toBe(true);
    expect(asks('was samantha power a diplomat')).toBe(true);
    expect(asks("is power washington's woman at the UN")).toBe(true);
  });

  it('not with a verb, a quality, or no person named first', () => {
    expect(asks('was churkin asked about the truce')).toBe(false);
    expect(asks('is power speaking for the US')).toBe(false);
    expect(asks('was churkin hopeful')).toBe(false);
    expect(asks('is the observatory a british group')).toBe(false);
    expect(asks('who is churkin')).toBe(false);
  });

  it('is answered by who they are, not what they said', () => {
    const answer = engine.answer('is churkin the moscow envoy?');
    expect(answer.qa).toBe('churkin-role');
    expect(answer.quotes[0]?.id).toBe('p10.s1');
  });
});

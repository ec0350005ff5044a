/**
 * Russian speakers writing English, and Arabic speakers abroad: Russian words typed in Latin
 * letters ("davai", "konechno", "zachem", "skolko", "kto") are chat or question words (chat.yaml
 * filler and abbreviations), as are the Levantine "shabab" (the guys) and "kanet" (was); "a what
 * about ..." opening a follow-up (Russian "а") is "what about ..." (chat.yaml idioms); "MID", as
 * Russian media call the Foreign Ministry, names it in capitals (entities.yaml), not the chat word
 * "mid" (reader.ts respell); "who is lying" asks whom to believe (synonyms.yaml disagree); "the
 * hudna is dead" asks whether the truce is over (synonyms.yaml truce and jeopardy). Asked of the
 * project's article.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = loadEngine(resolve(import.meta.dirname, '../../knowledge'));

describe('a Russian speaker writing English', () => {
  it.each([
    // Chat words with no topic.
    ['davai, how many soldiers died there?', 'p4.s1'],
    ['konechno they say mistake. ladno, what did Australia promise?', 'p19.s1'],
    // Question words typed in Latin letters.
    ['zachem was the strike stopped', 'p5.s2'],
    ['skolko minutes did the raid last', 'p4.s1'],
  ])('answers "%s" with %s first', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });

  it('reads "MID" in capitals as the ministry, not the chat word "mid" (during)', () => {
    const ministry = engine.answer('what did MID say in the statement');
    expect(ministry.status).toBe('answered');
    // The Foreign Ministry's two sentences: its demands and its slam of the US.
    expect(['p3.s1', 'p15.s1']).toContain(ministry.quotes[0]?.id);
  });

  it('reads "the hudna is dead" as whether the truce is over, not a death', () => {
    const answer = engine.answer('so the hudna is dead or what? what did churkin say about it');
    expect(answer.quotes[0]?.id).toBe('p13.s2');
  });

  it('reads "who is lying" as which side to believe, and quotes both', () => {
    const answer = engine.answer(
      'Moscow says the US refuses to coordinate, the Pentagon says it told Moscow. who is lying?',
    );
    expect(answer.status).toBe('answered');
    const ids = answer.quotes.map((q) => q.id);
    expect(ids).toContain('p16.s1');
    expect(ids).toContain('p17.s1');
  });
});

describe('an Arabic speaker abroad', () => {
  it.each([
    ['how many of the shabab were killed in deir', 'p4.s1'],
    ['churkin kanet shu, what was his job', 'p10.s1'],
  ])('answers "%s" with %s first', (question, id) => {
    const answer = engine.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.id).toBe(id);
  });
});

describe('a Russian speaker in a conversation', () => {
  const project = projectEngine();
  it('reads "a what about ..." as "what about ..."', () => {
    const [, last] = askInTurn(project, 'what did the Australians say', 'a what about the Amerikantsy?');
    expect(last?.quotes[0]?.id).toBe('p18.s1');
  });
});

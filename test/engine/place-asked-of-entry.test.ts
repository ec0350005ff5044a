/**
 * A place asked ("where did churkin speak to the diplomats"), and no quote of the curated entry
 * the words match gives one (his words on the peace effort), while the best sentence does and
 * holds every term asked ("... Churkin addressed the diplomats inside"): that sentence answers
 * (decide.ts placeOfOthers); "outside the chamber" says where as a place named does (kindMissing).
 * Made-up messages, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('a place asked that the curated entry does not give', () => {
  it('leads with the sentence that places it', () => {
    expect(lead('where did churkin speak to the diplomats')).toContain('addressed the diplomats inside');
  });

  it('takes "outside" or "inside" the chamber for where', () => {
    const answer = engine.answer('where did the american envoy give her remarks');
    expect(answer.status).toBe('answered');
    expect(answer.quotes[0]?.text).toContain('outside the Security Council chamber');
  });

  it('keeps the entry when the place is not asked', () => {
    expect(lead('what did churkin say to reporters about the peace effort')).toContain('question mark');
    // (To the diplomats inside, the article quotes him not at all: answer-type.ts audienceUntold.)
    expect(lead('what did churkin say to the diplomats about the peace effort')).toBe('');
  });
});

/**
 * An alliance with no words of its own speaks through its members (entities.yaml `voicedBy`):
 * "what did the coalition say" is answered by the US military's words, not refused as words the
 * article does not have (knowledge-terms.ts voiceTerms). Only the alliance's own term: Australia's
 * words are not the US's. And "the article doesn't say ..." asks what the article says, not a
 * speaker's words (rank.ts askedSpeakers). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { speakerTerms, voiceTerms } from '../../src/engine/knowledge-terms.ts';
import { askedSpeakers } from '../../src/engine/rank.ts';
import { projectEngine } from '../discord/harness.ts';
import { askInTurn } from '../support/fixture-engine.ts';

const engine = projectEngine();
const corpus = buildCorpus(engine.kb);

describe('an alliance voiced by its members', () => {
  it("gives a member's words, and a part's of a member, the alliance's term alone", () => {
    const australian = voiceTerms(engine.kb, corpus.lexicon, 'australian-military');
    expect(australian).toContain('e:coalition');
    expect(australian).toContain('e:australia');
    expect(australian).not.toContain('e:us');
    expect(voiceTerms(engine.kb, corpus.lexicon, 'us-military')).toContain('e:coalition');
    // Not a member: Russia's words are not the coalition's.
    expect(voiceTerms(engine.kb, corpus.lexicon, 'russian-foreign-ministry')).not.toContain('e:coalition');
    // The passages' own terms (what a question's words find) do not change.
    expect(speakerTerms(engine.kb, corpus.lexicon, 'us-military')).not.toContain('e:coalition');
  });

  it("answers what the coalition said with its members' words", () => {
    const said = engine.answer('what did the coalition say');
    expect(said.answered).toBe(true);
    expect(said.quotes[0]?.id).toBe('p5.s1');
    // Asked of the US, Australia's statement is not brought in by the alliance.
    expect(engine.answer('what did the US say').quotes.map((q) => q.id)).not.toContain('p19.s1');
  });

  it("answers the coalition's side after a claim against it", () => {
    const [, side] = askInTurn(engine, 'syria says the US supports isis', 'what does the coalition side say');
    expect(side?.answered).toBe(true);
    expect(side?.quotes.map((q) => q.id)).toContain('p19.s1');
  });
});

describe('the article as the one saying', () => {
  it('is no speaker asked', () => {
    const words = 'the article does say which other countries were in the coalition planes'.split(' ');
    expect(askedSpeakers(corpus, ['e:coalition', 'c:say'], words)).toEqual([]);
    expect(askedSpeakers(corpus, ['e:coalition', 'c:say'], 'what did the coalition say'.split(' '))).toEqual([
      'e:coalition',
    ]);
  });

  it('so a near-topic question put as "the article doesnt say ...?" is still refused', () => {
    const q =
      'the article doesnt say which other countries besides australia were in the coalition planes? like denmark or uk?';
    expect(engine.answer(q).answered).toBe(false);
  });
});

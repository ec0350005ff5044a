/**
 * "What did X call the strikes", "what did X label it" ask X's words, as "what did X say" does:
 * the subject of a verb of naming after "did" is the speaker asked, and of a curated entry's
 * quotes X's own sentence leads (rank.ts sayingSubject, decide.ts leadWithSpeakerAsked). On the
 * real article.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { sayingSubject } from '../../src/engine/rank.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const corpus = buildCorpus(engine.kb);

describe('a verb of naming', () => {
  it('has the speaker asked as its subject after "did"', () => {
    const said = sayingSubject(corpus, ['what', 'did', 'syria', 'army', 'call', 'the', 'us', 'strikes']);
    expect(said?.has('e:syrian-army')).toBe(true);
    expect(sayingSubject(corpus, ['who', 'called', 'the', 'meeting'])).toBeNull();
  });

  it("leads with the asked speaker's sentence among the entry's quotes", () => {
    // The entry on the mistaken identity quotes Russia's and the US military's words first.
    for (const q of [
      "what did syria's army call the US strikes?",
      'what did the syrian army label the strikes',
    ])
      expect(engine.answer(q).quotes[0]?.id).toBe('p20.s1');
  });
});

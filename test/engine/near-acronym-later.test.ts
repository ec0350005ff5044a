/**
 * Near-topic questions (issue 11) the article does not answer:
 * - whether a group named by an acronym the knowledge lacks said anything ("did the SDF say
 *   anything"): a short unknown word is chat noise elsewhere, but written in capitals at the head
 *   of the name whose words are asked it is a name (decide.ts notTheirWords, analyzer acronymsOf);
 *   a word typed in lower case there ("wht did pwr say") is left to the reading;
 * - what came in the days or weeks after the story ("in the following days", "by the end of the
 *   month"), or the truce's end as a fact ("after the truce officially ended"): chat.yaml
 *   laterCues, which no quote says.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('an acronym whose words are asked', () => {
  it('is a name the article does not quote', () => {
    expect(engine.answer('did the PKK say anything about the raid').answered).toBe(false);
    expect(engine.answer('did SDF or YPG comment on the strike').answered).toBe(false);
  });

  it('leaves a name the article has answered', () => {
    expect(engine.answer('did the UN say anything about it').answered).toBe(true);
  });
});

describe('what came in the days after the story', () => {
  it.each([
    'what happened in the following days, did the truce fall apart',
    'was the ceasefire still holding by the end of the month',
    'after the truce officially ended, did the US strike again',
  ])('is refused: %s', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });

  it('leaves the truce at risk answered', () => {
    expect(engine.answer('is the truce in danger now').answered).toBe(true);
  });
});

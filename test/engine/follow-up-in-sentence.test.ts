/**
 * "who told the pentagon to stop" -> "and then?", "what happened after they did": the sentence
 * just quoted tells, in a clause of time, what followed the very thing the turn before asked
 * ("the strike was aborted as soon as Moscow raised the alarm in the Pentagon"), so it is what
 * happened next (follow-up-answers.ts followsInSentence). Not a sentence that opens with the
 * clause ("After the attack, the US military said ..."), nor "what did they add after that".
 * Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { followsInSentence } from '../../src/engine/follow-up-answers.ts';
import { cueWordsOf, readCues } from '../../src/engine/follow-up-cues.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const corpus = (engine as unknown as { corpus: Parameters<typeof followsInSentence>[0] }).corpus;

describe('what happened after the thing the turn before asked', () => {
  it('is the sentence just quoted when it tells what followed it', () => {
    for (const next of ['and then?', 'what happened after they did']) {
      const [first, then] = ask('who told the pentagon to stop', next);
      expect(first?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
      expect(then?.answered).toBe(true);
      expect(then?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
      expect(then?.reading).toContain('what happened next');
    }
  });

  it('reads "after they did" as what came after', () => {
    const cues = readCues(cueWordsOf(DEFAULT_CHAT), tokenize('what happened after they did'));
    expect(cues.after).toBe(true);
    expect(readCues(cueWordsOf(DEFAULT_CHAT), tokenize('what happened after they left the room')).after).toBe(
      false,
    );
  });

  it('is told only by a clause of time inside the sentence that holds what was asked', () => {
    const alarm = ['c:alarm', 'e:russia', 'e:pentagon'].filter((t) => corpus.index.has(t));
    expect(alarm.length).toBeGreaterThan(0);
    expect(
      followsInSentence(
        corpus,
        'They added that the strike was aborted as soon as Moscow raised the alarm in the Pentagon.',
        alarm,
      ),
    ).toBe(true);
    expect(
      followsInSentence(
        corpus,
        'After Moscow raised the alarm in the Pentagon, the strike was aborted.',
        alarm,
      ),
    ).toBe(false);
    expect(followsInSentence(corpus, 'The strike was aborted as soon as the weather turned.', alarm)).toBe(
      false,
    );
  });
});

describe('what they added after that', () => {
  it('is still what they said next, not the sentence again', () => {
    const [first, then] = ask(
      'what did the US military say the sortie was directed at',
      'and what did they add after that',
    );
    expect(first?.quotes[0]?.text).toContain('coalition sortie was launched against');
    expect(then?.quotes[0]?.text).toContain('aborted as soon as Moscow raised the alarm');
  });
});

/**
 * Three slips of chat that made answerable messages refused (asked of the project's article):
 * - a verb meaning what is counted ("how many minutes the bombing continue": "continue" is the
 *   duration counted, not the strike's stopping; decide.ts countedTerms);
 * - a name taken back with no article before it ("did ireland sorry i mean australia ...";
 *   reader.ts withoutNameTakenBack);
 * - a question behind a phrase put first, with no "?", after a story ("... During all the arguing
 *   at the UN what did that Power lady say ..."; reader.ts frontedWhQuestion);
 * - words the article uses taken for a guess at a thing it never names ("whats the thing churkin
 *   said about a question mark"; decide.ts guessAtEnd);
 * - "which army" read as which unit of it, and "which side accused the pilots" as a person asked by
 *   the role after its verb (decide.ts NOT_ONE_THING, answer-type.ts roleAsked).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const first = (q: string) => {
  const a = engine.answer(q);
  return a.answered ? (a.quotes[0]?.text ?? '') : '(refused)';
};

describe('slips of chat in answerable messages', () => {
  it('reads a verb meaning the counted duration as that duration', () => {
    expect(first('how many minutes the bombing continue?')).toContain('lasted for 40 minutes');
    // A verb of its own still has to be in the quotes: the article counts no survivors.
    expect(first('how many soldiers survived')).toBe('(refused)');
  });

  it('drops a name taken back for the one after it', () => {
    expect(first('did ireland sorry i mean australia did they apolagize')).toContain('Australia');
    expect(first('what did Churchill sorry Churkin say about the peace deal')).toContain('question mark');
    // "i mean" before a word of chat takes nothing back.
    expect(engine.answer("who's the US ambassador to russia in this").answered).toBe(true);
  });

  it('finds the question behind a phrase put first when no "?" marks it', () => {
    expect(first('i was driving all day, long haul. after the strike what did russia say')).toContain(
      'Russia',
    );
    const told = engine.answer(
      'Drove through three states of thunderstorms today, reefer alarm went off twice. Anyway. During all the arguing at the UN what did that Power lady say Russia never did about Assad',
    );
    expect(told.quotes.map((q) => q.text).join(' ')).toContain('none of these atrocities');
  });

  it('reads words the article uses at the end as what is asked about, not a guess', () => {
    expect(first('whats the thing churkin said about a question mark')).toContain('question mark');
    // A thing the article never names, offered as a guess, is still refused.
    expect(first('wat plane did isis shoot down, a mig?')).toBe('(refused)');
  });

  it('asks a party with "which army" and "which side", not one unit or person', () => {
    expect(first('rip to who exactly, which army got hit')).not.toBe('(refused)');
    expect(first('which side accused pilots of connivance with IS')).toContain('connivance');
    // Which unit of it the article never says.
    expect(first('which unit got hit')).toBe('(refused)');
  });

  it('sets aside a day guessed after a when-question that chat words open', () => {
    expect(first('bro what day was the bombing, friday?')).toContain('Saturday night raid');
  });
});

/**
 * Three slips of chat that made answerable messages refused (asked of the project's article):
 * - a verb meaning what is counted ("how many minutes the bombing continue": "continue" is the
 *   duration counted, not the strike's stopping; decide.ts countedTerms);
 * - a name taken back with no article before it ("did ireland sorry i mean australia ...";
 *   reader.ts withoutNameTakenBack);
 * - a question behind a phrase put first, with no "?", after a story ("... During all the arguing
 *   at the UN what did that Power lady say ..."; reader.ts frontedWhQuestion).
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
});

/**
 * How people who follow aircraft put things: the aircraft of a strike going away is the strike
 * over (analyzer.ts, aircraftGone); a remark labelled before a dash frames the question after it
 * (reader.ts, REMARK_NOUNS); words quoted in that remark are what the writer read, not what they
 * ask to find (engine.ts); "headcount wise" is "as regards the headcount"; "plea" is asking for.
 * On the project's article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();
const first = (q: string) => engine.answer(q).quotes[0]?.text ?? '(abstained)';

describe('the aircraft going away', () => {
  it('is the strike over, not someone leaving nor the strike stopped', () => {
    for (const q of [
      'what did IS do once the planes had left',
      'what did daesh do after the bombers went home',
      "what did IS do once the jets RTB'd",
    ])
      expect(first(q), q).toContain('used the airstrike to push the regime troops');
  });

  it('leaves the aircraft alone when they do something else', () => {
    expect(first('what did the jets hit')).toContain('coalition sortie was launched against');
  });
});

describe('a remark labelled before a dash', () => {
  it('is context; the question after the dash is asked', () => {
    expect(first('quick clarification — was the raid at night or during the day?')).toContain(
      'The Saturday night raid',
    );
  });

  it('does not search the words the remark quotes', () => {
    const answer = engine.answer(
      "honest question, the headline says 'Moscow slams US' — did any other country's aircraft take part?",
    );
    expect(answer.quotes.map((q) => q.text).join(' ')).toContain('Australia, whose aircraft took part');
  });
});

describe('chat words of this voice', () => {
  it('reads "X wise" as about X, and "plea" as asking for', () => {
    expect(first('how many dead, numbers wise?')).toMatch(/at least 90|death toll to 62/);
    expect(first('did moscow make a plea for an inquiry')).toContain('most through investigation');
    expect(first('any AA guns destroyed?')).toContain('anti-aircraft gun');
  });
});

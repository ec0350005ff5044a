/**
 * A question that asks only what someone says or thinks (follow-up-reading.ts, onlyTheirWord):
 * "was the bombing intentional" -> "what does moscow think" asks Moscow's word on whether it was
 * intended, as "and moscow?" would, not whatever Moscow said. Only where the turn leans on the one
 * before (a verb of opinion with no object or "say" in the present, a pronoun, "then" at the end) and that one asked a point
 * of its own: "what did russia say" is a whole question. Not a why ("why is the pentagon
 * saying otherwise"), nor one whose "he" or "about" says whom it is about.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('what someone says, asked of the point before', () => {
  it('"what does moscow think" after whether it was intended: the Russian charge', () => {
    const [, a] = ask('was the bombing intentional', 'what does moscow think');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('criminal negligence');
  });

  it('"what do the russians call it" after the US word for it: the Russian charge', () => {
    const [, a] = ask('the americans say it was unintentional', 'what do the russians call it');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('criminal negligence');
  });

  it('"what do the russians say", the present of saying, asks where they stand on the point before', () => {
    const [, a] = ask('the US says it was a mistake', 'and what do the russians say');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.text).toContain('criminal negligence');
    // After what one ambassador said, the other's words at the UN.
    const [, b] = ask('what did samantha power say to reporters', 'what does russia say');
    expect(b?.quotes[0]?.text).toMatch(/Churkin|Washington is going to react|serious trouble/);
  });

  it('their side of the point leads, as after "and russia?" (not the US regret sent through Russia)', () => {
    const [, a] = ask('how did the US say sorry', 'and what does russia think');
    expect(a?.quotes[0]?.text).toContain('criminal negligence');
  });

  it('"what did russia say" leans on nothing: answered as alone', () => {
    const [, a] = ask('was the bombing intentional', 'what did russia say');
    const alone = engine.answer('what did russia say', []);
    expect(a?.reading ?? null).toBe(alone.reading ?? null);
    expect(a?.quotes.map((q) => q.id)).toEqual(alone.quotes.map((q) => q.id));
  });

  it('"what did he say about power" keeps whom "he" stands for', () => {
    const [, a] = ask('what did churkin say about the peace effort', 'and what did he say about power');
    expect(a?.quotes[0]?.text).toContain('Ambassador Power');
  });
});

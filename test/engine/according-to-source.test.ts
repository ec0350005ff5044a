/**
 * Whom a question names after "according to" is the speaker asked, whatever else it names: "how
 * many syrian soldiers died according to moscow" names the Syrian army too (the 90 "regime
 * troops" of the monitor's sentence), but Moscow's 62 leads (rank.ts sourceNamed, contested.ts
 * leadWithNamedSide). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('the source named after "according to"', () => {
  it("leads with that source's side of a contested figure", () => {
    for (const q of [
      'how many syrian soldiers died according to moscow',
      'how many syrian soldiers were killed according to the regime',
      'how mnay syrain soliders died acording to damscus',
    ]) {
      const ids = engine.answer(q).quotes.map((x) => x.id);
      expect(ids[0]).toBe('p4.s2');
      expect(ids).toContain('p4.s1');
    }
  });

  it('keeps the monitor first when the monitor is the source', () => {
    expect(engine.answer('how many syrian troops died according to the observatory').quotes[0]?.id).toBe(
      'p4.s1',
    );
  });
});

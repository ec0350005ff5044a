/**
 * Of a contested point's sides naming the party a question names as much, the side that party
 * speaks leads: "so russia doesn't think it was an accident" names Russia, which the US's regret
 * (relayed "through the Russian government") names too; Russia's own words lead
 * (contested.ts leadWithNamedSide). On the real article.
 */
import { describe, expect, it } from 'vitest';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('the side the named party speaks', () => {
  it('leads a contested point whose other side only names them', () => {
    for (const q of [
      'so russia doesnt think it was an accident',
      "did russia buy the 'it was an accident' story?",
    ]) {
      const ids = engine.answer(q).quotes.map((x) => x.id);
      expect(ids[0]).toBe('p7.s1');
      // The other side follows: one of the US side's quotes (contested.yaml, intent).
      expect(
        ids.some((id) => ['p4.s1', 'p18.s1', 'p19.s1'].includes(id)),
        ids.join(' '),
      ).toBe(true);
    }
  });

  it('keeps the order when the question names no one', () => {
    expect(engine.answer('was it an accident or deliberate').quotes[0]?.id).toBe('p4.s1');
  });
});

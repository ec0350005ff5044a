/**
 * A sentence of the writer's own pasted in quotation marks to be checked (a capital first, its full
 * stop inside the marks: reader.ts pastedSentence) is a claim read by its words, not a fragment of
 * the article to find word for word; and a newsroom's label before it ("draft:", "draft graf:",
 * chat.yaml claimLabels) names the claim, no topic. On the real article.
 */
import { describe, expect, it } from 'vitest';
import { pastedSentence } from '../../src/engine/reader.ts';
import { projectEngine } from '../discord/harness.ts';

const engine = projectEngine();

describe('a sentence pasted to be checked', () => {
  it('is a whole sentence, not a phrase quoted', () => {
    expect(pastedSentence('The Pentagon said it had not informed Moscow of the operation.')).toBe(true);
    expect(pastedSentence('uniquely cynical and hypocritical')).toBe(false);
    expect(pastedSentence('No concerns.')).toBe(false);
    expect(pastedSentence('I would be very interested to see how...')).toBe(false);
    expect(pastedSentence('a very big question mark.')).toBe(false);
    expect(pastedSentence('What action did the Kremlin take in response to the strikes?')).toBe(false);
  });

  it('is checked against the sentence that holds its words', () => {
    for (const [q, id] of [
      ["'Moscow asked for a meeting of the UN General Assembly.' is that ok?", 'p9.s1'],
      [
        "copy: 'The Islamic State group took ground from the regime after the airstrike.' sound right?",
        'p6.s1',
      ],
      ["draft graf: 'Australia said it regretted the deaths of the soldiers.' fine?", 'p18.s2'],
    ] as const) {
      const a = engine.answer(q);
      expect(a.quotes.map((x) => x.id).slice(0, 3), q).toContain(id);
    }
  });

  it('reads the desk asking whether a draft may run as asking a verdict', () => {
    for (const q of [
      "draft: 'Moscow blamed the Western pilots for negligence' -- ok to run?",
      "'Moscow blamed the Western pilots for negligence' -- does it hold up?",
    ]) {
      expect(
        engine.answer(q).quotes.map((x) => x.id),
        q,
      ).toContain('p7.s1');
    }
  });

  it('still finds the article sentence pasted word for word', () => {
    const a = engine.answer("'The incident could end the peace deal on Syria.' who wrote that?");
    expect(a.quotes[0]?.id).toBe('p2.s2');
  });
});

/**
 * "what did russia say about the pilots" -> "what about the US reps?": whom "what about" names
 * may take the place of what the question before asked about, whom it asked staying (what Russia
 * said of the US representatives), tried beside the reading that asks what they said
 * (follow-up-reading.ts carryReadings). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('"what about X" after what someone said about others', () => {
  it('asks what the same side said about X', () => {
    const [before, reps] = askInTurn(
      engine,
      'what did russia say about the pilots',
      'what about the US reps?',
    );
    expect(before?.quotes[0]?.id).toBe('p7.s1');
    expect(reps?.answered).toBe(true);
    expect(reps?.quotes[0]?.id).toBe('p15.s1');
  });
});

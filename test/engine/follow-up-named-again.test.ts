/**
 * "what did power call russia's move" -> "and moscow's actions in general?": a name the question
 * before named already (Moscow for Russia) is no one new, so whom that question asked (Power)
 * stays (follow-up-reading.ts carryReadings, newNames). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('a name the question before named already', () => {
  it('keeps whom the question before asked', () => {
    const [, called] = ask(
      "What did Power call Russia's move to call the meeting?",
      "and Moscow's actions in general...?",
    );
    expect(called?.quotes[0]?.text).toContain('uniquely cynical and hypocritical');
  });
});

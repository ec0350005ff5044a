/**
 * "no, the other quote, on X", "the other one, X's line on Y": the words after "the other ..."
 * say which other answer is meant; they take the place of what they correct in the question
 * before (conversation.ts otherNamed). A bare "the other figure" is still the next answer to the
 * question before. Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('"the other ..." followed by words of its own', () => {
  it('answers with the quote those words name, keeping whom the question before asked', () => {
    const [first, other] = ask(
      'what did churkin say about the truce',
      'not that, the other quote, on the american response',
    );
    expect(first?.quotes[0]?.text).toContain('a very big question mark');
    // Either of Churkin's two sentences on Washington's reaction is the other quote asked for.
    expect(other?.quotes[0]?.text).toMatch(
      /how Washington is going to react|indication of their possible reaction/,
    );
    expect(other?.quotes[0]?.text).not.toContain('question mark');
  });

  it('picks among the answers of the question before by whom the words name', () => {
    const [first, other] = ask(
      "who did syria's army say the US backs",
      "no the other one, australia's line on daesh",
    );
    expect(first?.quotes[0]?.text).toContain('conclusive evidence');
    expect(other?.quotes[0]?.text).toContain('actively support Daesh');
  });

  it('gives the next answer when nothing names which', () => {
    const [, other] = ask('what did the observatory say the toll was', 'no, the other figure');
    expect(other?.quotes[0]?.text).toContain('death toll to 62');
  });
});

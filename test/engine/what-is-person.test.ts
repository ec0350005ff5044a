/**
 * "what is samantha power", "what is she then": "what" asked of a person, and nothing else, asks
 * who they are, as "who is" does (analyzer.ts whatIsPersonAsWho). Not "what was power angry
 * about": a clause of its own. Made-up questions, asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import type { Answer } from '../../src/engine/answer.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
/** The last answer of a conversation asked turn by turn. */
const last = (...questions: string[]): Answer => askInTurn(engine, ...questions).at(-1) as Answer;

describe('"what is" asked of a person', () => {
  it('asks who they are', () => {
    const a = engine.answer('what is samantha power');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toContain('US ambassador to the UN');
  });

  it('asks who the pronoun stands for after a turn that mixed up who is who', () => {
    const a = last('samantha power is the russian ambassador yeah?', 'oh wait sorry, what is she then');
    expect(a.answered).toBe(true);
    expect(a.quotes[0]?.text).toContain('US ambassador to the UN');
  });

  it('leaves a clause of its own alone', () => {
    const a = engine.answer('what was power angry about');
    expect(a.quotes[0]?.text).not.toContain('US ambassador to the UN');
  });
});

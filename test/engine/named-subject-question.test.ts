/**
 * A question word, an auxiliary and a name of the story as the subject ("what did IS do after")
 * is a question whole, however few words of the story it holds: before "and" and a second
 * question ("... and what does damascus claim") it is asked on its own, not read as the subject
 * of the next (engine.ts wholeQuestion, namedSubject). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);

describe('a thin question whose subject is a name of the story', () => {
  it('stays a question of its own before a second one', () => {
    const a = engine.answer('what did IS do after and what does damascus claim');
    const shown = a.quotes.map((q) => q.id);
    // What IS did after the strike (p6.s1: the ground taken), and Syria's army's claim (p20.s1).
    expect(shown).toContain('p6.s1');
    expect(shown).toContain('p20.s1');
    expect(a.parts?.length).toBe(2);
  });

  it('a bare question word after it still leans on it', () => {
    // "and why" names nothing: it asks why of the question before, one question.
    const a = engine.answer('what did russia demand and why');
    expect(a.parts?.length ?? 1).toBe(1);
  });
});

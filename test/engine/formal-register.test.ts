/**
 * Issue 11, the formal voice of lawyers, law students and scholars of international relations
 * (made-up questions, none of an evaluation set): words of legal and diplomatic English read as
 * the article's (synonyms.yaml: a delegation or a permanent representative is the ambassador),
 * and formal English's ways of asking why read plainly (chat.yaml idioms: "on what grounds",
 * "on what basis", "to what end", "for what purpose" ask why).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { DEFAULT_CHAT } from '../../src/knowledge/chat-defaults.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ids = (q: string) => engine.answer(q).quotes.map((quote) => quote.id);
const unknown = (q: string) => engine.explain(q).unknown.map((u) => u.word);

describe('the formal voice', () => {
  it('lists the formal ways of asking why by default', () => {
    expect(DEFAULT_CHAT.idioms['on what grounds']).toBe('why');
    expect(DEFAULT_CHAT.idioms['to what end']).toBe('why');
  });
  it.each([
    ['how did the delegations address the press', 'how did the ambassadors address the press'],
    ['on what grounds did russia accuse the pilots', 'why did russia accuse the pilots'],
    ['to what end did russia accuse the pilots', 'why did russia accuse the pilots'],
  ])('"%s" is answered as "%s" is', (formal, plain) => {
    expect(ids(plain).length).toBeGreaterThan(0);
    expect(ids(formal)).toEqual(ids(plain));
  });
  it('counts no word of the formal register as one the article lacks', () => {
    expect(unknown('how did the delegations characterise the strike')).toEqual([]);
    expect(unknown('what did the permanent representative of russia say')).toEqual([]);
  });
});

/**
 * "what did churkin say" -> "the peace effort bit": a last "bit" or "part" after a topic a
 * determiner opened names which part of the matter, nothing of its own (reader.ts
 * withoutTopicPart); "took part" and "this part" keep it. Asked of the project's article
 * (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);

describe('the X bit / the X part', () => {
  it('"the peace effort bit" after a question on what churkin said', () => {
    const [, a] = ask('what did churkin say', 'the peace effort bit');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p13.s2');
  });

  it('a quoted phrase, then "part"', () => {
    const [, a] = ask('what did churkin say', "the 'serious trouble' part");
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe('p14.s2');
  });

  it('after a correction naming another speaker', () => {
    const [, , a] = ask(
      "what did syria's army call the strike",
      "oops meant russia's foreign ministry",
      "the 'as usual' bit",
    );
    expect(a?.quotes[0]?.id).toBe('p15.s1');
  });

  it('"take part" keeps its noun', () => {
    const a = engine.answer('which other country took part');
    expect(a.quotes.map((q) => q.id)).toContain('p18.s2');
  });
});

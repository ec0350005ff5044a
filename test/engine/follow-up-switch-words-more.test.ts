/**
 * Words that start a new subject (chat.yaml topicSwitches and openers) as Turkish and Kurdish
 * speakers write them ("neyse", "ayrı konu", "başka soru", "pirseke din") and "separate topic":
 * the question after them stands on its own, in a conversation or alone. Asked of the project's
 * article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { askInTurn } from '../support/fixture-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const ask = (...turns: string[]) => askInTurn(engine, ...turns);
const aborted = 'p5.s2';
const place = 'p4.s1';

describe('a new subject in other words', () => {
  it('"ayrı konu, ..." after another question', () => {
    const [, a] = ask('what IS shot down', 'ayrı konu, what the US military said about stopping the strike');
    expect(a?.quotes[0]?.id).toBe(aborted);
  });

  it('"separate topic, ..." on its own', () => {
    const [a] = ask('separate topic, what the US military said about stopping the strike');
    expect(a?.quotes[0]?.id).toBe(aborted);
  });

  it('"neyse, ..." after another question', () => {
    const [, a] = ask('what power said', 'neyse, where was the strike anyway');
    expect(a?.quotes[0]?.id).toBe(place);
  });

  it('"pirseke din: ..." (Kurdish) on its own', () => {
    const [a] = ask('pirseke din: what the US military said about stopping the strike');
    expect(a?.quotes[0]?.id).toBe(aborted);
  });
});

describe('a word of a new subject the chat reader drops as filler', () => {
  it('"anyway... where did it happen?" stands on its own after another question', () => {
    const [, a] = ask('did the russians know in advance?', 'anyway... where did it happen?');
    expect(a?.answered).toBe(true);
    expect(a?.quotes[0]?.id).toBe(place);
    expect(a?.reading ?? '').not.toContain('follow-up');
  });

  it('a story told after it is still read into the question, not the turns before', () => {
    const [, a] = ask('did the russians know in advance?', 'btw power was furious. what did she say?');
    expect(a?.reading ?? '').toContain('Samantha Power');
  });
});

/**
 * A question whose "she" or "he" points at a person the story before it names, and which names
 * no one itself ("power just deflected to assad. what did she say exactly?"): read through the
 * story, even when the question alone is answered surer (alone it asks anyone's words, and the
 * Russian statements matched it). Asked of the project's article (knowledge/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('"she" after a story naming a person', () => {
  it('is that person, not whoever the question alone matches', () => {
    expect(
      lead(
        "power was right to call it a stunt, russia never cares about assad's crimes. what did she say russia never did?",
      ),
    ).toContain('none of these atrocities');
    expect(
      lead('power just deflected to assad instead of answering. what did she say exactly?'),
    ).not.toContain('persistent refusal');
  });

  it('keeps the question alone when its answer tells of that person', () => {
    expect(lead('churkin ragequit the council lmao. did he leave or did he speak')).toContain('walked out');
  });

  it('leaves a question naming its person as it is', () => {
    expect(lead('power was furious. what did churkin say about the peace effort?')).toContain(
      'question mark',
    );
  });
});

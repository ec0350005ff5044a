/**
 * A fragment quoted from memory with a word swapped for one of the same sense (decide.ts
 * nearWords: "border" for "boundary", "turn" for "flip"), and a last "name?" asked of someone a
 * clause describes ("the pentagon guy who claims ..., name?"). Asked of the project's article.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { nearWords, quotedFromMemory } from '../../src/engine/decide.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const engine = loadEngine(KNOWLEDGE_DIR);
const kb = engine.kb;
const corpus = buildCorpus(kb);
const near = nearWords(corpus);
const key = (start: string) => corpus.passageKey(kb.passages.find((p) => p.text.startsWith(start))?.id ?? '');
const lead = (q: string) => engine.answer(q).quotes[0]?.text ?? '';

describe('a word of a remembered fragment in other words of its sense', () => {
  const boundary = key('In the Sunday statement');
  it('finds the fragment with a synonym swapped in, not without the sense', () => {
    expect(quotedFromMemory(boundary, 'on the border of criminal', near)).toBe(true);
    expect(quotedFromMemory(boundary, 'on the border of criminal')).toBe(false);
    expect(quotedFromMemory(boundary, 'on the road of criminal', near)).toBe(false);
  });
  it('reads a word near only when it holds every term of the sentence word', () => {
    expect(near('border', 'boundary')).toBe(true);
    expect(near('turn', 'flip')).toBe(true);
    expect(near('saturday', 'sunday')).toBe(false);
    expect(near('of', 'between')).toBe(false);
    // Not a question word ("when" is a day word); a name of the same one is near.
    expect(near('nights', 'when')).toBe(false);
    expect(near('moscow', 'russia')).toBe(true);
  });
  it('finds no fragment by a question word read as a day', () => {
    const lamented = key('The also lamented');
    expect(quotedFromMemory(lamented, 'moscow nights', near)).toBe(false);
  });
  // Not wired into decide(): as a path of its own it read two words ("'tower opened'") and a
  // fragment other words fit to two sentences as remembered quotes (quoted-other-words.test.ts).
});

describe('a last "name?" after someone described', () => {
  it('is the name of the one described, not of the thing before it', () => {
    expect(lead('the pentagon guy who claims moscow raised zero objections before the op, name?')).toContain(
      'Peter Cook',
    );
  });
  it('still asks the name of the thing marked as its owner', () => {
    expect(engine.answer("what was the op's name?").quotes).toHaveLength(0);
  });
});

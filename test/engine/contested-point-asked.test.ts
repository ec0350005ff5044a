/**
 * Which contested point a question weighing sides is about, when its quotes are on two points or
 * on one it does not word (contested.ts withEverySide): the point more of whose sides the first
 * quotes hold, of points asked as much; the point whose topic the question (or the story told
 * around it) words, not one it words none of that its quotes happen to be on.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.ts';
import { withEverySide } from '../../src/engine/contested.ts';
import { buildCorpus } from '../../src/engine/corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../support/knowledge-copy.ts';

const loaded = loadKnowledge(KNOWLEDGE_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const corpus = buildCorpus(loaded.kb);
const engine = loadEngine(KNOWLEDGE_DIR);

describe('the point a question weighing sides is about', () => {
  it('of points asked as much, the one more of whose sides the first quotes hold', () => {
    // p4.s1 is a side of the toll (the 90) and of intent ("the US claims was unintentional");
    // p7.s1 ("criminal negligence") is intent's other side: intent, though the toll comes first.
    const { contested, ordered } = withEverySide(corpus, ['p4.s1', 'p7.s1', 'p20.s1'], ['c:disagree']);
    expect(contested?.id).toBe('intent');
    expect(ordered.slice(0, 3)).toEqual(expect.arrayContaining(['p4.s1', 'p7.s1']));
  });

  it('the point the story around "who\'s right" words, not the one its quotes are on', () => {
    for (const q of [
      "my friends say russia was warned and kept quiet, others say russia wasnt told at all. who's right",
      'half the chat says moscow got warned, half says moscow wasnt informed. who is right',
    ]) {
      const answer = engine.answer(q);
      expect(answer.contested?.id, q).toBe('coordination');
      expect(
        answer.quotes.slice(0, 3).map((quote) => quote.id),
        q,
      ).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
    }
  });

  it('not when the question words the topic of the point its quotes are on', () => {
    expect(engine.answer('was it an accident or deliberate, who is right').contested?.id).toBe('intent');
  });
});

describe('warned beforehand: whether Russia was told, a wording of the coordination point', () => {
  it('"were the russians warned" quotes the Pentagon and Russia both', () => {
    for (const q of ['were the russians warned', 'had moscow been warned beforehand?']) {
      const answer = engine.answer(q);
      expect(answer.contested?.id, q).toBe('coordination');
      expect(
        answer.quotes.slice(0, 3).map((quote) => quote.id),
        q,
      ).toEqual(expect.arrayContaining(['p16.s1', 'p17.s1']));
    }
  });

  it('Russia warning the US is still the alarm it raised, alone', () => {
    const answer = engine.answer('did russia warn the pentagon');
    expect(answer.quotes[0]?.id).toBe('p5.s2');
    expect(answer.contested).toBeNull();
  });
});

describe('flying somewhere, told or known beforehand: the operation in the area', () => {
  it('"did the pentagon tell moscow its jets would fly over deir ezzor" is whether Russia was told', () => {
    for (const q of [
      'did the pentagon tell moscow its jets would fly over deir ezzor',
      'did the kremlin know the coalition planes were flying there',
    ]) {
      const quotes = engine.answer(q).quotes.map((quote) => quote.id);
      expect(quotes[0], q).toBe('p17.s1');
      expect(quotes.slice(0, 3), q).toContain('p16.s1');
    }
  });

  it('not who was flying, asked after the telling', () => {
    const quotes = engine
      .answer('does anyone know who was flying over there')
      .quotes.map((quote) => quote.id);
    expect(quotes[0]).not.toBe('p17.s1');
  });
});

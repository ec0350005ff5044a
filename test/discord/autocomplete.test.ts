/** /ask and /quote autocomplete: the engine's suggestions fitted to Discord's limits. */
import { describe, expect, it } from 'vitest';
import { questionChoices, speakerChoices } from '../../src/discord/autocomplete.ts';
import { Engine } from '../../src/engine/engine.ts';
import { projectEngine } from './harness.ts';

describe('questionChoices (/ask)', () => {
  it.each([[''], ['the'], ['a'], ['what'], ['did'], ['strike']])(
    '%j: at most 25 distinct choices, names and values of at most 100 characters',
    (typed) => {
      const engine = projectEngine();
      const got = questionChoices(engine, typed);
      expect(got.length).toBeGreaterThan(0);
      expect(got.length).toBeLessThanOrEqual(25);
      expect(new Set(got.map((c) => c.value)).size).toBe(got.length);
      for (const c of got) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    },
  );

  it('a question over 100 characters is cut at a word, with an ellipsis', () => {
    const kb = projectEngine().kb;
    const long = `What did the Russian Foreign Ministry say about ${'the very long and winding road '.repeat(5)}?`;
    const withLong = new Engine({
      ...kb,
      qa: [
        ...kb.qa,
        { id: 'long', question: long, paraphrases: [], answer: ['p3.s1'], answerIds: ['p3.s1'] },
      ],
    });
    const [got] = questionChoices(withLong, 'winding road');
    expect(got?.name).toMatch(/^What did the Russian Foreign Ministry say about the very long .*…$/);
    expect(got?.name.length).toBeLessThanOrEqual(100);
    expect(long.startsWith((got?.name ?? 'x').slice(0, -1))).toBe(true);
  });

  it('a pasted wall of text still gives at most 25 choices', () => {
    const engine = projectEngine();
    const full = 'How many soldiers were killed near Deir ez-Zor';
    for (let i = 1; i <= full.length; i++)
      expect(questionChoices(engine, full.slice(0, i)).length).toBeLessThanOrEqual(25);
  });
});

describe('speakerChoices (/quote)', () => {
  it('every speaker at most once, at most 25, labels of at most 100 characters, ids as values', () => {
    const engine = projectEngine();
    for (const typed of ['', 'us', 'a', 'the']) {
      const got = speakerChoices(engine, typed);
      expect(got.length).toBeLessThanOrEqual(25);
      expect(new Set(got.map((c) => c.value)).size).toBe(got.length);
      for (const c of got) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(engine.kb.entityById.has(c.value)).toBe(true);
      }
    }
  });

  it('a label over 100 characters is cut, the id sent back whole', () => {
    const kb = projectEngine().kb;
    const long = `Vitaly Churkin, ${'Russian ambassador to the United Nations and '.repeat(4)}spokesman`;
    const entities = kb.entities.map((e) => (e.id === 'churkin' ? { ...e, label: long } : e));
    const engine = new Engine({ ...kb, entities, entityById: new Map(entities.map((e) => [e.id, e])) });
    const [got] = speakerChoices(engine, 'churkin');
    expect(got?.value).toBe('churkin');
    expect(got?.name.length).toBeLessThanOrEqual(100);
    expect(got?.name).toMatch(/^Vitaly Churkin, Russian ambassador .*…$/);
  });
});

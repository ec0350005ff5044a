/**
 * Verbs of believing (analyzer.ts withoutOwnBelief and the `belief` class): what someone took a
 * thing to be is asked by "who did they think they were hitting"; the writer's own belief ("i
 * thought it was only ...") is the story of the message, a belief that judges ("why did she think
 * it was unfair") asks what she said of it, and a belief about whether it was meant asks that
 * (the intent class alone). Made-up messages and classes, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer, withoutOwnBelief } from '../../src/engine/analyzer.ts';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { Lexicon } from '../../src/text/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const read = (text: string) =>
  withoutOwnBelief(tokenize(text))
    .map((t) => t.word)
    .join(' ');

describe('withoutOwnBelief', () => {
  it.each([
    // The writer's own belief: the verb goes.
    ['i thought it was only the ferry', 'i it was only the ferry'],
    ['we always assumed the bridge was shut', 'we always the bridge was shut'],
    ['honestly i believed they were fishermen', 'honestly i they were fishermen'],
    // A belief that judges or places: what was said of it, not what it was taken for.
    ['why did she think it was unfair', 'why did she say it was unfair'],
    ['why did he think they were in the clear', 'why did he say they were in the clear'],
    // Someone else's belief of what a thing was: kept.
    ['who did the crew think they were rescuing', 'who did the crew think they were rescuing'],
    ['did they think it was the ferry', 'did they think it was the ferry'],
    ['did the mayor think it was only the ferry', 'did the mayor think it was only the ferry'],
  ])('"%s" reads as "%s"', (message, words) => {
    expect(read(message)).toBe(words);
  });
});

describe('the belief class beside the intent class', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [],
      synonyms: [
        { id: 'belief', words: ['think they were', 'think it was', 'thought it was'] },
        { id: 'intent', words: ['deliberate', 'accident', 'believe'] },
      ],
    }),
    new Set(['ferry', 'crew', 'rescuing']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (text: string) => analyzer.analyzeQuery(text).terms;

  it('asks what a thing was taken for by the clause of believing', () => {
    expect(terms('who did the crew think they were rescuing')).toContain('c:belief');
    expect(terms('who did the crew think they were rescuing')).not.toContain('c:intent');
  });

  it('asks whether it was meant when the belief is of that ("think it was deliberate")', () => {
    const asked = terms('did the crew think it was deliberate');
    expect(asked).toContain('c:intent');
    expect(asked).not.toContain('c:belief');
  });

  it('does not read the writer\'s own belief as asked ("i thought it was")', () => {
    expect(terms('i thought it was the ferry, who was rescuing them')).not.toContain('c:belief');
  });
});

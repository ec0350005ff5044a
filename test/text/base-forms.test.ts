/**
 * Base forms of an English word (text/base-forms.ts): WordNet's detachment rules, each word's
 * forms worked out once. Made-up and plain English words, nothing of any story.
 */
import { describe, expect, it } from 'vitest';
import { anyBaseForms, baseForms, KEPT_FORMS } from '../../src/text/base-forms.ts';

describe('baseForms', () => {
  it('detaches the suffixes of each part of speech, the word first', () => {
    expect(baseForms('stopped', 'v')).toEqual(['stopped', 'stoppe', 'stopp', 'stop']);
    expect(baseForms('soldiers', 'n')).toEqual(['soldiers', 'soldier']);
    expect(baseForms('bigger', 'a')).toEqual(['bigger', 'bigg', 'bigge', 'big']);
    expect(baseForms('run', 'r')).toEqual(['run']);
  });

  it('gives the same array for the same word and part of speech, and each part its own', () => {
    expect(baseForms('marches', 'v')).toBe(baseForms('marches', 'v'));
    expect(baseForms('marches', 'n')).not.toBe(baseForms('marches', 'v'));
    expect(baseForms('marches', 'n')).toEqual(['marches', 'marche', 'march']);
  });

  it('keeps a bounded number of words, the forms the same after it starts again', () => {
    const first = [...baseForms('plonked', 'v')];
    for (let i = 0; i <= KEPT_FORMS; i++) baseForms(`glorped${i}`, 'v');
    expect(baseForms('plonked', 'v')).toEqual(first);
    expect(anyBaseForms('plonked')).toEqual(['plonked', 'plonke', 'plonk']);
  });
});

import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/lexicon.ts';

describe('stemming irregular verbs', () => {
  it('gives a past form the stem of its base form: "took part" meets "take part"', () => {
    expect(stem('took')).toBe(stem('take'));
    expect(stem('taken')).toBe(stem('taking'));
    expect(stem('shot')).toBe(stem('shoot'));
    expect(stem('struck')).toBe(stem('strike'));
    expect(stem('fought')).toBe(stem('fight'));
    expect(stem('withdrew')).toBe(stem('withdraw'));
  });

  it('leaves alone forms that are common words of another meaning', () => {
    expect(stem('ground')).not.toBe(stem('grind'));
    expect(stem('saw')).not.toBe(stem('see'));
    expect(stem('meant')).not.toBe(stem('mean'));
  });
});

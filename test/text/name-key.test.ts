/** nameKey: spellings of one name in several languages meet; other names stay apart. */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/text/name-key.ts';

describe('nameKey', () => {
  it.each([
    ['Tschurkin', 'Churkin'],
    ['Tchourkine', 'Churkin'],
    ['Чуркин', 'Churkin'],
    ['Pauer', 'Power'],
    ['Vitali', 'Vitaly'],
    ['Phillipe', 'Filipe'],
  ])('%s sounds as %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Churkin', 'Chirkin'],
    ['Power', 'Peter'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

/**
 * The publisher's other names a moderator gives with a new source (knowledge:add-source's
 * --publisher-alias, /kb source add's publisher-aliases): split at commas, trimmed, repeats and
 * the publisher's own name left out, refused when too long or too many.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PUBLISHER_ALIASES,
  prepareSource,
  publisherAliasesFrom,
} from '../../src/knowledge/source-input.ts';

const TEXT = 'A Report\n\nThe ministry said the truce would hold.\n';

describe('publisherAliasesFrom', () => {
  it('splits at commas, trims, folds spacing, and drops repeats and the publisher itself', () => {
    expect(publisherAliasesFrom(['Deutsche  Welle, DW News', ' dw news', 'DW'], 'DW')).toEqual({
      ok: true,
      aliases: ['Deutsche Welle', 'DW News'],
    });
    expect(publisherAliasesFrom(['', ' , '], 'DW')).toEqual({ ok: true, aliases: [] });
  });

  it('refuses a name over 100 characters and more names than the limit, saying why', () => {
    const long = publisherAliasesFrom(['x'.repeat(101)], 'DW');
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toMatch(/over 100 characters/);
    const many = Array.from({ length: MAX_PUBLISHER_ALIASES + 1 }, (_, i) => `Name ${i}`);
    const tooMany = publisherAliasesFrom([many.join(',')], 'DW');
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.message).toMatch(/more than 10/);
  });
});

describe('prepareSource with other names of the publisher', () => {
  it("writes them into the source's entry, after the publisher", () => {
    const prepared = prepareSource(
      TEXT,
      { publisher: 'Test Wire', date: '2016-09-19', publisherAliases: ['TW'] },
      [],
    );
    expect(prepared.ok && prepared.entry.publisherAliases).toEqual(['TW']);
    if (prepared.ok)
      expect(Object.keys(prepared.entry).slice(0, 4)).toEqual([
        'id',
        'headline',
        'publisher',
        'publisherAliases',
      ]);
  });

  it('leaves the field out when none is given, as sources.yaml had it before', () => {
    const prepared = prepareSource(TEXT, { publisher: 'Test Wire', date: '2016-09-19' }, []);
    expect(prepared.ok && 'publisherAliases' in prepared.entry).toBe(false);
  });
});

/**
 * "the N of NAME" read as "NAME N" when that names someone (analyzer.ts), as non-native writers
 * and formal English put it ("the ambassador of Russia").
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { loadEnglishWords } from '../../src/engine/english.ts';
import { Lexicon } from '../../src/text/lexicon.ts';

describe('analyzer: "the N of NAME" read as "NAME N" when that names someone', () => {
  const analyzer = new Analyzer(
    new Lexicon({
      entities: [
        {
          id: 'norland',
          name: 'Norland',
          aliases: ['norland'],
          caseSensitiveAliases: [],
          kind: 'government',
        },
        {
          id: 'vale',
          name: 'Erik Vale',
          aliases: ['erik vale', 'vale', 'norland minister', 'norland transport minister'],
          caseSensitiveAliases: [],
          kind: 'person',
        },
        {
          id: 'monitor',
          name: 'the monitor',
          aliases: ['monitor'],
          caseSensitiveAliases: [],
          kind: 'monitor',
        },
      ],
      synonyms: [{ id: 'kill', words: ['toll', 'death toll', 'died'] }],
    }),
    new Set(['norland', 'erik', 'vale', 'minister', 'transport', 'monitor', 'toll', 'death', 'volunteers']),
    loadEnglishWords(),
    new Map(),
  );
  const terms = (q: string) => analyzer.analyzeQuery(q).terms;

  it('reads "the minister of norland" as Norland\'s minister, Vale', () => {
    expect(terms('what did the minister of norland say')).toContain('e:vale');
    expect(terms('what did the transport minister of Norland say')).toContain('e:vale');
  });

  it('leaves words that turned name no one else as they are', () => {
    expect(terms('what is the death toll of the monitor')).toEqual(['c:kill', 'e:monitor']);
    expect(terms('what did the minister of volunteers say')).not.toContain('e:vale');
  });
});

/**
 * How a message names the text it asks about: chat.yaml's articleNouns ("the article", "this
 * piece") and the names of each source's publisher (article.yaml and sources.yaml `publisher`,
 * `publisherAliases`: "per dw", "this deutsche welle piece"). Nothing of one story in code: a
 * second source's publisher is named the same way.
 */
import type { ChatWords, SourceInfo } from '../knowledge/model.ts';
import { tokenize } from '../text/tokenize.ts';

export interface SourceNames {
  /** Nouns for the text itself ("article", "piece"). */
  nouns: ReadonlySet<string>;
  /** Each publisher's names as words, the longest first ("deutsche welle", "dw"). */
  publishers: readonly (readonly string[])[];
  /** Every word of a publisher's names. */
  publisherWords: ReadonlySet<string>;
}

export const NO_SOURCE_NAMES: SourceNames = { nouns: new Set(), publishers: [], publisherWords: new Set() };

/** chat.yaml's articleNouns and the sources' publishers, compiled. */
export function sourceNamesOf(
  chat: Pick<ChatWords, 'articleNouns'>,
  sources: readonly Pick<SourceInfo, 'publisher' | 'publisherAliases'>[],
): SourceNames {
  const seen = new Set<string>();
  const publishers: string[][] = [];
  for (const s of sources)
    for (const name of [s.publisher, ...s.publisherAliases]) {
      const words = tokenize(name).map((t) => t.word);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      publishers.push(words);
    }
  publishers.sort((a, b) => b.length - a.length);
  return {
    nouns: new Set(chat.articleNouns),
    publishers,
    publisherWords: new Set(publishers.flat()),
  };
}

/** How many words of a publisher's name start at `at` (0: none), the longest name first. */
export function publisherAt(names: SourceNames, words: readonly string[], at: number): number {
  const name = names.publishers.find((p) => p.every((w, k) => words[at + k] === w));
  return name?.length ?? 0;
}

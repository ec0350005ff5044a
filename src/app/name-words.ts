/**
 * The names WordNet knows of particular places, people and things ("Iran", "Leeds", "Aleppo",
 * "Erdogan" is not there), worked out for src/text/known-names.ts (written by `npx tsx
 * scripts/english-names.ts`; answering never reads WordNet). Such a word is a name someone means,
 * never a slip toward a word of the story: "what did iran say" is not "ran", "the Leeds
 * protest" not "leads" (analyzer.ts, analyzeTokens).
 *
 * A word counts when it is, capitalised and alone, a lemma of an instance noun (a synset with an
 * instance hypernym, WordNet's "@i": a particular city, country, person), and no word of English
 * in lower case (the list of package `word-list`: "turkey", "china", "bath" are words too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function nameWords(dict: string, english: (word: string) => boolean): string[] {
  const words = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const data = line.slice(0, line.indexOf('|'));
    if (!data.includes(' @i ')) continue;
    const fields = data.split(' ');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      // "Leeds", "Aleppo"; not "Burkina_Faso", not "Ra(a)".
      const word = fields[4 + 2 * i] ?? '';
      if (!/^[A-Z][a-z]+$/.test(word)) continue;
      const lower = word.toLowerCase();
      if (lower.length >= 3 && !english(lower)) words.add(lower);
    }
  }
  return [...words].sort();
}

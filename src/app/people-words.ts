/**
 * The words for a nation's or a place's people ("dane", "danes", "norwegian", "frenchmen"), worked
 * out from WordNet for src/text/peoples.ts (written by `npx tsx scripts/english-peoples.ts`;
 * answering never reads WordNet). Such a word is one people mean, never a slip toward a name of the
 * story: "what about the danes?" is not "Daesh" misspelled twice (analyzer.ts, correct).
 *
 * A word counts when it names, capitalised, a synset of WordNet's people (lexicographer file
 * noun.person) glossed as a native, inhabitant or citizen of somewhere; its plural is added
 * ("danes", "scotsmen").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's lexicographer file of people (noun.person). */
const PERSON = 18;
const NATIVE = /^(?:a |an )?(?:native|inhabitant|citizen|resident)s?\b/;

export function peopleWords(dict: string): string[] {
  const words = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    if (Number(fields[1]) !== PERSON) continue;
    const gloss = line.slice(line.indexOf('| ') + 2).trim();
    if (!NATIVE.test(gloss)) continue;
    const count = Number.parseInt(fields[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i] ?? '';
      // Capitalised, one word of letters: "Dane", "Norwegian"; not "city_man", not "native".
      if (!/^[A-Z][a-z]+$/.test(word)) continue;
      const lower = word.toLowerCase();
      words.add(lower);
      words.add(pluralOf(lower));
    }
  }
  return [...words].sort();
}

function pluralOf(word: string): string {
  // "scotsman", "norseman": men; "roman", "oklahoman": romans.
  if (/(?:sh|ch|s)man$/.test(word)) return `${word.slice(0, -3)}men`;
  // "chinese", "swiss": the same.
  if (/(?:ese|ss)$/.test(word)) return word;
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * English words that describe rather than name: adjectives and adverbs ("optimistic", "ominous",
 * "publicly", "real"), worked out from WordNet for src/text/modifiers.ts (written by
 * `npx tsx scripts/english-modifiers.ts`; answering never reads WordNet). Said of what a
 * question already names ("was churkin optimistic?"), such a word is how it is asked, not what
 * it is about, so the engine weighs it less when the knowledge lacks it (rank.ts).
 *
 * A word counts when WordNet saw it used as an adjective or adverb (the two together) at least as
 * often as as a noun or a verb (SemCor tag counts, the verb's base form included: "punished" is the verb's), and its
 * commonest sense does not name or pertain to a named thing ("danish", "french", "chinese" name
 * who or where: they are what a question about them is about).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pos, WordNet } from './wordnet.ts';

const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POS_OF: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** How often WordNet's corpus used a lemma in a part of speech (index.sense tag counts). */
function usageCounts(dict: string): (lemma: string, pos: Pos) => number {
  const used = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (!key || !count) continue;
    const at = key.indexOf('%');
    const id = `${key.slice(0, at)} ${POS_OF[key.charAt(at + 1)]}`;
    used.set(id, (used.get(id) ?? 0) + Number(count));
  }
  return (lemma, pos) => used.get(`${lemma} ${pos}`) ?? 0;
}

/** The lemmas listed in WordNet's index of one part of speech, single words only. */
function lemmasOf(dict: string, pos: Pos): string[] {
  return readFileSync(join(dict, `index.${FILES[pos]}`), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')))
    .filter((word) => /^[a-z]+$/.test(word));
}

/** WordNet's lexicographer file of verbs of communication (say, insist, predict, pledge). */
const COMMUNICATION = 32;

/**
 * Verbs of saying: verbs used at least as often as the same word as a noun, whose commonest sense
 * is one of WordNet's verbs of communication ("insist", "predict", "pledge", "characterize").
 * Asked of what someone said ("who insists it was unintentional"), such a verb is how the
 * statement is asked about, not what it is about.
 */
export function sayingVerbs(wordNet: WordNet, dict: string): string[] {
  const count = usageCounts(dict);
  const words = lemmasOf(dict, 'v').filter((word) => {
    const first = wordNet.senses(word, 'v')[0];
    return (
      first !== undefined &&
      count(word, 'v') >= count(word, 'n') &&
      wordNet.synset(first, 'v').lexFile === COMMUNICATION
    );
  });
  return [...new Set(words)].sort();
}

export function modifierWords(wordNet: WordNet, dict: string): string[] {
  const count = usageCounts(dict);
  /** Is this synset a named thing (an instance: a country, a city), or does it pertain to one? */
  const named = (offset: number, pos: Pos, hops = 1): boolean => {
    const synset = wordNet.synset(offset, pos);
    if (pos === 'n' && synset.pointers.some((p) => p.symbol === '@i')) return true;
    return hops > 0 && synset.pointers.some((p) => p.symbol === '\\' && named(p.offset, p.pos, hops - 1));
  };
  const words = new Set<string>();
  for (const pos of ['a', 'r'] as const) {
    for (const word of lemmasOf(dict, pos)) {
      // Adjective and adverb together ("fast", "straight" are both), against noun and verb.
      const own = count(word, 'a') + count(word, 'r');
      const others = [count(word, 'n'), count(word, 'v')];
      const verbs = wordNet.lemmas(word, 'v').map((base) => count(base, 'v'));
      const senses = wordNet.senses(word, pos);
      // Never seen in use: an adjective or adverb unless it has more senses as a noun or verb.
      const otherSenses = wordNet.senses(word, 'n').length + wordNet.senses(word, 'v').length;
      const ownSenses = wordNet.senses(word, 'a').length + wordNet.senses(word, 'r').length;
      if (own < Math.max(0, ...others, ...verbs)) continue;
      if (own === 0 && Math.max(0, ...others, ...verbs) === 0 && otherSenses > ownSenses) continue;
      if (senses[0] === undefined || named(senses[0], pos)) continue;
      words.add(word);
    }
  }
  return [...words].sort();
}

/** Uses in WordNet's tagged corpus from which a word counts as one of English's commonest (commonWords). */
export const COMMON_USES = 100;
/**
 * Uses in WordNet's tagged corpus from which a word is familiar in ordinary English (src/text/
 * familiar-words.ts): "soldier" 166, "launch" 22, "tank" 10; "solder" 7, "lance" 2, "lanch" none.
 */
export const FAMILIAR_USES = 10;

/**
 * English's commonest words: lemmas (single words) WordNet's tagged corpus used at least
 * `atLeast` times, every part of speech together (SemCor tag counts: "put" 275, "hold" 354, "big"
 * 122; "harsh" 5, "grandstanding" never). A word this common that a story uses once is rare in the
 * story by chance, not because it names what the story is about: the engine weighs it less in a
 * question (analyzer.ts, src/text/common-words.ts).
 */
export function commonWords(dict: string, atLeast = COMMON_USES): string[] {
  const used = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (!key || !count) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    if (/^[a-z]+$/.test(lemma)) used.set(lemma, (used.get(lemma) ?? 0) + Number(count));
  }
  return [...used]
    .filter(([, count]) => count >= atLeast)
    .map(([word]) => word)
    .sort();
}

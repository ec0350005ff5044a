/**
 * The other regular spelling of an English word, British or American: "defence" and "defense",
 * "armour" and "armor", "apologise" and "apologize", "theatre" and "theater", "labelled" and
 * "labeled", "analyse" and "analyze", "dialogue" and "dialog", "programme" and "program".
 * Candidates only, from the spelling rules that tell the two apart: the caller keeps one its
 * vocabulary has. Pure, no knowledge of any story.
 */

/** A word ending and the other spelling's ending, each way. */
const ENDINGS: readonly (readonly [string, string])[] = [
  // defence/defense, offence/offense, licence/license, pretence/pretense
  ['ence', 'ense'],
  ['ences', 'enses'],
  // theatre/theater, centre/center, metre/meter
  ['tre', 'ter'],
  ['tres', 'ters'],
  // dialogue/dialog, catalogue/catalog
  ['ogue', 'og'],
  ['ogues', 'ogs'],
  // programme/program
  ['mme', 'm'],
  ['mmes', 'ms'],
  // labelled/labeled, cancelling/canceling, traveller/traveler
  ['lled', 'led'],
  ['lling', 'ling'],
  ['ller', 'ler'],
  ['llers', 'lers'],
];

/** -ise/-ize and -yse/-yze, with whatever ending follows ("apologised", "criticising", "organisation"). */
const IZE = /(i|y)([sz])(e|es|ed|ing|er|ers|ation|ations)$/;
/** -our/-or inside a word ("armour", "behaviours", "favourite", "honourable"). */
const OUR = /our(s|ed|ing|ite|ites|able|ably|ful|less)?$/;
const OR = /([^aeiou])or(s|ed|ing|ite|ites|able|ably|ful|less)?$/;

/** The word's other spellings, by the rules above (not the word itself). */
export function spellingVariants(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  const out: string[] = [];
  for (const [a, b] of ENDINGS) {
    if (word.endsWith(a) && word.length > a.length + 1) out.push(word.slice(0, -a.length) + b);
    if (word.endsWith(b) && word.length > b.length + 1) out.push(word.slice(0, -b.length) + a);
  }
  const ize = IZE.exec(word);
  if (ize && ize.index >= 3)
    out.push(`${word.slice(0, ize.index)}${ize[1]}${ize[2] === 's' ? 'z' : 's'}${ize[3]}`);
  const our = OUR.exec(word);
  if (our && our.index >= 2) out.push(`${word.slice(0, our.index)}or${our[1] ?? ''}`);
  const or = OR.exec(word);
  if (or && or.index >= 1) out.push(`${word.slice(0, or.index)}${or[1]}our${or[2] ?? ''}`);
  // Most words match no rule: no set to make.
  return out.length === 0 ? out : [...new Set(out)].filter((w) => w !== word);
}

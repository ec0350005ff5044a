/**
 * Base forms of an English word, by WordNet's "morphy" detachment rules (without its lists of
 * irregular forms): "soldiers" -> "soldier", "stopped" -> "stop". Candidates only: the caller
 * keeps those its dictionary has. Pure, no knowledge of the story.
 */

/** A part of speech as WordNet names it: noun, verb, adjective, adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** WordNet's detachment rules by part of speech: a suffix and what replaces it. */
const RULES: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/**
 * Each part of speech's forms already worked out, by word: the reader, the analyser and the
 * answer-type checks ask for the same words' forms many times a message (a long message's hundred
 * words, each through several of them). Bounded: random input must not grow it forever.
 */
const KNOWN_FORMS: Readonly<Record<Pos, Map<string, readonly string[]>>> = {
  n: new Map(),
  v: new Map(),
  a: new Map(),
  r: new Map(),
};
/** How many words each part of speech keeps the forms of, before it starts again. */
export const KEPT_FORMS = 4096;

/** The word and its candidate base forms as a `pos` (the same array for the same word: not to be changed). */
export function baseForms(word: string, pos: Pos): readonly string[] {
  const known = KNOWN_FORMS[pos];
  let forms = known.get(word);
  if (forms === undefined) {
    forms = formsOf(word, pos);
    if (known.size >= KEPT_FORMS) known.clear();
    known.set(word, forms);
  }
  return forms;
}

function formsOf(word: string, pos: Pos): string[] {
  const out = [word];
  for (const [suffix, replacement] of RULES[pos])
    if (word.endsWith(suffix) && word.length > suffix.length + 1)
      out.push(word.slice(0, -suffix.length) + replacement);
  // "stopped" -> "stopp" -> "stop"
  for (const w of [...out]) if (/([b-df-hj-np-tv-z])\1$/.test(w)) out.push(w.slice(0, -1));
  return [...new Set(out)];
}

/** The word and its candidate base forms as any part of speech, the word itself first. */
export function anyBaseForms(word: string): string[] {
  return [...new Set([word, ...baseForms(word, 'n'), ...baseForms(word, 'v'), ...baseForms(word, 'a')])];
}

/**
 * What a stretch of speech sounds like, so that what a phone's dictation wrote for a name meets
 * the name: "dare as or" and "Deir ez-Zor", "the mask us" and "Damascus", "church kin" and
 * "Churkin", "observe a tree" and "Observatory" have one key. Pure, no knowledge of a story.
 *
 * A consonant skeleton, coarser than nameKey (which meets the spellings of other languages):
 * English digraphs as one sound ("ch", "sh", "th", "ph", "ck"), voiced and voiceless pairs as one
 * (d/t, b/p, g/k, v/f, z/s: what a recogniser most often swaps), every vowel, "h", "w" and "y"
 * gone but a first vowel (marked "a": "a strait" is not "strait"), then a sound repeated once.
 * Word breaks are not heard, so the words are joined first.
 */

const DIGRAPHS: [RegExp, string][] = [
  [/^kn/, 'n'],
  [/^wr/, 'r'],
  [/^gh/, 'g'],
  [/gh/g, ''],
  [/tch/g, 'k'],
  [/ch/g, 'k'],
  [/sh/g, 's'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/dg/g, 'j'],
  [/c(?=[eiy])/g, 's'],
  [/x/g, 'ks'],
];

/** One sound for letters a recogniser confuses (voiced and voiceless pairs). */
const SOUND: Record<string, string> = {
  b: 'p',
  c: 'k',
  d: 't',
  f: 'f',
  g: 'k',
  j: 'j',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  p: 'p',
  q: 'k',
  r: 'r',
  s: 's',
  t: 't',
  v: 'f',
  z: 's',
};

const VOWEL = /[aeiouy]/;

/**
 * The key of words as said together (lower case ASCII letters; anything else is left out): its
 * consonant sounds in order, each run of vowels one "a" where it is heard ("dare as or" and
 * "deir ez zor": "tararar"... written "tarasar" below, not "tree's or").
 */
export function soundKey(words: string): string {
  let text = words.toLowerCase().replace(/[^a-z]+/g, '');
  if (text === '') return '';
  for (const [from, to] of DIGRAPHS) text = text.replace(from, to);
  let key = '';
  for (const c of text) {
    const sound = VOWEL.test(c) ? 'a' : SOUND[c];
    if (sound !== undefined && key[key.length - 1] !== sound) key += sound;
  }
  return key;
}

/**
 * The consonants of a soundKey, and whether it starts with a vowel: coarser, for a long name whose
 * vowels a recogniser may lose ("observe a tree" and "observatory": "apsrftr").
 */
export function consonantKey(key: string): string {
  let out = key[0] === 'a' ? 'a' : '';
  for (const c of key) if (c !== 'a' && out[out.length - 1] !== c) out += c;
  return out;
}

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

/** Each rule with letters every match holds: a text without them is left as it is, unread by the rule. */
const DIGRAPHS: [RegExp, string, string][] = [
  [/^kn/, 'n', 'kn'],
  [/^wr/, 'r', 'wr'],
  [/^gh/, 'g', 'gh'],
  [/gh/g, '', 'gh'],
  [/tch/g, 'k', 'tch'],
  [/ch/g, 'k', 'ch'],
  [/sh/g, 's', 'sh'],
  [/th/g, 't', 'th'],
  [/ph/g, 'f', 'ph'],
  [/ck/g, 'k', 'ck'],
  [/dg/g, 'j', 'dg'],
  [/c(?=[eiy])/g, 's', 'c'],
  [/x/g, 'ks', 'x'],
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

/** The sound of each letter a to z, by its code less 97 ('a' for a vowel, '' for one not heard). */
const SOUNDS: readonly string[] = Array.from({ length: 26 }, (_, i) => {
  const c = String.fromCharCode(97 + i);
  return /[aeiouy]/.test(c) ? 'a' : (SOUND[c] ?? '');
});

/**
 * The key of words as said together (lower case ASCII letters; anything else is left out): its
 * consonant sounds in order, each run of vowels one "a" where it is heard ("dare as or" and
 * "deir ez zor": "tararar"... written "tarasar" below, not "tree's or").
 */
export function soundKey(words: string): string {
  let text = words.toLowerCase().replace(/[^a-z]+/g, '');
  if (text === '') return '';
  for (const [from, to, letters] of DIGRAPHS) if (text.includes(letters)) text = text.replace(from, to);
  // Lower case a to z only, here: a sound read off a table, a letter at a time.
  let key = '';
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const sound = SOUNDS[text.charCodeAt(i) - 97] as string;
    if (sound !== '' && last !== sound) {
      key += sound;
      last = sound;
    }
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

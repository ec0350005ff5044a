/**
 * A name as it sounds, so that the spellings of other languages meet: German "Tschurkin", French
 * "Tchourkine", Russian "Чуркин" and English "Churkin" are one key, so are "Pauer" and "Power",
 * "Vitali" and "Vitaly". Pure, no knowledge of a story: a few spelling rules of the languages
 * whose press transliterates names (Cyrillic letters, German and French digraphs), then doubled
 * letters once and a final silent "e" gone.
 */

/** Cyrillic letters (Russian, Ukrainian) as the English press writes them. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/** Spellings of one sound, longest first: German "tsch", French "tch" and "ou", German "au". */
const SOUNDS: [RegExp, string][] = [
  [/tsch|tch|tsh/g, 'ch'],
  [/sch/g, 'sh'],
  [/ou/g, 'u'],
  [/au/g, 'ow'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/y/g, 'i'],
  [/(\p{L})\1+/gu, '$1'],
];

/** The key of a word (lower case, one word): equal keys sound alike. */
export function nameKey(word: string): string {
  let key = '';
  for (const c of word.toLowerCase()) key += CYRILLIC[c] ?? c;
  for (const [from, to] of SOUNDS) key = key.replace(from, to);
  return key.length > 4 ? key.replace(/e$/, '') : key;
}

/**
 * French questions read into the English the engine knows (chat.yaml `frenchMarkers` and
 * `french`). A message is French when enough of its words are French function words ("les",
 * "qui", "est", "pas", the elided "l'", "qu'"): articles, pronouns and question words a French
 * sentence can hardly do without and an English one does not use. A French name in an English
 * message ("what did Moscou say", "is Daech IS") is no marker: such a message is left as it is.
 *
 * A French message is then read word by word, the longest phrase of the list first ("accord de
 * paix" before "accord"), into its English ("c'était une bavure" -> "it was a mistake"); a word
 * the list lacks (a name, an English word typed among French ones) stays as typed. Elisions are
 * split after their apostrophe ("l'armée" is "l'" "armée"), hyphens between words too
 * ("qu'est-ce" is "qu'" "est" "ce"). A key matches ignoring case, and ignoring accents unless a
 * key spelled the same without them is listed ("où" is where, "ou" is or; "reunion" is "réunion").
 */
import { isCommonWord } from './common-words.ts';
import { editDistance } from './edit-distance.ts';
import { fold } from './normalize.ts';

/** A word, an elision with its apostrophe ("l'", "qu'"), or what lies between words. */
const PIECE = /[\p{L}\p{N}]+(?:['’](?=\p{L}))?|[^\p{L}\p{N}]+/gu;
const WORD = /^[\p{L}\p{N}]/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A key of the lists: its elided words end with their apostrophe ("l'", "qu'est-ce"). */
const KEY_PIECE = /[\p{L}\p{N}]+['’]?|[^\p{L}\p{N}]+/gu;

/** The words of a text (lower case, one apostrophe), as the list's keys and messages are cut. */
function wordsOf(text: string, pieces = PIECE): string[] {
  return (text.match(pieces) ?? []).filter((p) => WORD.test(p)).map((w) => w.toLowerCase().replace('’', "'"));
}

/**
 * How much French a message must hold: function words counting 2 or more (1.5 in a message of
 * three words or fewer: "et Damas ?"), a fifth of its words or more. "de", "la", "que", "il",
 * "ou", "en", "un" count half: Spanish, Italian and Portuguese have them too ("que dijo la
 * embajadora" is no French); so does "c" (chat's "c'est", "c vré"; English chat's "see"). So
 * does a word of the French list that is no English word ("parlé", "dimanche").
 */
const MIN_MARKERS = 2;
const MIN_MARKERS_SHORT = 1.5;
const MIN_SHARE = 0.2;
/** The shortest word of the list a slip is read off ("frape": frappe). */
const SLIP_FROM = 5;
const SHARED = new Set(['de', 'la', 'que', 'il', 'ou', 'en', 'un', 'c']);

export class FrenchReader {
  /** A key's words, joined by one space, as listed (lower case, accents kept) -> its English. */
  private readonly exact = new Map<string, string>();
  /** The same keys without accents, where no key is spelled so already. */
  private readonly folded = new Map<string, string>();
  /** The keys of one word, without accents (a slip is read off them: see `slipped`). */
  private readonly single = new Map<string, string | null>();
  private readonly markers: Set<string>;
  private readonly longest: number;

  /** `isEnglish`: is this word (folded) a word of English or of the knowledge ("communique", "russie")? */
  constructor(
    words: Readonly<Record<string, string>>,
    markers: readonly string[],
    private readonly isEnglish: (word: string) => boolean = () => false,
  ) {
    let longest = 1;
    for (const [key, english] of Object.entries(words)) {
      const cut = wordsOf(key, KEY_PIECE);
      if (cut.length === 0) continue;
      longest = Math.max(longest, cut.length);
      this.exact.set(cut.join(' '), english);
    }
    for (const [key, english] of this.exact) {
      const bare = fold(key);
      if (!this.exact.has(bare) && !this.folded.has(bare)) this.folded.set(bare, english);
      // Two keys the same without accents and read differently ("demande", "demandé"): neither.
      if (!key.includes(' ') && english !== '')
        this.single.set(bare, this.single.has(bare) && this.single.get(bare) !== english ? null : english);
    }
    this.longest = longest;
    // Each marker whole ("quelqu'un", "jusqu'à": not "un", "à"), with and without its accents.
    this.markers = new Set(
      markers.map((m) => m.toLowerCase().replace('’', "'")).flatMap((m) => [m, fold(m)]),
    );
  }

  /** Is the message (mostly) French: enough of its words French function words? */
  isFrench(text: string): boolean {
    if (this.markers.size === 0) return false;
    const words = wordsOf(text);
    const least = words.length <= 3 ? MIN_MARKERS_SHORT : MIN_MARKERS;
    // What the markers must come to: each word counts one at most, so a message stops being read
    // once too few words are left to reach it (plain English meets no marker and stops early).
    let marked = 0;
    for (let k = 0; k < words.length; k++) {
      const most = marked + (words.length - k);
      if (most < least || most / words.length < MIN_SHARE) return false;
      const w = words[k] as string;
      if (SHARED.has(w)) marked += 0.5;
      else if (this.markers.has(w) || this.markers.has(fold(w))) marked += 1;
      else if (this.meaning([w]) !== undefined && !this.isEnglish(fold(w))) marked += 0.5;
    }
    return marked >= least && marked / words.length >= MIN_SHARE;
  }

  private meaning(words: readonly string[]): string | undefined {
    const key = words.join(' ');
    return this.exact.get(key) ?? this.folded.get(fold(key));
  }

  /**
   * A word the list lacks, as French is typed in chat: its elision written without the
   * apostrophe ("laustralie" is "l'australie", "durgence" "d'urgence", "jveux" "j'veux"), or one
   * slip off a word of the list of five letters or more ("frape": frappe, "abatu": abattu,
   * "securiter": sécurité), the one word that close. Not a word of English ("lone" is no "l'one").
   */
  private slipped(word: string): string | undefined {
    const bare = fold(word);
    const elided = /^([ldj])(\p{L}{2,})$/u.exec(bare);
    if (elided && !this.isEnglish(bare)) {
      const rest = elided[2] as string;
      const head = this.meaning([`${elided[1]}'`]);
      const tail = this.meaning([rest]) ?? this.oneSlip(rest);
      if (head !== undefined && tail !== undefined) return [head, tail].filter((w) => w !== '').join(' ');
    }
    return this.oneSlip(bare);
  }

  /** The English of the one word of the list one slip off `bare` (five letters or more). */
  private oneSlip(bare: string): string | undefined {
    // A rare word of English ("frape") may be the slip; one of its commonest is meant as typed.
    if (bare.length < SLIP_FROM || isCommonWord(bare)) return undefined;
    let found: string | undefined;
    for (const [key, english] of this.single)
      if (
        key[0] === bare[0] &&
        Math.abs(key.length - bare.length) <= 1 &&
        key.length >= SLIP_FROM &&
        editDistance(bare, key, 1) <= 1
      ) {
        if (english === null || (found !== undefined && found !== english)) return undefined;
        found = english;
      }
    return found;
  }

  /**
   * The words (folded) a French message leaves as typed, neither in the list nor words of English
   * ("près", "convoi", "poste"); none for any other message.
   */
  unread(text: string): string[] {
    const left: string[] = [];
    this.read(text, left);
    return left;
  }

  /** The message read into English when it is French; any other message as it is. */
  english(text: string): string {
    return this.read(text);
  }

  /** `english` and `unread` of one message, read once. */
  reading(text: string): { english: string; unread: string[] } {
    const unread: string[] = [];
    return { english: this.read(text, unread), unread };
  }

  private read(text: string, left?: string[]): string {
    if (!this.isFrench(text)) return text;
    const pieces = text.match(PIECE) ?? [];
    const out: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      const piece = pieces[i] as string;
      if (!WORD.test(piece)) {
        out.push(piece);
        i++;
        continue;
      }
      // The words from here (their pieces' positions), up to the longest key.
      const at: number[] = [];
      for (let k = i; k < pieces.length && at.length < this.longest; k++)
        if (WORD.test(pieces[k] as string)) at.push(k);
        else if (!/^[\s'’-]+$/u.test(pieces[k] as string)) break;
      // A name in capitals the knowledge or English knows ("UN", "US") stays as typed: "un" is "a".
      if (ACRONYM.test(piece) && this.isEnglish(fold(piece))) {
        out.push(piece);
        i++;
        continue;
      }
      const words = at.map((k) => (pieces[k] as string).toLowerCase().replace('’', "'"));
      let n = words.length;
      let english: string | undefined;
      for (; n > 0; n--) {
        english = this.meaning(words.slice(0, n));
        if (english !== undefined) break;
      }
      if (english === undefined) {
        const slipped = this.slipped(words[0] as string);
        if (slipped !== undefined) {
          out.push(slipped);
          i++;
          continue;
        }
        if (left && !ACRONYM.test(piece) && !this.isEnglish(fold(piece).replace(/['’]$/u, '')))
          left.push(fold(piece.toLowerCase()).replace(/['’]$/u, ''));
        // An elision not listed keeps its letter as a word ("jusqu'" -> "jusqu").
        out.push(piece.replace(/['’]$/u, ' '));
        i++;
        continue;
      }
      out.push(
        english === '' ? '' : /['’]$/u.test(pieces[at[n - 1] as number] as string) ? `${english} ` : english,
      );
      i = (at[n - 1] as number) + 1;
    }
    return out
      .join('')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([?!.,])/g, '$1')
      .trim();
  }
}

/**
 * Words that sound alike, typed one for the other by a phone's dictation or a dyslexic typist,
 * put back where English grammar allows only the other: pure, no knowledge of a story. Each rule
 * reads a place in the sentence that one spelling cannot stand in:
 *   "than"  a comparison's "then": "more then a hundred", "fewer then ten", "rather then" (after
 *           a comparative, "then" would be a time, which a comparative never takes)
 *   "where" "were" asking a place: "were was the tower", "were did it happen" (no verb follows
 *           the verb "were"; "IS" in capitals in a message not all capitals is a name: "were IS
 *           fighters killed"), and "were" last in a message after "and" or alone ("and were")
 *   "were"  "where" after a subject pronoun ("they where told", "we where"), or last after a
 *           plural noun ("who did they think the workers where"): a place word never ends so
 *   "hear"  "here" after "to" or a modal and before a word: "stay to here her speak", "did you
 *           here him" ("here" is a place, which "to" and "did you" do not take before a word)
 *   "they're" "there" before a verb in -ing: "the toll there saying" ("there" takes no -ing verb
 *           but "being"; not after "is"/"was", "is there nothing")
 *   "through" "threw" after "way": "half way threw", "all the way threw" (one throws no way)
 *   "their" "there" between "did"/"does"/"do" and a word that is no verb taking "there" ("what
 *           did there military say": "did there" asks only "did there seem/happen/use to be"),
 *           and in "what were there names" (a plural noun ending the question after "what" and
 *           "were"/"are": "what were there" asks what existed, and ends there)
 * Text in, text out; words it does not read stay as written.
 */

/** Comparatives after which "then" is a comparison's "than". */
const COMPARATIVES =
  'more less fewer rather other greater bigger smaller higher lower larger worse better longer shorter'.split(
    ' ',
  );
/** Verbs and auxiliaries that never follow the verb "were", so "were" before them asks "where". */
const AFTER_WHERE = 'was is did does do are has have had were'.split(' ');
/** Subject pronouns: "where" right after one is the verb "were". */
const SUBJECTS = 'they we you'.split(' ');
/** Words after which a "here" before another word is the verb "hear". */
const BEFORE_HEAR = "to did didnt didn't can cant can't could couldnt couldn't would will wont won't".split(
  ' ',
);
/** Words that may follow "here" the place ("from there to here and back"): no object of "hear". */
const AFTER_PLACE = 'and or but from to in on at for with by then now yet so is was are were too as'.split(
  ' ',
);
/** Words in -s that are no plural ("bus", "glass", "this"): a "where" after them stays a place. */
const NOT_PLURAL = /(?:ss|us|is|ws)$/i;

const alt = (words: readonly string[]) => words.map((w) => w.replace(/'/g, "[’']")).join('|');

const THAN = new RegExp(`\\b(${alt(COMPARATIVES)})\\s+then\\b(?=\\s+\\S)`, 'giu');
const WHERE_ASKED = new RegExp(`(^|[.!?]\\s+|\\band\\s+)were(?=\\s+(?:${alt(AFTER_WHERE)})\\b)`, 'giu');
const WHERE_LAST = /(^|\band\s+|\bor\s+)were(?=\s*[?.!]*\s*$)/giu;
const WERE_AFTER_SUBJECT = new RegExp(
  `\\b(${alt(SUBJECTS)})\\s+where\\b(?!\\s+(?:${alt(SUBJECTS)})\\b)`,
  'giu',
);
const WERE_LAST = /\b(the\s+|these\s+|those\s+)(\p{L}+s)\s+where(?=\s*[?.!]*\s*$)/giu;
const HEAR = new RegExp(
  `\\b(${alt(BEFORE_HEAR)})((?:\\s+(?:i|you|we|they|he|she))?)\\s+here(?=\\s+(?!(?:${alt(AFTER_PLACE)})\\b)\\p{L})`,
  'giu',
);

/** Words in -ing that are no verb's -ing, or the one "there" takes ("there being"). */
const NOT_ING =
  'being nothing something anything everything thing king ring spring string wing during morning evening'.split(
    ' ',
  );
const THEYRE = new RegExp(
  `(?<!\\b(?:is|was|are|were|be|been)\\s+)\\bthere(?=\\s+(?!(?:${alt(NOT_ING)})\\b)\\p{L}{2,}ing\\b)`,
  'giu',
);
const THROUGH = /\b(way)\s+threw\b/giu;
/** Verbs that take the "there" of "there is" after "did there" ("did there seem to be"), and adverbs between. */
const THERE_VERBS =
  'be seem appear happen use used exist remain need have ever really also not still even actually just'.split(
    ' ',
  );
const THEIR_AFTER_DO = new RegExp(
  `\\b(did|does|do|didnt|didn't|doesnt|doesn't)\\s+there(?=\\s+(?!(?:${alt(THERE_VERBS)})\\b)\\p{L})`,
  'giu',
);
const THEIR_NAMES = /^(\s*what\s+(?:were|are)\s+)there(?=\s+\p{L}+[^s\s]s\s*[?.!]*\s*$)/iu;

/** Is the word after `at` "IS" in capitals, in a text not written all in capitals (a name)? */
function nameInCapitals(text: string, at: number): boolean {
  return /^\s+IS\b/u.test(text.slice(at)) && text !== text.toUpperCase();
}

/** Keeps the case of the word typed: "Then" -> "Than". */
const likeTyped = (typed: string, word: string) =>
  typed[0] === typed[0]?.toUpperCase() && typed[0] !== typed[0]?.toLowerCase()
    ? word[0]?.toUpperCase() + word.slice(1)
    : word;

/**
 * Each rule with the word it rewrites: a rule runs only when its word is in the text as it stands
 * after the rules before it (most texts hold one of the six words at most; a rule's scan of a
 * long message, lookbehinds at each character, is skipped when its word is not there). Order
 * matters: "were" read as "where" may then be read by the rules of "where".
 */
const RULES: readonly [RegExp, (text: string) => string][] = [
  [
    /then/iu,
    (text) =>
      text.replace(
        THAN,
        (all: string, comparative: string) => `${comparative} ${likeTyped(all.slice(-4), 'than')}`,
      ),
  ],
  [
    /were/iu,
    (text) =>
      text
        .replace(WHERE_ASKED, (all: string, before: string, at: number, whole: string) =>
          // "were IS fighters killed": "IS" in capitals in a message not all capitals is a name, not
          // the verb, and "were" before it is the verb.
          nameInCapitals(whole, at + all.length)
            ? all
            : `${before}${likeTyped(all.slice(before.length), 'where')}`,
        )
        .replace(
          WHERE_LAST,
          (all: string, before: string) => `${before}${likeTyped(all.slice(before.length), 'where')}`,
        ),
  ],
  [
    /where/iu,
    (text) =>
      text
        .replace(WERE_AFTER_SUBJECT, (_all: string, subject: string) => `${subject} were`)
        .replace(WERE_LAST, (all: string, det: string, noun: string) =>
          NOT_PLURAL.test(noun) ? all : `${det}${noun} were`,
        ),
  ],
  [
    /here/iu,
    (text) =>
      text.replace(HEAR, (_all: string, before: string, subject: string) => `${before}${subject} hear`),
  ],
  [/there/iu, (text) => text.replace(THEYRE, (typed: string) => likeTyped(typed, "they're"))],
  [/threw/iu, (text) => text.replace(THROUGH, (_all: string, way: string) => `${way} through`)],
  [
    /there/iu,
    (text) =>
      text
        .replace(THEIR_AFTER_DO, (all: string, aux: string) => `${aux} ${likeTyped(all.slice(-5), 'their')}`)
        .replace(
          THEIR_NAMES,
          (all: string, before: string) => `${before}${likeTyped(all.slice(-5), 'their')}`,
        ),
  ],
];

/** The text with each sound-alike word the grammar rules out replaced by the one it allows. */
export function withHomophonesHeard(text: string): string {
  if (!/\b(?:then|were|where|here|there|threw)\b/i.test(text)) return text;
  let out = text;
  for (const [word, rule] of RULES) if (word.test(out)) out = rule(out);
  return out;
}

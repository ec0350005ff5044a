/**
 * The type of answer a question asks, and whether the quotes hold it for the thing asked: a
 * question about the story that the article does not answer ("when did the truce start", "how
 * many pilots were involved", "will washington compensate the families") shares every word with
 * some sentence, but not what it asks. decide.ts refuses such an answer (Decision.askedMissing).
 *
 * - A count: a figure near what is counted ("at least 90 regime troops"; not "dozens of Syrian
 *   soldiers" for pilots).
 * - A time: a day or a word placing a clause in time, in the sentence that holds what is asked
 *   ("aborted as soon as Moscow raised the alarm"; not "When asked if ... the joint peace effort").
 * - What came later: a later time the quote says too ("in the days after"), or what will or may
 *   come ("will they be punished": "could", "going to").
 * - A person by their role ("which commander", "what did the PM say"): a person named, or an
 *   official unnamed when an official is asked.
 *
 * The words are data (chat.yaml's laterCues, futureWords, timeWords, personWords; defaults in
 * src/knowledge/chat-defaults.ts).
 */
import { baseForms } from '../text/base-forms.ts';
import { IRREGULAR_PAST } from '../text/irregular.ts';
import { STOP_WORDS, type Term, WH_WORDS, WHY_WORD } from '../text/lexicon.ts';
import { isSayingVerb } from '../text/modifiers.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { wordTable } from '../text/word-table.ts';
import { type Correction, inTheEndAsFinally, overPlace, placeOfLengthAt, STAYING } from './analyzer.ts';
import { type Corpus, isPersonTerm, perCorpus } from './corpus.ts';
import { speakerTerms } from './knowledge-terms.ts';
import { askWordOf, SPEECH_VERB } from './rank.ts';
import { TUNING } from './tuning.ts';

export interface AskedType {
  /** The question's words, typos mended. */
  words: readonly string[];
  /** The indexes of its words read right after a negation the reader took out (QueryAnalysis.negatedAt). */
  negatedAt?: readonly number[];
  /** Its terms the index knows. */
  known: readonly Term[];
  /** The names its message gives (its own, its other questions', its story's). */
  named?: ReadonlySet<Term>;
  /** The quotes shown, best first. */
  shown: readonly string[];
  /** The other sides of a contested point quoted with them (their figures count too). */
  sides: readonly string[];
  /** What "how many" counts (decide.ts, countedTerms), or none. */
  counted: readonly Term[];
  /** Whose words "what did X say" asks, as words, or null. */
  whose: readonly string[] | null;
}

/** True when the question asks a type of answer that no quote holds for the thing asked. */
export function answerTypeMissing(corpus: Corpus, asked: AskedType): boolean {
  return (
    countNotAttached(
      corpus,
      asked.words,
      asked.counted,
      [...new Set([...asked.shown, ...asked.sides])],
      asked.known,
    ) ||
    subsetNotAttached(corpus, asked.words, [...new Set([...asked.shown, ...asked.sides])]) ||
    laterMissing(corpus, asked.words, asked.shown) ||
    possibleOnly(corpus, asked.words, asked.known, asked.shown) ||
    upToNowMissing(asked.words, asked.known, () => asked.shown.map((id) => quoteWords(corpus, id))) ||
    timeMissing(corpus, asked.words, asked.known, asked.shown) ||
    confirmationUntold(corpus, asked.words, asked.shown) ||
    durationMissing(corpus, asked.words, asked.shown) ||
    measureMissing(corpus, asked.words, asked.shown, asked.known) ||
    moneyMissing(corpus, asked.words, asked.shown) ||
    sizeOfNamedMissing(corpus, asked.words, asked.known, asked.shown) ||
    howToAsked(asked.words, asked.known) ||
    holdingsAsked(corpus, asked.words, asked.known) ||
    roleOfBodyAsked(corpus, asked.words, asked.known) ||
    personMissing(corpus, asked.words, asked.whose, asked.shown) ||
    othersMissing(corpus, asked.words, asked.named ?? new Set(asked.known), asked.shown) ||
    reasonMissing(corpus, asked.words, asked.known, asked.shown, asked.negatedAt) ||
    reasonUntold(corpus, asked.words, asked.known, asked.shown, asked.negatedAt) ||
    errorCauseUntold(corpus, asked.words, asked.shown) ||
    comparisonUntold(corpus, asked.words, asked.known, asked.shown) ||
    outcomeMissing(corpus, asked.words, asked.known, asked.shown) ||
    demandedOnly(corpus, asked.words, asked.known, asked.shown) ||
    deedOfOthers(corpus, asked.words, asked.shown) ||
    predicateMissing(corpus, asked.words, asked.known, asked.shown) ||
    stillMissing(corpus, asked.words, asked.known, asked.shown) ||
    nounApart(corpus, asked.words, asked.shown) ||
    ownerApart(corpus, asked.words, asked.shown) ||
    originMissing(corpus, asked.words, asked.shown) ||
    departureMissing(corpus, asked.words, asked.known, asked.shown) ||
    decisionMissing(corpus, asked.words, asked.known, asked.shown) ||
    instrumentMissing(corpus, asked.words, asked.shown) ||
    termsMissing(corpus, asked.words, asked.shown) ||
    repeatMissing(corpus, asked.words, asked.shown)
  );
}

/** Nouns of a place aircraft fly from: "which base", "what airbase". */
const BASES = new Set([
  'base',
  'bases',
  'airbase',
  'airbases',
  'airfield',
  'airfields',
  'airstrip',
  'airstrips',
]);
/** Bases only aircraft have: "which airbase". */
const AIR_BASES = new Set(['airbase', 'airbases', 'airfield', 'airfields', 'airstrip', 'airstrips']);
/** Verbs of taking off, before "off" ("took off from"). */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Verbs of flying or sending off, before "from" or "out of" ("flew out of", "launched from"). */
const FLYING_FROM = /^(?:fl(?:y|ies|ew|own|ying)|launch(?:es|ed|ing)?|depart(?:s|ed|ing)?|sortied)$/;
/** Terms of aircraft and those flying them, whose place of departure may be asked. */
const FLIERS = new Set<Term>(['c:plane', 'c:pilot']);

/**
 * "which base did the jets take off from", "where were the australian jets based", "where did the
 * planes fly out of": the place aircraft left from is asked, so a quote must say where from ("from",
 * a base, "based"); "near Deir el-Zour" says where they struck. Only of aircraft ("where were the
 * troops based" asks where they were).
 */
export function departureMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0) return false;
  const takeOff = words.some((w, i) => TAKE.has(w) && words[i + 1] === 'off');
  // Taking off from somewhere, or a base of aircraft, is a flight's own ("which base did they take
  // off from", "which airbase dem fly from"), whoever "they" are.
  if (
    !known.some((t) => FLIERS.has(t)) &&
    !(takeOff && words.includes('from')) &&
    !words.some((w) => AIR_BASES.has(w))
  )
    return false;
  const where = words.includes('where');
  const which = words.findIndex((w, i) => (w === 'which' || w === 'what') && BASES.has(words[i + 1] ?? ''));
  const flewFrom = words.some(
    (w, i) =>
      FLYING_FROM.test(w) && (words[i + 1] === 'from' || (words[i + 1] === 'out' && words[i + 2] === 'of')),
  );
  const asked =
    which >= 0 || (where && (takeOff || flewFrom || words.includes('based') || words.at(-1) === 'from'));
  if (!asked) return false;
  // "UK-based" answers where something is based, not where planes took off from.
  const based = words.includes('based');
  return !shown.some((id) =>
    quoteWords(corpus, id).some(
      (w, i, all) =>
        w === 'from' ||
        BASES.has(w) ||
        (based && /(?:^|-)based$/.test(w)) ||
        (TAKE.has(w) && all[i + 1] === 'off'),
    ),
  );
}

/**
 * Words that ask what a body or an inquiry came to: its decision, its vote, its findings ("what did
 * the security council decide", "did they vote on anything", "what did the investigation find").
 */
const DECIDING =
  /^(?:decide|decided|decides|deciding|decision|decisions|vote|voted|votes|voting|resolution|resolutions|find|finds|found|findings|conclude|concluded|concludes|concluding|conclusion|conclusions)$/;
/** Words after "find" or "found" that make it an outcome ("find anything", "found who was at fault"); not "find the explanation adequate". */
const FOUND_WHAT = new Set([
  'anything',
  'something',
  'nothing',
  'who',
  'what',
  'that',
  'in',
  'at',
  'out',
  'yet',
]);

/**
 * "what did the security council decide", "did they vote on anything", "what did the
 * investigation find": what a body decided or an inquiry found is asked, and no quote shown holds
 * that word of deciding or finding (the meeting was requested and held, the investigation urged:
 * neither's outcome is told). Not someone's words ("who said washington's reaction will decide"),
 * nor the asker's finding ("i can't find", "find out").
 */
export function decisionMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0 || known.includes(SAY) || words.some((w) => SAID_OF.has(w))) return false;
  const at = words.findIndex((w, i) => {
    if (!DECIDING.test(w) || NOT_OUTCOME_BEFORE.has(words[i - 1] ?? '')) return false;
    const next = words[i + 1];
    if (next === 'out') return false;
    if (/^f(?:i|ou)nds?$|^found$/.test(w)) return next === undefined || FOUND_WHAT.has(next);
    return true;
  });
  if (at < 0) return false;
  // The word in any form of its family in a quote ("conclusive" of "conclude"): told there.
  const family = DECIDING_FAMILIES.find((f) => f.test(words[at] as string));
  return !shown.some((id) => quoteWords(corpus, id).some((w) => family?.test(w)));
}
/** The families of DECIDING's words, by how each begins ("decide", "decision", "decisive"). */
const DECIDING_FAMILIES = [/^deci[ds]/, /^vot/, /^f(?:i|ou)nd/, /^conclu/, /^resol/];

/** Forms of "use" ("what did they use", "which weapon was used"). */
const USE = /^(?:use|uses|used|using)$/;
/** Words after "use" that leave its object asked: "what did they use", "... use to shoot it", "... use against them". */
const USE_OPEN = new Set(['to', 'against', 'on', 'in', 'there', 'then', 'exactly', 'for', 'that', 'when']);
/** Auxiliaries between the question word and the doer ("what did IS use", "which missile was used"). */
const USE_AUX = new Set(['did', 'do', 'does', 'was', 'were', 'had', 'have', 'has', 'is', 'are']);
/** Nouns of words said ("what words did they use", "what language", "which term"). */
const WORDS_USED =
  /^(?:words?|terms?|phrases?|phrasing|language|expressions?|labels?|names?|wording|adjectives?|slurs?|insults?)$/;
/** Nouns of a text, whose use is of words ("the statement", "the article"). */
const TEXTS =
  /^(?:statements?|articles?|reports?|piece|story|letters?|messages?|speech|speeches|posts?|tweets?|headlines?|notes?|press|release)$/;
/** Words that tell the means something was done by ("through", "via"). */
const MEANS = new Set(['through', 'via', 'using']);
/** How far the verb may stand from the question word ("what kind of weapon did they use"). */
const USE_REACH = 8;

/**
 * "what did IS use to shoot down the plane", "which weapon did they use", "what was used": the
 * thing someone used is asked (its object left open), so a quote must tell a use, of the doer named
 * ("the IS militia used the airstrike to push the regime troops out" tells what IS used, not what
 * the US did), and of the deed asked after "to" when one is. "IS announced it has shot down a
 * regime plane" tells the deed, not with what. Not "what did IS use the airstrike for": the thing
 * used is named, its purpose asked.
 */
export function instrumentMissing(
  corpus: Corpus,
  words: readonly string[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0) return false;
  const wh = words.findIndex((w) => w === 'what' || w === 'which');
  if (wh < 0) return false;
  const at = words.findIndex((w, i) => i > wh && i - wh <= USE_REACH && USE.test(w));
  if (at < 0) return false;
  const next = words[at + 1];
  if (next !== undefined && !USE_OPEN.has(next)) return false;
  const aux = words.findIndex((w, i) => i > wh && i < at && USE_AUX.has(w));
  if (aux < 0) return false;
  // "what words did power use", "what's this connivance word russia used": words used are what
  // someone said, which the quotes hold as their words.
  // So are those of a text ("what did the russian statement use").
  if (words.slice(wh + 1, at).some((w) => WORDS_USED.test(w) || TEXTS.test(w))) return false;
  const doers = words
    .slice(aux + 1, at)
    .flatMap((w) => wordTerms(corpus, w))
    .filter((t) => t.startsWith('e:'));
  // The deed it was used for ("... to shoot down the plane"): its words the index knows.
  const purpose =
    next === 'to'
      ? words
          .slice(at + 2)
          .filter((w) => !STOP_WORDS.has(w))
          .flatMap((w) => wordTerms(corpus, w))
          .filter((t) => !t.startsWith('e:') && corpus.index.has(t))
      : [];
  return !shown.some((id) => {
    const terms = corpus.passageTerms.get(id);
    return (
      // A use told, or the means by which it was done ("through the Russian government").
      quoteWords(corpus, id).some((w) => USE.test(w) || MEANS.has(w)) &&
      (doers.length === 0 || doers.some((t) => terms?.has(t))) &&
      (purpose.length === 0 || purpose.some((t) => terms?.has(t)))
    );
  });
}

/** Nouns of what an agreement lays down ("the terms of the deal", "what are the rules"). */
const TERMS_NOUNS = /^(?:terms?|rules?|conditions?|provisions?|clauses?|stipulations?|contents?)$/;
/** Words before such a noun that make it a way of speaking ("in simple terms", "in terms of"). */
const NOT_TERMS_BEFORE = new Set([
  'in',
  'simple',
  'plain',
  'layman',
  "layman's",
  'laymans',
  'easy',
  'basic',
  'general',
]);
/** Words of an agreement between parties, whose contents are its terms. */
const AGREEMENTS =
  /^(?:deals?|agreements?|truces?|ceasefires?|cease-fires?|accords?|treaty|treaties|pacts?|arrangements?)$/;
/** What may stand between "what was in" and the agreement ("what's actually in the peace deal"). */
const IN_REACH = 3;

/**
 * "what are the terms of the ceasefire", "what was in the peace deal, like the rules": what an
 * agreement lays down is asked, so a quote must tell some of it (its terms, its rules, or what is
 * so "under" it); "the incident could end the peace deal" tells the deal's fate, not what is in it.
 */
export function termsMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  if (shown.length === 0) return false;
  const noun = words.some(
    (w, i) =>
      TERMS_NOUNS.test(w) &&
      !NOT_TERMS_BEFORE.has(words[i - 1] ?? '') &&
      !(words[i - 2] === 'in' && NOT_TERMS_BEFORE.has(words[i - 1] ?? '')),
  );
  // "what was in the deal", "whats actually in the ceasefire agreement".
  const inside = words.some(
    (w, i) =>
      w === 'in' &&
      words.slice(Math.max(0, i - 3), i).includes('what') &&
      words.slice(i + 1, i + 1 + IN_REACH).some((o) => AGREEMENTS.test(o)),
  );
  if (!noun && !inside) return false;
  // Of an agreement: its word, or a word read as one ("hudna" is the truce).
  const agreement = ['deal', 'agreement', 'truce', 'ceasefire'].flatMap((w) => wordTerms(corpus, w));
  if (
    noun &&
    !words.some((w) => AGREEMENTS.test(w) || wordTerms(corpus, w).some((t) => agreement.includes(t)))
  )
    return false;
  return !shown.some((id) => quoteWords(corpus, id).some((w) => TERMS_NOUNS.test(w) || w === 'under'));
}

/** Auxiliaries opening a yes-or-no question of a deed ("did they meet again"). */
const DEED_YES_NO = new Set(['did', 'do', 'does', 'has', 'have', 'had', 'will', 'would', 'could']);
/** Words that tell a deed done a second time ("again", "another", "a second"). */
const REPEATED = /^(?:again|another|second|repeat|repeated|repeats|repeating|renewed|resumed)$/;

/** Words of a thing recurring or being wished not to ("happen again", "want", "ensure"). */
const RECURRING = new Set([
  'happen',
  'happens',
  'happened',
  'occur',
  'occurs',
  'want',
  'wants',
  'wanted',
  'ask',
  'asked',
  'ensure',
  'prevent',
  'avoid',
  'stop',
  'sure',
]);
/**
 * "did the russians and americans meet again that week", "did the US hit syrian troops again?": a
 * yes-or-no question whether a deed was done a second time, so a quote must tell a repeat; the
 * article tells each deed once. Not "again" asking to be reminded ("who's churkin again", "where
 * was the strike again": no auxiliary of a deed opens them), nor "never again".
 */
export function repeatMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  if (shown.length === 0 || !DEED_YES_NO.has(words[0] ?? '')) return false;
  const at = words.indexOf('again');
  if (at < 3 || words[at - 1] === 'never' || words[at - 1] === 'say') return false;
  // "does russia want it to happen again", "did they ask that it not happen again": a wish or a
  // demand that it recur or not, which their words may tell ("ensure that such incidents are not
  // possible in the future").
  if (words.slice(0, at).some((w) => RECURRING.has(w))) return false;
  return !shown.some((id) => quoteWords(corpus, id).some((w) => REPEATED.test(w)));
}

/** Kinds of names of the knowledge that say where someone is from (a country, a place). */
const ORIGIN_KINDS = new Set(['government', 'place']);

/**
 * "where was the pilot from", "where are the commanders from": a person's origin, asked by their
 * role (chat.yaml personWords). A quote must hold that role's own word with a place or a country
 * ("US ambassador to the UN"); the article's "Western pilots" and the coalition sortie say whose
 * side, not where anyone is from.
 */
export function originMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const at = words.indexOf('where');
  if (at < 0 || words.at(-1) !== 'from') return false;
  const { person } = listsOf(corpus);
  const roles = words
    .slice(at + 1, -1)
    .filter((w) => person.has(w) || baseForms(w, 'n').some((b) => person.has(b)))
    .map((w) => corpus.lexicon.stemOf(w));
  if (roles.length === 0) return false;
  const placed = (id: string) =>
    [...(corpus.passageTerms.get(id) ?? [])].some(
      (t) =>
        t === PLACE ||
        (t.startsWith('e:') && ORIGIN_KINDS.has(corpus.kb.entityById.get(t.slice(2))?.kind ?? '')),
    );
  return !shown.some(
    (id) => quoteWords(corpus, id).some((w) => roles.includes(corpus.lexicon.stemOf(w))) && placed(id),
  );
}

/** Words before "N of" that make N a noun the question points at ("the pilot of", "a member of"). */
const OF_OPENS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
/** Words between "of" and its noun that say which or whose, not what. */
const OF_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
]);
/** How many words after "of" (determiners aside) name its noun: "of the downed syrian plane". */
const OWNER_REACH = 4;
/** Words joining a role to what it is a role in ("the pilot of", "from", "on", "aboard"). */
const OWNER_LINKS = new Set(['of', 'from', 'on', 'aboard', 'onboard', 'in']);

/**
 * "was the pilot of the regime plane isis shot down captured", "what happened to the pilot of the
 * syrian plane": the question asks about a person by their role in a thing ("N of X": chat.yaml
 * personWords), so a quote must hold the two together. When the article has the noun only for
 * another owner ("the Western pilots") and the owner only without it ("shot down a regime plane"),
 * no quote tells of that one, and no more when the quotes have the owner and not the noun at all.
 * Both must be concepts the knowledge tags sentences with; a name after "of" ("the pilots of the
 * coalition") is who, which the quotes may say in other words ("Western"), and a noun the answer
 * names without saying it ("what kind of", "the name of") is the type asked, not a thing.
 */
export function ownerApart(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const concepts = (w: string) =>
    wordTerms(corpus, w).filter((t) => t.startsWith('c:') && corpus.index.has(t));
  const holds = (id: string, asked: readonly Term[]) => {
    const terms = corpus.passageTerms.get(id);
    return terms !== undefined && asked.some((t) => terms.has(t));
  };
  const { person } = listsOf(corpus);
  for (let i = 2; i < words.length - 1; i++) {
    // "the pilot of the plane", "the pilot from the plane", "the crew on board the plane".
    if (!OWNER_LINKS.has(words[i] ?? '') || !OF_OPENS.has(words[i - 2] ?? '')) continue;
    const noun = words[i - 1] ?? '';
    // A person by their role ("the pilot of", "the commander of"): a thing or a frame ("an act of
    // aggression", "the chances of the truce", "off the back of") is said of what it is about.
    if (!person.has(noun)) continue;
    const nounTerms = concepts(noun);
    if (nounTerms.length === 0) continue;
    let j = i + 1;
    if (words[i] === 'on' && words[j] === 'board') j++;
    while (OF_DETERMINERS.has(words[j] ?? '')) j++;
    const owner: Term[] = [];
    // Past a particle of a participle before the owner ("the shot down regime plane").
    for (
      let k = j;
      k < Math.min(words.length, j + OWNER_REACH) &&
      (!STOP_WORDS.has(words[k] ?? '') || PARTICLES.has(words[k] ?? ''));
      k++
    ) {
      owner.push(...concepts(words[k] ?? '').filter((t) => !nounTerms.includes(t)));
    }
    if (owner.length === 0) continue;
    // The owner in no quote is what another check weighs (a thing untold); here it is told, and
    // never with the noun.
    if (!shown.some((id) => holds(id, owner))) continue;
    if (!shown.some((id) => holds(id, nounTerms) && holds(id, owner))) return true;
  }
  return false;
}

/**
 * Nouns after "what" or "which" that ask for one of a kind the answer names without saying the
 * noun ("which country": Australia; "what group": IS), or frame the question ("what part").
 */
const KIND_NOUNS = new Set(
  `country countries nation nations side sides group groups party parties one ones thing things part
   parts place places city town area region person people guy guys man men woman women kind kinds
   sort sorts type types time times day days night nights morning evening week weekend month hour year
   date number numbers figure figures else exactly about happened`.split(/\s+/),
);

/** Verbs that say no deed of their own with a noun ("put demands", "give a reason", "make claims"). */
const LIGHT_VERBS = new Set(
  `put puts putting make makes made making give gives gave given giving take takes took taken taking get
   gets got gotten getting have has had having do does did done doing hold holds held holding`.split(/\s+/),
);
/** Words after the noun of "what jets they used" that start the clause of its deed. */
const NOUN_THEN = new Set('they he she it we you did do does had have has the their its'.split(' '));

/**
 * "what jets they used", "which missiles did they fire": the thing asked for is named by its noun
 * right after "what" or "which", and the deed asked of it by the words after; a quote answers when
 * it holds the noun with a word of the deed. When the noun is in one quote shown ("a regime plane
 * shot down") and the deed in another ("the IS militia used the airstrike"), none tells which of
 * the kind did it. Not nouns the answer names without saying them (KIND_NOUNS: "which country").
 */
export function nounApart(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const at = words.findIndex((w) => w === 'what' || w === 'which');
  if (at < 0) return false;
  const noun = words[at + 1];
  if (noun === undefined || STOP_WORDS.has(noun) || KIND_NOUNS.has(noun)) return false;
  // The noun alone, the object of the deed asked: its doer or auxiliary right after it ("what jets
  // they used", "which bombs did they drop"), not the first word of a longer name ("what death
  // figures", "which jihadist outfit").
  if (!NOUN_THEN.has(words[at + 2] ?? '')) return false;
  const nounTerms = wordTerms(corpus, noun).filter((t) => t.startsWith('c:') && corpus.index.has(t));
  if (nounTerms.length === 0) return false;
  if (nounTerms.includes(SAY) || baseForms(noun, 'v').some(isSayingVerb)) return false;
  const { person } = listsOf(corpus);
  const saying = (w: string) => baseForms(w, 'v').some(isSayingVerb) || isSayingVerb(w);
  // "what evidence did syria cite", "what hardware did the government side say got wiped out":
  // what was said, in the speaker's words, which need not be the question's.
  if (words.slice(at + 2).some(saying)) return false;
  // The deed's words: not a light verb ("what demands did they put"), nor the doer ("moscow's
  // diplomats").
  const deed = words
    .slice(at + 2)
    .filter((w) => !STOP_WORDS.has(w) && !LIGHT_VERBS.has(w) && !KIND_NOUNS.has(w))
    .filter((w) => !person.has(w) && !baseForms(w, 'n').some((b) => person.has(b)));
  const deedWords = deed.map((w) => corpus.lexicon.stemOf(w));
  const rest = new Set(
    deed
      .flatMap((w) => wordTerms(corpus, w))
      .filter((t) => !t.startsWith('e:') && t !== SAY && !nounTerms.includes(t) && corpus.index.has(t)),
  );
  if (rest.size === 0) return false;
  const holds = (id: string, asked: Iterable<Term>) => {
    const terms = corpus.passageTerms.get(id);
    return terms !== undefined && [...asked].some((t) => terms.has(t));
  };
  // The noun in no quote is a kind the answer may name by its members ("what hardware": tanks).
  if (!shown.some((id) => holds(id, nounTerms))) return false;
  // The deed's own word counts too ("raised the alarm" is one phrase of the knowledge, "raise" alone
  // another).
  const says = (id: string) =>
    holds(id, rest) || quoteWords(corpus, id).some((w) => deedWords.includes(corpus.lexicon.stemOf(w)));
  return !shown.some((id) => holds(id, nounTerms) && says(id));
}

/**
 * Verbs (base forms) and nouns of asking for a thing to be done, or promising it: "urged the United
 * States to conduct a most thorough investigation", "nor has it demanded investigations", "called
 * for", "promised an inquiry".
 * General English, nothing of a story.
 */
const URGING = new Set(
  `urge demand request ask want seek sought insist need require wish push call appeal plead beg
   demands requests calls appeals plea pleas promise pledge vow promises pledges vows`.split(/\s+/),
);
/**
 * A question's word asking about the asking itself ("did russia want a probe", "who called for
 * it", "were they pressing for one"): any verb or noun of asking for, in any form.
 */
const asksFor = (word: string) =>
  baseForms(word, 'v').some((w) => URGING.has(w)) || /^press(?:ed|es|ing)?$/.test(word);
/**
 * Whether a text may hold a word urges() takes (a cheap test before tokenising it): every base form
 * baseForms() gives is the word with an ending taken off, then "e" or "y" put on or a doubled
 * letter taken off, so a word of asking for holds its base form, a last "e" or "y" aside ("urg" of
 * "urging"), once folded. Folded is lower case for ASCII text, with the dots of "u.s." dropped;
 * any other text may hold one (folding takes accents off).
 */
export function mayUrge(text: string): boolean {
  return NON_ASCII.test(text) || URGING_STEMS.test(text.includes('.') ? text.replace(/\./g, '') : text);
}
const URGING_STEMS = new RegExp([...URGING].map((w) => w.replace(/[ey]$/, '')).join('|'), 'i');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose.
const NON_ASCII = /[^\x00-\x7f]/;
/** A verb of asking for, in any form ("urged", "demanding", "wants", "asked for"), in a sentence. */
const urges = (word: string, next = '') =>
  baseForms(word, 'v').some((w) => URGING.has(w)) &&
  // "calling them aggression", "when asked if": naming and asking a question, not asking for.
  (!CALL_ASK.has(word) || next === 'for');
/** Words that join another clause on. */
const JOINING = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'while', 'if', 'when', 'then']);
const KIND_OF = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'kinda', 'sorta']);
/** Nouns after a topic that say which part of the matter, nothing of their own ("the investigation part"). */
const TOPIC_HEADS = new Set(['part', 'bit', 'thing', 'aspect']);
/** The concept of asking for a thing ("requested", "called for"). */
const REQUEST: Term = 'c:request';
/** Words after the thing asked for that start no more of its name. */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'into', 'of', 'for', 'by', 'with', 'from', 'over', 'about']);
/** Verbs of asking for only with "for" after them ("called for", "asked for"). */
const CALL_ASK = new Set(['call', 'calls', 'called', 'calling', 'ask', 'asks', 'asked', 'asking']);
/**
 * Words asking what someone said of the thing ("what did russia say about the probe"): the
 * asking is what they said. Not "report", "release": what the thing itself may come to.
 */
const SAID_OF = new Set([
  'say',
  'said',
  'says',
  'saying',
  'tell',
  'told',
  'statement',
  'statements',
  'comment',
  'comments',
  'commented',
  'think',
  'thought',
  'claim',
  'claimed',
  'claims',
]);
/** More passages than this holding a thing: it is surely told as done somewhere; not looked into. */
const URGED_PASSAGES = 8;

/**
 * Is the thing only ever asked for in the knowledge: does every passage that holds the term hold
 * it as what a verb of asking for (or promising) asks for, the last word of its clause or before a
 * preposition ("urged the United States to conduct a most thorough investigation", "nor has it
 * demanded investigations")? Then the story never has it happen. The terms of what is asked for,
 * or null when it is not only asked for.
 */
const urgedClauses = perCorpus((corpus, term): Set<Term> | null => {
  const docs = corpus.index.docsWith('passage', term);
  if (docs.length === 0 || docs.length > URGED_PASSAGES) return null;
  const texts = Array.from(docs, (doc) => corpus.kb.passageById.get(corpus.index.ref(doc))?.text ?? '');
  // No passage with a word of asking for (most rare words' passages): null, as below, without
  // tokenising them (the first look-up of each rare word of a message, on a fresh engine).
  if (!texts.some(mayUrge)) return null;
  const clauses = texts.map((text) => text.split(CLAUSE_BREAK).map((c) => tokenize(c)));
  // No verb of asking for in any clause: a clause holding the thing holds it as no thing asked
  // for, and none holding it leaves nothing asked for. Null either way, without reading which
  // clauses hold it (a docTerms a clause: most terms of so few passages are in no such sentence).
  const urging = (tokens: readonly Token[]) => tokens.some((t, i) => urges(t.word, tokens[i + 1]?.word));
  if (!clauses.some((passage) => passage.some(urging))) return null;
  const asked = new Set<Term>();
  for (const passage of clauses) {
    for (const tokens of passage) {
      if (!holds(corpus, tokens, [term])) continue;
      // No verb of asking for anywhere in the clause: none before the thing either, so it is not
      // only asked for (what the search below finds, without a docTerms per word of the clause).
      if (!urging(tokens)) return null;
      // Where the clause's words first hold it (a phrase's last word: "walked out").
      let at = 0;
      while (!holds(corpus, tokens.slice(0, at + 1), [term])) at++;
      const by = tokens.slice(0, at).findIndex((t, i) => urges(t.word, tokens[i + 1]?.word));
      // What is asked for runs to the next clause joined on ("... investigation and ensure that
      // such incidents are not possible in the future": the future is no thing asked for).
      let end = by + 1;
      while (end < tokens.length && !JOINING.has((tokens[end] as Token).word)) end++;
      // The thing asked for itself, the last word of what is asked ("an emergency UN Security
      // Council meeting on Saturday": the meeting, not the emergency).
      const after = tokens[at + 1]?.word;
      if (by < 0 || at >= end || (at + 1 < end && !PREPOSITIONS.has(after as string))) return null;
      for (const t of corpus.analyzer.docTerms(tokens.slice(by + 1, end))) asked.add(t);
    }
  }
  return asked.size > 0 ? asked : null;
});

/**
 * "what did the investigation find", "has the pentagon released its investigation yet", "did the
 * US agree to a joint probe": the question asks what became of a thing the story only has someone
 * ask for (Moscow urged an investigation): whatever it asks of it (its findings, who led it, when
 * it reported) came after the story, and the sentence of the asking does not say it. Not a
 * question about the asking itself ("did russia demand a probe", "what kind of investigation did
 * moscow want", "who called for it", "what kind of probe": the kind asked for), nor one about
 * what was said of it.
 */
export function urgedOnly(corpus: Corpus, words: readonly string[], known: readonly Term[]): boolean {
  // "what kind of investigation": the asking says what kind ("a most thorough investigation"); a
  // question of what was said of the thing asks that. No, by two set look-ups a word, before
  // looking the things up (a first look-up of a rare thing reads its passages: a long message's
  // "said" or "told" spares it; the answer is no either way).
  if (words.some((w) => SAID_OF.has(w) || KIND_OF.has(w))) return false;
  // No thing of the question is only asked for (most questions): no, before reading its words
  // (the things below are some of these; their clauses are looked up once a corpus).
  if (known.every((t) => !(t.startsWith('c:') || t.startsWith('w:')) || urgedClauses(corpus, t) === null))
    return false;
  // A verb of asking for among its words ("did russia demand a probe"): it asks about the asking.
  if (words.some(asksFor)) return false;
  // Its own words name the thing; a turn it follows up on may ask what was said or asked for
  // ("what did moscow say about the pilots" -> "no, about the investigation").
  const own = new Set(corpus.analyzer.docTerms(words.map((w) => ({ raw: w, word: w }))));
  if ([SAY, REQUEST].some((t) => known.includes(t) && !own.has(t))) return false;
  const things = known.filter((t) => (t.startsWith('c:') || t.startsWith('w:')) && own.has(t));
  // Each thing's clauses looked up once (not once a pair of things, nor once a word of a long
  // message); none only asked for (most questions): no.
  const clauses = things.map((t) => urgedClauses(corpus, t));
  if (clauses.every((c) => c === null)) return false;
  const urged = new Set(things.filter((_, i) => clauses[i] !== null));
  // "what about the investigation?", "the investigation part": a question that names the thing and
  // asks nothing of it asks what the text says of it (that someone asked for it), not what became
  // of it.
  const asking = words.filter((w) => !STOP_WORDS.has(w) && !TOPIC_HEADS.has(w));
  const named = (w: string) => corpus.analyzer.docTerms([{ raw: w, word: w }]).some((t) => urged.has(t));
  if (asking.length > 0 && asking.every(named)) return false;
  // Every thing the question names of what was asked for is itself only asked for: "was it an
  // emergency meeting" asks of the meeting Russia requested, which the story has happen.
  return clauses.some(
    (asked) => asked !== null && things.every((o, j) => !asked.has(o) || clauses[j] !== null),
  );
}

/** The chat lists as sets, and a quote's words, once per corpus. */
const lists = new WeakMap<Corpus, { time: Set<string>; person: Set<string> }>();
function listsOf(corpus: Corpus) {
  let l = lists.get(corpus);
  if (!l) {
    l = { time: new Set(corpus.kb.chat.timeWords), person: new Set(corpus.kb.chat.personWords) };
    lists.set(corpus, l);
  }
  return l;
}
const quoteWords = perCorpus((corpus, id) =>
  tokenize(corpus.kb.passageById.get(id)?.text ?? '').map((t) => t.word),
);
const wordTerms = perCorpus((corpus, word) => corpus.analyzer.docTerms(tokenize(word)));

/** Phrases split into words, kept: the chat's cues, a few dozen (bounded all the same). */
const PHRASE_WORDS = new Map<string, readonly string[]>();

/** Does the phrase occur in the words, word for word? */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  // Asked of the question and of every quote shown, cue by cue: no array made for a phrase.
  if (!phrase.includes(' ')) return words.includes(phrase);
  let p = PHRASE_WORDS.get(phrase);
  if (p === undefined) {
    p = phrase.split(' ');
    if (PHRASE_WORDS.size < 1024) PHRASE_WORDS.set(phrase, p);
  }
  for (let i = 0; i + p.length <= words.length; i++) {
    let k = 0;
    while (k < p.length && words[i + k] === p[k]) k++;
    if (k === p.length) return true;
  }
  return false;
}

/** How many words either side of a figure may say what it counts ("the death toll to 62"). */
const COUNT_REACH = 4;
/** A figure as a word: digits or a number word. */
const FIGURE =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|hundreds?|thousands?)$/;
/** A figure that tells no exact count: "several tanks", "dozens of soldiers". */
const VAGUE_FIGURE = /^(?:several|dozens?|hundreds?|thousands?|scores?)$/;
/** Words asking the exact count ("how many tanks exactly", "the exact number"): a vague figure is no answer. */
const EXACT = new Set(['exactly', 'exact', 'precisely', 'precise']);
/** Words that name a count in a sentence with a figure ("the death toll ... rose to 140", "the number of dead ... at 309"). */
const COUNT_NOUNS = new Set(['toll', 'number', 'tally', 'count']);
/** The dead are counted by whatever they were: "how many soldiers were killed" is answered by "22 militiamen died". */
const DEATH: Term = 'c:kill';

/**
 * "how many pilots were involved": the quotes have a figure ("dozens of Syrian soldiers") and say
 * pilots, but no figure counts pilots. True when what is counted (not a name: whose number it is,
 * decide.ts's countsOthers) is within COUNT_REACH words of no figure of any quote.
 */
export function countNotAttached(
  corpus: Corpus,
  words: readonly string[],
  counted: readonly Term[],
  ids: readonly string[],
  known: readonly Term[] = [],
): boolean {
  // What is counted is the word right after the count ("how many [of their] planes"); when that is
  // no word of a topic ("how many people came", "how many of them died"), the verb after it is
  // what happened, not what is counted.
  let at = words.findIndex(
    (w, i) =>
      (w === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much')) ||
      (w === 'number' && words[i + 1] === 'of'),
  );
  if (at < 0) return false;
  at += 2;
  if (words[at] === 'of') at++;
  while (DETERMINERS.has(words[at] ?? '')) at++;
  const word = words[at];
  if (word === undefined || STOP_WORDS.has(word)) return false;
  const own = new Set(wordTerms(corpus, word));
  const things = counted.filter((t) => !t.startsWith('e:') && own.has(t));
  if (things.length === 0) return false;
  // A question about the dead is answered by a figure of the dead, whoever they were; a figure is
  // also said by a count noun that it sits in the same sentence as ("the number of dead at the
  // refinery at 309").
  const accepted = known.includes(DEATH) ? [...things, DEATH] : things;
  // "how many tanks exactly": only a figure that counts ("four", "22"), not "several tanks".
  const exact = words.some((w) => EXACT.has(w));
  const figure = (w: string) => FIGURE.test(w) && !(exact && VAGUE_FIGURE.test(w));
  return !ids.some((id) => {
    const quoted = quoteWords(corpus, id);
    if (!quoted.some(figure)) return false;
    // The very thing asked counted vaguely ("several tanks ... four mortars"): the exact count
    // of it is not told, whatever else of its kind is counted.
    if (exact && vaguelyCounted(quoted, word)) return false;
    return quoted.some((word, i) => {
      if (!figure(word) && !COUNT_NOUNS.has(word)) return false;
      const near = quoted
        .slice(Math.max(0, i - COUNT_REACH), i + COUNT_REACH + 1)
        .map((w) => ({ raw: w, word: w }));
      return corpus.analyzer.docTerms(near).some((t) => accepted.includes(t));
    });
  });
}

/**
 * Does a quote count the word asked ("tanks") only with a vague figure ("several tanks")? True
 * when a vague figure stands within COUNT_REACH words before the word, and no figure that counts
 * does.
 */
export function vaguelyCounted(quoted: readonly string[], word: string): boolean {
  let vague = false;
  for (let i = 0; i < quoted.length; i++) {
    if (quoted[i] !== word) continue;
    for (let k = Math.max(0, i - COUNT_REACH); k < i; k++) {
      const w = quoted[k] as string;
      if (VAGUE_FIGURE.test(w)) vague = true;
      else if (FIGURE.test(w)) return false;
    }
  }
  return vague;
}

/** The verb of being between a group and the part of it counted ("how many of the dead were officers"). */
const BE = new Set(['were', 'was', 'are', 'is']);
/** A plural noun: "officers", "conscripts", "children". */
const PLURAL = /[^s]s$|^(?:children|women|men|people)$/;
/** Words after the part counted that name the group it is counted in ("how many officers among ..."). */
const AMONG = new Set(['among', 'amongst']);
/** How many words the group may take ("how many of the killed syrian soldiers were ..."). */
const GROUP_WORDS = 4;

/**
 * "how many of the dead were officers", "how many of the killed soldiers were conscripts": the
 * count asked is of a part of the group, the noun after "were"; a quote must have a figure near
 * it, as for "how many officers". What happened to them ("were killed", "were wounded") is the
 * count's own check; a name ("were syrian") says whose.
 */
export function subsetNotAttached(corpus: Corpus, words: readonly string[], ids: readonly string[]): boolean {
  // "how many officers among the soldiers killed": the part before "among", the group after it,
  // read as "how many of the soldiers killed were officers".
  const among = words.findIndex(
    (w, i) => w === 'how' && words[i + 1] === 'many' && AMONG.has(words[i + 3] as string),
  );
  if (among >= 0) {
    const group = words.slice(among + 4, among + 4 + GROUP_WORDS);
    const end = group.findIndex((w) => BE.has(w) || w === 'did' || w === 'according');
    const read = [
      'how',
      'many',
      'of',
      ...(end < 0 ? group : group.slice(0, end)),
      'were',
      words[among + 2] as string,
    ];
    return subsetNotAttached(corpus, read, ids);
  }
  const at = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'many' && words[i + 2] === 'of');
  if (at < 0) return false;
  const be = words.findIndex((w, i) => i > at + 3 && i <= at + 3 + GROUP_WORDS && BE.has(w));
  const part = words[be + 1];
  // A plural noun, the part counted: not what happened to them ("were killed", "were hit").
  if (be < 0 || part === undefined || STOP_WORDS.has(part) || !PLURAL.test(part)) return false;
  const terms = wordTerms(corpus, part);
  if (terms.some((t) => t.startsWith('e:'))) return false;
  const things = terms.filter((t) => corpus.index.has(t));
  // A part the knowledge has no word for ("officers"): the article counts none of them. One it
  // has only as a word of the group itself ("how many of the soldiers were conscripts": both are
  // troops) is a part the knowledge cannot tell from the whole: the figure counts the whole.
  if (things.length === 0) return true;
  const group = new Set(words.slice(at + 3, be).flatMap((w) => wordTerms(corpus, w)));
  if (things.every((t) => group.has(t))) return true;
  return countNotAttached(corpus, ['how', 'many', part], things, ids);
}

/** Words between a count and what it counts that say whose, not what: "how many of their planes". */
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'those', 'these', 'our', 'your', 'all']);

const WH = new Set(['who', 'what', 'when', 'where', 'which', 'why', 'how']);
/** "when is", "when are": a question of now. */
const PRESENT_BE = new Set(['is', 'are', "'s", 's']);

/**
 * "did the ceasefire collapse in the days after", "will washington compensate the families": the
 * question asks what came after the story, so a quote must say as much (the later time itself, or
 * what will or may come), not only the thing asked about.
 */
export function laterMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  // The quotes' words only when the question asks after the story (most do not: a quote seen
  // for the first time is not tokenised for nothing).
  const quotes = () => shown.map((id) => quoteWords(corpus, id));
  // "how many were killed in the end": the final count, which the story gives (analyzer.ts); "why
  // did they stop in the end": the cause of what came to be, unless the first quote tells it only
  // as a possibility ("could end the peace deal": nothing came to be).
  const finally_ = (cue: string) =>
    cue === 'in the end' &&
    inTheEndAsFinally(words) &&
    !(shown[0] !== undefined && quoteWords(corpus, shown[0]).some((w) => MODALS.has(w)));
  const later = corpus.kb.chat.laterCues.filter((cue) => hasPhrase(words, cue) && !finally_(cue));
  if (later.length > 0 && !quotes().some((q) => later.some((cue) => hasPhrase(q, cue)))) return true;
  // "will they be punished", "who will lead the inquiry": "will" as the question's auxiliary.
  const will = words.indexOf('will');
  // "when is the next security council session": "the next" one asked with "is", after the
  // story's (one the story told would be asked with "was": "when was the next meeting").
  const next = words.findIndex((w, i) => w === 'next' && words[i - 1] === 'the' && i + 1 < words.length);
  const nextAhead = next > 0 && WH.has(words[0] as string) && PRESENT_BE.has(words[1] ?? '');
  const future = will === 0 || (will > 0 && will <= 3 && WH.has(words[0] as string)) || nextAhead;
  return future && !quotes().some((q) => corpus.kb.chat.futureWords.some((w) => hasPhrase(q, w)));
}

/** Words that make what follows a possibility, not what happened ("could end the peace deal"). */
const MODALS = new Set(['could', 'might', 'may']);
/** A question that asks a possibility or the future itself: "could this end the truce", "will it hold". */
const ASKS_POSSIBLE = new Set(['could', 'might', 'may', 'would', 'will', 'can', 'possible', 'possibly']);
/** How many words after a modal its possibility reaches ("could end the joint peace effort"). */
const MODAL_REACH = 5;
/** Words that ask of the time after the story ("after this", "afterwards", "since then"). */
const AFTER = new Set(['after', 'afterwards', 'afterward', 'later', 'since', 'eventually']);
/**
 * Adverbs asking whether a thing came to be in fact, as things stand ("did the ceasefire officially
 * end", "did the truce actually collapse", "did it finally fall apart"): past what the story knows,
 * as "after this" asks.
 */
const IN_FACT = new Set([
  'officially',
  'formally',
  'actually',
  'really',
  'finally',
  'ultimately',
  'definitely',
]);
/** How far into the message "did" may open the question ("yo did ...", "so lowkey did ..."). */
const DID_OPENS = 3;

/**
 * "did the ceasefire collapse after this", "did the truce actually die": asked whether a thing
 * happened, while every quote that holds it has it only as a possibility ("The incident could end
 * the peace deal", "asked if the bombing could end the joint peace effort"): the article does not
 * know whether it happened, later than its story. Only a question asked of the time after ("after
 * this", "afterwards", "later") or of what came to be in fact ("officially", "actually"): "did
 * the strike end the peace deal" may ask what the article
 * says of it. Not a question that asks a possibility itself
 * ("could this end the truce"), nor what someone said ("did churkin say it could end the truce").
 */
export function possibleOnly(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const did = words.indexOf('did');
  if (did < 0 || did > DID_OPENS || words.slice(0, did).some((w) => WH.has(w))) return false;
  if (words.some((w) => ASKS_POSSIBLE.has(w))) return false;
  // Asked of the time after the story: "after this", "afterwards", "later", "since".
  if (!words.slice(did + 1).some((w) => AFTER.has(w) || IN_FACT.has(w))) return false;
  if (known.includes(SAY) || words.some((w) => baseForms(w, 'v').some(isSayingVerb))) return false;
  const asked = known.filter((t) => t.startsWith('c:') || t.startsWith('e:') || !t.includes(':'));
  let focus: Term | null = null;
  for (const t of asked)
    if (shown.some((id) => corpus.passageTerms.get(id)?.has(t)))
      if (focus === null || corpus.index.idf(t) > corpus.index.idf(focus)) focus = t;
  if (focus === null) return false;
  let possible = false;
  for (const id of shown) {
    // The quote's words within MODAL_REACH after a modal, and the others.
    const inside: Token[] = [];
    const outside: Token[] = [];
    let reach = 0;
    for (const word of quoteWords(corpus, id)) {
      (reach > 0 ? inside : outside).push({ raw: word, word });
      reach = MODALS.has(word) ? MODAL_REACH : Math.max(0, reach - 1);
    }
    if (corpus.analyzer.docTerms(outside).includes(focus)) return false;
    if (corpus.analyzer.docTerms(inside).includes(focus)) possible = true;
  }
  return possible;
}

/** Auxiliaries opening a yes-or-no question of a deed or a state ("is the US investigating"). */
const YES_NO_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);

/**
 * "did washington conduct an investigation", "is the US investigating the strike": asked whether a
 * thing was done, while every quote that holds it has it only as asked for, in the clause of an
 * urging or a demand ("The Russian Foreign Ministry urged the United States to conduct a ...
 * investigation"): the article does not say it was done. Not a question of the demand itself
 * ("did russia ask for an investigation", "did moscow want a probe"), nor of someone's words.
 */
export function demandedOnly(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const aux = words.findIndex((w) => YES_NO_AUX.has(w));
  if (aux < 0 || aux > DID_OPENS || words.slice(0, aux).some((w) => WH.has(w))) return false;
  if (words.some((w) => asksFor(w) || ASKS_POSSIBLE.has(w))) return false;
  // Not of someone's words ("did the US say it would investigate"); "investigate" is no saying.
  if (known.includes(SAY)) return false;
  // Of a doer named right after the auxiliary ("did washington ...", "is the US ..."), not "is
  // that a typo".
  const rest = words.slice(aux + 1, aux + 1 + DEED_REACH);
  const first = corpus.lexicon.match(rest.map((w) => ({ raw: w, word: w })))[0];
  if (!first || first.start > 1 || !first.terms.some((t) => t.startsWith('e:'))) return false;
  let focus: Term | null = null;
  for (const t of known)
    if (t.startsWith('c:') && shown.some((id) => corpus.passageTerms.get(id)?.has(t)))
      if (focus === null || corpus.index.idf(t) > corpus.index.idf(focus)) focus = t;
  if (focus === null) return false;
  // Every passage that holds it holds it as asked for ("urged the United States to conduct a most
  // thorough investigation"), not as done.
  return urgedClauses(corpus, focus) !== null;
}

/** Auxiliaries of a perfect tense ("has ... yet", "been punished yet"), as the reader spells them. */
const PERFECT = new Set(['has', 'have', 'had', 'been', "hasn't", "haven't", "hadn't"]);

/**
 * "has the US finished its investigation yet", "nobody's been charged over this yet": "yet" after
 * an auxiliary of a perfect tense asks up to the writer's now, after the story; a quote must say
 * "yet" too. Not what someone has said ("has russia said anything yet": the story's own words),
 * nor "yet" as "but" ("yet russia never called a meeting over assad?").
 */
export function upToNowMissing(
  words: readonly string[],
  known: readonly Term[],
  /** The quotes' words, or how to get them (only a question with "yet" reads them). */
  quotes: readonly (readonly string[])[] | (() => readonly (readonly string[])[]),
): boolean {
  const at = words.lastIndexOf('yet');
  if (at <= 0 || !words.slice(0, at).some((w) => PERFECT.has(w))) return false;
  // What someone has said or done by saying ("apologized", "condemned") is the story's own.
  if (known.includes(SAY) || words.some((w) => baseForms(w, 'v').some(isSayingVerb))) return false;
  return !(typeof quotes === 'function' ? quotes() : quotes).some((q) => q.includes('yet'));
}
/** The concept of saying: "has russia said anything yet" asks the story's words. */
const SAY: Term = 'c:say';

/** Terms that say when ("on Saturday evening", "previously"); "when" itself is a question's word. */
const TIME_TERMS = new Set<Term>(['c:day', 'c:saturday', 'c:sunday', 'c:previous']);
/** "what day", "at what time", "in which day": a time asked with "what" or "which". */
const WHAT_TIME = /^(?:what|which) (?:day|date|time|hour)\b/;

/** Auxiliaries right after a "when" that asks ("when was it signed"), not one opening a clause. */
const WHEN_AUX = new Set(['was', 'were', 'did', 'does', 'do', 'is', 'are', 'has', 'have', 'had', 'will']);
/** Words asking a time to the minute: "what time exactly", "the exact time". */
const EXACTLY = new Set(['exactly', 'exact', 'precisely', 'precise', 'exactement']);
/** "what hour", "which hours". */
const HOUR = /^hours?$/;
/** A time of the clock: "7pm", "23:00", "midnight", "o'clock". */
const CLOCK =
  /^(?:\d{1,2}:\d\d(?:am|pm|h)?|\d{1,2}(?:am|pm|h)|am|pm|a\.m|p\.m|midnight|noon|midday|dawn|o'clock|oclock)$/;

/**
 * The question's rarest term (of those `counts` lets through) that a shown quote holds: the thing
 * a time or a place must be said of ("truce" in "when did the truce start"), or null.
 */
function rarestShown(
  corpus: Corpus,
  known: readonly Term[],
  shown: readonly string[],
  counts: (t: Term) => boolean,
): Term | null {
  let focus: Term | null = null;
  for (const t of known)
    if (counts(t) && shown.some((id) => corpus.passageTerms.get(id)?.has(t)))
      if (focus === null || corpus.index.idf(t) > corpus.index.idf(focus)) focus = t;
  return focus;
}

/**
 * "when did the truce start": a quote must say when of what is asked, a day or a word placing it
 * in time ("as soon as Moscow raised the alarm"), in the sentence that holds the question's rarest
 * word a quote holds ("truce"). "When asked if the bombing could end the joint peace effort" says
 * no time; "what happened" in "when did it happen" is in no quote, so the time may be anywhere.
 */
export function timeMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const asks = askWordOf(words);
  const from = words.findIndex((w) => WH.has(w));
  // "what day did it end", and "the ceasefire is finish in which day?": a time asked by "what" or
  // "which" and a word of time, wherever the question word comes.
  if (
    !(
      asks === 'when' ||
      (from >= 0 &&
        (asks === 'what' || asks === 'which' || asks === null) &&
        WHAT_TIME.test(words.slice(from).join(' ')))
    )
  )
    return false;
  // "since when" doubts more than it asks; "when moscow found out, what happened next" asks what
  // (not "when was the deal signed? which date": "when" with its auxiliary asks the time itself).
  const at = words.indexOf('when');
  if (
    at >= 0 &&
    (words[at - 1] === 'since' ||
      (!WHEN_AUX.has(words[at + 1] ?? '') && words.slice(at + 1).some((w) => WH.has(w) && w !== 'when')))
  )
    return false;
  // "what hour of the night": a time of the clock, which a day or a part of it does not give; so
  // does "what time exactly" ("what time did it start exactly"), not "what time" alone (answered
  // by "on Saturday evening").
  if (
    words.some((w, i) => HOUR.test(w) && /^(?:what|which)$/.test(words[i - 1] ?? '')) ||
    (words.some((w, i) => w === 'time' && /^(?:what|which)$/.test(words[i - 1] ?? '')) &&
      words.some((w) => EXACTLY.has(w)))
  )
    return !shown.some((id) => quoteWords(corpus, id).some((w) => CLOCK.test(w)));
  const focus = rarestShown(
    corpus,
    known,
    shown,
    (t) => !TIME_TERMS.has(t) && t !== 'c:duration' && t !== 'c:number',
  );
  const { time } = listsOf(corpus);
  return !shown.some(
    (id) =>
      (focus === null || corpus.passageTerms.get(id)?.has(focus)) &&
      quoteWords(corpus, id).some(
        (word) =>
          time.has(word) || (word !== 'when' && wordTerms(corpus, word).some((t) => TIME_TERMS.has(t))),
      ),
  );
}

/** Verbs of confirming what another said: "confirmed", "corroborated", "verified". */
const CONFIRMING = /^(?:confirm|corroborat|verif(?:y|ie|ied|ies|ying|ication)|validat)/;
/** Words between a confirming party and its verb ("has damascus officially confirmed"). */
const CONFIRM_GAP = new Set(
  `has have had did does do is was were been be ever really actually officially already yet also even
   never not hasnt havent didnt doesnt wasnt werent isnt hasn't haven't didn't doesn't wasn't weren't isn't`.split(
    /\s+/,
  ),
);
/** How many words after "confirmed by" the confirming party is looked for ("by the UN"). */
const CONFIRMER_REACH = 4;

/**
 * "has damascus confirmed the IS shot down its plane", "the shootdown wasn't confirmed by damascus,
 * right?", "was the observatory's number corroborated by the UN": a party named as confirming
 * what the quotes tell, while no quote says anyone confirmed anything and none is that party's own
 * words: the article never says whether it did. Not "who confirmed it" or "someone confirm" (no
 * party named), nor a party whose own words are quoted ("did the US confirm it was a mistake").
 */
export function confirmationUntold(
  corpus: Corpus,
  words: readonly string[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0) return false;
  const at = words.findIndex((w) => CONFIRMING.test(w));
  if (at < 0) return false;
  const entities = (ws: readonly string[]) =>
    corpus.lexicon
      .match(ws.map((w, i) => ({ raw: w === 'is' && i > 0 ? 'IS' : w, word: w })))
      .map((m) => ({ ...m, terms: m.terms.filter((t) => t.startsWith('e:')) }))
      .filter((m) => m.terms.length > 0);
  let party: Term[] = [];
  if (words[at + 1] === 'by') {
    party = entities(words.slice(at + 2, at + 2 + CONFIRMER_REACH)).flatMap((m) => m.terms);
  } else {
    let from = at;
    while (from > 0 && CONFIRM_GAP.has(words[from - 1] as string)) from--;
    const before = words.slice(Math.max(0, from - CONFIRMER_REACH), from);
    const last = entities(before).at(-1);
    if (last && last.end === before.length) party = last.terms;
  }
  if (party.length === 0) return false;
  for (const id of shown) {
    if (quoteWords(corpus, id).some((w) => CONFIRMING.test(w))) return false;
    const speaker = speakerTerms(corpus.kb, corpus.lexicon, corpus.kb.passageById.get(id)?.speaker ?? null);
    if (speaker.some((t) => party.includes(t))) return false;
  }
  return true;
}

/** Terms that say where ("near Deir el-Zour", "in New York", "in the area"). */
const PLACE: Term = 'c:place';
/** "which city", "what town", "in what country": a place asked with "what" or "which". */
const WHAT_PLACE = /^(?:what|which) (?:city|town|village|place|country|location|region|area|province|spot)\b/;
/** "where does it say", "where in the article is it mentioned": a place in the text, not of the story. */
const WHERE_SAID =
  /^(?:in the (?:article|text|story|piece) )?(?:does|did|do|is|was|can i see) (?:it|this|that|the (?:article|text|story|piece|report|source)) (?:say|says|said|mention|mentioned|state|stated|written|show|shows|talk|claim)\b/;
/** Terms that are no thing a place is asked of: setting words and saying. */
const NOT_PLACED = new Set<Term>([PLACE, 'c:number', 'c:duration', SAY, ...TIME_TERMS]);

/**
 * "where did the diplomats talk to reporters", "which city was the meeting in": a quote must say
 * where, a place named or a word placing it ("near", "in the area"), in the sentence that holds the
 * question's rarest term a quote holds ("reporters"). "where does it say they meant it" asks for
 * words, not a place.
 */
export function placeMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const asks = askWordOf(words);
  const from = words.findIndex((w) => WH.has(w));
  if (!(asks === 'where' || WHAT_PLACE.test(words.slice(Math.max(0, from)).join(' ')))) return false;
  // "where does the article say ...", "where is it mentioned": the words, not a place.
  const at = words.indexOf('where');
  if (at >= 0 && WHERE_SAID.test(words.slice(at + 1).join(' '))) return false;
  const focus = rarestShown(corpus, known, shown, (t) => !NOT_PLACED.has(t));
  return !shown.some(
    (id) =>
      (focus === null || corpus.passageTerms.get(id)?.has(focus)) && corpus.passageTerms.get(id)?.has(PLACE),
  );
}

const DURATION: Term = 'c:duration';
/** Words that end what "how long" asks the length of: the time it is measured against comes after. */
const DURATION_ENDS = new Set(['before', 'after', 'since', 'until', 'till', 'when', 'while', 'by']);
/**
 * "how long was the truce meant to last": "be meant/supposed/planned to" says the length was
 * planned, a word of the asking like "will"; what is measured is the truce, not an intent (the
 * raid's "unintentional" holds no truce).
 */
const PLANNED = new Set(['meant', 'supposed', 'planned', 'intended', 'expected', 'scheduled', 'due']);
/** "how long were the jets ...": the verb before the doers of what is measured. */
const BE_PAST = new Set(['were', 'was', 'are', 'is']);
/** Terms that place or time a thing, not name it ("in place", "on saturday"). */
const SETTING_TERMS = new Set<Term>([DURATION, 'c:place', 'c:number', ...TIME_TERMS]);

/**
 * "how long had the ceasefire been in place before the strike": the length asked is the
 * ceasefire's, so the quote that gives a length ("lasted for 40 minutes") must hold what is
 * measured, a term of the words between "how long" and the time it is measured against. "how long
 * were those jets bombing" is the raid's ("bombing"); "how long did it last" names nothing.
 */
export function durationMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const at = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'long');
  if (at < 0) return lastedMissing(corpus, words, shown);
  let end = at + 2;
  while (end < words.length && !DURATION_ENDS.has(words[end] as string)) end++;
  const lengths = shown.filter((id) => corpus.passageTerms.get(id)?.has(DURATION));
  // No length at all is the asked kind's check (decide.ts, kindMissing).
  if (lengths.length === 0) return false;
  const unheld = (from: number) => {
    const measured = corpus.analyzer
      .docTerms(
        words
          .slice(from, end)
          .filter((w, i) => !(PLANNED.has(w) && words[from + i + 1] === 'to'))
          .map((w) => ({ raw: w, word: w })),
      )
      .filter((t) => !SETTING_TERMS.has(t) && !t.startsWith('w:') && corpus.index.has(t));
    // "the minister" is the minister, not also the country above him.
    const parents = new Set(
      measured
        .filter((t) => t.startsWith('e:'))
        .flatMap((t) => corpus.lexicon.entityTerms(t.slice(2)).slice(1)),
    );
    const own = measured.filter((t) => !parents.has(t));
    return own.length > 0 && !lengths.some((id) => own.some((t) => corpus.passageTerms.get(id)?.has(t)));
  };
  if (beingHeld(corpus, words, at + 2, end, lengths)) return true;
  if (!unheld(at + 2)) return false;
  // "how long were the planes overhead", "how long the jets were in the air": the length of
  // their being up there, which is the raid's; what follows the position is what is measured.
  const aloft = words.findIndex((_w, i) => i > at + 3 && i < end && i <= at + 8 && airborne(words, i));
  if (aloft >= 0 && words.slice(at + 2, aloft).some((w) => BE_PAST.has(w)))
    return unheld(aloft + (AIRBORNE.has(words[aloft] as string) ? 1 : 3));
  // "how long were the warplanes over the target", "how much time did the aircraft spend on the
  // target area": the length of their being over what they struck, which is the raid's; the place
  // is where, and what follows it is what is measured.
  // Only of the aircraft or the raid, with no time it is measured against ("before the strike").
  const over = end === words.length ? placeOfLengthAt(words, at) : -1;
  if (over >= 0) {
    const before = words.slice(at + 2, over);
    const doers = corpus.analyzer
      .docTerms(before.map((w) => ({ raw: w, word: w })))
      .filter((t) => !SETTING_TERMS.has(t) && !t.startsWith('w:') && corpus.index.has(t));
    const aircraft =
      doers.some((t) => AIRCRAFT_TERMS.has(t)) &&
      doers.every((t) => AIRCRAFT_TERMS.has(t) || (t.startsWith('e:') && !corpus.lexicon.isArmedGroup([t])));
    const staying = before.some((w) => STAYING.has(w));
    if (aircraft && (staying || (words[over] !== 'on' && before.some((w) => BE_PAST.has(w)))))
      return unheld(overPlace(words, over));
  }
  // "how long were the jets (just) going at it", "were they dropping stuff": the length of what
  // the doers were doing, not of the doers; what the doing names is enough.
  if (!BE_PAST.has(words[at + 2] as string)) return true;
  const doing = words.findIndex((w, i) => i > at + 3 && i < end && i <= at + 8 && /^[a-z]{2,}ing$/.test(w));
  return doing < 0 || unheld(doing);
}

/** Auxiliaries opening a yes-or-no question of whether a thing lasted ("did the deal last"). */
const LASTED_AUX = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'can', 'has', 'have']);
/** How far into the message that auxiliary may stand ("so did the truce last"). */
const LASTED_OPENS = 2;

/**
 * "did the peace deal last", "will the truce last": asked yes or no whether a thing lasted, with
 * "last" as its verb. What is measured is the subject between the auxiliary and "last"; a quote
 * giving a length of something else ("the raid ... lasted for 40 minutes") does not answer it.
 * "did the strike last long" is the raid's; "did it last" names nothing.
 */
function lastedMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const aux = words.findIndex((w, i) => i <= LASTED_OPENS && LASTED_AUX.has(w));
  if (aux < 0 || words.slice(0, aux).some((w) => WH_WORDS.has(w))) return false;
  const verb = words.findIndex((w, i) => i > aux + 1 && (w === 'last' || w === 'lasted'));
  if (verb < 0) return false;
  const lengths = shown.filter((id) => corpus.passageTerms.get(id)?.has(DURATION));
  if (lengths.length === 0) return false;
  const measured = corpus.analyzer
    .docTerms(words.slice(aux + 1, verb).map((w) => ({ raw: w, word: w })))
    .filter((t) => !SETTING_TERMS.has(t) && !t.startsWith('w:') && corpus.index.has(t));
  return (
    measured.length > 0 && !lengths.some((id) => measured.some((t) => corpus.passageTerms.get(id)?.has(t)))
  );
}

/**
 * "how long has he been president", "how long has she been in that post": the perfect of "be"
 * with what follows it (a role, a place, a state; not a verb in -ing, "been bombing", which is a
 * deed, nor being in the air) asks how long someone has held a state, which is measured only by a quote naming the
 * state. Every word of it counts, the article's own or not ("president", said in the article only
 * within a name): a length of something else ("lasted for 40 minutes") answers no question of it.
 * The reader spells "he's been" as "he is been".
 */
function beingHeld(
  corpus: Corpus,
  words: readonly string[],
  from: number,
  end: number,
  lengths: readonly string[],
): boolean {
  let been = words.indexOf('been', from);
  if (been < 0 || been + 1 >= end || !words.slice(from, been).some((w) => PERFECT.has(w) || w === 'is'))
    // "how long was he president", "how long was assad in power": the past of "be" after a person
    // (he, she, or a person of the knowledge) and before what they were is the same state, held
    // then; "how long was the strike" has no person, "how long was he in the air" is a flight.
    been = heldInPast(corpus, words, from, end) ? from + 1 : -1;
  if (been < 0) return false;
  // "been in the air", "been overhead": a flight's being up there, below.
  if (/^[a-z]{2,}ing$/.test(words[been + 1] as string) || airborne(words, been + 1)) return false;
  // Each word of the state, held by a term of its own ("in that post": the post, not some other
  // sense of the word the quote has, posting a claim).
  return words.slice(been + 1, end).some((w) => {
    if (STOP_WORDS.has(w)) return false;
    const terms = corpus.analyzer.docTerms([{ raw: w, word: w }]).filter((t) => !SETTING_TERMS.has(t));
    return terms.length > 0 && !lengths.some((id) => terms.every((t) => corpus.passageTerms.get(id)?.has(t)));
  });
}

/** "was he", "were they": the past of "be" before its subject. */
const WAS = new Set(['was', 'were']);
/**
 * "how long was he president", "how long was assad in office": "was" then a person (he, she, or
 * one word naming a person of the knowledge), then more words: the index of the person, so that
 * what follows is read as the state held. Not "how long was the raid" (no person).
 */
function heldInPast(corpus: Corpus, words: readonly string[], from: number, end: number): boolean {
  if (!WAS.has(words[from] as string) || from + 2 >= end) return false;
  const who = words[from + 1] as string;
  if (who === 'he' || who === 'she') return true;
  const terms = corpus.analyzer.docTerms([{ raw: who, word: who }]);
  return terms.length > 0 && terms.every((t) => isPersonTerm(corpus, t));
}

/** Pronouns that may stand for what the question before named. */
const POINTING = new Set(['it', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * "who is assad and how long has he been president", "when was the truce signed and how long
 * was it meant to last": a further question whose "how long" measures a pronoun measures what
 * the question before it named, so its length must be of that (durationMissing, the pronoun read
 * as the question before's own words). False when the pronoun is not what is measured.
 */
export function durationOfNamedMissing(
  corpus: Corpus,
  words: readonly string[],
  before: readonly string[],
  shown: readonly string[],
): boolean {
  const at = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'long');
  // The pronoun right after the auxiliary ("how long has he", "how long was it").
  if (at < 0 || !POINTING.has(words[at + 3] as string)) return false;
  // Its own words, not how it asks ("when was the truce signed": the truce signed).
  const named = before.filter(
    (w) => !STOP_WORDS.has(w) && !POINTING.has(w) && !WH_WORDS.has(w) && !DURATION_ENDS.has(w),
  );
  if (named.length === 0) return false;
  return durationMissing(corpus, [...words.slice(0, at + 3), ...named, ...words.slice(at + 4)], shown);
}

/** Where something flying is while it flies: "overhead", "aloft"; "in the air/sky" below. */
const AIRBORNE = new Set(['overhead', 'aloft', 'airborne']);
/** The aircraft or the raid, whose time over a place is the raid's length. */
const AIRCRAFT_TERMS = new Set<Term>(['c:plane', 'c:pilot', 'c:strike']);

const SKY = new Set(['air', 'sky', 'skies']);

function airborne(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  return AIRBORNE.has(w) || (w === 'in' && words[i + 1] === 'the' && SKY.has(words[i + 2] as string));
}

/**
 * "how far", "how old", "how tall": a measure, given by a figure and its unit ("40 km", "64 years
 * old"), not a figure of something else ("at least 90 regime troops near Deir el-Zour"). English
 * units, nothing of any story; "how long" (durationMissing) and "how many/much" (counts) have
 * their own checks. Not "how high", "how big": a count as often ("how high was the toll").
 */
const LENGTH = /^(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft|yards?)$/;
const MEASURES = wordTable<RegExp>({
  far: LENGTH,
  away: LENGTH,
  distant: LENGTH,
  tall: LENGTH,
  deep: LENGTH,
  wide: LENGTH,
  old: /^(?:years?|yrs?|year-old|aged|age)$/,
  heavy: /^(?:tons?|tonnes?|kg|kilos?|kilograms?|pounds?|lbs?)$/,
  fast: /^(?:mph|kph|km\/h|knots?|mach)$/,
});
/** Measures that, said of a deed done at a moment, ask how soon it came ("how fast did they stop"). */
const SOON_ASKED = new Set(['fast']);
/** Groups of deeds done at a moment (synonyms.yaml): stopping, warning, apologising, asking. */
const MOMENT_DEEDS = new Set<Term>(['c:stop', 'c:alarm', 'c:regret', 'c:request']);
/** Measures asked by name after "what" ("what altitude", "what speed"): a figure and its unit answer. */
const WHAT_MEASURES = wordTable<RegExp>({
  altitude: LENGTH,
  height: LENGTH,
  elevation: LENGTH,
  distance: LENGTH,
  range: LENGTH,
  depth: LENGTH,
  speed: MEASURES.fast as RegExp,
  weight: MEASURES.heavy as RegExp,
  age: MEASURES.old as RegExp,
});
/** Words between a figure and its unit ("40 square km", "64 years old"). */
const UNIT_REACH = 2;

/**
 * "how far is deir el-zour from damascus": a measure is asked, so a quote must give a figure with
 * a unit of it; the article's figures of troops and minutes do not say how far.
 */
export function measureMissing(
  corpus: Corpus,
  words: readonly string[],
  shown: readonly string[],
  known: readonly Term[] = [],
): boolean {
  const at = words.findIndex(
    (w, i) =>
      w === 'how' &&
      MEASURES[words[i + 1] ?? ''] !== undefined &&
      // "how fast did they call it off": of a deed done at a moment, how soon, not a speed.
      !(SOON_ASKED.has(words[i + 1] as string) && known.some((t) => MOMENT_DEEDS.has(t))),
  );
  // "what altitude were the jets at", "at what speed": the measure named after "what".
  const named = words.findIndex(
    (w, i) => WHAT_MEASURES[w] !== undefined && /^(?:what|which)$/.test(words[i - 1] ?? ''),
  );
  if (at < 0 && named < 0) return false;
  const unit = (
    at >= 0 ? MEASURES[words[at + 1] as string] : WHAT_MEASURES[words[named] as string]
  ) as RegExp;
  return !shown.some((id) => {
    const quote = quoteWords(corpus, id);
    return quote.some(
      (w, i) => FIGURE.test(w) && quote.slice(i + 1, i + 1 + UNIT_REACH).some((u) => unit.test(u)),
    );
  });
}

/**
 * Words of money paid or owed: a payment, compensation, a sum. Not funding, which is support as
 * often ("is the US funding IS": the Syrian army's "US support for Islamic State"), nor "cash",
 * which is a gain as often ("did IS cash in on the strike").
 */
const MONEY =
  /^(?:pay|pays|paid|paying|payment|payments|payout|payouts|compensat\w*|reparations?|indemni\w*|restitution|money|dollars?|euros?)$/;
/** Words after "pay" that make it no payment ("pay attention", "paid tribute", "pay respects"). */
const NOT_PAID = new Set(['attention', 'tribute', 'respects', 'heed', 'homage', 'price', 'visit']);
/** Words of a price asked after "how much" ("how much did the bombs cost", "how much was it worth"). */
const PRICE = /^(?:cost|costs|costed|worth|price|priced|value|valued)$/;
/** A sum in a sentence: a currency sign, or a word of money. */
const SUM =
  /[$€£¥]|\b(?:dollars?|euros?|pounds sterling|compensation|reparations?|payments?|paid|pay|funds?|funded|funding)\b/i;

/**
 * "did the US pay compensation to the families", "how much were the destroyed tanks worth": a sum
 * of money is asked (a payment made or owed, or what a thing cost), so a quote must tell of money
 * (a currency, a payment); condolences offered to the families, or the tanks destroyed, tell none.
 * Not "how many lives did it cost" (a count), nor "pay attention" or "paid tribute".
 */
export function moneyMissing(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  if (shown.length === 0) return false;
  const paid = words.some((w, i) => MONEY.test(w) && !NOT_PAID.has(words[i + 1] ?? ''));
  const much = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'much');
  const priced = much >= 0 && words.slice(much + 2).some((w) => PRICE.test(w));
  if (!paid && !priced) return false;
  return !shown.some((id) => SUM.test(corpus.kb.passageById.get(id)?.text ?? ''));
}

/** "how big", "how large": the size of what is named. */
const SIZE_WORDS = new Set(['big', 'large', 'huge', 'small', 'tiny']);
/** Forms of "be" between the size asked and what it is asked of ("how big is russia"). */
const SIZE_COPULAS = new Set(['is', 'was', 'are', 'were', "'s"]);
/** Units of an area ("185,000 square km", "70 sq mi", "a million acres"). */
const AREA = /^(?:sq|square|km2|km²|acres?|hectares?|ha)$/;

/**
 * "how big is russia", "how large is deir el-zour": the size of a place or body named, nothing
 * else asked (the question's terms are names only, none a person's), is an area, given by a figure
 * with its unit. Not "how big was the death toll" (a concept of the story: a count, measured by its
 * own check), nor "how big of a deal" (no "be" after the size).
 */
export function sizeOfNamedMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const at = words.findIndex(
    (w, i) => w === 'how' && SIZE_WORDS.has(words[i + 1] ?? '') && SIZE_COPULAS.has(words[i + 2] ?? ''),
  );
  if (at < 0) return false;
  const named = known.filter((t) => t.startsWith('e:'));
  const other = known.filter((t) => !t.startsWith('e:') && t !== `w:${words[at + 1]}`);
  if (named.length === 0 || other.length > 0 || named.some((t) => isPersonTerm(corpus, t))) return false;
  return !shown.some((id) => {
    const quote = quoteWords(corpus, id);
    return quote.some(
      (w, i) => FIGURE.test(w) && quote.slice(i + 1, i + 1 + UNIT_REACH).some((u) => AREA.test(u)),
    );
  });
}

/** Words pointing back at what was named before: "that group", "this army", "they". */
const POINTING_WORDS = new Set(['that', 'this', 'those', 'these', 'it', 'they', 'them']);
/** Auxiliaries of a question asking how to do something ("how do i", "how can we", "how should you"). */
const HOW_TO_AUX = new Set(['do', 'can', 'could', 'should', 'would', 'shall', 'will']);
/**
 * The one who asks: "how do i apply", "how can we help". Not "you": "how do you accidentally bomb an
 * army" doubts the story's deed as often as it asks a skill.
 */
const HOW_TO_SUBJECTS = new Set(['i', 'we']);
/**
 * Verbs of knowing and judging: "how do we know it was a mistake", "how can you tell", "how
 * should i read this", "how do you explain the gap": what the story's evidence is, which a quote
 * may give, not a skill.
 */
const KNOWING_VERBS = new Set(
  `know tell say be trust believe judge read see explain interpret understand prove verify check call describe
   justify square reconcile feel think`.split(/\s+/),
);

/**
 * "how do i ask for a raise", "how can you report someone", "how to mute a channel": the way to do
 * something, asked by the one who asks for themselves or for anyone. A news report tells what was
 * done and said, never how to do a thing, so no quote answers it. Not a verb of knowing ("how do we
 * know it was a mistake": the evidence), and "how to" only opening the question ("did they say how
 * to stop this" asks what they said).
 */
export function howToAsked(words: readonly string[], known: readonly Term[]): boolean {
  // "how can i find out what the observatory counted": a name of the story asked with the way is
  // the story's evidence asked in the first person, which a quote may answer; only a way asked of
  // nothing the story names is a skill.
  if (known.some((t) => t.startsWith('e:'))) return false;
  if (words[0] === 'how' && words[1] === 'to') return !KNOWING_VERBS.has(words[2] ?? '');
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'how' || !HOW_TO_AUX.has(words[i + 1] ?? '') || !HOW_TO_SUBJECTS.has(words[i + 2] ?? ''))
      continue;
    const verb = words[i + 3];
    if (verb !== undefined && !KNOWING_VERBS.has(verb) && !STOP_WORDS.has(verb)) return true;
  }
  return false;
}

/** Modals of deliberation and offer: "what should i do", "where shall we meet", "can we play". */
const DELIBERATING = new Set(['should', 'shall', 'can', 'could']);
/**
 * Verbs of getting told, after a modal and the one who asks ("can i ask", "could we get the toll",
 * "can i see what power said", "should we believe them"): a request for the story, not a doing.
 */
const REQUEST_VERBS = new Set([
  'ask',
  'get',
  'have',
  'hear',
  'see',
  'look',
  'find',
  'quote',
  'cite',
  'make',
  'add',
]);
/**
 * The people of the chat as a subject: "what's everyone listening to", "where are you from". Not
 * "anyone" or "anybody", who are as often the world ("is anyone investigating this").
 */
const AUDIENCE = new Set(['everyone', 'everybody', 'you', 'u', "y'all", 'yall', 'ya']);
/** Present auxiliaries before such a subject ("what's" is read "what is"). */
const CHAT_PRESENT_AUX = new Set(['is', 'are', 'has', 'have']);

/**
 * The writer's own doings, asked by the one who asks of themselves or of the chat: "what should i
 * do on sunday", "where should we meet", "let's meet at 7" (a first person after a modal of
 * deliberation, or "let's"), "what's everyone listening to", "how's everyone's weekend going",
 * "where are you from" (the chat's people in the present, with an -ing form of a verb or "from" at
 * the question's end). A report of past events tells none of them. Not a request for the story
 * ("can i ask who fired", "could we get the toll": REQUEST_VERBS and the verbs of knowing), not
 * what they say ("why is everyone saying the deal is dead"), and not when a name of the story is
 * asked ("should we trust russia").
 */
export function ownDoingAsked(words: readonly string[], known: readonly Term[]): boolean {
  if (known.some((t) => t.startsWith('e:'))) return false;
  const doing = (verb: string | undefined) =>
    verb === 'do' ||
    (verb !== undefined && !KNOWING_VERBS.has(verb) && !REQUEST_VERBS.has(verb) && !STOP_WORDS.has(verb));
  // "let's meet", read "let meet": the writer proposing a doing; not "let me know", "let us see".
  if (words[0] === 'let' && doing(words[1])) return true;
  for (let i = 0; i + 2 < words.length; i++) {
    const [aux, subject, next] = [words[i] as string, words[i + 1] as string, words[i + 2] as string];
    if (DELIBERATING.has(aux) && HOW_TO_SUBJECTS.has(subject) && doing(next)) return true;
    if (!CHAT_PRESENT_AUX.has(aux) || !AUDIENCE.has(subject)) continue;
    // Where the chat's people are from, the question's last word.
    if (words.at(-1) === 'from' && words.length - i <= 4) return true;
    // What they are doing now, an -ing form of a verb at the question's end ("going", not "thing";
    // not one of saying: "why is everyone saying the deal is dead" asks the story's words).
    const last = words.slice(-2).find((w) => /^[a-z]*[aeiouy][a-z]*ing$/.test(w));
    if (last && !isSayingVerb(last.slice(0, -3)) && !baseForms(last, 'v').some(isSayingVerb)) return true;
  }
  return false;
}

/** The writer opening a message as its subject or owner: "i burnt my toast", "i'm dead", "my gpu died". */
const WRITER_OPENS = new Set(['i', "i'm", 'im', 'my', "i've", 'ive']);
/**
 * Verbs by which the writer passes on what they heard, read, thought or wrote of the story, or
 * asks it ("i heard like 100 died", "i thought the bombing was 10 minutes", "i put that the US said
 * sorry", "i want to know who fired"): a claim to check or a question, not a tale of their own.
 */
const REPORTING_VERBS = new Set(
  `hear read think reckon guess believe suppose assume bet doubt wonder remember recall forget want wanna
   need know understand get see watch put write note mean learn find figure check`.split(/\s+/),
);
/** The writer's states of asking, when something follows them ("i'm confused about the toll"). */
const ASKING_STATES = new Set(['confused', 'unsure', 'curious', 'lost', 'wondering', 'interested']);
/** Words that put a statement up to be checked ("100 died, right"). */
const CHECKED = new Set(['right', 'true', 'correct', 'accurate', 'legit', 'real']);

/**
 * A tale of the writer's own, with no question in it: "my gpu died rip", "i'm dead", "i burnt my
 * toast again", "my cousin lives in australia". It opens with the writer as subject or owner and
 * has no question mark, no question word, no cue of asking, no word putting it up to be checked
 * and no verb passing on what the writer heard, read or thought; a chat message of this kind tells
 * of the writer's day, and a quote of the story answers nothing in it.
 */
export function writerStatement(corpus: Corpus, text: string): boolean {
  if (text.includes('?')) return false;
  const words = tokenize(text).map((t) => t.word);
  if (!WRITER_OPENS.has(words[0] ?? '')) return false;
  if (words.some((w) => WH_WORDS.has(w) || w === 'if' || w === 'whether' || CHECKED.has(w))) return false;
  if (corpus.kb.chat.questionCues.some((cue) => hasPhrase(words, cue))) return false;
  return !words.some(
    (w, i) =>
      (ASKING_STATES.has(w) && i + 1 < words.length) ||
      REPORTING_VERBS.has(w) ||
      REPORTING_VERBS.has(IRREGULAR_PAST.get(w) ?? w) ||
      baseForms(w, 'v').some((b) => REPORTING_VERBS.has(b) || isSayingVerb(b)) ||
      isSayingVerb(w),
  );
}

/** "what does X mean", "what does X stand for", "the meaning of X": X is the word asked. */
const MEANING_OF =
  /\b(?:what|wat|wut|wot)\s+(?:does|do|did|is|was)\s+(?:the word\s+)?(\S+)\s+(?:mean|means|meant|stand|stands)\b|\bmeaning of\s+(?:the word\s+)?(\S+)/;

/**
 * "what does yeet mean": the meaning of a word asked as typed, which the typo check read as
 * another word by changing its first letter ("meet"). A slip keeps a word's first letter; a word
 * asked the meaning of is the writer's word, slang the article never uses, not a slip toward a
 * word of the story. No sentence tells what it means. A word one slip off a story word keeping
 * its first letter ("what does grandstaning mean") is still read as that word.
 */
export function meaningOfOtherWord(words: readonly string[], corrections: readonly Correction[]): boolean {
  const asked = MEANING_OF.exec(words.join(' '));
  const word = asked?.[1] ?? asked?.[2];
  return word !== undefined && corrections.some((c) => c.from === word && c.to.charAt(0) !== word.charAt(0));
}

/** The chat's reactions and one-word filler, folded (per corpus). */
const reactionWords = perCorpus((corpus) => ({
  reactions: new Set(corpus.kb.chat.reactions),
  filler: new Set(corpus.kb.chat.filler.filter((f) => !f.includes(' '))),
}));

/**
 * A whole message that is one of the chat's reactions (chat.yaml reactions: "based", "mood",
 * "that's a vibe", "big if true"), with only chat filler around it ("based lol") and no question
 * mark: it reacts to what was said and asks nothing, so no quote answers it.
 */
export function reactionOnly(corpus: Corpus, text: string): boolean {
  if (text.includes('?')) return false;
  const { reactions, filler } = reactionWords(corpus, '');
  if (reactions.size === 0) return false;
  const words = tokenize(text)
    .map((t) => t.word)
    .filter((w) => !filler.has(w));
  return words.length > 0 && reactions.has(words.join(' '));
}

/** Pronouns and words for the report, as the subject of "have": "do they have a name", "does the article have". */
const NOT_HOLDERS = new Set(
  `i we you u they it he she this that these those article report story text piece source sources news`.split(
    /\s+/,
  ),
);
/** Words placing a present tense at the writer's now: "who is the current envoy". */
const PRESENT_NOW = new Set(['current', 'currently', 'nowadays', 'presently']);
/** How many words a named holder may take between "does" and "have" ("does the syrian army have"). */
const HOLDER_REACH = 5;

/**
 * What a party of the story holds or is at the writer's now: "how many soldiers does the syrian
 * army have", "does russia have a base in syria" (the present "does ... have" of a named party,
 * not "have to" nor a pronoun for the story's parties), "who is the current russian ambassador"
 * (a present tense with "current", "currently", "nowadays"). A report of one weekend tells what
 * was done and said then, never what anyone holds, nor who holds a post now.
 */
export function holdingsAsked(corpus: Corpus, words: readonly string[], known: readonly Term[]): boolean {
  if (known.includes(SAY)) return false;
  if (
    words.some((w) => PRESENT_NOW.has(w)) &&
    words.some((w) => CHAT_PRESENT_AUX.has(w) || w === 'does' || w === 'do')
  )
    return true;
  const aux = words.findIndex((w) => w === 'does' || w === 'do');
  if (aux < 0) return false;
  const have = words.indexOf('have', aux + 2);
  if (have < 0 || have - aux - 1 > HOLDER_REACH || words[have + 1] === 'to') return false;
  const holder = words.slice(aux + 1, have);
  if (holder.some((w) => NOT_HOLDERS.has(w))) return false;
  // Of a party, not a person ("what job does power have" asks her post, which the story tells)
  // nor the press that reports ("what does dw have for the toll" asks the report).
  const names = corpus.lexicon.match(holder.map((w) => ({ raw: w, word: w }))).flatMap((m) => m.terms);
  const kindOf = (t: Term) => corpus.kb.entityById.get(t.slice(2))?.kind;
  return (
    names.some((t) => t.startsWith('e:')) &&
    !names.some((t) => t.startsWith('e:') && (kindOf(t) === 'person' || kindOf(t) === 'media'))
  );
}

/**
 * "what does the un do", "what do nato do": what a body does in general (the present "do" as the
 * verb asked, at the question's end), its purpose, which a report of one weekend does not tell.
 * Not of a person (their post answers: "what does churkin do"), nor a question of a deed done
 * ("what did the un do": the past asks what happened).
 */
export function roleOfBodyAsked(corpus: Corpus, words: readonly string[], known: readonly Term[]): boolean {
  const at = words.findIndex((w, i) => w === 'what' && (words[i + 1] === 'does' || words[i + 1] === 'do'));
  if (at < 0 || words.at(-1) !== 'do' || words.length - at < 4) return false;
  // "what does russia want the US to do": the "do" of another verb's infinitive; "what does that
  // group do", after a turn naming its deed: the body pointed back at, asked of in the story.
  if (words.slice(at + 2, -1).some((w) => w === 'to' || POINTING_WORDS.has(w))) return false;
  const named = known.filter((t) => t.startsWith('e:'));
  return named.length > 0 && named.length === known.length && !named.some((t) => isPersonTerm(corpus, t));
}

/** Words that ask what something came to: "what did the investigation find", "the results of the probe". */
const OUTCOME =
  /^(?:find|finds|found|findings?|conclude|concluded|conclusions?|reveal|revealed|results?|outcome|determine|determined)$/;
/** Words before "find" that make it the asker's looking ("i can't find", "asked us to find"). */
const NOT_OUTCOME_BEFORE = new Set([
  'to',
  'i',
  'we',
  'cant',
  "can't",
  'cannot',
  'couldnt',
  "couldn't",
  'dont',
  "don't",
]);
/** Terms of setting or saying, no thing whose outcome is asked. */
const NO_OUTCOME_OF = new Set<Term>([SAY, 'c:number', 'c:duration', 'c:place', ...TIME_TERMS]);

/**
 * "what did the pentagon's investigation find", "the investigation found what at the end": what a
 * thing came to is asked, and no quote shown holds the thing (a concept of the question's: the
 * investigation) at all; the article has nothing of its outcome. Not the asker's own finding
 * ("i can't find the source", "find out").
 */
export function outcomeMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const at = words.findIndex(
    (w, i) => OUTCOME.test(w) && words[i + 1] !== 'out' && !NOT_OUTCOME_BEFORE.has(words[i - 1] ?? ''),
  );
  if (at < 0 || shown.length === 0) return false;
  return known.some(
    (t) =>
      t.startsWith('c:') &&
      !NO_OUTCOME_OF.has(t) &&
      corpus.index.has(t) &&
      !shown.some((id) => corpus.passageTerms.get(id)?.has(t)),
  );
}

/** Words between "which" (or "who's the") and the role asked: "which US commander", "who was the aussie defence minister". */
const ROLE_REACH = 3;

/**
 * "which US commander signed off", "who's the general in charge", "what did the aussie PM say": a
 * person is asked by their role, so a quote must name a person ("spokesman Peter Cook"), or hold
 * an official when one is asked ("a senior White House official"); "the US military said" and
 * "Syria's army labeled" name none.
 */
export function personMissing(
  corpus: Corpus,
  words: readonly string[],
  whose: readonly string[] | null,
  shown: readonly string[],
): boolean {
  const role = roleAsked(corpus, words, whose);
  if (role === null) return false;
  const roleTerms = wordTerms(corpus, role);
  // "who was syria's ambassador": the person must be that country's; Russia's envoy is not.
  const at = words.indexOf(role);
  const countries = new Set(
    words.slice(Math.max(0, at - ROLE_REACH), at).flatMap((w) => countryOf(corpus, w) ?? []),
  );
  const ofCountry = (t: Term) =>
    countries.size === 0 || countries.has(countryOf(corpus, t.slice(2), true) ?? '');
  // "official" is every role; a knowledge may group it with others (c:official).
  const official = /^officials?$/.test(role) || roleTerms.includes('c:official');
  // "what did the syrian generals claim": a country's officers, in the plural, whose words are
  // asked speak as its armed forces; a quote in the words of that country's military ("Syria's
  // army labeled ...") is theirs.
  const ranks = whose !== null && countries.size > 0 && MILITARY_RANKS.has(role);
  return !shown.some((id) => {
    const terms = corpus.passageTerms.get(id);
    if (!terms) return false;
    if (ranks && militaryOf(corpus, id, countries)) return true;
    if (official && terms.has('c:official')) return true;
    // The sentence says the role ("spokesman Peter Cook"), or names a person who holds it; any
    // person named is an official ("Mayor Elena Varga").
    const says = official || roleTerms.some((t) => terms.has(t));
    for (const t of terms)
      if (isPersonTerm(corpus, t) && ofCountry(t))
        if (says || holdsRole(corpus, t.slice(2), roleTerms)) return true;
    return false;
  });
}

/** A country's officers in the plural, who speak as its armed forces ("the syrian generals"). */
const MILITARY_RANKS = new Set(['generals', 'commanders', 'officers']);

/** Is the sentence in the words of the armed forces (an entity of kind military) of one of the countries? */
function militaryOf(corpus: Corpus, id: string, countries: ReadonlySet<string>): boolean {
  for (const t of corpus.passageSpeakers.get(id) ?? []) {
    const entity = corpus.kb.entityById.get(t.slice(2));
    if (entity?.kind === 'military' && countries.has(countryOf(corpus, entity.id, true) ?? '')) return true;
  }
  return false;
}

/**
 * The country a word names ("syria", "syrian", "aussie"), as the id of the knowledge's topmost
 * government it belongs to, or null; with `id`, of that entity itself (a person's country).
 */
function countryOf(corpus: Corpus, word: string, id = false): string | null {
  const ids = id ? [word] : wordTerms(corpus, word).flatMap((t) => (t.startsWith('e:') ? [t.slice(2)] : []));
  for (const start of ids) {
    let entity = corpus.kb.entityById.get(start);
    if (!id && !COUNTRY_KINDS.has(entity?.kind ?? '')) continue;
    for (let guard = 0; entity?.parent && guard < 8; guard++)
      entity = corpus.kb.entityById.get(entity.parent);
    if (entity && COUNTRY_KINDS.has(entity.kind)) return entity.id;
  }
  return null;
}

/**
 * The role a person is asked by ("which US commander", "who's the general", "who is the
 * president of russia", "what did the aussie PM say": the words whose words are asked), or null.
 */
export function roleAsked(
  corpus: Corpus,
  words: readonly string[],
  whose: readonly string[] | null = null,
): string | null {
  const { person } = listsOf(corpus);
  const roleFrom = (from: number) => words.slice(from, from + ROLE_REACH).find((w) => person.has(w)) ?? null;
  if (whose) {
    const from = words.indexOf(whose[0] as string);
    return from < 0 ? null : roleFrom(from);
  }
  // Each question word in turn: "who ordered the strike, like which general" asks its person by
  // the role the second one names.
  for (let at = 0; at < words.length; at++) {
    const w = words[at];
    if (w !== 'which' && w !== 'who' && w !== "who's" && w !== 'whos') continue;
    let from = at + 1;
    // "which side accused the pilots": a party is asked, not a person by the role after its verb.
    if (w === 'which' && KIND_NOUNS.has(words[from] ?? '')) continue;
    if (w !== 'which') {
      // "who is the ...", "who's the ..."; not "who called ...".
      if (w === 'who' && /^(?:is|was|are|were)$/.test(words[from] ?? '')) from++;
      else if (w === 'who') continue;
      // "who was the ...", or "who was syria's ...": a country's role (countryAsked).
      if (words[from] === 'the') from++;
      else if (countryOf(corpus, words[from] ?? '') === null) continue;
    }
    const role = roleFrom(from);
    if (role !== null) return role;
  }
  return null;
}

/** Words before "other" that ask for more of a kind ("which other countries", "any other country"). */
const ASKING_OTHER = new Set(['which', 'what', 'any', 'whose']);
/** The names of a sentence's first words (SUBJECT_WORDS). */
const openingNames = perCorpus((corpus, id) =>
  corpus.analyzer
    .docTerms(tokenize(corpus.kb.passageById.get(id)?.text ?? '').slice(0, SUBJECT_WORDS))
    .filter((t) => t.startsWith('e:')),
);
/** The words a sentence opens with that name its subject ("Estland's government also offered"). */
const SUBJECT_WORDS = 3;
/** Kinds of names a country is: "which other countries" is answered by a government or an army. */
const COUNTRY_KINDS = new Set(['government', 'military']);

/**
 * "which other countries' jets were in the raid", "did any other country take part": the question
 * asks for one more than those its message names, so a quote must be someone else's words, of
 * the kind asked (a country: a government or its army); one of theirs (Australia's military, when
 * Australia is named) is no one else.
 */
export function othersMissing(
  corpus: Corpus,
  words: readonly string[],
  named: ReadonlySet<Term>,
  shown: readonly string[],
): boolean {
  const at = words.findIndex((w, i) => w === 'other' && ASKING_OTHER.has(words[i - 1] ?? ''));
  if (at < 0) return false;
  // Only countries: "what other jabs did it aim at the US reps" asks more of what was said.
  const asked = words.slice(at + 1, at + 3);
  if (!asked.some((w) => wordTerms(corpus, w).includes('c:country'))) return false;
  const known = (id: string): boolean => {
    if (named.has(`e:${id}`)) return true;
    const parent = corpus.kb.entityById.get(id)?.parent;
    return parent !== undefined && known(parent);
  };
  return !shown.some((id) => {
    // Whose words the quote are, or whom it opens with: "Syrian personnel" killed name no country
    // that took part.
    const opening = openingNames(corpus, id);
    return [...(corpus.passageSpeakers.get(id) ?? []), ...opening].some((t) => {
      if (!t.startsWith('e:')) return false;
      const kind = corpus.kb.entityById.get(t.slice(2))?.kind ?? '';
      if (!COUNTRY_KINDS.has(kind)) return false;
      return !known(t.slice(2));
    });
  });
}

/**
 * Does the person hold the role, by the words of their role and names ("US ambassador to the UN",
 * "us envoy")? "who was the commander in charge" is not answered by Power, whom a quote names.
 */
function holdsRole(corpus: Corpus, id: string, roleTerms: readonly Term[]): boolean {
  const entity = corpus.kb.entityById.get(id);
  if (!entity) return false;
  const words = [entity.role ?? '', entity.name, ...entity.aliases].join(' ');
  // Word by word: "syrian president" as a phrase is the name of Assad, not a role.
  const own = new Set(tokenize(words).flatMap((t) => wordTerms(corpus, t.word)));
  return roleTerms.some((t) => own.has(t));
}

/**
 * "Why didn't russia object earlier": whoever's words the first quote is, the sentence that tells
 * it did not happen ("no concerns were voiced") is no reason why not, unless a clause of reasons
 * says more; not a why-not of a belief (BELIEF_WORDS). A "why" asked alone of something that did
 * happen is answered by the sentence that tells it, reason clause or not: refusing it when the
 * article's own telling gives none cost a held-out set an answer and gained none there (2 December).
 */
function reasonMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
  negatedAt?: readonly number[],
): boolean {
  if (askWordOf(words) !== 'why' || shown[0] === undefined) return false;
  // "why doesn't syria think it was an accident": a why-not of a belief asks their grounds, which
  // what they claim gives ("conclusive evidence" of US support), reason clause or not.
  if (words.some((w) => BELIEF_WORDS.has(w))) return false;
  const told = corpus.kb.passageById.get(shown[0]);
  return told !== undefined && asksWhyNot(words, negatedAt) && !holdsReason(corpus, told.text, known);
}
/**
 * Whether the words after the why hold a single auxiliary or verb of being: a second opens
 * another clause ("why does it matter, did they shoot down a US jet").
 */
function oneClause(words: readonly string[], why: number): boolean {
  // "why did is shoot ...": "is" right after an auxiliary is the name IS.
  return (
    words.filter(
      (w, i) => i > why && (DOING_AUX.has(w) || (BEING.has(w) && !DOING_AUX.has(words[i - 1] ?? ''))),
    ).length <= 1
  );
}
/** Modals of intent or possibility: words said with one tell a stance, not a deed done. */
const INTENT_MODALS = new Set([
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'shall',
  "won't",
  "wouldn't",
]);
/**
 * A speaker's words that report a deed of theirs done: the why tells the deed by a verb of doing
 * (deedDone), its doer is the speaker, the quote holds the deed, and no modal says it is to come.
 */
function ownDeedReported(corpus: Corpus, id: string, deed: readonly Term[], doers: readonly Term[]): boolean {
  if (deed.length === 0 || doers.length === 0) return false;
  const speaker = speakerTerms(corpus.kb, corpus.lexicon, corpus.kb.passageById.get(id)?.speaker ?? null);
  const terms = corpus.passageTerms.get(id);
  return (
    doers.some((t) => speaker.includes(t)) &&
    deed.every((t) => terms?.has(t)) &&
    !quoteWords(corpus, id).some((w) => INTENT_MODALS.has(w))
  );
}
/** Words that ask the reason again in a why ("what was the reason", "the reasons"). */
const REASON_ASKED = new Set(['reason', 'reasons', 'why', 'cause', 'causes', 'motive', 'motives']);
/** Verbs of believing or accepting something as so ("why don't they believe it"). */
const BELIEF_WORDS = new Set(
  'think thinks thought believe believes believed accept accepts accepted buy buys bought trust trusts trusted'.split(
    ' ',
  ),
);

/** The concept of a mistake or its opposite (synonyms.yaml `intent`). */
const INTENT: Term = 'c:intent';
/** Words before a word of the intent group that make it a noun or a state, not the deed ("was it a mistake"). */
const NOT_ERROR_DEED = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'it',
  'any',
  'no',
  'honest',
  'over',
  'about',
  'of',
  'for',
  'vs',
  'versus',
  'or',
]);
/** How many words the subject of a why may take before its deed ("the targeting cell"). */
const ERROR_SUBJECT = 3;
/** Pronouns that are a deed's object: after one, the deed is behind ("hit them, accident"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'me']);
/** Words opening the object of a deed of mistaking ("misidentify the troops", "confuse them with"). */
const ERROR_OBJECT = new Set([
  'the',
  'them',
  'those',
  'these',
  'their',
  'syrian',
  'regime',
  'government',
  'that',
  'this',
  'him',
  'it',
]);

/**
 * "why did the pilots misidentify the troops", "why did the coalition confuse the soldiers with
 * IS", "what went wrong with the intel": the mistake is taken as given, a word of the intent group
 * being the deed of the why's own clause (not a noun or a state: "why was it a mistake", "why do
 * they say it was unintentional"; not an adverb of a deed: "why did they deliberately bomb"; not
 * in a clause after: "why did they hit them, was it a mistake"), or what "what" asks went wrong.
 * What is asked is the cause of the error, not whether it was meant, so the sides of whether it
 * was meant answer nothing: a quote must give a reason for the mistake itself (a word of reasons
 * after the word of the mistake, in its clause: "mistook them because ...").
 */
export function errorCauseUntold(
  corpus: Corpus,
  words: readonly string[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0) return false;
  const whyAt = askWordOf(words) === 'why' ? words.findIndex((w) => WHY_WORD.test(w)) : -1;
  const matches = corpus.lexicon.match(words.map((w) => ({ raw: w, word: w })));
  const asked = matches.some((m) => {
    if (!m.terms.includes(INTENT)) return false;
    const first = words[m.start] ?? '';
    const before = words[m.start - 1] ?? '';
    // "what went wrong with the intel": the error is what is asked.
    if (before === 'what' && m.start <= 2) return true;
    if (whyAt < 0 || m.start <= whyAt + 1 || first.endsWith('ly') || BELIEF_WORDS.has(first)) return false;
    if (NOT_ERROR_DEED.has(before) || BEING.has(before)) return false;
    // The deed of mistaking, right after the subject ("the targeting cell": ERROR_SUBJECT words at
    // most, no object pronoun: "why did the US hit them, accident" has its deed before), with its
    // object after it ("misidentify the troops") or a phrase of going wrong ("why did it go wrong").
    const between = words.slice(whyAt + 2, m.start);
    if (between.length > ERROR_SUBJECT || between.some((w) => OBJECT_PRONOUNS.has(w))) return false;
    if (!(m.end - m.start > 1 && m.end === words.length) && !ERROR_OBJECT.has(words[m.end] ?? ''))
      return false;
    // One clause: the why's own auxiliary only, no verb of saying or believing between ("why does
    // russia think they confused them on purpose": a belief, whose grounds are the sides').
    return !between.some(
      (w) =>
        DOING_AUX.has(w) ||
        BEING.has(w) ||
        BELIEF_WORDS.has(w) ||
        baseForms(w, 'v').some(isSayingVerb) ||
        SPEECH_VERB.test(w),
    );
  });
  if (!asked) return false;
  return !shown.some((id) =>
    (corpus.kb.passageById.get(id)?.text ?? '').split(CLAUSE_BREAK).some((clause) => {
      const tokens = tokenize(clause);
      const said = tokens.map((t) => t.word);
      return corpus.lexicon
        .match(tokens)
        .some(
          (m) =>
            m.terms.includes(INTENT) &&
            said.slice(m.end).some((w) => BECAUSE.has(w) || BECAUSE_OF.has(w) || REASON_ASKED.has(w)),
        );
    }),
  );
}

/**
 * "why did churkin walk out": the first quote tells the very thing asked about (every term of the
 * question but names is its own: "walked out before Power was due to address the Council") and
 * gives no reason for it; the article tells that it happened, not why. Not a why of someone's
 * words or thoughts ("why did the pentagon think moscow was fine with it": what they said is
 * their reason, "informed Moscow ... no concerns were voiced"), nor of a deed told as someone's
 * words ("the union said it would take the council to court"); nor a why-not (reasonMissing).
 */
export function reasonUntold(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
  negatedAt?: readonly number[],
): boolean {
  if (askWordOf(words) !== 'why' || shown[0] === undefined || asksWhyNot(words, negatedAt)) return false;
  // "why does washington refuse": the refusal is only what Russia grieves at ("lamented
  // Washington's persistent refusal"), a deed or a word alike; no quote tells why.
  const grieved = known.filter((t) => corpus.index.has(t));
  // Not a why of someone's words ("why did power say it was a stunt": of "accused Russia of ...
  // pulling a stunt", the accusation is asked): every verb of saying asked is the thing grieved at.
  const saying = words.filter((w) => !STOP_WORDS.has(w) && baseForms(w, 'v').some(isSayingVerb));
  if (
    !known.includes(SAY) &&
    saying.every((w) => wordTerms(corpus, w).some((t) => grieved.includes(t))) &&
    grievedOnly(corpus, shown[0], grieved) &&
    shown.every(
      (id) =>
        grievedOnly(corpus, id, grieved) ||
        !holdsReason(corpus, corpus.kb.passageById.get(id)?.text ?? '', known),
    )
  )
    return true;
  // "why did he promise an inquiry", "why did australia apologise": a verb of saying ("out" of
  // "walk out" is a stop word, not "out someone").
  if (known.includes(SAY) || words.some((w) => !STOP_WORDS.has(w) && baseForms(w, 'v').some(isSayingVerb)))
    return false;
  // "why did churkin walk out, what was the reason": a word of reasons says the why again, not
  // what it is asked of (the term it gives, kept when another word of the question gives it too:
  // "why was the explanation not adequate").
  const restated = new Set(
    words
      .filter((w) => REASON_ASKED.has(w))
      .flatMap((w) => wordTerms(corpus, w))
      .filter(
        (t) =>
          !words.some((o) => !REASON_ASKED.has(o) && !WHY_WORD.test(o) && wordTerms(corpus, o).includes(t)),
      ),
  );
  const asked = known.filter((t) => !t.startsWith('e:') && corpus.index.has(t) && !restated.has(t));
  // "why is deir el-zour so important": asked of a name alone, by a word the knowledge never uses
  // (no term of it): what the why is about is nothing the article tells.
  // "why is the US even in syria": names joined by a verb of being alone (no other word: not
  // "why is australia even talking about daesh") ask why a party is where it is, or is what it
  // is; nothing the article tells happened.
  if (
    asked.length === 0 &&
    known.length > 0 &&
    (words.some((w) => unknownWord(corpus, w)) ||
      (words.slice(0, 3).some((w) => BEING.has(w)) &&
        words.every(
          (w) =>
            (STOP_WORDS.has(w) && !/ing$/.test(w)) ||
            BEING.has(w) ||
            (wordTerms(corpus, w).length > 0 && wordTerms(corpus, w).every((t) => t.startsWith('e:'))),
        )))
  )
    return true;
  const own = corpus.passageTerms.get(shown[0]);
  if (asked.length === 0 || !own) return false;
  const { deed, doers } = deedDone(corpus, words);
  const whyAt = words.findIndex((w) => WHY_WORD.test(w));
  if (!asked.every((t) => own.has(t))) {
    // "why was the regime plane flying there" of "IS announced it has shot down a regime plane":
    // the rarest word the why is about ("flying") is in no quote shown, and none gives a reason
    // for anything: the article tells something near it, not why.
    // Not a quote on a contested point: its sides are the article's answers to why ("a mistake
    // or planned?").
    // Only a lone quote: of several, another may tell the reason in words of its own; unless the why
    // tells a deed by a verb of doing (deedDone), whose reason a quote holding it would give.
    if (corpus.contestedBySentence.has(shown[0]) || (shown.length > 1 && deed.length === 0)) return false;
    // The rarest word of the deed, when the why tells one by a verb of doing (not of the clause
    // after it: "... flying there when IS shot it").
    const ofDeed = asked.filter((t) => deed.includes(t));
    const rarest = (ofDeed.length > 0 ? ofDeed : asked).reduce((a, b) =>
      corpus.index.idf(b) > corpus.index.idf(a) ? b : a,
    );
    // Of a deed asked with its doer named ("why was australia flying missions"), a quote that never
    // names the doer tells no deed of theirs, whatever word it shares ("the Western pilots"), nor
    // the reason of one ("the raid, which the US claims was unintentional").
    const ofDoer = (id: string) =>
      deed.length === 0 || doers.length === 0 || doers.some((t) => corpus.passageTerms.get(id)?.has(t));
    return shown.every((id) => {
      const told = corpus.kb.passageById.get(id);
      return (
        told !== undefined &&
        !(corpus.passageTerms.get(id)?.has(rarest) && ofDoer(id)) &&
        !(holdsReason(corpus, told.text, known, [], false, deed) && ofDoer(id))
      );
    });
  }
  // "why is the observatory based in the UK": what is asked is told only of the source the
  // sentence names ("..., according to the UK-based Syrian Observatory"), which says who tells
  // the rest, not why it is so.
  if (sourceOnly(corpus, corpus.kb.passageById.get(shown[0])?.text ?? '', asked)) return true;
  // Told as someone's words ("the union said it would take the council to court"): their words
  // are the reasons the article gives. Not the article's own telling of who spoke to whom ("while
  // the session was closed to the press, representatives ... used harsh language when discussing
  // the issue with reporters"): no one's words, no reason of theirs.
  // Not when they report a deed of their own as done, no modal of intent in it ("IS announced it
  // has shot down a regime plane"): that is the deed told, and "why did IS shoot down the plane"
  // asks a reason their report does not give (the union "said it would take the council to court"
  // is their stance, their reason).
  const first = corpus.kb.passageById.get(shown[0]);
  if (
    own.has(SAY) &&
    first?.speaker &&
    !ownDeedReported(
      corpus,
      shown[0],
      deed,
      // "why did IS shoot down ...": "is" is no word of a name there, the name read is; only when
      // the deed is of the why's own clause (not "why does it matter, did they shoot down ...").
      doers.length > 0 ? doers : oneClause(words, whyAt) ? known.filter((t) => t.startsWith('e:')) : [],
    )
  )
    return false;
  // Nor does any other quote shown give one.
  return shown.every((id) => {
    const told = corpus.kb.passageById.get(id);
    return told !== undefined && !holdsReason(corpus, told.text, known, [], false, deed);
  });
}

/**
 * "observatory says 90, moscow says 62" -> "why are the numbers so different": a why of a
 * difference asks why two accounts part, which only a sentence telling the gap itself with a
 * reason for it answers ("the figures differ because ..."); quotes giving each account tell that
 * they differ, not why. Asked right after a turn that told the difference itself (tellsGap), the
 * reason is all it asks (engine.ts); asked alone ("why are there two different death tolls") or
 * after one account ("what did the observatory say"), it is answered with both accounts.
 */
export function gapUntold(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  if (askWordOf(words) !== 'why' || asksWhyNot(words)) return false;
  if (!words.some((w) => DIFFERING.has(w))) return false;
  return !shown.some((id) => {
    const text = corpus.kb.passageById.get(id)?.text ?? '';
    return tokenize(text).some((t) => DIFFERING.has(t.word)) && holdsReason(corpus, text, known);
  });
}
/**
 * Whether a message tells a difference itself: a word of differing ("the observatory and damascus
 * give different tolls") or two figures ("observatory says 90, moscow says 62").
 */
export function tellsGap(text: string): boolean {
  const words = tokenize(text).map((t) => t.word);
  return words.some((w) => DIFFERING.has(w)) || words.filter((w) => /^\d/.test(w)).length >= 2;
}
/** Words of two things parting from each other ("different", "differ", "discrepancy"). */
const DIFFERING = new Set(
  `different differ differs differed differing difference differences discrepancy discrepancies
   vary varies varied mismatch mismatched inconsistent contradictory`.split(/\s+/),
);

/**
 * "why is the observatory's number higher than russia's", "why would damascus give a lower
 * number": a why of a comparison asks why one thing is more or less than another, which only a
 * sentence comparing them answers (a comparative word of its own: "higher", "fewer than"); the
 * quotes giving each figure tell that they differ, not why one is above the other. Only of
 * figures (a word of counting asked). Not "why are there two different tolls" (gapUntold's
 * difference, answered with both accounts when asked alone).
 */
export function comparisonUntold(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  // Of figures only ("the number", "the toll", "fewer dead"): "why is this a bigger deal than the
  // others" asks why it matters, which the article may tell.
  if (!known.includes('c:number')) return false;
  const at = words.findIndex((w) => WHY_WORD.test(w));
  if (at < 0 || askWordOf(words) !== 'why' || !comparesAt(words, at + 1)) return false;
  return !shown.some((id) =>
    comparesAt(
      tokenize(corpus.kb.passageById.get(id)?.text ?? '').map((t) => t.word),
      0,
    ),
  );
}
/** Whether the words from `from` on compare: a comparative ("higher"), or "more"/"less"/"fewer" with "than". */
function comparesAt(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    if (COMPARATIVES.has(w)) return true;
    if (MORE_OR_LESS.has(w) && words.slice(i + 1, i + 1 + THAN_REACH).includes('than')) return true;
    // "why is the observatory's number so different from moscow's": one figure set against
    // another, as "higher than" does (not "why are the numbers different", gapUntold's).
    if (UNLIKE.has(w) && UNLIKE_TO.has(words[i + 1] ?? '')) return true;
  }
  return false;
}
/** Words of being unlike, that compare with a word of what to after them ("different from"). */
const UNLIKE = new Set(['different', 'differ', 'differs', 'differed', 'differing']);
/** What "different" sets its figure against: "different from", "different than", "different to". */
const UNLIKE_TO = new Set(['from', 'than', 'to']);
/** Comparatives of size or amount, that compare alone ("why is moscow's number lower"). */
const COMPARATIVES = new Set(`higher lower bigger smaller larger greater fewer`.split(/\s+/));
/** Words that compare when "than" follows ("more dead than", "less than"). */
const MORE_OR_LESS = new Set(['more', 'less']);
/** How many words after "more" or "less" its "than" may come. */
const THAN_REACH = 4;

/**
 * Whether the terms asked are held in a sentence only where it names its source ("according to
 * the UK-based Syrian Observatory", "citing ...", "per ..."), in no clause of what it tells.
 */
function sourceOnly(corpus: Corpus, text: string, asked: readonly Term[]): boolean {
  let inSource = false;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(clause);
    const at = tokens.findIndex(
      (t, i) => SOURCE.has(t.word) && (t.word !== 'according' || tokens[i + 1]?.word === 'to'),
    );
    const told = at < 0 ? tokens : tokens.slice(0, at);
    if (holds(corpus, told, asked)) return false;
    if (at >= 0 && holds(corpus, tokens.slice(at), asked)) inSource = true;
  }
  return inSource;
}
/** Words that name the source of what a sentence tells ("according to", "citing", "per"). */
const SOURCE = new Set(['according', 'citing', 'per']);

/** A word that is no stop word and has no term of the knowledge ("important"). */
function unknownWord(corpus: Corpus, word: string): boolean {
  return !STOP_WORDS.has(word) && !wordTerms(corpus, word).some((t) => corpus.index.has(t));
}

/**
 * "why didn't they", "why was it never", "why not": a denial right after the "why". Also one the
 * reader took out right after the why's auxiliary, known by where it stood (`negatedAt`): "why
 * didnt the russians spot the jets" ("didnt" is "did not"), "why did not russia object".
 */
function asksWhyNot(words: readonly string[], negatedAt: readonly number[] = []): boolean {
  const at = words.findIndex((w) => WHY_WORD.test(w));
  return (
    at >= 0 &&
    (words.slice(at + 1, at + 4).some((w) => NEGATIONS.has(w) || /n['’]t$/.test(w)) ||
      (WHY_AUXILIARIES.has(words[at + 1] ?? '') && negatedAt.includes(at + 2)))
  );
}
/** Auxiliaries right after a why, before its denial ("why did not", "why wasnt": "was not"). */
const WHY_AUXILIARIES = new Set(
  'did do does was were is are has have had could would can will should'.split(' '),
);
const NEGATIONS = new Set(
  `not never no didnt doesnt dont wasnt werent isnt arent wont wouldnt couldnt cant hasnt havent hadnt
   shouldnt`.split(/\s+/),
);

/**
 * The deed a why asks the reason of, when the question tells it by a verb of doing: the terms
 * (names aside) of the verb and the words after it. The verb is a form in -ing after a verb of
 * being ("why was australia flying missions over syria", "why australia was bombing in syria"), or
 * a plain verb after "did", "do", "does" or "would" and a subject ("why did the US use australian
 * planes"). Not a state ("why was australia even involved", "why is australia part of this"): what
 * put them there is what they did. Empty when the why tells no such deed.
 */
export function deedDone(corpus: Corpus, words: readonly string[]): DeedAsked {
  const none = { deed: [], doers: [] };
  const why = words.findIndex((w) => WHY_WORD.test(w));
  if (why < 0) return none;
  let verb = -1;
  for (let i = why + 1; i < Math.min(words.length, why + 1 + DEED_REACH) && verb < 0; i++) {
    const w = words[i] as string;
    if (STOP_WORDS.has(w) || BEING.has(w) || w.length < 4) continue;
    const before = words.slice(Math.max(why + 1, i - DEED_SUBJECT), i);
    if (/ing$/.test(w) && before.some((b) => BEING.has(b)) && baseForms(w, 'v').some((b) => b !== w))
      verb = i;
    else if (before.some((b) => DOING_AUX.has(b)) && i > why + 2 && baseForms(w, 'v').includes(w)) verb = i;
  }
  const done = words[verb] ?? '';
  // A verb of the knowledge (not "why does australia even care"), and not one of saying.
  if (
    verb < 0 ||
    baseForms(done, 'v').some(isSayingVerb) ||
    // Or with the particle after it ("shoot down", "walk out": a phrase of the knowledge).
    !(
      wordTerms(corpus, done).some((t) => corpus.index.has(t)) ||
      (PARTICLES.has(words[verb + 1] ?? '') &&
        wordTerms(corpus, `${done} ${words[verb + 1]}`).some((t) => corpus.index.has(t)))
    )
  )
    return none;
  // Up to the next verb of being or auxiliary, which starts another clause ("..., were they
  // involved"), or a word joining one ("... flying there when IS shot it").
  const end = words.findIndex(
    (w, i) => i > verb && (BEING.has(w) || DOING_AUX.has(w) || DEED_ENDS.has(w) || WH_WORDS.has(w)),
  );
  const termsOf = (from: number, to: number) =>
    words
      .slice(from, to)
      .filter((w) => !STOP_WORDS.has(w))
      .flatMap((w) => wordTerms(corpus, w))
      .filter((t) => corpus.index.has(t));
  return {
    deed: [...new Set(termsOf(verb, end < 0 ? words.length : end).filter((t) => !t.startsWith('e:')))],
    doers: [...new Set(termsOf(why + 1, verb).filter((t) => t.startsWith('e:')))],
  };
}
/** Particles of a phrasal verb ("shoot down", "walk out", "take part"). */
const PARTICLES = new Set(['down', 'out', 'off', 'up', 'back', 'in', 'over', 'part']);
/** The deed a why asks the reason of (its verb and the words after it), and the names of its doer. */
export interface DeedAsked {
  deed: Term[];
  doers: Term[];
}
/** Words that join another clause after the deed a why asks ("... flying there when IS shot it"). */
const DEED_ENDS = new Set([
  'when',
  'while',
  'after',
  'before',
  'if',
  'but',
  'and',
  'since',
  'because',
  'until',
]);
/** Auxiliaries a why asks a deed with, before its subject and plain verb ("why did the US use"). */
const DOING_AUX = new Set(['did', 'do', 'does', 'would']);
/** How many words a subject may take between the auxiliary and the verb ("was australia even flying"). */
const DEED_SUBJECT = 4;

/**
 * Whether a sentence gives a reason beyond what was asked of it: a clause a word of reasons leads
 * ("aborted as soon as Moscow raised the alarm", "If what Ambassador Power has done today ...",
 * "for not only being unable ...", ", apparently mistaking them for terrorists", "whose aircraft
 * took part") or a clause with a verb of causing or complaining ("The strikes prompted the
 * Kremlin", "The incident could end the peace deal", "lamented Washington's persistent refusal"),
 * that clause saying mostly what `asked` (the terms of the question the why is about) does not.
 * "Walked out before Power was due to address the Council" gives none: "before" places, "due to"
 * after "was" tells what was planned.
 */
export function holdsReason(
  corpus: Corpus,
  text: string,
  asked: readonly Term[],
  /**
   * What the why asks about, when it is a detail of the sentence ("why is that observatory based
   * in the UK" of "... according to the UK-based Syrian Observatory"): only the clause that holds
   * it and those after it may give its reason, not a clause about something else before it
   * ("The Saturday night raid, which the US claims was unintentional, ...").
   */
  detail: readonly Term[] = [],
  /**
   * The detail is a circumstance of the deed ("why through russia?" of "relayed its regret to
   * Syria through the Russian government"): a participle clause ("lamenting the unintentional loss
   * of life") tells more of the deed itself, the subject's, not why it was done that way.
   */
  adverbial = false,
  /**
   * The deed the why asks the reason of, when the question tells it by a verb of doing (deedDone:
   * "why was australia flying missions", "why did the US use australian planes"): a relative or
   * participle clause holding it tells that deed ("Australia, whose aircraft took part in the
   * strike, ..."), not why it was done; it stays the reason of the sentence's other deed ("why did
   * australia apologize").
   */
  deed: readonly Term[] = [],
): boolean {
  const says = saysMoreThan(corpus, asked);
  const things = asked.filter((t) => !t.startsWith('e:'));
  // A party asked of that the sentence never names ("why did australia join the coalition").
  const named = new Set(corpus.analyzer.docTerms(tokenize(text)));
  const otherParty = asked.some((t) => t.startsWith('e:') && !named.has(t));
  const clauses = text.split(CLAUSE_BREAK).map((c) => tokenize(c));
  const held = detail.length > 0 ? clauses.findIndex((tokens) => holds(corpus, tokens, detail)) : -1;
  // "..., although Damascus has claimed it reclaimed most of the lost ground": a detail the clause
  // names only as "the" and a participle ("the lost ground") is a deed the sentence told before
  // ("push the regime troops out"), so the reason of it may stand in any clause before.
  const from = held >= 0 && toldBefore(corpus, clauses[held] ?? [], detail) ? 0 : Math.max(held, 0);
  return clauses.some((tokens, c) => {
    if (c < from) return false;
    const words = tokens.map((t) => t.word);
    // A clause after a comma that opens with a participle ("apparently mistaking them ...",
    // "calling them ...") or a relative pronoun ("whose aircraft ...", "which the US claims ...").
    let lead = 0;
    while (lead < words.length - 1 && (words[lead] as string).endsWith('ly')) lead++;
    const first = words[lead] ?? '';
    // Not one that tells the very deed asked, done with a party the sentence never names ("why did
    // australia join the coalition" of "whose aircraft took part in the strike"): it tells a deed
    // like the one asked, not why the one asked was done. "Why is australia even part of this"
    // names no other party: the clause is its reason.
    if (
      c > 0 &&
      (RELATIVES.has(first) || (first.endsWith('ing') && first.length > 5 && !adverbial)) &&
      says(tokens.slice(lead + 1)) &&
      !(otherParty && holdsAll(corpus, tokens.slice(lead + 1), things)) &&
      !holds(corpus, tokens.slice(lead + 1), deed)
    )
      return true;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1] ?? '';
      const rest = tokens.slice(i + 1);
      if (REASON_VERBS.has(w) && (says(tokens.slice(0, i)) || says(rest))) return true;
      if (BECAUSE.has(w) && says(rest)) return true;
      if (`${w} ${next} ${words[i + 2] ?? ''}` === 'as soon as' && says(tokens.slice(i + 3))) return true;
      if ((w === 'so' || w === 'in') && (next === 'that' || next === 'order') && says(tokens.slice(i + 2)))
        return true;
      // "due to the strike", not "was due to address".
      if (BECAUSE_OF.has(w) && next === 'to' && !BEING.has(words[i - 1] ?? '') && says(tokens.slice(i + 2)))
        return true;
      // "slammed US representatives for not only being unable ...", "by calling for the UN meeting".
      if (
        (w === 'for' || w === 'by') &&
        words.slice(i + 1, i + 4).some((x) => x.endsWith('ing') && x.length >= 5) &&
        says(rest)
      )
        return true;
    }
    return false;
  });
}
/**
 * Does a clause say something beyond what is asked: at least TUNING.answer.reasonFresh of its
 * known terms' weight in terms the question did not ask?
 */
function saysMoreThan(corpus: Corpus, asked: readonly Term[]): (tokens: readonly Token[]) => boolean {
  const covered = new Set(asked);
  return (tokens) => {
    let all = 0;
    let fresh = 0;
    for (const t of corpus.analyzer.docTerms(tokens)) {
      if (!corpus.index.has(t)) continue;
      const w = corpus.index.idf(t);
      all += w;
      if (!covered.has(t)) fresh += w;
    }
    return all > 0 && fresh >= all * TUNING.answer.reasonFresh;
  };
}

/**
 * Whether someone's sentence states its own reason for the very words a question quoted of it: a
 * means ("pulling a stunt by calling for the UN meeting") or a word of cause ("because", "since",
 * "as soon as") right after those words, in the question's own words (not another word of the
 * same concept: "grandstanding" is not the "stunt" the means follows). Narrower than holdsReason:
 * a condition or an occasion ("When asked if the bombing could end ..., Churkin said ..."), a
 * participle going on to more of their words (", claiming that ...") and a verb of complaining
 * only report what was said; what the speaker said next is the better reason for those.
 */
export function statesReason(
  corpus: Corpus,
  text: string,
  asked: readonly Term[],
  /** The words of the question asked ("power said russia pulled a stunt"). */
  askedWords: readonly string[],
): boolean {
  const used = askedWords.filter((w) => !STOP_WORDS.has(w));
  const says = saysMoreThan(corpus, asked);
  const clauses = text.split(CLAUSE_BREAK).map((c) => tokenize(c));
  const things = asked.filter((t) => !t.startsWith('e:'));
  const held = clauses.findIndex((tokens) => holds(corpus, tokens, things));
  if (held < 0) return false;
  return clauses.some((tokens, c) => {
    if (c < held) return false;
    const words = tokens.map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1] ?? '';
      // It gives the reason of the words right before it, not of one coordinated further back
      // ("grandstanding" in "of grandstanding and pulling a stunt by calling for ...").
      const near = tokens.slice(Math.max(0, i - REASON_REACH), i);
      if (!holds(corpus, near, things) || !near.some((t) => used.some((w) => sameStem(t.word, w)))) continue;
      if (CAUSES.has(w) && says(tokens.slice(i + 1))) return true;
      if (`${w} ${next} ${words[i + 2] ?? ''}` === 'as soon as' && says(tokens.slice(i + 3))) return true;
      if (w === 'by' && next.endsWith('ing') && next.length >= 5 && says(tokens.slice(i + 1))) return true;
    }
    return false;
  });
}
/** Two words of one stem: the same first five letters, or all of the shorter's, four at least. */
function sameStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 5);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
}
/** How many words before a clause of reasons it gives the reason of. */
const REASON_REACH = 3;
/** Words that lead a clause giving a cause, not a condition or an occasion. */
const CAUSES = new Set(['because', 'since', 'cause', 'cuz']);
/**
 * "Russia decried Washington's persistent refusal ... after US airstrikes killed ...": what is
 * asked (its terms but names: "why does washington refuse") is what a grievance is about, the
 * object of its verb; the sentence tells the grievance and its occasion, no reason for the thing
 * grieved at. Not when the grievance is asked: its verb ("why did russia lament the refusal") or
 * the one grieving, named before the verb or the sentence's speaker ("why is russia cross with
 * the US").
 */
function grievedOnly(corpus: Corpus, id: string, asked: readonly Term[]): boolean {
  const passage = corpus.kb.passageById.get(id);
  const things = asked.filter((t) => !t.startsWith('e:'));
  if (!passage || things.length === 0) return false;
  const names = asked.filter((t) => t.startsWith('e:'));
  const speaker = new Set(speakerTerms(corpus.kb, corpus.lexicon, passage.speaker));
  let grieved = false;
  for (const tokens of passage.text.split(CLAUSE_BREAK).map((c) => tokenize(c))) {
    const at = tokens.findIndex((t) => GRIEVANCES.has(t.word));
    const before = at < 0 ? tokens : tokens.slice(0, at);
    if (holds(corpus, before, things)) return false;
    if (at < 0) continue;
    if (holds(corpus, [tokens[at] as Token], asked)) return false;
    // Its object ends where another clause starts ("... after US airstrikes killed dozens").
    const end = tokens.findIndex((t, i) => i > at && (BECAUSE.has(t.word) || JOINING.has(t.word)));
    const object = tokens.slice(at + 1, end < 0 ? tokens.length : end);
    if (!holds(corpus, object, things)) {
      if (holds(corpus, tokens.slice(at + 1), things)) return false;
      continue;
    }
    if (names.some((t) => speaker.has(t) || holds(corpus, before, [t]))) return false;
    grieved = true;
  }
  return grieved;
}

/** Whether the words of a clause hold every one of these terms (some at least). */
function holdsAll(corpus: Corpus, tokens: readonly Token[], terms: readonly Term[]): boolean {
  const own = new Set(corpus.analyzer.docTerms(tokens));
  return terms.length > 0 && terms.every((t) => own.has(t));
}

/** Whether the words of a clause hold any of these terms. */
/**
 * Whether a clause names the detail only as "the" and a past participle before a noun ("most of
 * the lost ground", "the targeted region"): a deed taken as told, not told there.
 */
function toldBefore(corpus: Corpus, tokens: readonly Token[], detail: readonly Term[]): boolean {
  const words = tokens.map((t) => t.word);
  return words.some((w, i) => {
    const participle = words[i + 1] ?? '';
    if (
      w !== 'the' ||
      !((participle.endsWith('ed') && participle.length > 4) || IRREGULAR_PAST.has(participle))
    )
      return false;
    const rest = [...tokens.slice(0, i), ...tokens.slice(i + 3)];
    return holds(corpus, tokens.slice(i + 1, i + 3), detail) && !holds(corpus, rest, detail);
  });
}

function holds(corpus: Corpus, tokens: readonly Token[], terms: readonly Term[]): boolean {
  const own = new Set(corpus.analyzer.docTerms(tokens));
  return terms.some((t) => own.has(t));
}
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/;
const RELATIVES = new Set(['whose', 'which']);
/** Words that lead a clause giving a reason or a condition ("after US airstrikes killed ..."). */
const BECAUSE = new Set([
  'because',
  'since',
  'after',
  'if',
  'once',
  'cause',
  'cuz',
  'therefore',
  'hence',
  'thus',
]);
const BECAUSE_OF = new Set(['due', 'owing', 'thanks']);
const BEING = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am']);
/**
 * Verbs whose clause holds a cause (the strikes prompted ..., the incident could end ..., used the
 * airstrike to ..., ensure that ...) or a grievance (lamented ..., decried ...), and the nouns of
 * evidence ("as conclusive evidence of ...").
 */
const REASON_VERBS = new Set(
  `prompt prompts prompted cause causes caused trigger triggers triggered spark sparks sparked force
   forces forced lead leads led provoke provokes provoked end ends ended threaten threatens threatened
   jeopardize jeopardizes jeopardized jeopardise jeopardises jeopardised use uses used ensure ensures
   ensured prevent prevents prevented lament laments lamented decry decries decried condemn condemns
   condemned criticize criticizes criticized criticise criticises criticised protest protests protested
   complain complains complained blame blames blamed accuse accuses accused evidence proof sign
   indication`.split(/\s+/),
);

/** The verbs of REASON_VERBS that tell a grievance: what follows is its object, not its cause's. */
const GRIEVANCES = new Set(
  `lament laments lamented decry decries decried condemn condemns condemned criticize criticizes
   criticized criticise criticises criticised protest protests protested complain complains complained
   blame blames blamed accuse accuses accused`.split(/\s+/),
);

/** Auxiliaries that open a yes-or-no question about a deed ("did russia bomb ...", "has IS shot down ..."). */
const DEED_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had']);
/** Words between a subject and its verb that say nothing of the deed ("did russia ever bomb"). */
const BEFORE_VERB = new Set([
  'ever',
  'even',
  'actually',
  'really',
  'also',
  'then',
  'just',
  'too',
  'not',
  'never',
]);
/**
 * How many words may stand between a doer's name and its deed ("Estland's government also offered
 * condolences"), none of them a word that links another phrase ("a known Syrian military unit or
 * actively support Daesh": the unit is no doer of the support).
 */
const DOER_GAP = 2;
const LINKERS = new Set(
  'and or but nor of to for with by from at in on into over the a an that than as who which whose'.split(' '),
);
/** How many words after the auxiliary a question's subject and verb are looked for. */
const DEED_REACH = 8;

/** Is the concept one of words (a synonym group with a verb of saying: "voiced", "mention", "bring up")? */
const ofSaying = perCorpus(
  (corpus, term) =>
    corpus.kb.synonyms
      .find((g) => `c:${g.id}` === term)
      ?.words.some((w) => !w.includes(' ') && baseForms(w, 'v').some(isSayingVerb)) ?? false,
);

/**
 * "did russia bomb anybody back", "has IS killed anyone else": a yes-or-no question whether its
 * subject did a deed, while every quote that tells the deed has someone else do it ("after US
 * airstrikes killed ..."): the article never has the subject do it. The doer of a deed in a quote
 * is a name right before it ("US airstrikes", "Moscow raised the alarm"); with none, or with other
 * words between ("Australia would never intentionally target a known Syrian military unit or
 * actively support Daesh"), the doer is unread and says nothing either way. Not a question of words
 * ("did russia say ...", "did power bring up assad"): whose words are checked apart (decide.ts).
 */
export function deedOfOthers(corpus: Corpus, words: readonly string[], shown: readonly string[]): boolean {
  const aux = words.findIndex((w) => DEED_AUX.has(w));
  if (aux < 0 || aux > DID_OPENS || words.slice(0, aux).some((w) => WH.has(w))) return false;
  const rest = words.slice(aux + 1, aux + 1 + DEED_REACH);
  // Read in lower case: "is" right after the auxiliary names IS ("did is shoot down a jet").
  const tokens = rest.map((w, i) => ({ raw: i === 0 && w === 'is' ? 'IS' : w, word: w }));
  const matches = corpus.lexicon.match(tokens);
  const first = matches[0];
  // The subject: a name, first or after a determiner ("did the americans ..."), and only one;
  // not whose ("did assad's army ...": the subject is the army).
  if (!first || first.start > 1 || (first.start === 1 && !STOP_WORDS.has(rest[0] as string))) return false;
  const subject = first.terms.filter((t) => t.startsWith('e:'));
  const after = rest[first.end] ?? '';
  if (subject.length === 0 || /^(?:and|or|nor|&)$/.test(after) || /['’]s?$/.test(rest[first.end - 1] ?? ''))
    return false;
  const verb = matches.find((m) => m.start >= first.end);
  if (!verb || !rest.slice(first.end, verb.start).every((w) => BEFORE_VERB.has(w))) return false;
  if (baseForms(rest[verb.start] as string, 'v').some(isSayingVerb)) return false;
  const deed = verb.terms.filter((t) => t.startsWith('c:') && t !== SAY && !ofSaying(corpus, t));
  if (deed.length === 0) return false;
  const theirs = (terms: readonly Term[]) =>
    terms.some(
      (t) => subject.includes(t) || corpus.lexicon.entityTerms(t.slice(2)).some((a) => subject.includes(a)),
    );
  // What the question does it to ("the syrian troops"): a quote telling another do it to that
  // settles the question ("did russia bomb the syrian troops": "US airstrikes killed dozens of
  // Syrian soldiers"); one telling another do it to something else does not.
  const object = matches.filter((m) => m.start > verb.start).flatMap((m) => m.terms);
  let others = false;
  for (const id of shown) {
    const held = corpus.passageTerms.get(id);
    for (const clause of (corpus.kb.passageById.get(id)?.text ?? '').split(CLAUSE_BREAK)) {
      const said = tokenize(clause);
      const found = corpus.lexicon.match(said);
      for (const [k, m] of found.entries()) {
        const before = found[k - 1];
        if (!before || m.start - before.end > DOER_GAP || !m.terms.some((t) => deed.includes(t))) continue;
        if (said.slice(before.end, m.start).some((t) => LINKERS.has(t.word))) continue;
        if (!before.terms.some((t) => t.startsWith('e:'))) continue;
        if (theirs(before.terms) || object.some((t) => held?.has(t))) return false;
        others = true;
      }
    }
  }
  return others;
}

/** Words before a yes-or-no question's subject that say how many or whose ("were any of the soldiers"). */
const QUANTIFIERS = new Set('any some all none most many of the their its his her those these'.split(' '));
/** How many such words may come before the subject. */
const QUANTIFIER_REACH = 4;
/** "were", and its denials as the reader spells them, between a subject and the noun asked of it. */
const BE_NOUN = new Set([...BE, 'werent', 'wasnt', 'arent', 'isnt', "weren't", "wasn't", "aren't", "isn't"]);

/**
 * "were any of the soldiers conscripts", "the soldiers killed weren't conscripts, were they": a
 * noun is asked of the subject that the knowledge files with the subject itself (synonyms.yaml
 * has conscripts among the words for troops), so every quote of the troops seems to answer; only
 * the noun's own word in a quote tells whether they were. Asked yes or no ("were ..."), or as a
 * claim to confirm ("the soldiers were not conscripts?"); the noun a plural right after the verb.
 */
export function predicateMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  if (shown.length === 0 || known.includes(SAY)) return false;
  const aux = words.findIndex((w) => YES_NO_AUX.has(w));
  // "were any of ...", or the claim itself from the first word ("the soldiers were ...").
  const opens =
    aux >= 0 &&
    aux <= DID_OPENS &&
    BE.has(words[aux] as string) &&
    !words.slice(0, aux).some((w) => WH.has(w));
  const noun = (opens && nounAsked(corpus, words, aux + 1, false)) || nounAsked(corpus, words, 0, true);
  return noun !== null && !shown.some((id) => quoteWords(corpus, id).includes(noun));
}

/** The plural noun asked of a subject it is filed with (predicateMissing), read from `from`, or null. */
function nounAsked(corpus: Corpus, words: readonly string[], from: number, claim: boolean): string | null {
  const rest = words.slice(from, from + DEED_REACH);
  const tokens = rest.map((w, i) => ({ raw: i === 0 && w === 'is' ? 'IS' : w, word: w }));
  const matches = corpus.lexicon.match(tokens);
  const first = matches[0];
  if (!first || first.start > QUANTIFIER_REACH) return null;
  if (!rest.slice(0, first.start).every((w) => QUANTIFIERS.has(w))) return null;
  // The subject: matches one after another ("the syrian soldiers", "soldiers killed"), with its
  // words' own terms ("syrian soldiers": the army, and troops).
  const subject: Term[] = [];
  const add = (m: { start: number; end: number; terms: readonly Term[] }) => {
    subject.push(...m.terms);
    for (const w of rest.slice(m.start, m.end)) subject.push(...wordTerms(corpus, w));
  };
  add(first);
  let end = first.end;
  for (const m of matches.slice(1)) {
    // A thing the subject already is ("the soldiers conscripts") is what is asked of it.
    if (m.start !== end || m.terms.every((t) => subject.includes(t))) break;
    end = m.end;
    add(m);
  }
  let at = end;
  if (claim) {
    if (!BE_NOUN.has(rest[at] ?? '')) return null;
    at++;
  }
  if (rest[at] === 'not') at++;
  const word = rest[at];
  if (word === undefined || STOP_WORDS.has(word) || !PLURAL.test(word)) return null;
  const held = wordTerms(corpus, word).filter((t) => corpus.index.has(t));
  if (held.length === 0 || !held.every((t) => subject.includes(t) && !t.startsWith('e:'))) return null;
  return word;
}

/** Present-tense auxiliaries: "is he still the ambassador", "are they still there". */
const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do', 'has', 'have', "isn't", 'isnt', 'arent']);
/** Words that place the "still" at the writer's now, not the story's ("still on after the strike"). */
const NOW = new Set(['today', 'now', 'nowadays', 'currently', 'anymore', 'alive', 'happening']);
/** How many words may stand between the auxiliary and "still" ("is the spokesman still"). */
const STILL_REACH = 4;

/**
 * "is he still the ambassador today", "is he still alive": asked whether a thing holds now, at
 * the writer's time (a word of now with the "still"), which the story, told once, cannot know; a
 * quote must say "still" itself.
 * Not what someone says of it ("is the truce still on according to churkin": their words).
 */
export function stillMissing(
  corpus: Corpus,
  words: readonly string[],
  known: readonly Term[],
  shown: readonly string[],
): boolean {
  const still = words.indexOf('still');
  if (still < 1 || shown.length === 0 || known.includes(SAY) || words.includes('according')) return false;
  const aux = words.slice(Math.max(0, still - STILL_REACH), still).findIndex((w) => PRESENT_AUX.has(w));
  // "she still the ambassador now?": chat drops the auxiliary before an office held (not "my
  // aunt still lives there": a verb follows).
  const office = officeAfter(corpus, words, still);
  if (aux < 0 && (still > STILL_DROPPED || !office)) return false;
  if (!words.some((w) => NOW.has(w)) && !office) return false;
  return !shown.some((id) => quoteWords(corpus, id).includes('still'));
}
/** How far "still" may open a question with no auxiliary ("him still ambassador today?"). */
const STILL_DROPPED = 2;
/** Words between "still" and an office held ("still the US ambassador", "still russia's envoy"). */
const OFFICE_REACH = 3;
/**
 * "is he still ambassador", "is she still the US envoy": an office held asked with "still" is asked
 * at the writer's now as surely as with "today" (chat.yaml personWords: the role's word a few
 * words after "still").
 */
function officeAfter(corpus: Corpus, words: readonly string[], still: number): boolean {
  const { person } = listsOf(corpus);
  return words
    .slice(still + 1, still + 1 + OFFICE_REACH)
    .some((w) => person.has(w) || baseForms(w, 'n').some((b) => person.has(b)));
}

/**
 * "what did churkin tell the diplomats inside the chamber", "what did he say to the council
 * members": the words a speaker said to an audience are asked, and every quote of that speaker's
 * words shown was said to another, told in its paragraph ("he told reporters"), and never names the
 * audience asked. The article may tell that they addressed the one asked ("Churkin addressed the
 * diplomats inside"), not what they said there. Not when a quote of theirs names the audience in
 * its own words ("relayed its regret to Syria ..., a senior White House official told the Reuters
 * news agency" answers "what did the US tell syria"), nor when no audience of theirs is told.
 */
export function audienceUntold(
  corpus: Corpus,
  words: readonly string[],
  whose: readonly string[] | null,
  shown: readonly string[],
  /** The question's terms: whom a pronoun asked of was read as ("what did he say to ..."). */
  known: readonly Term[] = [],
): boolean {
  if (whose === null || whose.length === 0) return false;
  const last = whose.at(-1) as string;
  const from = words.indexOf(last);
  // What they said ("what did churkin tell ..."), not whether they spoke ("did power talk to
  // reporters") nor how word went ("how did the us tell assad").
  if (from < 0 || !words.slice(0, from).includes('what')) return false;
  const audience = audienceAfter(words, from + 1);
  const asked = audience.flatMap((w) => wordTerms(corpus, w)).filter((t) => corpus.index.has(t));
  // "what did he say to the diplomats", he read as Churkin in a conversation: the person read.
  const pronoun = whose.length === 1 && PRONOUNS.has(last);
  const speakers = (
    pronoun ? known.filter((t) => isPersonTerm(corpus, t)) : whose.flatMap((w) => wordTerms(corpus, w))
  ).filter((t) => t.startsWith('e:'));
  if (asked.length === 0 || speakers.length === 0 || asked.some((t) => speakers.includes(t))) return false;
  const theirs = shown.filter((id) => speakers.some((t) => corpus.passageSpeakers.get(id)?.has(t)));
  // No words of theirs shown, but the article's own telling that they addressed that audience
  // ("Churkin addressed the diplomats inside"): that they spoke is told, not what they said.
  if (theirs.length === 0)
    return shown.some((id) => {
      const terms = corpus.passageTerms.get(id);
      return (
        !corpus.kb.passageById.get(id)?.speaker &&
        speakers.some((t) => terms?.has(t)) &&
        asked.some((t) => terms?.has(t)) &&
        audienceOf(quoteWords(corpus, id)).length > 0
      );
    });
  // Each quote of theirs: whom its paragraph tells it went to, in the sentences of the same
  // speaker's words around it ("..., he told reporters."), not of another's in its paragraph.
  const toldTo = theirs.map((id) => {
    const speaker = corpus.kb.passageById.get(id)?.speaker;
    return paragraphOf(corpus, id)
      .filter((other) => corpus.kb.passageById.get(other)?.speaker === speaker)
      .flatMap((other) => audienceOf(quoteWords(corpus, other)));
  });
  // None names the audience in its own words, none went to it, and some went to another: a quote
  // telling no audience ("When asked if ..., Churkin said it was ...") beside one told to reporters
  // is of the same telling.
  return (
    theirs.every((id) => !audience.some((w) => quoteWords(corpus, id).some((o) => sameStem(o, w)))) &&
    toldTo.every((told) => {
      const terms = told.flatMap((w) => wordTerms(corpus, w));
      return !asked.some((t) => terms.includes(t));
    }) &&
    toldTo.some((told) => told.length > 0)
  );
}
/** Pronouns a speaker is asked by ("what did he say to ..."). */
const PRONOUNS = new Set(['he', 'she']);
/** The words of whom a verb of telling right at `from` tells: "tell the diplomats", "say to the council members". */
function audienceAfter(words: readonly string[], from: number): string[] {
  let i = from;
  while (BETWEEN_SAYING.has(words[i] ?? '')) i++;
  const verb = words[i] ?? '';
  if (TELLS.test(verb)) i++;
  else if (SAYS_TO.test(verb) && words[i + 1] === 'to') i += 2;
  else return [];
  while (AUDIENCE_OPENS.has(words[i] ?? '')) i++;
  const taken: string[] = [];
  for (; i < words.length && taken.length < 2; i++) {
    const w = words[i] as string;
    if (STOP_WORDS.has(w)) break;
    taken.push(w);
  }
  return taken;
}
/** Every audience a sentence tells words went to ("he told reporters", "spoke to the press"). */
function audienceOf(words: readonly string[]): string[] {
  return words.flatMap((w, i) => (TELLS.test(w) || SAYS_TO.test(w) ? audienceAfter(words, i) : []));
}
/** The sentences of a quote's paragraph ("p14.s2" -> p14.s1, p14.s2). */
function paragraphOf(corpus: Corpus, id: string): string[] {
  const paragraph = id.split('.')[0] ?? id;
  return corpus.kb.passages.filter((p) => p.id.split('.')[0] === paragraph).map((p) => p.id);
}
/** Verbs whose object is whom they tell: "told reporters", "addressed the diplomats". */
const TELLS = /^(?:tell|tells|told|telling|address|addressed|addresses|addressing)$/;
/** Verbs whose audience follows "to": "spoke to the press", "said to the diplomats". */
const SAYS_TO = /^(?:say|says|said|saying|speak|speaks|spoke|speaking|talk|talks|talked|talking)$/;
/** Words between the speaker and the verb ("what did churkin actually tell"). */
const BETWEEN_SAYING = new Set([
  'actually',
  'really',
  'exactly',
  'even',
  'personally',
  'then',
  'just',
  'ever',
]);
/** Words before the audience's noun ("the diplomats", "those reporters"). */
const AUDIENCE_OPENS = new Set(['the', 'a', 'an', 'those', 'these', 'all', 'his', 'her', 'their', 'its']);

/**
 * Reading a new message against the turn before it: its cues, whom its pronouns stand for, and
 * the readings to try (the question with whom a pronoun stands for; the question before with
 * what the new words name in the place of what they replace).
 */
import { baseForms } from '../text/base-forms.ts';
import { IRREGULAR_PAST } from '../text/irregular.ts';
import { STOP_WORDS, type Term, WH_WORDS, WHY_WORD } from '../text/lexicon.ts';
import { matchKey } from '../text/normalize.ts';
import { isPeopleWord } from '../text/peoples.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { wordTable } from '../text/word-table.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import type { Corpus } from './corpus.ts';
import { asksDeed } from './decide.ts';
import {
  asksSomeoneElse,
  COUNTERPART_WORDS,
  type Cues,
  type CueWords,
  cueTokens,
  cueWordsOf,
  isCueWord,
  isOpener,
  isQuestionStart,
  MESSAGE_NOUNS,
  type PronounUse,
  pickedComparativeAt,
  readCues,
  startsAfresh,
} from './follow-up-cues.ts';
import {
  correctedTokens,
  type Mention,
  mentions,
  type Parsed,
  splitTerms,
  unique,
  uniqueFree,
  type Vocabulary,
} from './follow-up-words.ts';
import { asksPlaceOrTime, askWordOf } from './rank.ts';
import { TUNING } from './tuning.ts';

const F = TUNING.followUps;

export interface Reading {
  analysis: QueryAnalysis;
  entities: string[];
  /** It carries the previous question's topic (not only whom a pronoun stands for). */
  carried: boolean;
  /** Whom the follow-up turned to (a pronoun's referent, a body named instead): the answer must be about them. */
  focus: string[];
  /** A referent asked what they said ("what did they accuse washington of"): the answer must be theirs. */
  speaker: string | null;
  /** What the follow-up asks, when read otherwise than its own words ("lose soldiers": the toll). */
  asks?: QueryAnalysis;
  /** Whom its pronouns stand for, when not those of the Understanding (a subject "it" read as a body). */
  refs?: { pronoun: PronounUse; id: string }[];
}

export interface Understanding {
  text: string;
  tokens: readonly Token[];
  analysis: QueryAnalysis;
  cues: Cues;
  /** Pronouns and whom they stand for. */
  refs: { pronoun: PronounUse; id: string }[];
  /** Entities the question names itself, in order. */
  own: Mention[];
  /** Entities it names after "not" ("no not the white house, ..."): whom it is not about. */
  negated: string[];
  /** "the other one" and whom it stands for, when the message says it. */
  other: { words: string; id: string } | null;
  /** Readings to try, the one the rules prefer first. */
  readings: Reading[];
  /** Only a weak cue ("and", a fragment with a subject of its own): compare with the question alone. */
  weak: boolean;
  /** It asks only someone's word on what the turn before asked ("what does russia think"). */
  theirWord: boolean;
  /**
   * A why read as asking nothing but why because its every word is of the turn before ("why did
   * they hit the army then"): what it asked as it stands, for a why of its own when the quote
   * before gives no reason (follow-up-answers.ts ownWhy).
   */
  restatedWhy?: QueryAnalysis;
}

/** What a message says by itself (defined beside the vocabulary that keeps it). */
export type { Parsed } from './follow-up-words.ts';

export function parse(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  raw?: QueryAnalysis,
  rawTokens?: readonly Token[],
): Parsed {
  const cached = raw ? undefined : vocab.parsed.get(text);
  if (cached) return cached;
  // Read as a chat message first, as the engine reads a question: "tbh" and "lol" gone,
  // "why'd" as "why did" (the engine passes the words it read).
  const message = rawTokens ? undefined : corpus.reader.read(text);
  const read = rawTokens ?? message?.questions.flatMap((q) => q.tokens) ?? [];
  // The words as typed, tokenised once: the reader may have dropped the ones that start afresh
  // ("totally different thing, who ...") or negate a name ("the pentagon, not the white house").
  const all = tokenize(text);
  const words = read.length > 0 ? withOpeners(all, read) : all;
  // An earlier turn keeps the fragments it quoted, as the engine reads them in a question.
  const analysis = raw ?? withQuoted(corpus.analyzer.analyzeTokens(words), message?.quoted ?? []);
  const tokens = correctedTokens(words, analysis);
  const typed = read.length > 0 ? all : words;
  const cw = cueWordsOf(corpus.kb.chat);
  const cues = withoutNegatedPronouns(readCues(cw, tokens), tokens, typed);
  if (!cues.switchTopic && startsAfresh(cw, typed)) cues.switchTopic = true;
  if (!cues.someoneElse && asksSomeoneElse(typed)) cues.someoneElse = true;
  // "ugh i mean the airstrike", "no, the airstrike": the reader drops the words that correct.
  if (!cues.correction && typed !== words && readCues(cw, typed).correction) cues.correction = true;
  const own = mentions(corpus, tokens);
  // "IS fighters?": a first word in capitals that begins a name is that name, not the auxiliary
  // it is spelt as; the message is a fragment naming them, no yes-or-no question.
  const first = tokens[cues.start];
  if (
    !cues.fragment &&
    first !== undefined &&
    first.raw.length > 1 &&
    first.raw === first.raw.toUpperCase() &&
    first.raw !== first.word &&
    own.some((m) => m.start === cues.start) &&
    !tokens.slice(cues.start + 1).some((t) => isQuestionStart(t.word))
  )
    cues.fragment = true;
  const parsed = {
    analysis: withoutCueWords(corpus, tokens, cues, analysis),
    tokens,
    cues,
    own,
    negated: mentions(corpus, typed)
      .filter((m) => negatedAt(typed, m.start))
      .map((m) => m.id),
    negatedWords: negatedClauses(cw, text),
  };
  // Earlier turns are read again at each new one: their parse is kept (bounded, least recent out).
  if (!raw) {
    if (vocab.parsed.size >= F.parsedKept) {
      const oldest = vocab.parsed.keys().next().value;
      if (oldest !== undefined) vocab.parsed.delete(oldest);
    }
    vocab.parsed.set(text, parsed);
  }
  return parsed;
}

/**
 * "no not him the white house official, who did they tell": the reader drops the "no not" that
 * the words as typed put before a pronoun; that pronoun is whom the message is not about, and
 * points at nobody (as "not him" does when read whole). Each pronoun is found in the words as
 * typed by its place from the end: the reader drops words at the start.
 */
function withoutNegatedPronouns(cues: Cues, tokens: readonly Token[], typed: readonly Token[]): Cues {
  if (typed === tokens || cues.pronouns.length === 0) return cues;
  const negated = (index: number): boolean => {
    const word = tokens[index]?.word;
    let later = 0;
    for (let i = index + 1; i < tokens.length; i++) if (tokens[i]?.word === word) later++;
    for (let j = typed.length - 1; j >= 0; j--)
      if (typed[j]?.word === word && later-- === 0) return typed[j - 1]?.word === 'not';
    return false;
  };
  const pronouns = cues.pronouns.filter((p) => !negated(p.index));
  return pronouns.length === cues.pronouns.length ? cues : { ...cues, pronouns };
}

/**
 * "is that ground still theirs now", "is it still closed now": alone, a "still ... now" asks of the
 * writer's present, which a story told once cannot know (answer-type.ts stillMissing); in a
 * conversation, "still" of what the turn before told ("that", "it", "theirs": no person) asks whether it
 * held on after what the story told, and "now" is the story's present. The "now" goes; "still"
 * stays. Not "is he still there now": a person's present is the writer's.
 */
function storyNow(cues: Cues, read: QueryAnalysis): QueryAnalysis {
  const words = read.words;
  if (!words.includes('still') || !words.some((w) => STORY_NOW.has(w))) return read;
  // It points back (a pronoun, or "that land", "this town"), and at no person.
  const back = cues.pronouns.length > 0 || words.some((w) => w === 'that' || w === 'this');
  if (!back || cues.pronouns.some((p) => p.kind === 'person')) return read;
  return { ...read, words: words.filter((w) => !STORY_NOW.has(w)) };
}
/** Words of the present that, after a "still" in a follow-up, may be the story's present. */
const STORY_NOW = new Set(['now']);

/**
 * Whether the message opens with a why that is a clause of its own ("why tho, ...", "why? ...",
 * "ok but why - ..."): the words up to the first comma, stop or dash after it ask nothing but why,
 * and more words follow.
 */
function whyApart(cw: CueWords, text: string): boolean {
  const at = WHY_AT.exec(text);
  if (!at) return false;
  const after = text.slice(at.index + at[0].length);
  const end = CLAUSE_END.exec(after);
  if (!end) return false;
  const rest = tokenize(after.slice(end.index + end[0].length)).map((t) => t.word);
  // What follows supposes the answer ("weren't they going for daesh") or asks the why again
  // ("what set him off", "what's wrong with it"); not a question of its own ("why would they,
  // were they involved?").
  // So does a subject and its negated auxiliary ("they weren't even playing", "it wasn't theirs").
  const first = rest[0]?.replace(/['’]/g, '');
  const second = rest[1]?.replace(/['’]/g, '') ?? '';
  const supposes =
    first !== undefined &&
    (SUPPOSING.has(first) ||
      /^wh?ats?$/.test(first) ||
      (SUPPOSED_SUBJECTS.has(first) && SUPPOSING.has(second)));
  if (!supposes) return false;
  return readCues(cw, tokenize(text.slice(0, at.index + at[0].length + end.index))).whyOnly;
}
/**
 * "why they offered condolences if they say they didn't target them?": a clause after "if" (or
 * "even though", "when they") that follows the why's own words supposes what the turn before
 * told; the why asks of the words before it, and the supposed clause's own words go.
 */
function whyBeforeSupposed(corpus: Corpus, tokens: readonly Token[], asked: QueryAnalysis): QueryAnalysis {
  const why = tokens.findIndex((t) => WHY_WORD.test(t.word));
  if (why < 0) return asked;
  const at = tokens.findIndex((t, i) => i > why + 1 && SUPPOSING_CLAUSE.has(t.word));
  if (at < 0) return asked;
  const before = new Set(corpus.analyzer.analyzeTokens(tokens.slice(0, at)).terms);
  if (![...before].some((t) => !t.startsWith('e:'))) return asked;
  const terms = asked.terms.filter((t) => before.has(t) || t.startsWith('e:'));
  if (terms.length === asked.terms.length) return asked;
  const gone = new Set(tokens.slice(at).map((t) => t.word));
  return { ...asked, terms, free: asked.free.filter((f) => !gone.has(f.word) || before.has(f.term)) };
}
const SUPPOSING_CLAUSE = new Set(['if', 'though', 'although', 'whereas']);

/** A negated auxiliary that opens a question supposing its answer ("weren't they ..."). */
const SUPPOSING = new Set(
  'werent wasnt isnt arent didnt doesnt dont hasnt havent hadnt wouldnt couldnt shouldnt'.split(' '),
);
/** Subjects before a negated auxiliary that supposes the answer ("they weren't ..."). */
const SUPPOSED_SUBJECTS = new Set(['they', 'it', 'he', 'she', 'that', 'this']);
const WHY_AT = /\bwh+y+\b/i;
/** What ends a clause: a comma, a colon or semicolon, a question or full stop, a dash. */
const CLAUSE_END = /[,;:?!.\u2013\u2014]|\s-\s/;

/** The analysis with the fragments its message quotes (two words or more), as the engine adds them. */
function withQuoted(analysis: QueryAnalysis, fragments: readonly string[]): QueryAnalysis {
  const keys = fragments.map(matchKey).filter((k) => k.split(' ').length >= 2);
  return keys.length > 0 ? { ...analysis, quoted: unique([...analysis.quoted, ...keys]) } : analysis;
}

/**
 * The words the reader read, with the openers it dropped before them put back: "then what",
 * "and the observatory?" lean on the turn before by those very words.
 */
function withOpeners(all: readonly Token[], read: readonly Token[]): readonly Token[] {
  const first = read[0]?.word;
  const at = all.findIndex((t) => t.word === first);
  if (at <= 0 || at > MAX_OPENER_WORDS) return read;
  const lead = all.slice(0, at);
  // "wait not australia, what did ...": a word correcting the turn before kept with the "not"
  // after it, which the reader drops as filler before a name ("sorry not ..." it keeps).
  const negating = lead.some((t) => t.word === 'not');
  return lead.every((t) => CONTINUING_OPENERS.has(t.word) || (negating && CORRECTING_OPENERS.has(t.word)))
    ? [...lead, ...read]
    : read;
}
const MAX_OPENER_WORDS = 4;
/** The words a why about being somewhere asks after: what they were there for. */
const PURPOSE_WORDS = 'target';

/**
 * Whether a question asking someone's word leans on the turn before for what it is about: a verb
 * of opinion with no object ("what does moscow think", "what do the russians reckon": think of
 * what?), a thing pronoun ("what do they call it", "what do they say to that"), or "then", "though"
 * at its end ("what do the russians say then"). "What did russia say" asks their words, whole.
 */
function leansOnBefore(tokens: readonly Token[], cues: Cues): boolean {
  const last = tokens.at(-1)?.word ?? '';
  // "what do the russians say", "what does moscow say": the present of saying, last, asks where
  // someone stands (as "think" does), not what they said once ("what did moscow say").
  const present = last === 'says' || (last === 'say' && tokens.some((t) => PRESENT_DO.has(t.word)));
  return OPINION_VERBS.has(last) || present || cues.pronouns.length > 0 || RESPONDING.has(last);
}
/** The auxiliaries that put "say" in the present: "what do they say", not "what did they say". */
const PRESENT_DO = new Set(['do', 'does']);
const OPINION_VERBS = new Set([
  'think',
  'thinks',
  'reckon',
  'reckons',
  'believe',
  'believes',
  'feel',
  'feels',
]);
const RESPONDING = new Set(['then', 'though', 'tho']);
/** Words that correct the turn before, put before "not" ("wait not australia"); "no not X, Y" is read apart. */
const CORRECTING_OPENERS = new Set(['wait', 'oops', 'actually']);
/** Openers that carry on from the turn before (not "i mean" or "sorry": those correct it). */
const CONTINUING_OPENERS = new Set([
  'and',
  'then',
  'but',
  'also',
  'plus',
  'n',
  'so',
  'ok',
  'okay',
  'k',
  'not',
]);

export function understand(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  parsed: Parsed,
  prev: Frame,
  /** Read a subject "it" as the body the turn before was about ("what did it want the US to do"). */
  itAsBody = false,
  /** Read a subject pronoun and the object pronoun of its clause the other way round (resolvePronouns). */
  swapPair = false,
): Understanding | null {
  const asked0 = prev;
  const { tokens } = parsed;
  let { cues } = parsed;
  if (cues.switchTopic) return null;
  if (cues.firstThingAt >= 0) prev = firstFrame(prev);
  const other0 =
    theOtherOne(corpus, vocab, tokens, prev) ??
    theFirstOne(corpus, vocab, tokens, prev) ??
    thatOne(corpus, vocab, tokens, prev) ??
    personOf(corpus, vocab, tokens, parsed.own, prev) ??
    roleHolder(corpus, tokens, parsed.own, prev);
  // "why were they even there": "there" is where they were, not a place asked about.
  const other = cues.beingThere && other0 && tokens[other0.end - 1]?.word === 'there' ? null : other0;
  // "her russian counterpart": the possessive is part of whom the words name, no pronoun of its own.
  if (other && cues.pronouns.some((p) => p.index >= other.start && p.index < other.end))
    cues = { ...cues, pronouns: cues.pronouns.filter((p) => p.index < other.start || p.index >= other.end) };
  // "no not them, the spokesman guy": a correction's pronoun after "not" stands for whom it is
  // not about; it points at nobody to ask about.
  const notThem = (p: PronounUse) => parsed.negatedWords.includes(p.word);
  if (cues.correction && cues.pronouns.some(notThem))
    cues = { ...cues, pronouns: cues.pronouns.filter((p) => !notThem(p)) };
  // "sorry, the pentagon, not the white house": a name after "not" is whom the question is not
  // about, in this message or the one before.
  const negated = parsed.own.filter((m) => parsed.negated.includes(m.id));
  // "the russian guy" is the person, not Russia.
  const named = parsed.own.filter(
    (m) => !negated.includes(m) && !(other && m.start > other.start && m.end <= other.end),
  );
  const own = other ? [...named, other] : named;
  const notWords = new Set(parsed.negatedWords);
  // "does anyone else see it differently?": not whom the turn before was about.
  const others = cues.someoneElse ? prev.entities.filter((id) => !parsed.own.some((m) => m.id === id)) : [];
  const dropped = new Set([
    ...negated.flatMap((m) => corpus.lexicon.entityTerms(m.id)),
    ...others.flatMap((id) => corpus.lexicon.entityTerms(id)),
    ...corpus.analyzer.docTerms(tokens.filter((t) => notWords.has(t.word))),
  ]);
  for (const m of own) for (const t of corpus.lexicon.entityTerms(m.id)) dropped.delete(t);
  for (const t of corpus.analyzer.docTerms(tokens.filter((t) => !notWords.has(t.word)))) dropped.delete(t);
  // "how did they get the message to damascus": "the message" stands for what the turn before
  // told, as "that" does; the word itself is no topic.
  for (const p of cues.pronouns)
    if (p.kind === 'thing' && MESSAGE_NOUNS.has(p.word)) {
      notWords.add(p.word);
      for (const t of corpus.analyzer.docTerms([tokens[p.index] ?? { raw: p.word, word: p.word }]))
        dropped.add(t);
    }
  const asked: QueryAnalysis =
    dropped.size > 0 || notWords.size > 0
      ? {
          ...parsed.analysis,
          terms: parsed.analysis.terms.filter((t) => !dropped.has(t)),
          free: parsed.analysis.free.filter((f) => !notWords.has(f.word)),
        }
      : parsed.analysis;
  // "on what grounds, hypocrisy?" after "power accused russia of hypocrisy": a why whose every
  // word is of the turn before (its question or its first quote) asks nothing but why.
  const restatedWhy = cues.why && !cues.whyOnly && restates(corpus, tokens, asked, named, prev);
  if (restatedWhy) cues = { ...cues, whyOnly: true };
  // "why tho, weren't they going for daesh", "why, what set him off": a why set off by its own
  // punctuation asks why of the turn before; what follows is what the person supposed or asks
  // again in other words, not a topic of its own.
  if (cues.why && !cues.whyOnly && whyApart(cueWordsOf(corpus.kb.chat), text))
    cues = { ...cues, whyOnly: true };
  // "what was the reason?" asks nothing but why: its words are no topic of their own.
  const read00: QueryAnalysis = cues.whyOnly
    ? { ...asked, terms: [], free: [], factors: new Map() }
    : cues.why
      ? whyBeforeSupposed(corpus, tokens, asked)
      : asked;
  const read0 = storyNow(cues, read00);
  // "why were they even there": what they were there for, the target of what they did there.
  const read: QueryAnalysis = cues.beingThere
    ? { ...read0, terms: unique([...read0.terms, ...corpus.analyzer.docTerms(tokenize(PURPOSE_WORDS))]) }
    : read0;
  // "the other one", "the first country" name whom they stand for; their words ("guy", and
  // "man" that WordNet relates to it; "country") are not asked about.
  const otherTokens = other ? tokens.slice(other.start + 1, other.end).map((t) => t.word) : [];
  const otherWords = new Set(
    other
      ? corpus.analyzer
          .analyzeTokens(tokens.slice(other.start + 1, other.end))
          .terms.filter((t) => !t.startsWith('e:'))
      : [],
  );
  const analysis: QueryAnalysis = other
    ? {
        ...read,
        terms: unique([
          ...corpus.lexicon.entityTerms(other.id),
          ...read.terms.filter((t) => !otherWords.has(t)),
        ]),
        free: read.free.filter((f) => !OTHER_OF.has(f.word) && !otherTokens.includes(f.word)),
      }
    : read;
  const { refs, internal, paired } = resolvePronouns(
    corpus,
    vocab,
    cues,
    own,
    tokens,
    prev,
    analysis,
    itAsBody,
    swapPair,
  );
  const split = splitTerms(vocab, analysis.terms);
  const ownTopic = split.topic.filter((t) => !t.startsWith('e:'));
  const unknownWords = analysis.free.filter((f) => !corpus.index.has(f.term));
  const nothingOwn = own.length === 0 && ownTopic.length === 0 && unknownWords.length === 0;
  // "did they say 100?", "was it 40?", "and moscow, 100 too?": a figure offered with nothing of
  // its own but who says it (a verb of saying) is a guess at the figure the turn before asked
  // about; what it counts is the topic carried ("how many died": the death toll).
  const guessedFigure = guessesFigure(vocab, ownTopic, unknownWords);
  // "it", "that", "there" with nobody to stand for: the topic of the question before.
  const topicPronoun = cues.pronouns.some(
    (p) =>
      (p.kind === 'thing' || p.kind === 'place') &&
      !refs.some((r) => r.pronoun === p) &&
      !internal.includes(p),
  );
  const cued =
    refs.length > 0 ||
    topicPronoun ||
    cues.why ||
    cues.questionWord ||
    cues.after ||
    cues.whatAbout ||
    cues.continuation ||
    cues.trailing ||
    cues.correction ||
    others.length > 0;
  // "thanks", "lol": nothing asked and nothing that points back is no follow-up.
  if (nothingOwn && split.slot.length === 0 && !cued) return null;
  // "why were US jets even there": "there" is where the turn before was, and what they were there
  // for is asked of it.
  // "did the US mean to bomb them" -> "what does russia think": a question that asks only what
  // someone says or thinks (whom it names as the one speaking and a verb of saying, nothing else
  // of its own) asks their word on what the turn before asked about, as "and russia?" would.
  const onlyTheirWord =
    own.length > 0 &&
    ownTopic.length === 0 &&
    unknownWords.length === 0 &&
    split.slot.length === 0 &&
    split.say.length > 0 &&
    cues.questionWord &&
    // Not a why ("why is the pentagon saying otherwise" asks the reason), nor one whose pronoun for
    // a person or "about" says whom it is about ("what did he say about power"); "it" is the thing
    // the turn before asked about ("what do the russians call it").
    !cues.why &&
    cues.pronouns.every((p) => p.kind === 'thing') &&
    cues.aboutAt < 0 &&
    leansOnBefore(tokens, cues) &&
    // The turn before asked about a point of its own ("did the US mean to bomb them"), not only
    // about someone ("what did the first one say" after "who spoke").
    splitTerms(vocab, prev.terms).topic.some((t) => !t.startsWith('e:'));
  const needsTopic =
    onlyTheirWord ||
    cues.whyOnly ||
    cues.whatAbout ||
    cues.trailing ||
    topicPronoun ||
    cues.fragment ||
    nothingOwn ||
    guessedFigure ||
    cues.beingThere;
  if (
    refs.length === 0 &&
    !other &&
    !needsTopic &&
    !cues.after &&
    !cues.correction &&
    !cues.continuation &&
    // "what does the other side say", "what was the other figure": "the other" before a word for
    // one of the answers just given (follow-up-cues otherThingAt) picks among them, whatever else
    // the question asks.
    cues.otherThingAt < 0 &&
    others.length === 0
  )
    return null;
  const strong =
    onlyTheirWord ||
    refs.length > 0 ||
    topicPronoun ||
    cues.whyOnly ||
    cues.whatAbout ||
    cues.after ||
    cues.trailing ||
    nothingOwn ||
    guessedFigure ||
    cues.beingThere ||
    (cues.fragment && !(cues.continuation && own.length > 0 && ownTopic.length > 0));

  // Whom a pronoun stands for takes its place: before the names after it ("what did he think of
  // power": he is the one speaking).
  const firstName = own[0]?.start ?? Number.POSITIVE_INFINITY;
  // "what did they accuse washington of": they are the ones speaking; "where did she speak" asks
  // where, not her words; nor is the verb theirs when someone else is named before it ("did he
  // stay in the room when power was about to speak": Power speaks, not he).
  const speechAt = () =>
    tokens.findIndex((t) => corpus.analyzer.docTerms([t]).some((term) => vocab.speech.has(term)));
  const spoken = asksPlaceOrTime(tokens.map((t) => t.word))
    ? null
    : (refs.find(
        (r) =>
          r.pronoun.kind !== 'thing' &&
          subjectPosition(tokens, r.pronoun.index) &&
          analysis.terms.some((t) => vocab.speech.has(t)) &&
          !own.some((m) => m.start > r.pronoun.index && m.start < speechAt()) &&
          // Nor a pronoun of someone else before it ("did he stay for her remarks": hers).
          !refs.some(
            (o) => o.id !== r.id && o.pronoun.index > r.pronoun.index && o.pronoun.index < speechAt(),
          ),
      )?.id ?? null);
  const speaker = spoken === null ? null : voiceOf(corpus, vocab, spoken);
  const refTerms = (before: boolean) =>
    refs
      .filter((r) => r.pronoun.index < firstName === before)
      .flatMap((r) => corpus.lexicon.entityTerms(r.id));
  const base: QueryAnalysis = {
    ...analysis,
    // Whom a pronoun that speaks stands for, set apart from a name before it by the other's
    // gender, is named first, as the one whose words are asked ("what about assad, what did she
    // say about his regime": Power's words about Assad).
    terms: unique([
      ...(refs.some(
        (r) => r.id === spoken && otherGenderIsTheirs(corpus, vocab, own, tokens, cues, r.pronoun),
      )
        ? corpus.lexicon.entityTerms(spoken as string)
        : []),
      ...refTerms(true),
      ...analysis.terms,
      ...refTerms(false),
    ]),
    free: analysis.free,
    corrections: analysis.corrections,
  };
  const baseEntities = unique([...refs.map((r) => r.id), ...own.map((m) => m.id)]);
  const readings: Reading[] = [];
  if (!needsTopic && !cues.correction && !cues.continuation) {
    readings.push({
      analysis: base,
      entities: baseEntities,
      carried: false,
      focus: refs.map((r) => r.id),
      speaker,
    });
  } else {
    // Named after "about" ("and about the US explanation?"), a name is what is asked about,
    // not who: it does not take the place of the body the previous question asked about.
    const subjects = own.filter((m) => !objectOfAbout(tokens, m, cues.aboutAt));
    const focus = unique([...refs.map((r) => r.id), ...subjects.map((m) => m.id)]);
    // "what did brandt say about the mayor" -> "what did she say": she is the one asked about
    // now; Brandt, a person too, is not (a "why" keeps the whole question before).
    const displaced = new Set<Term>(dropped);
    if (!cues.whyOnly)
      for (const ref of refs) {
        const own = new Set(corpus.lexicon.entityTerms(ref.id));
        for (const id of prev.entities)
          if (id !== ref.id && kindClass(corpus, id) === kindClass(corpus, ref.id))
            for (const t of corpus.lexicon.entityTerms(id)) if (!own.has(t)) displaced.add(t);
      }
    readings.push(
      ...carryReadings(corpus, vocab, {
        cues,
        base,
        baseEntities,
        subjects,
        objects: own.filter((m) => objectOfAbout(tokens, m, cues.aboutAt)),
        prev,
        unknownWords,
        focus,
        displaced,
        pointsBack: topicPronoun,
        speaker,
        // "and in the air?" after "how did IS react on the ground": a phrase in place of a phrase.
        rephrased: PREPOSITIONS.has(tokens[cues.start]?.word ?? '')
          ? phraseTerms(corpus, prev.question)
          : new Set<Term>(),
        negates: dropped.size > 0,
        turnedTo: cues.whatAbout && cues.aboutAt >= 0 ? tokens.slice(cues.aboutAt + 1) : [],
        unnamed: new Set(
          corpus.analyzer.docTerms(tokens.filter((_, i) => !own.some((m) => i >= m.start && i < m.end))),
        ),
      }),
    );
    if (cues.why && !cues.whyOnly && ownTopic.length > 0) {
      const seen = new Set(readings.map((r) => [...r.analysis.terms].sort().join(' ')));
      for (const r of ownWhyReadings(vocab, readings[0], base, baseEntities, prev, displaced)) {
        const key = [...r.analysis.terms].sort().join(' ');
        if (!seen.has(key)) readings.push(r);
        seen.add(key);
      }
    }
  }
  // "what other jabs did it aim at the US reps": a subject "it" may be the body the turn before
  // was about as well as its topic; both readings are tried, the topic's first.
  const subjectIt = cues.pronouns.some(
    (p) =>
      p.word === 'it' &&
      AUXILIARIES.has(tokens[p.index - 1]?.word ?? '') &&
      // "which unit was it" asks what it was: a verb must follow.
      p.index < tokens.length - 1 &&
      !refs.some((r) => r.pronoun === p) &&
      !internal.includes(p),
  );
  if (!itAsBody && subjectIt) {
    const alt = understand(corpus, vocab, text, parsed, asked0, true);
    if (alt && alt.refs.length > refs.length)
      readings.push(...alt.readings.map((r) => ({ ...r, refs: alt.refs })));
  }
  // "who are the western pilots russia is talking about" -> "what did they accuse them of": which
  // of the two is the subject the words do not say; both ways are tried, this one first.
  if (paired && !swapPair) {
    const alt = understand(corpus, vocab, text, parsed, asked0, itAsBody, true);
    if (alt) readings.push(...alt.readings.map((r) => ({ ...r, refs: alt.refs })));
  }
  const otherOne = other
    ? {
        words: tokens
          .slice(other.start, other.end)
          .map((t) => t.raw)
          .join(' '),
        id: other.id,
      }
    : null;
  return {
    text,
    tokens,
    analysis,
    cues,
    refs,
    own,
    negated: parsed.negated,
    other: otherOne,
    readings,
    weak: !strong,
    theirWord: onlyTheirWord,
    ...(restatedWhy ? { restatedWhy: asked } : {}),
  };
}

/**
 * The analysis without the words that only carried cues: the openers ("sorry, i meant": not an
 * apology) and unknown cue words ("whyyy", "oops").
 */
/** A figure written in digits ("100", "62"): its term is the word itself. */
const FIGURE_TERM = /^w:\d+$/;

/**
 * A message whose own topic is a figure in digits and nothing else but verbs of saying: "did they
 * say 100?", "was it 40?". It names no thing counted, so it offers a value for the one asked before.
 */
export function guessesFigure(
  vocab: Vocabulary,
  ownTopic: readonly Term[],
  unknownWords: readonly FreeWord[],
): boolean {
  return (
    unknownWords.every((f) => FIGURE_TERM.test(f.term)) &&
    [...ownTopic, ...unknownWords.map((f) => f.term)].some((t) => FIGURE_TERM.test(t)) &&
    ownTopic.every((t) => FIGURE_TERM.test(t) || vocab.speech.has(t))
  );
}

function withoutCueWords(
  corpus: Corpus,
  tokens: readonly Token[],
  cues: Cues,
  analysis: QueryAnalysis,
): QueryAnalysis {
  const cw = cueWordsOf(corpus.kb.chat);
  const carriers = cueTokens(cw, tokens, cues.start);
  const cueWords = new Set(carriers.map((t) => t.word));
  const cueTerms = new Set(carriers.map((t) => `w:${corpus.lexicon.stemOf(t.word)}`));
  for (const t of carriers) for (const term of corpus.analyzer.docTerms([t])) cueTerms.add(term);
  // "the un stuff": nor what the article's words a vague noun is related to ("stuff": concern).
  for (const t of carriers)
    if (VAGUE_NOUNS.has(t.word))
      for (const term of corpus.analyzer.analyzeTokens([t]).terms) cueTerms.add(term);
  // "russia's take", "the company's version", "their side": what they say, asked of them (the
  // question before's verb of saying is carried); the noun is no topic ("take" is not "took part").
  // So is a claim noun right after a name: "the russian side", "the US version".
  const named = new Map(mentions(corpus, tokens).map((m) => [m.end, m.start]));
  const owner = (i: number): number | undefined =>
    i > 0 && possessive(tokens[i - 1] as Token) ? i - 1 : named.get(i);
  const claims = tokens.filter((t, i) => {
    const at = cw.claimNouns.has(t.word) ? owner(i) : undefined;
    if (at === undefined) return false;
    // "is the US on IS's side", "on the russian side" is about support, not what they say.
    const before = tokens[at - 1]?.word === 'the' ? at - 2 : at - 1;
    return !SIDE_PREPOSITIONS.has(tokens[before]?.word ?? '');
  });
  // "damascus's version of events", "their side of the story": what the claim is of says nothing
  // more than the claim noun.
  for (const i of tokens.flatMap((t, i) => (claims.includes(t) ? [i] : []))) {
    const of = tokens[i + 1];
    const what = tokens[i + 2];
    if (of?.word === 'of' && what && TOLD_THINGS.has(what.word)) claims.push(what);
  }
  for (const t of claims) {
    cueTerms.add(`w:${corpus.lexicon.stemOf(t.word)}`);
    for (const term of corpus.analyzer.analyzeTokens([t]).terms) cueTerms.add(term);
  }
  // "what about the coordination part?", "the regret bit": a vague head after the noun that
  // names the topic says which part of the matter, nothing of its own ("took part" is a deed).
  const heads = tokens.filter(
    (t, i) =>
      VAGUE_HEADS.has(t.word) &&
      i >= 2 &&
      THE_ONE.has(tokens[i - 2]?.word ?? '') &&
      !STOP_WORDS.has(tokens[i - 1]?.word ?? '') &&
      !OF_WHAT.has(tokens[i + 1]?.word ?? ''),
  );
  for (const t of heads) {
    cueTerms.add(`w:${corpus.lexicon.stemOf(t.word)}`);
    for (const term of corpus.analyzer.analyzeTokens([t]).terms) cueTerms.add(term);
  }
  // "and the smaller stuff?": the comparative picks among what was listed; no topic of its own.
  const picked = tokens[pickedComparativeAt(tokens.map((t) => t.word))];
  if (picked) for (const term of corpus.analyzer.analyzeTokens([picked]).terms) cueTerms.add(term);
  const claimWords = new Set([...claims, ...heads, ...(picked ? [picked] : [])].map((t) => t.word));
  // "how were they able to?": "able" says how, the topic is the question before's.
  // "that first thing" points back; its words are not asked about.
  const firstThing = cues.firstThingAt >= 0 ? tokens.slice(cues.firstThingAt, cues.firstThingAt + 2) : [];
  if (firstThing.length > 0) for (const t of corpus.analyzer.analyzeTokens(firstThing).terms) cueTerms.add(t);
  const firstWords = new Set(firstThing.map((t) => t.word));
  const stranded = tokens[cues.strandedAt]?.word;
  if (stranded !== undefined)
    for (const t of corpus.analyzer.docTerms(tokens.slice(cues.strandedAt, cues.strandedAt + 1)))
      cueTerms.add(t);
  if (cues.start > 0) {
    const asked = new Set(corpus.analyzer.docTerms(tokens.slice(cues.start)));
    for (const t of corpus.analyzer.docTerms(tokens.slice(0, cues.start))) if (!asked.has(t)) cueTerms.add(t);
  }
  if (cueTerms.size === 0) return analysis;
  return {
    ...analysis,
    terms: analysis.terms.filter((t) => !cueTerms.has(t)),
    free: analysis.free.filter(
      (f) =>
        !isCueWord(cw, f.word) &&
        !cueWords.has(f.word) &&
        f.word !== stranded &&
        !firstWords.has(f.word) &&
        !claimWords.has(f.word),
    ),
    corrections: analysis.corrections,
  };
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** What a side's telling is of, saying nothing more: "version of events", "side of the story". */
const TOLD_THINGS = new Set(['events', 'things', 'story', 'it', 'this', 'that']);
const SIDE_PREPOSITIONS = new Set(['on', 'by', 'from', 'to', 'at']);
/** "russia's", "their": a word that says whose the next one is. */
function possessive(t: Token): boolean {
  return POSSESSIVES.has(t.word) || /['’]s$/.test(t.raw);
}

/** Heads that say which part of a matter the noun before them names ("the coordination part"). */
const VAGUE_HEADS = new Set(['part', 'bit', 'thing', 'aspect']);
/** The determiners before such a noun and its head. */
const THE_ONE = new Set(['the', 'that', 'this']);
/** Words after a head that make it a noun of its own ("the best part of it", "the only part in"). */
const OF_WHAT = new Set(['of', 'in', 'about', 'that', 'which', 'where']);

/** Nouns that name nothing ("air defence stuff"): cue words, with whatever they are related to. */
const VAGUE_NOUNS = new Set(['stuff']);

const OTHER_GENDER = wordTable<'m' | 'f'>({ guy: 'm', man: 'm', woman: 'f', lady: 'f' });

/**
 * "not her, the other one": the person the article names most often beside the one the turn
 * before was about (Power's "Russian colleague" Churkin), as a name of the message.
 */
function theOtherOne(
  corpus: Corpus,
  vocab: Vocabulary,
  tokens: readonly Token[],
  prev: Frame,
): Mention | null {
  const at = tokens.findIndex(
    (t, i) => t.word === 'other' && tokens[i - 1]?.word === 'the' && OTHER_OF.has(tokens[i + 1]?.word ?? ''),
  );
  if (at < 0) return null;
  const gender = OTHER_GENDER[tokens[at + 1]?.word ?? ''];
  const person = (id: string) => corpus.kb.entityById.get(id)?.kind === 'person';
  const was = prev.entities.find(person);
  if (!was) return null;
  const together = new Map<string, number>();
  // In the order of the text (the index lists the lightest first): of two named as often, the
  // first named.
  for (const doc of [...corpus.index.docsWith('passage', `e:${was}`)].sort((a, b) => a - b)) {
    for (const t of corpus.index.termsOf(doc)) {
      const id = t.slice(2);
      const agrees = !gender || !vocab.gender.get(id) || vocab.gender.get(id) === gender;
      if (t.startsWith('e:') && id !== was && person(id) && agrees)
        together.set(id, (together.get(id) ?? 0) + 1);
    }
  }
  const best = [...together].sort((a, b) => b[1] - a[1])[0];
  return best ? { id: best[0], start: at - 1, end: at + 2 } : null;
}

/** Nouns for a person ("the first guy", "that envoy"). */
const asPerson = Object.fromEntries(
  ['guy', 'man', 'woman', 'lady', 'person', 'ambassador', 'diplomat', 'envoy'].map((w) => [
    w,
    'person' as const,
  ]),
);

/** Words for whom "the first ..." points back at: a person, a body (a country, a government), or either. */
const FIRST_OF = wordTable<'person' | 'body' | 'any'>({
  one: 'any',
  ...asPerson,
  country: 'body',
  government: 'body',
  side: 'body',
});

/** Words for whom "the other ..." points at: a person (or "one"), never a body. */
const OTHER_OF = new Set(Object.keys(FIRST_OF).filter((w) => FIRST_OF[w] !== 'body'));

/**
 * "what did the first guy say": whom the earliest turn still read was about (of that kind: a
 * person for "guy", a body for "country"), as a name of the message.
 */
function theFirstOne(
  corpus: Corpus,
  vocab: Vocabulary,
  tokens: readonly Token[],
  prev: Frame,
): Mention | null {
  const at = tokens.findIndex(
    (t, i) =>
      t.word === 'first' &&
      ['the', 'that'].includes(tokens[i - 1]?.word ?? '') &&
      FIRST_OF[tokens[i + 1]?.word ?? ''] !== undefined,
  );
  if (at < 0) return null;
  const noun = tokens[at + 1]?.word ?? '';
  const wanted = FIRST_OF[noun];
  const gender = OTHER_GENDER[noun];
  const fits = (id: string) => {
    const kind = kindClass(corpus, id);
    if (kind === null || kind === 'place') return false;
    if (gender && vocab.gender.get(id) && vocab.gender.get(id) !== gender) return false;
    return wanted === 'any' || kind === wanted;
  };
  // Oldest first: the turns before the latest, then the latest.
  for (const entities of [...prev.earlier.map((t) => t.entities).reverse(), prev.entities]) {
    const id = entities.find(fits);
    if (id) return { id, start: at - 1, end: at + 2 };
  }
  return null;
}

/**
 * Whether a question says nothing the turn before did not: every name it gives is one that turn
 * was about, every word of the article it uses is in that turn's question (its terms, or the base
 * form of an irregular past it typed) or its quotes.
 */
function restates(
  corpus: Corpus,
  tokens: readonly Token[],
  asked: QueryAnalysis,
  named: readonly Mention[],
  prev: Frame,
): boolean {
  if (named.some((m) => !prev.entities.includes(m.id))) return false;
  if (asked.free.some((f) => !corpus.index.has(f.term))) return false;
  const quoted = prev.quoteIds.map((id) => corpus.passageTerms.get(id));
  // The words that ask why ("on what grounds") are not what is asked about.
  const cueTerms = new Set(corpus.analyzer.docTerms(cueTokens(cueWordsOf(corpus.kb.chat), tokens)));
  const topic = asked.terms.filter((t) => !t.startsWith('e:') && corpus.index.has(t) && !cueTerms.has(t));
  if (topic.length === 0) return false;
  const untold = topic.filter((t) => !prev.terms.includes(t) && !quoted.some((q) => q?.has(t)));
  if (untold.length === 0) return true;
  // "the regime troops left the area" -> "why did they leave": the base form of an irregular past
  // the turn before typed ("left", a direction too, read in its phrase as no term; "leave" here,
  // read as walking out) is no word of its own. Not the very word typed again and read otherwise
  // ("closed to the press" -> "why was it closed"), nor a regular form, which reads alike in both.
  // Looked for only when a term is left that the turn before did not have.
  const pasts = new Set(
    tokenize(prev.question).flatMap((t) => {
      const base = IRREGULAR_PAST.get(t.word);
      return base ? [base] : [];
    }),
  );
  if (pasts.size === 0) return false;
  const retold = new Set(
    corpus.analyzer.docTerms(tokens.filter((t) => baseForms(t.word, 'v').some((b) => pasts.has(b)))),
  );
  return untold.every((t) => retold.has(t));
}

/**
 * The words of each clause of a message that starts with "not", past its openers ("..., not the
 * un stuff", "sorry not the pilots").
 */
function negatedClauses(cw: CueWords, text: string): string[] {
  return text.split(/[,;:.!?()\u2013\u2014]|\s-\s/).flatMap((clause) => {
    const words = tokenize(clause).map((t) => t.word);
    // Past the openers: "sorry not the pilots, the US representatives".
    let at = 0;
    while (at < words.length - 1 && words[at] !== 'not' && isOpener(cw, words[at] as string)) at++;
    // "sorry, the US representatives not the pilots": a noun phrase, then "not" and another,
    // with no verb nor question word in the clause, sets the second aside as "not" first does.
    if (words[at] !== 'not') {
      const not = words.indexOf('not', at);
      if (
        not > at &&
        NOUN_PHRASE_STARTS.has(words[not + 1] as string) &&
        NOUN_PHRASE_STARTS.has(words[at] as string) &&
        !words.some((w) => WH_WORDS.has(w) || NOT_AFTER.has(w))
      )
        return words.slice(not + 1);
      return [];
    }
    if (words.length <= at + 1) return [];
    // "no not him the white house official who did they tell", said with no comma: a pronoun is
    // all that "not" takes.
    return NEGATED_PRONOUNS.has(words[at + 1] as string) ? [words[at + 1] as string] : words.slice(at + 1);
  });
}

/** Words that open a noun phrase: "the US representatives not the pilots". */
const NOUN_PHRASE_STARTS = new Set('the a an that this those these his her their its'.split(' '));
/** Words before "not" that make it no setting aside ("or not", "did not", "why not"). */
const NOT_AFTER = new Set(
  `or whether if why did does do was were is are has have had will would could should can may
   might must and but`.split(/\s+/),
);

/** Pronouns that are a whole phrase after "not" ("not him", "not them"). */
const NEGATED_PRONOUNS = new Set(['him', 'her', 'them', 'he', 'she', 'they']);

/** "not the white house", "not pentagon": the name at `start` is negated. */
function negatedAt(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.word;
  return before === 'not' || (DETERMINERS.has(before ?? '') && tokens[start - 2]?.word === 'not');
}
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this']);

const COUNTERPARTS = new Set(COUNTERPART_WORDS);

/**
 * "ok and the russian guy, does he reckon ...": the person under the body a word names (of the
 * gender the noun gives), the one the article names most; "the russian one" only when the turn
 * before was about a person.
 */
function personOf(
  corpus: Corpus,
  vocab: Vocabulary,
  tokens: readonly Token[],
  own: readonly Mention[],
  /** The turn before; null for a turn read on its own ("the russian one" then names no one). */
  prev: Frame | null,
): Mention | null {
  // Nouns for a person (chat.yaml chatPeople, "one", counterparts).
  const people = cueWordsOf(corpus.kb.chat).people;
  for (const m of own) {
    // "the US defense guy", "the russian UN lady": one word between says which of that body's
    // people, a word of their role ("US Defense Department spokesman").
    const role = people.has(tokens[m.end]?.word ?? '') ? undefined : tokens[m.end]?.word;
    const nounAt = role === undefined ? m.end : m.end + 1;
    const noun = tokens[nounAt]?.word ?? '';
    // "her russian counterpart", "his american colleague": the one of that body in the same role.
    const opposite =
      role === undefined && COUNTERPARTS.has(noun) && POSSESSIVES.has(tokens[m.start - 1]?.word ?? '');
    // "and where was the russian", "the american, what did she say": a singular people word with
    // no noun after it is a person of that people, as "the russian one" is (after a person).
    const demonym =
      tokens[m.start - 1]?.word === 'the' &&
      m.end === m.start + 1 &&
      isPeopleWord(tokens[m.start]?.word ?? '') &&
      !(tokens[m.start]?.word ?? '').endsWith('s') &&
      (noun === '' || (STOP_WORDS.has(noun) && !people.has(noun))) &&
      !!prev &&
      kindClass(corpus, prev.entities[0] ?? '') === 'person';
    // "the russian guy", "russia's guy": a noun for a person after the body's name, as its own.
    const owned = /['\u2019]s$/.test(tokens[m.end - 1]?.raw ?? '');
    if (
      !(demonym || opposite || ((tokens[m.start - 1]?.word === 'the' || owned) && people.has(noun))) ||
      kindClass(corpus, m.id) !== 'body' ||
      (role !== undefined && (noun === 'one' || STOP_WORDS.has(role)))
    )
      continue;
    if (noun === 'one' && (!prev || kindClass(corpus, prev.entities[0] ?? '') !== 'person')) continue;
    const gender = OTHER_GENDER[noun];
    const named = (id: string) => corpus.index.docsWith('passage', `e:${id}`).length;
    const inRole = (e: { role?: string; name: string }) =>
      role === undefined ||
      matchKey(`${e.role ?? ''} ${e.name}`)
        .split(' ')
        .includes(matchKey(role));
    const best = corpus.kb.entities
      .filter(
        (e) =>
          e.kind === 'person' &&
          corpus.lexicon.entityTerms(e.id).includes(`e:${m.id}`) &&
          inRole(e) &&
          (!gender || !vocab.gender.get(e.id) || vocab.gender.get(e.id) === gender),
      )
      .sort((a, b) => named(b.id) - named(a.id))[0];
    if (best) return { id: best.id, start: owned ? m.start : m.start - 1, end: demonym ? m.end : nounAt + 1 };
  }
  return null;
}

/**
 * "who was the russian guy at the UN" -> "did he stay for power's bit": the person a turn read on
 * its own names by a noun for a person after a body's name, as personOf reads it in a follow-up;
 * then a "he" after it stands for them. Null when it names no one so.
 */
export function personNamed(corpus: Corpus, vocab: Vocabulary, parsed: Parsed): string | null {
  return personOf(corpus, vocab, parsed.tokens, parsed.own, null)?.id ?? null;
}

/**
 * "no not them, the spokesman guy", "what did the ambassador tell reporters": a person named by a
 * word of their role alone (a word of chat.yaml personWords the entity's role holds), with no
 * name in the message: the one holding it on the side the turn before was about (their bodies
 * share a parent: the US military's side holds the Pentagon's spokesman); of several ("the
 * ambassador" after what Russia said), that side's only one.
 */
function roleHolder(
  corpus: Corpus,
  tokens: readonly Token[],
  own: readonly Mention[],
  prev: Frame,
): Mention | null {
  if (own.length > 0 || prev.entities.length === 0) return null;
  const roleWords = new Set(corpus.kb.chat.personWords);
  const sides = new Set(prev.entities.flatMap((id) => corpus.lexicon.entityTerms(id)));
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    if (!roleWords.has(word) || !DETERMINERS.has(tokens[i - 1]?.word ?? '')) continue;
    const holders = corpus.kb.entities.filter(
      (e) =>
        e.kind === 'person' &&
        matchKey(e.role ?? '')
          .split(' ')
          .includes(matchKey(word)) &&
        corpus.lexicon.entityTerms(e.id).some((t) => t !== `e:${e.id}` && sides.has(t)),
    );
    const only = holders.length === 1 ? holders[0] : undefined;
    if (!only) continue;
    const end = cueWordsOf(corpus.kb.chat).people.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
    return { id: only.id, start: i - 1, end };
  }
  return null;
}

/** Words for whom "that ..." points at: as for "the first ...", a country being a government of its own. */
const THAT_OF = wordTable<'person' | 'body' | 'country'>({
  ...asPerson,
  country: 'country',
  government: 'body',
  side: 'body',
  group: 'body',
});

const ASKS_WHO = /\b(?:who|whos|which|whose)\b/i;

/**
 * "what did that country's military say" after "which other country's jets were part of it":
 * whom the turn before was about, or else whom its first quote names or who says it, of that
 * kind, as a name of the message.
 */
function thatOne(corpus: Corpus, vocab: Vocabulary, tokens: readonly Token[], prev: Frame): Mention | null {
  const at = tokens.findIndex(
    (t, i) => (t.word === 'that' || t.word === 'this') && THAT_OF[tokens[i + 1]?.word ?? ''] !== undefined,
  );
  if (at < 0) return null;
  const noun = tokens[at + 1]?.word ?? '';
  const wanted = THAT_OF[noun];
  const gender = OTHER_GENDER[noun];
  const fits = (id: string) => {
    const kind = kindClass(corpus, id);
    if (wanted === 'country')
      return (
        corpus.kb.entityById.get(id)?.kind === 'government' && corpus.lexicon.entityTerms(id).length === 1
      );
    if (gender && vocab.gender.get(id) && vocab.gender.get(id) !== gender) return false;
    return kind === wanted;
  };
  const quote = prev.quoteIds[0] ? corpus.kb.passageById.get(prev.quoteIds[0]) : undefined;
  const quoted = quote ? mentions(corpus, tokenize(quote.text)).map((m) => m.id) : [];
  const answered = [...quoted, ...(quote?.speaker ? [quote.speaker] : [])];
  // After "who ...", "which ...", the one the answer names is meant, not the one asked about.
  const order = ASKS_WHO.test(prev.question)
    ? [...answered.filter((id) => !prev.entities.includes(id)), ...prev.entities]
    : [...prev.entities, ...answered];
  const id = order.find(fits);
  if (!id) return null;
  // "that country's military": the body of that name under it, as for "its military".
  const part = /['’]s?$/.test(tokens[at + 1]?.raw ?? '')
    ? vocab.partOf(id, tokens[at + 2]?.word ?? '')
    : undefined;
  return part ? { id: part, start: at, end: at + 3 } : { id, start: at, end: at + 2 };
}

/** "about the US explanation": the name right after an "about" (other than "what about"). */
function objectOfAbout(tokens: readonly Token[], m: Mention, aboutAt: number): boolean {
  for (let i = m.start - 1; i >= 0 && i >= m.start - 2; i--) {
    const w = tokens[i]?.word;
    if (w === 'about' || w === 'on' || w === 'regarding') return i !== aboutAt;
    if (w !== 'the' && w !== 'a' && w !== 'an') return false;
  }
  return false;
}

/**
 * The previous question's terms with the new ones: what the new question names replaces what
 * the previous one named in the same place (a body for a body, "when" for "where", a topic for
 * a topic after "what about" or a correction). The rules' reading comes first; where the new
 * words replace something, the bare question frame ("what about the airstrike itself?" after
 * "where did IS shoot down the plane" is "where" and the airstrike) is tried too, and the two
 * are judged by confidence.
 */
interface CarryInput {
  cues: Cues;
  /** The new question's terms, with whom its pronouns stand for. */
  base: QueryAnalysis;
  baseEntities: string[];
  /** The names it gives as whom it asks about (not after "about"). */
  subjects: Mention[];
  /** The names it gives after "about" ("and about daesh?"): what it asks about. */
  objects: Mention[];
  prev: Frame;
  unknownWords: FreeWord[];
  focus: string[];
  /** The earlier question's entities a pronoun's referent takes the place of. */
  displaced: ReadonlySet<Term>;
  /** An "it" or "that" points back at the earlier topic. */
  pointsBack: boolean;
  speaker: string | null;
  /** Terms of the earlier question's phrases that a phrase of the new one replaces ("on the ground"). */
  rephrased: ReadonlySet<Term>;
  /** It says what it is not about ("not the pilots"): what it names takes that place. */
  negates: boolean;
  /** The words after "what about": what it turns to. */
  turnedTo: readonly Token[];
  /** The terms of its words outside the names it gives ("representatives", not the "army" of "syria's army"). */
  unnamed: ReadonlySet<Term>;
}

/** Prepositions that open a phrase saying where, when or how ("in the air", "on sunday"). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'before', 'inside', 'outside', 'near', 'from']);

/** The terms of a question's prepositional phrases, names aside: "on the ground" -> ground. */
function phraseTerms(corpus: Corpus, question: string): Set<Term> {
  const tokens = tokenize(question);
  const out = new Set<Term>();
  tokens.forEach((t, i) => {
    if (!PREPOSITIONS.has(t.word)) return;
    let end = i + 1;
    while (end < tokens.length && end <= i + 3 && !PREPOSITIONS.has(tokens[end]?.word ?? '')) end++;
    for (const term of corpus.analyzer.docTerms(tokens.slice(i + 1, end)))
      if (!term.startsWith('e:')) out.add(term);
  });
  return out;
}

/** The terms of the words for a person by their role (chat.yaml's personWords), by corpus. */
const personTermsOf = new WeakMap<Corpus, ReadonlySet<Term>>();
function personTerms(corpus: Corpus): ReadonlySet<Term> {
  let terms = personTermsOf.get(corpus);
  if (!terms) {
    terms = new Set(corpus.analyzer.docTerms(tokenize(corpus.kb.chat.personWords.join(' '))));
    personTermsOf.set(corpus, terms);
  }
  return terms;
}

/** The words of "what did X do" that make a reading ask a deed (decide.ts asksDeed), X left out. */
const DEED_QUESTION = ['what', 'did', 'they', 'do'];

const NUMBER_TERM = /^w:\d/;
const NUMBER_CONCEPT: Term = 'c:number';

function carryReadings(corpus: Corpus, vocab: Vocabulary, input: CarryInput): Reading[] {
  const {
    cues,
    base,
    baseEntities,
    subjects,
    objects,
    prev,
    unknownWords,
    focus,
    displaced,
    pointsBack,
    speaker,
    rephrased,
    negates,
    turnedTo,
    unnamed,
  } = input;
  const p = splitTerms(vocab, prev.terms);
  const n = splitTerms(vocab, base.terms);
  const newTopic = n.topic.filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  const prevEntities = p.topic.filter((t) => t.startsWith('e:') && !displaced.has(t));
  // "where was the strike, aleppo?" -> "oh my bad, where was it actually": a correction takes
  // back the turn before's guess, a word the article does not have.
  const guessTakenBack = (t: Term) => cues.correction && !corpus.index.has(t);
  // "what did australia's military say" -> "oops, i meant syria's military": a word of the
  // article's the new question says again is read as it reads there (in the name of Syria's
  // army), not carried as the bare word it was before.
  const wordsAgain = new Set(
    base.words.flatMap((w) => corpus.analyzer.docTerms(tokenize(w)).filter((t) => t.startsWith('w:'))),
  );
  const saidAgain = (t: Term) => wordsAgain.has(t);
  // "what did russia accuse the pilots of" -> "and the US representatives?": a fragment (or "what
  // about") that names people by their role (chat.yaml's personWords: representatives, officials,
  // pilots) where the question before named other people by theirs puts the new ones in the old
  // ones' place, the ellipsis of a noun phrase: the pilots are not carried into any reading.
  const roles = personTerms(corpus);
  const newRoles = newTopic.filter((t) => roles.has(t) && unnamed.has(t));
  const oldRoles = p.topic.filter((t) => roles.has(t) && !newRoles.includes(t));
  const swapsRole =
    (cues.fragment || cues.whatAbout) && !negates && newRoles.length > 0 && oldRoles.length > 0;
  const prevTopic = p.topic.filter(
    (t) =>
      !t.startsWith('e:') &&
      !rephrased.has(t) &&
      !displaced.has(t) &&
      !saidAgain(t) &&
      !(swapsRole && oldRoles.includes(t)) &&
      !guessTakenBack(t),
  );
  // "what did power call russia's move" -> "and moscow's actions in general?": a name the question
  // before named already (Moscow for Russia) is no one new; whom that question asked stays.
  const newNames =
    subjects.some((m) => !prev.entities.includes(m.id)) || unknownWords.some((w) => !w.english);
  // After "what about" or a correction, a new topic takes the place of the old one; so it does
  // in a whole question of its own ("and how many wounded?"), unless its "it" or "that" points
  // back at the old one ("who shot it down"), and only for words the article knows.
  const replaces = cues.whatAbout || cues.correction;
  // "what did australia offer the families" -> "and about daesh?": a name after "about" that the
  // question before did not name is a topic, and takes the place of the old one (what Australia
  // said of Daesh), as a word of the article would.
  const newObject = replaces && objects.some((m) => !prev.entities.includes(m.id));
  const newWords = newTopic.length > 0 || (replaces && unknownWords.some((w) => w.english));
  const replaceTopic = (newWords || newObject) && (replaces || (!cues.fragment && !pointsBack));
  const slots = n.slot.length > 0 ? [] : p.slot;
  // What the question before asked with ("who", "what"): read only when a rule needs it.
  const prevAsked = () => askWordOf(parse(corpus, vocab, prev.question).analysis.words);
  // "and the US ambassador to the UN?" after "who was the US defense spokesman" asks who she is,
  // as the question before asked who he was: a person named by role, asked for by name ("what
  // about" is a cue, not what is asked).
  const asksWhoAgain =
    slots.length > 0 &&
    (askWordOf(base.words) === null || cues.whatAbout) &&
    prevAsked() === 'who' &&
    subjects.some((m) => corpus.kb.entityById.get(m.id)?.kind === 'person');
  // "what did power do during the meeting" -> "what about churkin?": a person it turns to, named
  // alone, is asked the deed the question before asked ("what did churkin do"), not their words.
  // Not a body ("what did IS do after" -> "and the regime?": what the quote before says it
  // claimed), nor one asked their version.
  const asksDeedAgain =
    !asksWhoAgain &&
    (cues.whatAbout || (cues.fragment && askWordOf(base.words) === null)) &&
    !negates &&
    newTopic.length === 0 &&
    n.say.length === 0 &&
    subjects.some(
      (m) => !prev.entities.includes(m.id) && corpus.kb.entityById.get(m.id)?.kind === 'person',
    ) &&
    asksDeed(parse(corpus, vocab, prev.question).analysis.words);
  const askedWords = asksWhoAgain
    ? ['who', ...base.words]
    : asksDeedAgain
      ? [...DEED_QUESTION, ...base.words]
      : base.words;

  const build = (keepEntities: boolean, keepTopic: boolean): Reading => {
    const carried = [
      ...slots,
      ...p.say,
      ...(keepEntities ? prevEntities : []),
      ...(keepTopic ? prevTopic : []),
    ];
    const freeKept = prev.free.filter(
      (w) =>
        (w.english ? keepTopic : keepEntities) &&
        !rephrased.has(w.term) &&
        !saidAgain(w.term) &&
        !guessTakenBack(w.term),
    );
    // "the observatory says 90" -> "what about damascus": the figure was the observatory's; the
    // other side is asked for its own figure, not for the same one.
    const figures = [...carried, ...freeKept.map((w) => w.term)].some((t) => NUMBER_TERM.test(t));
    const ownFigures =
      figures && !keepEntities && subjects.length > 0 && !base.terms.some((t) => NUMBER_TERM.test(t));
    const kept = ownFigures ? [...carried.filter((t) => !NUMBER_TERM.test(t)), NUMBER_CONCEPT] : carried;
    const keptFree = ownFigures ? freeKept.filter((w) => !NUMBER_TERM.test(w.term)) : freeKept;
    const entities = unique([
      ...baseEntities,
      ...(keepEntities ? prev.entities.filter((id) => kept.includes(`e:${id}`)) : []),
    ]);
    return {
      analysis: {
        ...base,
        words: askedWords,
        terms: unique([...base.terms, ...kept, ...keptFree.map((w) => w.term)]),
        free: uniqueFree([...base.free, ...keptFree]),
        quoted: keepTopic ? unique([...base.quoted, ...prev.quoted]) : base.quoted,
        corrections: base.corrections,
      },
      entities,
      carried: true,
      focus,
      speaker,
    };
  };
  // "did the US request the UN meeting" -> "sorry, who actually requested it": a correction that
  // asks who, naming no one, after a yes-or-no question that named whom it asked about, takes
  // that name back as the guess it was: the question before, whom it named left out, what it
  // asked kept.
  const whoTakenBack =
    cues.correction &&
    !negates &&
    subjects.length === 0 &&
    prevEntities.length > 0 &&
    p.slot.length === 0 &&
    askWordOf(base.words) === 'who' &&
    prevAsked() === null;
  // "sorry not the pilots, the US representatives": what it names takes the place of what it
  // says it is not about; the rest of the question before stands (what the Russians said).
  const readings = negates
    ? [build(true, true), build(!newNames, !replaceTopic)]
    : whoTakenBack
      ? [build(false, true)]
      : [build(!newNames, !replaceTopic)];
  // Not for a name after "about" alone: it is what is asked about, not who asks ("and about the
  // US?" after what Russia said of the pilots is not what the US said).
  if ((replaceTopic && newWords) || newNames) readings.push(build(false, false));
  // "what did russia say about the pilots" -> "what about the US reps?": whom and what it names
  // (a body's people) may take the place of what the question before asked about, whom it asked
  // stays (what Russia said of the US representatives). Tried beside the others; the surer wins.
  if (cues.whatAbout && !negates && newNames && replaceTopic && prevTopic.length > 0)
    readings.push(build(true, false));
  // "what did the australians offer" -> "and their line on intent?": a fragment that asks a thing
  // of its own of whom its possessive stands for asks that of them, not what was asked before of
  // them as well (their offer). Tried beside the reading that keeps the old topic too.
  else if (
    cues.fragment &&
    newTopic.length > 0 &&
    focus.length > 0 &&
    cues.pronouns.some((p) => POSSESSIVES.has(p.word))
  )
    readings.push(build(true, false));
  // "what did russia accuse the pilots of" -> "and the US representatives?": people named by
  // their role in the place of people named by theirs; whom the question before named stays (what
  // Russia said of the US representatives: see roleSwapped).
  if (swapsRole) readings.push(build(true, false));
  // "what equipment did the regime lose" -> "what about the time frame": "what about" a thing that
  // only asks what a question word asks (how long, when, where), and nothing the article tells,
  // asks that of what the question before was about: whom it named stays, what it asked goes.
  const slotOnly =
    cues.whatAbout &&
    newTopic.length === 0 &&
    subjects.length === 0 &&
    n.slot.length > 0 &&
    n.slot.some((t) => !p.slot.includes(t));
  if (slotOnly) readings.push(build(true, false));
  // "what did the syrian army lose, tanks?" -> "actually i meant what did they say about the US": a
  // correction that is a whole question of its own asks it of whom it points back at, not also
  // what the question before asked of them. Tried beside the others; the surer wins.
  if (cues.correction && !cues.fragment && focus.length > 0 && !newNames && askWordOf(base.words) !== null)
    readings.push(build(true, false));
  // "what equipment did the regime lose" -> "what about soldiers?": what it names takes the place
  // of the thing asked for, and the verb of the question before stays (what else they lost).
  if (cues.whatAbout && replaceTopic && subjects.length === 0) {
    const verb = verbOf(corpus, prev.question);
    const verbTerms = verb ? corpus.analyzer.docTerms([verb]) : [];
    if (verb && turnedTo.length > 0 && verbTerms.some((t) => prevTopic.includes(t))) {
      // The verb and what it turns to read together, as one phrase of the knowledge may say them
      // ("lose soldiers" is a death toll).
      const together = corpus.analyzer
        .analyzeTokens([verb, ...turnedTo])
        .terms.filter((t) => !t.startsWith('e:'));
      const kept = build(true, false);
      const own = new Set(newTopic);
      // Only where they make a phrase: "what was destroyed" -> "what about the soldiers?" reads
      // "destroyed" and "soldiers" each as alone, so what it asks is still the soldiers, and a
      // quote of the equipment destroyed holds nothing of them.
      const apart = new Set([...verbTerms, ...corpus.analyzer.analyzeTokens(turnedTo).terms]);
      const phrase = together.some((t) => !apart.has(t));
      readings.push({
        ...kept,
        ...(phrase ? { asks: { ...base, terms: together } } : {}),
        analysis: {
          ...kept.analysis,
          terms: unique([
            ...kept.analysis.terms.filter((t) => !own.has(t) || together.includes(t)),
            ...together,
          ]),
        },
      });
    }
  }
  // "how many tanks were destroyed" -> "sorry, i meant mortars": a correction that names only a
  // thing puts it in place of one thing the question before asked, and the rest of that question
  // stands (how many mortars were destroyed). Which one it replaces is not said: each is tried
  // beside the others, and the surer reading wins.
  if (cues.correction && cues.fragment && replaceTopic && !newNames && !pointsBack && prevTopic.length > 1) {
    const kept = build(true, true);
    for (const t of prevTopic)
      readings.push({
        ...kept,
        analysis: {
          ...kept.analysis,
          terms: kept.analysis.terms.filter((x) => x !== t || base.terms.includes(x)),
        },
      });
  }
  // "what did IS do on sunday" -> "where did that happen": after a "what" question, "that" may
  // be what the answer told, not what the question asked; the quote's own topic joins the
  // question before's ("the raid was 40 mins" -> "what time did it start" is about the raid).
  const told = prev.quoteIds[0] ? corpus.passageTerms.get(prev.quoteIds[0]) : undefined;
  if (told && pointsBack && !replaces && n.slot.length > 0 && prevAsked() === 'what') {
    const kept = build(true, true);
    const event = splitTerms(vocab, [...told]).topic.filter((t) => t.startsWith('c:'));
    readings.push({
      ...kept,
      analysis: { ...kept.analysis, terms: unique([...kept.analysis.terms, ...event]) },
    });
  }
  // Two readings with the same terms are one.
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = [...r.analysis.terms].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "why did she think that was hypocritical" after what Power accused Russia of, "why were they
 * unhappy with it" after what the Russians said of the US explanation: a why with a predicate of
 * its own asks the reason for that, not for what the question before asked. Tried beside the
 * question before carried whole: that question's topic without its verb of saying, and whom it
 * was about without its topic ("the raid lasted 40 min" -> "why did it end there"); the surer
 * reading wins.
 */
function ownWhyReadings(
  vocab: Vocabulary,
  carried: Reading | undefined,
  base: QueryAnalysis,
  baseEntities: readonly string[],
  prev: Frame,
  displaced: ReadonlySet<Term>,
): Reading[] {
  if (!carried) return [];
  const own = new Set(base.terms);
  const said = splitTerms(vocab, prev.terms).say.filter((t) => !own.has(t));
  const unsaid = carried.analysis.terms.filter((t) => !said.includes(t));
  const whom = prev.entities.filter((id) => !displaced.has(`e:${id}`));
  const entityTerms = prev.terms.filter((t) => t.startsWith('e:') && !displaced.has(t));
  const ofWhom: Reading = {
    ...carried,
    analysis: { ...base, terms: unique([...base.terms, ...entityTerms]) },
    entities: unique([...baseEntities, ...whom]),
  };
  return [{ ...carried, analysis: { ...carried.analysis, terms: unsaid } }, ofWhom];
}

/**
 * A question's verb after its auxiliary and subject: "lose" in "what equipment did the regime
 * lose", "destroyed" in "what was destroyed"; none when there is no auxiliary.
 */
function verbOf(corpus: Corpus, question: string): Token | undefined {
  const tokens = tokenize(question);
  const aux = tokens.findIndex((t) => AUXILIARIES.has(t.word));
  if (aux < 0) return undefined;
  const named = mentions(corpus, tokens);
  let at = aux + 1;
  for (;;) {
    const word = tokens[at]?.word;
    if (word === undefined) return undefined;
    const name = named.find((m) => m.start === at);
    if (name) at = name.end;
    else if (SUBJECT_WORDS.has(word)) at++;
    else break;
  }
  return tokens[at];
}
/** Words of a subject before its verb: determiners and pronouns. */
const SUBJECT_WORDS = new Set([
  'the',
  'a',
  'an',
  'they',
  'he',
  'she',
  'it',
  'we',
  'you',
  'i',
  'its',
  'their',
]);

// --- pronouns ----------------------------------------------------------------------------------

const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these']);
const AUXILIARIES = new Set([
  'did',
  'does',
  'do',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
]);

/** "what did it say": right after an auxiliary, or first, the pronoun is who does the saying. */
export function subjectPosition(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.word;
  return before === undefined || AUXILIARIES.has(before);
}

/** Kinds a "they" or an "it" can stand for: bodies, not people or places. */
/**
 * Whose words speak for a body: its own, or, for an alliance that says nothing itself, those of
 * the government that leads it ("did they say it was on purpose", they the US-led coalition: the
 * US's statements are the coalition's).
 */
export function voiceOf(corpus: Corpus, vocab: Vocabulary, id: string): string {
  if (vocab.speaking.has(`e:${id}`)) return id;
  const entity = corpus.kb.entityById.get(id);
  const parent = entity?.parent;
  return entity?.kind === 'alliance' && parent !== undefined && vocab.speaking.has(`e:${parent}`)
    ? parent
    : id;
}

const BODY_KINDS = new Set([
  'government',
  'military',
  'group',
  'monitor',
  'alliance',
  'institution',
  'media',
]);

/** The plural pronouns: people acting together, never a forum such as a council. */
const GROUP_WORDS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** People, places, or bodies (governments, armies, groups...): what a pronoun can stand for. */
function kindClass(corpus: Corpus, id: string): 'person' | 'place' | 'body' | null {
  const kind = corpus.kb.entityById.get(id)?.kind;
  if (!kind) return null;
  return kind === 'person' || kind === 'place' ? kind : 'body';
}

function agrees(corpus: Corpus, vocab: Vocabulary, id: string, pronoun: PronounUse): boolean {
  const kind = corpus.kb.entityById.get(id)?.kind;
  if (!kind) return false;
  if (pronoun.kind === 'person') {
    const gender = vocab.gender.get(id);
    return kind === 'person' && (!gender || gender === pronoun.gender);
  }
  if (pronoun.kind === 'place') return kind === 'place';
  // "where did they talk to reporters" after the UN meeting: those at it, not the forum (an
  // institution that says nothing in the article, only where others speak).
  if (kind === 'institution' && GROUP_WORDS.has(pronoun.word) && !vocab.speaking.has(`e:${id}`)) return false;
  return BODY_KINDS.has(kind);
}

/**
 * Whom each pronoun stands for: the latest entity that agrees with it, in the question before
 * (its subject first), then among the speakers of the quotes it was answered with. A pronoun
 * that agrees with a name earlier in the same question is that name's ("how did the US send its
 * regret"), and needs no context. "It" stands for a body only when it says something ("what
 * did it say next") or owns something ("its military"); otherwise it is the topic.
 */
function resolvePronouns(
  corpus: Corpus,
  vocab: Vocabulary,
  cues: Cues,
  own: Mention[],
  tokens: readonly Token[],
  prev: Frame,
  analysis: QueryAnalysis,
  itAsBody: boolean,
  swapPair: boolean,
): { refs: { pronoun: PronounUse; id: string }[]; internal: PronounUse[]; paired: boolean } {
  const says = analysis.terms.some((t) => vocab.say.has(t));
  const refs: { pronoun: PronounUse; id: string }[] = [];
  const internal: PronounUse[] = [];
  /** A subject pronoun and the object pronoun of its clause, each read as a different one. */
  let paired: { subject: string; object: string } | null = null;
  const sure = new Set<string>();
  const candidates = [
    ...answeredWho(corpus, prev),
    ...prev.entities,
    ...prev.quoteIds.flatMap((id) => {
      const s = corpus.kb.passageById.get(id)?.speaker;
      return s ? [s] : [];
    }),
  ];
  // "how many soldiers died" -> "were they buried in damascus?": "they" is the things the question
  // before named in the plural (the topic), not whoever its answer quoted. Not whom the answer
  // named ("which countries took part" -> "what did they say"), nor a "they" in a question of
  // words ("what did they say about it"), nor after a question that named a body "they" fits.
  const plural = !says && answeredWho(corpus, prev).length === 0 && pluralNamed(corpus, prev);
  for (const pronoun of cues.pronouns) {
    // "That" is the topic; so is "it", unless it says something or owns something.
    if (DEMONSTRATIVES.has(pronoun.word)) continue;
    if (
      own.some((m) => m.end <= pronoun.index && agrees(corpus, vocab, m.id, pronoun)) &&
      !otherGenderIsTheirs(corpus, vocab, own, tokens, cues, pronoun)
    ) {
      internal.push(pronoun);
      continue;
    }
    if (plural && pronoun.kind === 'group' && !prev.entities.some((c) => agrees(corpus, vocab, c, pronoun)))
      continue;
    // "where was each of them", "what did both of them say": every one of the people or bodies
    // named before, not only the latest ("Power and Churkin weren't in the same room").
    const every = everyOneOf(corpus, vocab, tokens, pronoun, prev);
    if (every.length >= 2) {
      for (const id of every) if (!refs.some((r) => r.id === id)) refs.push({ pronoun, id });
      continue;
    }
    const speaks = says && subjectPosition(tokens, pronoun.index);
    const acts = itAsBody && AUXILIARIES.has(tokens[pronoun.index - 1]?.word ?? '');
    if (pronoun.kind === 'thing' && !pronoun.possessive && !speaks && !acts) continue;
    // "who are the western pilots russia is talking about" -> "what did they accuse them of":
    // an object pronoun is never who the subject pronoun of its own clause is (that would be
    // "themselves"), so it stands for another one named before.
    const subject = clauseSubject(tokens, pronoun, refs);
    const unnamed =
      speaks || SAYING.has(tokens[pronoun.index + 1]?.word ?? '')
        ? unnamedSpeakerQuoted(corpus, vocab, prev, pronoun)
        : undefined;
    if (unnamed) sure.add(unnamed);
    // "was the strike on purpose?" -> "then why did they hit the syrian army": who struck is
    // whom the question before named, never one only quoted on it (the monitor that counted
    // the dead).
    const among = strikes(corpus, tokens, pronoun)
      ? [...answeredWho(corpus, prev), ...prev.entities]
      : candidates;
    let id =
      unnamed ??
      among.find((c) => c !== subject && agrees(corpus, vocab, c, pronoun)) ??
      // A person no one in the latest turn agrees with ("she" after Churkin): an earlier one.
      (pronoun.kind === 'person' ? earlierPerson(corpus, vocab, prev, pronoun) : undefined) ??
      // "did he stick around for her remarks": set against a "he" that stands for someone, a
      // "her" no turn names anyone for is the one woman of the knowledge.
      (refs.some(
        (r) => r.pronoun.kind === 'person' && r.pronoun.gender && r.pronoun.gender !== pronoun.gender,
      )
        ? onlyOfGender(vocab, pronoun)
        : undefined);
    if (!id) continue;
    // "its military": the body of that name under it. "its crew" is the topic's crew.
    if (pronoun.possessive) {
      const next = tokens[pronoun.index + 1];
      const part = next ? vocab.partOf(id, next.word) : undefined;
      if (part) id = part;
      else if (pronoun.kind === 'thing' && !speaks) continue;
    }
    if (!refs.some((r) => r.id === id)) refs.push({ pronoun, id });
    // The one whose quote came first is surely the one speaking: the pair is not tried swapped.
    if (subject !== undefined && !sure.has(subject) && refs.at(-1)?.pronoun === pronoun)
      paired = { subject, object: id };
  }
  if (paired && swapPair)
    for (const r of refs)
      r.id = r.id === paired.subject ? paired.object : r.id === paired.object ? paired.subject : r.id;
  return { refs, internal, paired: paired !== null };
}

/** The concept of striking ("hit", "bomb", "strike"). */
const STRIKE: Term = 'c:strike';

/** Whether a subject pronoun is followed by a verb of striking: "did they hit", "they bombed". */
function strikes(corpus: Corpus, tokens: readonly Token[], pronoun: PronounUse): boolean {
  if (pronoun.possessive || !subjectPosition(tokens, pronoun.index)) return false;
  const verb = tokens[pronoun.index + 1];
  // "how long was the strike" -> "why did they stop": who stopped it is who struck.
  if (verb !== undefined && STOPPING.has(verb.word)) return true;
  return verb !== undefined && corpus.analyzer.docTerms([verb]).includes(STRIKE);
}
/** Verbs of breaking off a strike, done by whoever struck. */
const STOPPING = new Set(['stop', 'stopped', 'halt', 'halted', 'abort', 'aborted', 'quit']);

/**
 * "what about assad, what did she say about his regime": a "she" and a "his" are not one person,
 * so the name before them is the one in the other's place ("his", not the subject who speaks),
 * and the speaking pronoun stands for someone before (Power), as if the name were not there.
 */
function otherGenderIsTheirs(
  corpus: Corpus,
  vocab: Vocabulary,
  own: readonly Mention[],
  tokens: readonly Token[],
  cues: Cues,
  pronoun: PronounUse,
): boolean {
  if (pronoun.kind !== 'person' || pronoun.possessive || !subjectPosition(tokens, pronoun.index))
    return false;
  return cues.pronouns.some(
    (o) =>
      o.kind === 'person' &&
      o.gender !== pronoun.gender &&
      (o.possessive || !subjectPosition(tokens, o.index)) &&
      own.some(
        (m) => m.end <= o.index && agrees(corpus, vocab, m.id, o) && agrees(corpus, vocab, m.id, pronoun),
      ),
  );
}

/**
 * "someone from the white house talked to reuters" -> "what did he say washington felt": a "he"
 * or "she" who speaks is the one unnamed person a body's name stands for ("a senior White House
 * official"), but only when the turn before quoted that person's own sentence first and named no
 * person the pronoun fits; otherwise the pronoun is read as any other.
 */
function unnamedSpeakerQuoted(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  pronoun: PronounUse,
): string | undefined {
  if (pronoun.kind !== 'person' || pronoun.possessive) return undefined;
  const first = prev.quoteIds[0];
  const speaker = first ? corpus.kb.passageById.get(first)?.speaker : undefined;
  if (!speaker || !oneUnnamedPerson(corpus, speaker)) return undefined;
  const people = [...answeredWho(corpus, prev), ...prev.entities];
  return people.some((c) => agrees(corpus, vocab, c, pronoun)) ? undefined : speaker;
}

/** A body named as one person whose name the article does not give ("a senior White House official"). */
function oneUnnamedPerson(corpus: Corpus, id: string): boolean {
  const entity = corpus.kb.entityById.get(id);
  if (!entity || entity.kind === 'person') return false;
  const words = tokenize(entity.name).map((t) => t.word);
  return (words[0] === 'a' || words[0] === 'an') && ONE_PERSON_ROLES.has(words.at(-1) ?? '');
}

/** Verbs of telling right after a pronoun: it is who speaks ("what exactly did he tell them"). */
const SAYING = new Set([
  'say',
  'says',
  'said',
  'tell',
  'tells',
  'told',
  'mention',
  'mentioned',
  'add',
  'added',
  'explain',
  'explained',
  'claim',
  'claimed',
]);

/** Nouns of one person's role, as a body's name gives them. */
const ONE_PERSON_ROLES = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'diplomat',
  'aide',
  'source',
  'envoy',
]);

/**
 * Whom the subject pronoun of an object pronoun's own clause was read as ("they" in "what did they
 * accuse them of", "did he tell him"): a "they", "he" or "she" before it, of its kind, with no
 * word that opens another clause between. Undefined for a subject, a possessive or a pronoun
 * alone in its clause.
 */
function clauseSubject(
  tokens: readonly Token[],
  pronoun: PronounUse,
  refs: readonly { pronoun: PronounUse; id: string }[],
): string | undefined {
  if (pronoun.possessive || !OBJECT_PRONOUNS.has(pronoun.word)) return undefined;
  const subject = refs.find(
    (r) =>
      r.pronoun.index < pronoun.index &&
      r.pronoun.kind === pronoun.kind &&
      SUBJECT_OF[pronoun.word] === r.pronoun.word &&
      tokens.slice(r.pronoun.index + 1, pronoun.index).every((t) => !CLAUSE_OPENERS.has(t.word)),
  );
  return subject?.id;
}
/** An object pronoun and the subject pronoun of its own kind (person or group). */
const SUBJECT_OF = wordTable<string>({ them: 'they', him: 'he', her: 'she' });
const OBJECT_PRONOUNS = new Set(Object.keys(SUBJECT_OF));
/** Words that open another clause, whose subject may be the object's again ("they said that X hit them"). */
const CLAUSE_OPENERS = new Set(
  'and or but that which who whom when while if because since after before as so then'.split(' '),
);

/** Words that take "of them" to ask every one of a group ("each of them", "both of them"). */
const EVERY_ONE_OF = new Set(['each', 'both', 'all', 'either', 'neither']);

/** Words after a plural pronoun that ask every one of them ("they each said", "them both"). */
const EVERY_ONE_AFTER = new Set(['each', 'both']);

/**
 * Is the pronoun at `i` asked of every one of a group: "each of them", "both of them", or a
 * floating quantifier right after it ("what did they each say", "did they both leave", "ask
 * them both")? Not "they all" ("did they all die" asks of the whole, as one).
 */
export function everyOneAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.word;
  if (word === 'them' && tokens[i - 1]?.word === 'of' && EVERY_ONE_OF.has(tokens[i - 2]?.word ?? ''))
    return true;
  return (word === 'they' || word === 'them') && EVERY_ONE_AFTER.has(tokens[i + 1]?.word ?? '');
}

/** Does a question ask every one of a group by a pronoun ("each of them", "they both")? */
export function asksEveryOneOfThem(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => everyOneAt(tokens, i));
}

/**
 * The people or bodies a plural pronoun after "each of", "both of" (and "all", "either",
 * "neither") stands for, every one of them: the people the question before names, else the
 * bodies. Empty when the pronoun is not so asked.
 */
function everyOneOf(
  corpus: Corpus,
  vocab: Vocabulary,
  tokens: readonly Token[],
  pronoun: PronounUse,
  prev: Frame,
): string[] {
  if (!everyOneAt(tokens, pronoun.index)) return [];
  const people = prev.entities.filter((id) => kindClass(corpus, id) === 'person');
  if (people.length >= 2) return unique(people);
  return unique(prev.entities.filter((id) => agrees(corpus, vocab, id, pronoun)));
}

/**
 * Whether the question before names a thing in the plural that is no name ("soldiers", "the
 * planes"): a plural noun the knowledge has, outside every name it mentions.
 */
function pluralNamed(corpus: Corpus, prev: Frame): boolean {
  const tokens = tokenize(prev.question);
  const named = mentions(corpus, tokens);
  return tokens.some(
    (t, i) =>
      /^[a-z]{4,}[^s]s$/.test(t.word) &&
      !STOP_WORDS.has(t.word) &&
      !named.some((m) => m.start <= i && i < m.end) &&
      corpus.analyzer.docTerms([t]).some((term) => !term.startsWith('e:') && corpus.index.has(term)),
  );
}

/**
 * After "which country flew with the US", "who asked for the meeting" (the one asked about is
 * who does it), a pronoun stands first for whom the answer named: those its first quote names,
 * or who says it, other than the question's own names ("their statement?": Australia's, not the
 * US's). Not after "who does russia blame": Russia does.
 */
function answeredWho(corpus: Corpus, prev: Frame): string[] {
  const words = tokenize(prev.question).map((t) => t.word);
  const asked = askedKind(corpus, prev, words);
  if (asked.length > 0) return asked;
  const at = words.findIndex((w) => WHO_WORDS.has(w));
  if (at < 0) return [];
  // "who" then its verb; "which country", "whose jets" then theirs.
  const verb = words[words[at] === 'who' ? at + 1 : at + 2];
  if (verb === undefined) return [];
  // "who was the russian guy at the UN": who someone is, described by no name of a person, is
  // the person the answer names; "who is churkin" named them already.
  const described =
    words[at] === 'who' &&
    COPULAS_IS.has(verb) &&
    !prev.entities.some((id) => corpus.kb.entityById.get(id)?.kind === 'person');
  if (!described && (AUXILIARIES.has(verb) || COPULAS.has(verb))) return [];
  const quote = prev.quoteIds[0] ? corpus.kb.passageById.get(prev.quoteIds[0]) : undefined;
  if (!quote) return [];
  if (described) {
    const people = mentions(corpus, tokenize(quote.text))
      .map((m) => m.id)
      .filter((id) => corpus.kb.entityById.get(id)?.kind === 'person');
    return unique(people);
  }
  const named = mentions(corpus, tokenize(quote.text)).map((m) => m.id);
  // "who told reuters about the us regret": who told it is whoever the quote has speaking ("a
  // senior White House official"), before the others it names ("Syria", "the Russian government").
  if (SAYING.has(verb) && quote.speaker) named.unshift(quote.speaker);
  return unique([...named, ...(quote.speaker ? [quote.speaker] : [])]).filter(
    (id) => !prev.entities.includes(id),
  );
}
/**
 * "which group was the coalition targeting", "what group did the sortie go after": a kind of
 * body asked with someone else the subject (an auxiliary after the noun) is whom the answer
 * named of that kind, not the subject ("and what did they do right after": IS, not the
 * coalition). Only the first quote's bodies of that kind, other than the question's own names.
 */
function askedKind(corpus: Corpus, prev: Frame, words: readonly string[]): string[] {
  const at = words.findIndex(
    (w, i) => (w === 'which' || w === 'what') && ASKED_KINDS.has(words[i + 1] ?? ''),
  );
  if (at < 0) return [];
  const kinds = ASKED_KINDS.get(words[at + 1] ?? '') ?? [];
  const verb = words[at + 2] ?? '';
  if (!AUXILIARIES.has(verb) && !COPULAS_IS.has(verb) && !COPULAS.has(verb)) return [];
  const quote = prev.quoteIds[0] ? corpus.kb.passageById.get(prev.quoteIds[0]) : undefined;
  if (!quote) return [];
  return unique(mentions(corpus, tokenize(quote.text)).map((m) => m.id)).filter(
    (id) => !prev.entities.includes(id) && kinds.includes(corpus.kb.entityById.get(id)?.kind ?? ''),
  );
}
const ASKED_KINDS = new Map<string, readonly string[]>([
  ['group', ['group']],
  ['groups', ['group']],
  ['militia', ['group']],
  ['country', ['government']],
  ['nation', ['government']],
]);
const WHO_WORDS = new Set(['who', 'which', 'whose']);
const COPULAS = new Set(['are', 'were', 'am', 'be', 's']);
/** The verb of being a person is asked after "who" ("who was the russian guy", "who's the envoy"). */
const COPULAS_IS = new Set(['is', 'was', 's']);

/** The latest person of the turns before the latest that a "he" or "she" agrees with. */
function earlierPerson(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  pronoun: PronounUse,
): string | undefined {
  for (const turn of prev.earlier) {
    const speakers = turn.quoteIds.flatMap((id) => corpus.kb.passageById.get(id)?.speaker ?? []);
    const id = [...turn.entities, ...speakers].find((c) => agrees(corpus, vocab, c, pronoun));
    if (id) return id;
  }
  return undefined;
}

/**
 * "churkin was russia's rep, right" -> "did he stick around for her remarks?": a "she" or "he"
 * that no turn read names anyone for, set against a pronoun of the other gender that stands for
 * someone, is the one person of its gender the knowledge has, when there is only one (the only
 * "she" the article's own pronouns give is Power); else nobody. Not a pronoun alone ("who
 * ordered the strike and what was his rank"): many the article names have no pronoun of theirs.
 */
function onlyOfGender(vocab: Vocabulary, pronoun: PronounUse): string | undefined {
  if (!pronoun.gender) return undefined;
  let only: string | undefined;
  for (const [id, gender] of vocab.gender) {
    if (gender !== pronoun.gender) continue;
    if (only !== undefined) return undefined;
    only = id;
  }
  return only;
}

/** A turn before the latest, as it was read (a Frame without the turns before it). */
export type EarlierTurn = Omit<Frame, 'earlier'>;

/**
 * "that first thing": the earliest turn still read, as the frame to follow (the latest one
 * when there is no other).
 */
export function firstFrame(prev: Frame): Frame {
  const oldest = prev.earlier.at(-1);
  return oldest ? { ...oldest, earlier: [] } : prev;
}

/** An earlier turn as it was read: its terms and entities in focus, and what it quoted. */
export interface Frame {
  /** The question that set the topic: the turn's own, or for a follow-up the one it followed. */
  question: string;
  terms: Term[];
  free: FreeWord[];
  /**
   * Fragments it quoted that no sentence may hold ("someone called it 'an act of war'"): carried
   * with its topic, so "who said that?" is as unsure as the turn before.
   */
  quoted: string[];
  /** Entity ids the turn was about, its subject first. */
  entities: string[];
  quoteIds: readonly string[];
  qa: string | null;
  /**
   * The turns before it, most recent first: whom they were about and what they quoted, for a
   * "she" that points past the latest turn ("what did power say" -> "and churkin?" -> "what
   * did she say after that").
   */
  earlier: readonly EarlierTurn[];
}

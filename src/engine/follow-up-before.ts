/**
 * Follow-ups that ask about the answer just given rather than about the article again: whose
 * words it quoted ("who said so?", "who says that"). Kept apart from conversation.ts, which calls
 * them, so that they read as one piece.
 */

import type { ResolvedContested } from '../knowledge/model.ts';
import type { Token } from '../text/tokenize.ts';
import type { QueryAnalysis } from './analyzer.ts';
import { MAX_QUOTES } from './answer.ts';
import { calibratedConfidence } from './confidence.ts';
import { pointsShownFirst, withEverySide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { decide } from './decide.ts';
import { type FollowUp, saysInline } from './follow-up-answers.ts';
import { type Frame, parse, voiceOf } from './follow-up-reading.ts';
import { unique, type Vocabulary } from './follow-up-words.ts';

/** Words that may open such a message and ask nothing ("ok but who said that"). */
const OPENERS = new Set(['and', 'but', 'so', 'ok', 'okay', 'wait', 'hm', 'hmm', 'well', 'then', 'lol']);
/** "who" and its chat spellings; "who's" is read "who is". */
const WHO = new Set(['who', 'whom', 'hu']);
/** Verbs of saying whose subject "who" asks for the speaker of the words just quoted. */
const SAID = new Set(
  `said says say saying claimed claims claim claiming stated states reported reports announced
   told tells wrote writes`.split(/\s+/),
);
/** Verbs of telling, whose object may be the asker ("who told you that"). */
const TELLING = new Set(['told', 'tells']);
const YOU = new Set(['you', 'u', 'ya', 'yall']);
/** Auxiliaries before "saying" ("who is saying that", "who was saying so"). */
const SAYING_AUX = new Set(['is', 'was', 's', 'are', 'were']);
/** What stands for the words just quoted: a demonstrative, "it", or the pro-form "so". */
const THE_WORDS = new Set(['that', 'this', 'so', 'it', 'those', 'these', 'thats']);
/** Words that may close the message and ask nothing more ("who said that tho", "who said so exactly"). */
const CLOSERS = new Set([
  'tho',
  'though',
  'then',
  'exactly',
  'originally',
  'first',
  'again',
  'pls',
  'please',
]);

/**
 * "who said so?", "who said that", "who's saying this", "ok but who claimed that": a message
 * that is only "who", a verb of saying and a word standing for what was just said (or nothing:
 * "who said?") asks whose words the answer before quoted; the quote names them ("..., a senior
 * White House official told the Reuters news agency"). Not "who said the US apologized" (a
 * question of its own), nor "who told them" (a question of the deed). The word standing for what
 * was said as typed ("that" when there is none), or null.
 */
export function asksWhoSaidIt(
  tokens: readonly Token[],
  /** The indexes of the tokens that are names of the knowledge; asked only when a guess may follow. */
  named: () => ReadonlySet<number> = () => new Set(),
): string | null {
  const words = tokens.map((t) => t.word);
  let i = 0;
  while (i < words.length && OPENERS.has(words[i] ?? '')) i++;
  if (!WHO.has(words[i] ?? '')) return null;
  i++;
  if (SAYING_AUX.has(words[i] ?? '') && words[i + 1] === 'saying') i++;
  if (!SAID.has(words[i] ?? '')) return null;
  // "who told you that": the one told is the asker. "who told them" names someone else told, and
  // asks of the deed: no word of the message may be left over for it.
  if (TELLING.has(words[i] ?? '') && YOU.has(words[i + 1] ?? '')) i++;
  i++;
  const pointing = THE_WORDS.has(words[i] ?? '') ? (tokens[i++]?.raw ?? null) : null;
  if (words.slice(i).every((w) => CLOSERS.has(w))) return pointing ?? 'that';
  // "who said that, churkin or power?": after the word for what was said, a guess at the speaker
  // (names, "or" between them) asks nothing more; the quote says which it was.
  if (pointing === null) return null;
  const names = named();
  let guessed = false;
  for (let j = i; j < words.length; j++) {
    if (names.has(j)) guessed = true;
    else if (!GUESS_GLUE.has(words[j] ?? '') && !CLOSERS.has(words[j] ?? '')) return null;
  }
  return guessed ? pointing : null;
}

/** Someone left unnamed, the subject of what a turn told ("someone said ...", "somebody called it ..."). */
const UNNAMED = new Set(['someone', 'somebody', 'some1', 'sb']);
/** "was", "is" after "who": "who was that", "who's that" (read "who is that"). */
const BEING = new Set(['was', 'is', 's']);

/**
 * "someone called it dangerous and blatant aggression" -> "who was that?": after a turn that told
 * what someone left unnamed said, "who was that", "who is it" (who, a form of "be", a word
 * standing for them, nothing more) asks who that someone was, as "who said that" does. The word
 * standing for them as typed, or null.
 */
export function asksWhoTheyWere(
  tokens: readonly Token[],
  /** The turn before's tokens; read only when the turn asks "who was that". */
  before: () => readonly Token[],
): string | null {
  const words = tokens.map((t) => t.word);
  let i = 0;
  while (i < words.length && OPENERS.has(words[i] ?? '')) i++;
  if (!WHO.has(words[i] ?? '') || !BEING.has(words[i + 1] ?? '')) return null;
  const pointing = THE_WORDS.has(words[i + 2] ?? '') ? (tokens[i + 2]?.raw ?? null) : null;
  if (pointing === null || !words.slice(i + 3).every((w) => CLOSERS.has(w))) return null;
  const told = before().map((t) => t.word);
  let k = 0;
  while (k < told.length && OPENERS.has(told[k] ?? '')) k++;
  // The unnamed one is whom the turn before opened with, a verb after them.
  return UNNAMED.has(told[k] ?? '') && k + 1 < told.length ? pointing : null;
}

/** Words that join the names of a guess at the speaker ("churkin or power", "was it russia"). */
const GUESS_GLUE = new Set(['or', 'and', 'was', 'it', 'is', 'the']);

/**
 * The answer before given again, as sure as the question that found it is when asked again: the
 * question as it stood, else as it was read in the conversation (its terms in context), else an
 * earlier turn's question that was answered with the same first quote ("did the US say sorry" ->
 * "how did they get the message across", answered again by the US's regret). Only when one of
 * them still finds that first quote (its sureness is that quote's); else null.
 */
export function answerBeforeAgain(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  reading: string,
): FollowUp | null {
  const first = prev.quoteIds[0];
  if (first === undefined) return null;
  const asked = parse(corpus, vocab, prev.question).analysis;
  const readings = [asked, { ...asked, terms: [...prev.terms], free: [...prev.free] }];
  for (const turn of prev.earlier)
    if (turn.quoteIds[0] === first) readings.push(parse(corpus, vocab, turn.question).analysis);
  for (const analysis of readings) {
    const again = answerAgainBy(corpus, prev, analysis, reading);
    if (again) return again;
  }
  return null;
}

/**
 * The answer before given again through one reading of a question: when that reading still finds
 * the answer's first quote, its quotes with the sureness of that reading; else null.
 */
export function answerAgainBy(
  corpus: Corpus,
  prev: Frame,
  analysis: QueryAnalysis,
  reading: string,
): FollowUp | null {
  const again = decide(corpus, analysis);
  if (again.ids[0] === undefined || again.ids[0] !== prev.quoteIds[0]) return null;
  return {
    decision: { ...again, ids: [...prev.quoteIds], qa: prev.qa },
    confidence: calibratedConfidence(again.features),
    reading,
    analysis,
    repeated: true,
  };
}

/**
 * Whether `speaker`'s words are `whom`'s: a body that is part of them (its parent), as a ministry
 * speaks for its government ("what did russia say about the pilots" -> "when did they say it":
 * the Russian Foreign Ministry's "Sunday statement" is Russia's).
 */
export function speaksFor(corpus: Corpus, speaker: string, whom: string): boolean {
  const entity = corpus.kb.entityById.get(speaker);
  return entity !== undefined && entity.kind !== 'person' && entity.parent === whom;
}

/** Forms of "be" that open a yes/no question of whether something is so. */
const IS = new Set(['is', 'was', 'isnt', 'wasnt']);
/** What stands for the words just quoted, as the subject of "is that true". */
const THAT = new Set(['that', 'this', 'it']);
/** Adverbs between ("is that actually true", "is it even right"). */
const HEDGES = new Set(['actually', 'really', 'even', 'honestly', 'seriously']);
/** Whether something said is so. */
const SO = new Set(['true', 'right', 'correct', 'accurate', 'legit', 'real', 'factual']);
/** Words that may close that question before anything else ("is that true tho", "... then lol"). */
const SO_CLOSERS = new Set(['tho', 'though', 'then', 'lol', 'tbh', 'or', 'not', 'nah', 'no']);

/**
 * "is that true?", "ok but is this actually right", "is that true tho, does the us help isis": a
 * message that opens by asking whether what was just said is so (a form of "be", "that", "this"
 * or "it", maybe an adverb, a word of truth), then at most a question that says it again in its
 * own words: those words (empty when there are none), or null when the message asks nothing of
 * the kind. Not "is it true that russia accused them" (a clause of its own after "true").
 */
export function asksWhetherSo(tokens: readonly Token[]): Token[] | null {
  const words = tokens.map((t) => t.word);
  let i = 0;
  while (i < words.length && OPENERS.has(words[i] ?? '')) i++;
  if (!IS.has(words[i] ?? '') || !THAT.has(words[i + 1] ?? '')) return null;
  i += 2;
  while (HEDGES.has(words[i] ?? '')) i++;
  if (!SO.has(words[i] ?? '')) return null;
  i++;
  if (words[i] === 'that') return null;
  while (SO_CLOSERS.has(words[i] ?? '')) i++;
  return tokens.slice(i);
}

/**
 * "what did the syrian army say" -> "is that true tho, does the us help isis": whether what the
 * answer before quoted is so, when that quote is one side of a contested point, is answered by
 * every side of it (the article reports them and judges none), the answer's own quotes of a side
 * first. Of the points the quote is a side of (one sentence can hold two claims), the one that
 * the words saying it again lead to (`restated`, asked alone), else the one the question before
 * asked about. Null when the quote is a side of no point, or neither leads to one of its points.
 */
export function everySideOfTheAnswer(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  restated: readonly Token[],
  reading: string,
): FollowUp | null {
  const first = prev.quoteIds[0];
  const points = first === undefined ? [] : (corpus.contestedPoints.get(first) ?? []);
  if (points.length === 0) return null;
  const sideIds = (p: ResolvedContested) => p.sides.flatMap((s) => s.ids);
  const held = (p: ResolvedContested, ids: readonly string[]) =>
    ids.filter((id) => sideIds(p).includes(id)).length;
  let chosen: ResolvedContested | undefined;
  if (restated.length > 0) {
    const analysis = parse(corpus, vocab, restated.map((t) => t.raw).join(' ')).analysis;
    const asked = decide(corpus, analysis);
    const led = asked.ids.slice(0, MAX_QUOTES);
    // The point the words saying it again ask most about ("help" of the US's support for IS, not
    // of whether the strike was a mistake); else the one most of their quotes are sides of.
    const named = withEverySide(corpus, [...asked.ids], analysis.terms).contested;
    chosen =
      points.find((p) => p.id === named?.id) ??
      points.reduce<ResolvedContested | undefined>(
        (best, p) => (held(p, led) > (best ? held(best, led) : 0) ? p : best),
        undefined,
      );
    if (!chosen) return null;
  } else {
    // Only the point the question before asked about: "how long did the raid last" was answered
    // by a sentence that also gives one of the tolls, but "is that true?" then asks of the 40
    // minutes, not of the toll.
    const asked = withEverySide(corpus, [...prev.quoteIds], prev.terms).contested;
    chosen = points.find((p) => p.id === asked?.id);
  }
  if (!chosen) return null;
  const point = chosen;
  const again = answerBeforeAgain(corpus, vocab, prev, reading);
  if (!again) return null;
  const ids = unique([...prev.quoteIds.filter((id) => sideIds(point).includes(id)), ...sideIds(point)]);
  return { ...again, decision: { ...again.decision, ids, qa: null } };
}

/**
 * Verbs of agreeing or not with what was said ("do the americans agree w that", "do they buy it").
 * Not "accept", said as often of a thing given ("did syria accept it", the regret).
 */
const AGREEING = new Set(
  'agree agrees agreed disagree disagrees disagreed deny denies denied dispute disputes disputed'.split(' '),
);
/** "Buy" as believe, of a word standing for what was said ("do they buy it"). */
const BELIEVING = new Set(['buy', 'buys', 'bought']);
/** Verbs of answering words, before "to that" ("what does the coalition side say to that"). */
const ANSWERING = new Set(
  'say says said respond responds responded reply replies replied react reacts reacted'.split(' '),
);
/** Verbs of judging words, before "of that" ("what does russia think of that"). */
const JUDGING = new Set(['think', 'thinks', 'thought', 'make', 'makes', 'made']);

/**
 * Whether a message asks whether someone agrees with what was just said, or what they say to it:
 * a verb of agreeing ("do the americans agree w that"), "buy" as believe ("do they buy it"), a
 * verb of answering before "to that" ("what does the coalition side say to that"), or of judging
 * before "of that". Not "what did he claim moscow said about it" (what was said of a thing).
 */
export function asksTheirView(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.word);
  const then = (i: number, preposition: string) =>
    words[i + 1] === preposition && THAT.has(words[i + 2] ?? '');
  return words.some(
    (w, i) =>
      AGREEING.has(w) ||
      (BELIEVING.has(w) && THAT.has(words[i + 1] ?? '')) ||
      (ANSWERING.has(w) && then(i, 'to')) ||
      (JUDGING.has(w) && then(i, 'of')),
  );
}

/**
 * Tests of a sentence being the words of `whom`: their words, or those of a body of theirs, or of
 * the government that speaks for them. `inline`: a sentence that names them saying it ("which the
 * US claims was unintentional"), theirs before one only attributed to them.
 */
export function voicesOf(
  corpus: Corpus,
  vocab: Vocabulary,
  whom: readonly string[],
): { inline: (id: string) => boolean; theirs: (id: string) => boolean } {
  const voices = new Set(whom.flatMap((id) => [id, voiceOf(corpus, vocab, id)]));
  const inline = (id: string) =>
    [...voices].some((v) => saysInline(corpus, vocab, corpus.kb.passageById.get(id)?.text ?? '', v));
  const theirs = (id: string) => {
    const speaker = corpus.kb.passageById.get(id)?.speaker ?? null;
    return (
      inline(id) ||
      [...voices].some((v) => corpus.passageSpeakers.get(id)?.has(`e:${v}`)) ||
      (speaker !== null && [...voices].some((v) => v === speaker || speaksFor(corpus, speaker, v)))
    );
  };
  return { inline, theirs };
}

/**
 * "how did the syrian military describe the bombing" -> "do the americans agree w that lol":
 * whether those the message names agree with what the answer before quoted, or what they say to
 * it, when that quote is one side of a contested point and they speak another side of it (the
 * US's "unintentional"), is answered by every side: theirs first, then the answer's. Null
 * when the message names nobody, or those it names speak no other side of a point of that quote.
 */
export function theirViewOfTheAnswer(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  whom: readonly string[],
  reading: string,
): FollowUp | null {
  const first = prev.quoteIds[0];
  if (first === undefined || whom.length === 0) return null;
  const { inline, theirs } = voicesOf(corpus, vocab, whom);
  for (const point of pointsShownFirst(corpus, prev.quoteIds)) {
    const own = point.sides.find((s) => s.ids.includes(first));
    const other = point.sides.find((s) => s !== own && s.ids.some(theirs));
    if (!own || !other) continue;
    const again = answerBeforeAgain(corpus, vocab, prev, reading);
    if (!again) return null;
    const ids = unique([
      ...other.ids.filter(inline),
      ...other.ids.filter(theirs),
      ...prev.quoteIds.filter((id) => own.ids.includes(id)),
      ...point.sides.flatMap((s) => s.ids),
    ]);
    return { ...again, decision: { ...again.decision, ids, qa: null } };
  }
  return null;
}

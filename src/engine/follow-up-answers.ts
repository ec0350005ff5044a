/**
 * Answers a follow-up composes in its own way: "what did she say after that" (the next sentence
 * of that speaker after the quote just given), "why?" after a person's words (what they said
 * next), and the checks on any contextual answer: about whom it turned to, and holding
 * something of what it asks.
 */
import { STOP_WORDS, type Term } from '../text/lexicon.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import type { QueryAnalysis } from './analyzer.ts';
import { holdsReason, statesReason } from './answer-type.ts';
import { type ConfidenceFeatures, calibratedConfidence } from './confidence.ts';
import { leadWithNamedSide, pointShown, topicAsked } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { type Decision, decide, refusedOutright } from './decide.ts';
import { cueTokens, cueWordsOf } from './follow-up-cues.ts';
import { type Frame, parse, type Understanding } from './follow-up-reading.ts';
import {
  describedFirst,
  mentions,
  nameOf,
  splitTerms,
  unique,
  uniqueFree,
  type Vocabulary,
} from './follow-up-words.ts';
import { askWordOf } from './rank.ts';
import { TUNING } from './tuning.ts';

const F = TUNING.followUps;

/** A follow-up read in context: the decision to compose the answer from, and how it was read. */
export interface FollowUp {
  decision: Decision;
  confidence: number;
  /** One short line for the person, e.g. "Reading 'he' as Vitaly Churkin"; null when read as is. */
  reading: string | null;
  /** The question's terms as read. */
  analysis: QueryAnalysis;
  /**
   * The answer given before, given again ("why?"): as sure as it was then, no margin for reading
   * in context (a why's, only when its quote gives a reason).
   */
  repeated?: boolean;
  /**
   * It asks a reason, a length, a count or a time of a word the article lacks, so it is no surer
   * than the question alone (conversation.ts noSurerThanAlone): no contested point answers it in
   * other words when its quotes are too unsure.
   */
  lacks?: true;
}

/**
 * The sentences of `subject`'s that a turn telling what they said ("power called the move a
 * stunt", no question word, no question mark) states: those holding most of the words of the
 * article's it says besides whom and the verb of saying (by weight). None after a question.
 */
function statedBy(corpus: Corpus, vocab: Vocabulary, prev: Frame, subject: string): string[] {
  const words = tokenize(prev.question).map((t) => t.word);
  if (prev.question.includes('?') || askWordOf(words) !== null) return [];
  const topic = splitTerms(vocab, prev.terms).topic.filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  if (topic.length === 0) return [];
  const held = corpus.kb.passages
    .filter((p) => p.speaker === subject)
    .map((p) => ({
      id: p.id,
      weight: topic.reduce(
        (w, t) => w + (corpus.passageTerms.get(p.id)?.has(t) ? corpus.index.idf(t) : 0),
        0,
      ),
    }));
  const most = Math.max(0, ...held.map((h) => h.weight));
  return most > 0 ? held.filter((h) => h.weight === most).map((h) => h.id) : [];
}

/**
 * "What did she say after that": the next sentence after the answer's first quote that the
 * subject said (or that is about them, or matches what else the question asks), nearest first.
 */
export function whatCameNext(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first) return null;
  const firstSpeaker = corpus.kb.passageById.get(first)?.speaker ?? null;
  // "what else did it slam the americans for": a name after a pronoun that is the subject of
  // the question's verb is whom they went on at, not who went on: with the pronoun standing for
  // no one here, the question is read as any other, its "it" the one the turn before was about.
  const objectNamed = u.own[0] !== undefined && subjectPronounBefore(u.tokens, u.own[0].start);
  if (objectNamed && u.refs.length === 0) return null;
  const subject = u.refs[0]?.id ?? u.own[0]?.id ?? firstSpeaker ?? prev.entities[0] ?? null;
  // After the earliest of the quotes the subject said (the answer may lead with a later one):
  // "what did he say right after that" after Churkin's two sentences, led by the second.
  const spokeBy = (ids: readonly string[]) =>
    ids.filter((id) => corpus.kb.passageById.get(id)?.speaker === subject);
  // "what did she say after that" when the latest turn was about him: after what she said in
  // the turn before it.
  const theirs =
    subject === null
      ? []
      : firstSpeaker === subject
        ? spokeBy(prev.quoteIds)
        : u.refs[0]?.id === subject
          ? // Quoted in the turn before as the other side of a point ("and churkin?" after Power's
            // words quotes hers with his): after those.
            spokeBy(prev.quoteIds).length > 0
            ? spokeBy(prev.quoteIds)
            : (prev.earlier.map((turn) => spokeBy(turn.quoteIds)).find((ids) => ids.length > 0) ?? [])
          : [];
  // "power called the move a stunt" -> "what else did she call it": a turn that told what they
  // said, not asked it, sets apart the sentence it told as well as the quotes given after it.
  if (subject !== null && theirs.length > 0) theirs.push(...statedBy(corpus, vocab, prev, subject));
  // "what did IS do after the airstrike" -> "what did they do after that": a deed asked after the
  // one just told of them comes after that sentence (IS's push, then its plane shot down), not
  // after the earliest of their words quoted with it.
  const deedAfterTheirs =
    subject !== null &&
    asksDeed(u.tokens.map((t) => t.word)) &&
    splitTerms(vocab, u.analysis.terms).say.length === 0 &&
    (corpus.passageTerms.get(first)?.has(`e:${subject}`) === true ||
      corpus.passageSpeakers.get(first)?.has(`e:${subject}`) === true);
  const anchor = deedAfterTheirs
    ? first
    : theirs.reduce(
        (best, id) =>
          (vocab.position.get(id) ?? Infinity) < (vocab.position.get(best) ?? Infinity) ? id : best,
        theirs[0] ?? first,
      );
  const from = vocab.position.get(anchor);
  if (from === undefined) return null;
  const subjectTerms = subject ? corpus.lexicon.entityTerms(subject) : [];
  // What the question asks besides "what did X say next": not the words that point back at the
  // quote just given ("after walking out" after the walk-out).
  const clause =
    u.cues.afterClauseAt >= 0
      ? new Set(corpus.analyzer.docTerms(u.tokens.slice(u.cues.afterClauseAt)))
      : new Set<Term>();
  // Nor the cue itself: "next" is not "next of kin".
  for (const t of corpus.analyzer.analyzeQuery(u.cues.afterPhrase).terms) clause.add(t);
  const split = splitTerms(vocab, u.analysis.terms);
  const asked = split.topic.filter((t) => corpus.index.has(t) && !subjectTerms.includes(t) && !clause.has(t));

  const askedWeight = asked.reduce((s, t) => s + corpus.index.idf(t), 0);
  // "anything else she threw at them?": the verb right after whom it asks about is how they
  // went on, in words of the writer's own; not a topic the article lacks.
  const verb = u.refs[0] ? u.tokens[u.refs[0].pronoun.index + 1]?.word : undefined;
  const analysis: QueryAnalysis = {
    ...u.analysis,
    terms: unique([...subjectTerms, ...split.say, ...asked]),
    free: u.analysis.free.filter((w) => w.word !== verb || corpus.index.has(w.term)),
    corrections: u.analysis.corrections,
  };
  const subjectTerm = subject ? `e:${subject}` : null;
  let best: { id: string; score: number } | null = null;
  const passages = corpus.kb.passages;
  // "IS pushed the regime out" -> "what did damascus claim afterwards": the sentence just quoted
  // may itself go on to what they claimed ("..., although Damascus has claimed it reclaimed most
  // of the lost ground"): it comes first, as what they said next.
  const anchorPassage = passages[from];
  if (
    subject !== null &&
    !deedAfterTheirs &&
    anchorPassage &&
    anchorPassage.speaker !== subject &&
    firstSpeaker !== subject &&
    saysInline(corpus, vocab, anchorPassage.text, subject)
  )
    best = { id: anchorPassage.id, score: F.afterSpoken };
  // "who raised the alarm during the strike" -> "what happened after they did", "and then?": the
  // sentence just quoted tells what followed the very thing the turn before asked ("the strike
  // was aborted as soon as Moscow raised the alarm"): it is what happened next. Only when the
  // question asks nothing else.
  const inline =
    best === null &&
    !deedAfterTheirs &&
    anchorPassage !== undefined &&
    asked.every((t) => t === SUMMARY) &&
    !MORE_SAID.has(u.cues.afterPhrase) &&
    split.say.length === 0 &&
    followsInSentence(corpus, anchorPassage.text, [...prev.terms, ...subjectTerms]);
  if (inline && anchorPassage) best = { id: anchorPassage.id, score: Number.POSITIVE_INFINITY };
  // "was the UN session open to journalists" -> "and the tone afterwards?": the sentence just
  // quoted goes on, in a clause after the one that answered, to what is asked ("While the session
  // itself was closed to the press, representatives of both sides used unusually harsh language
  // ..."): that is what followed.
  const further =
    best === null &&
    !deedAfterTheirs &&
    anchorPassage !== undefined &&
    split.say.length === 0 &&
    asked.length > 0 &&
    !asked.includes(SUMMARY) &&
    goesOnTo(corpus, anchorPassage.text, prev.terms, asked);
  if (further && anchorPassage) best = { id: anchorPassage.id, score: Number.POSITIVE_INFINITY };
  // "how many tanks got hit" -> "and what else": a bare "what else" after a question of one thing
  // that the sentence just quoted names in a list ("several tanks and military vehicles were
  // destroyed ..., alongside with four mortars and an anti-aircraft gun") asks the rest of that
  // list: the same sentence, which goes on past the thing asked. Not after someone's words asked
  // ("what did she say" -> "what else": what she said next), nor with a topic of its own.
  const listed =
    best === null &&
    !deedAfterTheirs &&
    anchorPassage !== undefined &&
    ELSE_ASKED.has(u.cues.afterPhrase) &&
    split.say.length === 0 &&
    asked.every((t) => prev.terms.includes(t)) &&
    splitTerms(vocab, prev.terms).say.length === 0 &&
    listGoesOn(corpus, anchorPassage.text, prev.question);
  if (listed && anchorPassage) best = { id: anchorPassage.id, score: Number.POSITIVE_INFINITY };
  // "After that" is later in the same text: the next source in the folder is not what follows.
  const source = passages[from]?.source;
  for (
    let i = from + 1;
    !inline && !further && !listed && i < passages.length && i <= from + F.afterWindow;
    i++
  ) {
    const p = passages[i];
    if (!p || p.source !== source) break;
    if (p.paragraph === 1) continue;
    const terms = corpus.passageTerms.get(p.id);
    const spoken = subjectTerm !== null && (corpus.passageSpeakers.get(p.id)?.has(subjectTerm) ?? false);
    const named = subjectTerm !== null && (terms?.has(subjectTerm) ?? false);
    let covered = 0;
    for (const t of asked) if (terms?.has(t)) covered += corpus.index.idf(t);
    const coverage = askedWeight > 0 ? covered / askedWeight : 0;
    if (!spoken && !named && coverage < F.afterMinCoverage) continue;
    // "which country's planes joined the americans" -> "did they say sorry afterwards": what it
    // asks of its own (an apology) is in none of the sentence's words; that they speak or are
    // named in it is not what came of the question.
    if (asked.length > 0 && covered === 0) continue;
    // "What did she say next" is about the speaker; "what happened at the meeting after that"
    // about the meeting, whoever speaks.
    // A deed asked: the next sentence whose doer they are, their words or a deed told of them
    // ("Churkin also walked out ..."), in the article's order.
    const bySubject =
      spoken || (deedAfterTheirs && named && doerOf(corpus, p.text, subjectTerm))
        ? F.afterSpoken
        : named
          ? F.afterNamed
          : 0;
    const score =
      (split.say.length > 0 || asked.length === 0 ? bySubject : bySubject * F.afterSubjectInEvents) +
      F.afterCoverage * coverage -
      F.afterDistance * (i - from - 1);
    if (!best || score > best.score) best = { id: p.id, score };
  }
  const who = subject ? nameOf(corpus, subject) : null;
  if (!best) {
    // They say nothing more in the article, and nothing else is asked: it does not say. "What
    // else did IS do", "what else did it call them" is not only what came after (the sentence
    // just quoted may hold more): the question is read as any other; so is a whole question that
    // asks "anything else" of a verb other than saying ("did they call them anything else"; not
    // "did he say anything else").
    if (!who || asked.length > 0 || u.cues.afterPhrase === 'what else' || calledElse(u)) return null;
    const decision = decide(corpus, analysis);
    return {
      decision: { ...decision, ids: [], qa: null },
      confidence: 0,
      reading: `Reading '${u.cues.afterPhrase}' as what ${who} said next`,
      analysis,
    };
  }
  // Then what the same speaker goes on to say, as in the article.
  const ids = [best.id, ...continuation(corpus, vocab, best.id)];
  const decision = decide(corpus, analysis);
  const spokenBySubject =
    (best.id === anchorPassage?.id && !further) ||
    (subjectTerm !== null && corpus.passageSpeakers.get(best.id)?.has(subjectTerm));
  // "What did they say next": their own sentence holds the "say" as its speaker's words do.
  // What followed inside the sentence just quoted: as sure as the question before asked again.
  // The rest of a list asks no count nor time the question before asked ("how many tanks"): as
  // sure as that question asked without its question word.
  const asAgain = prevAnalysis(corpus, vocab, prev);
  const again =
    inline || further || listed
      ? decide(
          corpus,
          listed ? { ...asAgain, terms: asAgain.terms.filter((t) => !vocab.slot.has(t)) } : asAgain,
        )
      : null;
  const features =
    again && again.ids[0] === best.id
      ? again.features
      : passageFeatures(corpus, decision, best.id, spokenBySubject ? split.say : []);
  return {
    decision: { ...decision, ids, qa: null, features },
    confidence: calibratedConfidence(features),
    reading: `Reading '${u.cues.afterPhrase}' as ${
      listed
        ? 'the rest of the list just quoted'
        : inline || further
          ? 'what happened next'
          : who && spokenBySubject
            ? `what ${who} said next`
            : 'what the article says next'
    }`,
    analysis,
  };
}

/**
 * Whether a subject pronoun right after an auxiliary comes before the word at `end` ("what else
 * did it slam the americans for": "it" before "americans").
 */
function subjectPronounBefore(tokens: readonly Token[], end: number): boolean {
  return tokens
    .slice(0, end)
    .some((t, i) => SUBJECT_PRONOUNS_OF.has(t.word) && AUXILIARIES_OF.has(tokens[i - 1]?.word ?? ''));
}
const SUBJECT_PRONOUNS_OF = new Set(['it', 'they', 'he', 'she']);
const AUXILIARIES_OF = new Set(['did', 'do', 'does', 'has', 'have', 'had', 'is', 'was', 'are', 'were']);

/** "did they call them anything else": a whole question asking "anything else" of a verb not of saying. */
function calledElse(u: Understanding): boolean {
  if (u.cues.afterPhrase !== 'anything else' || u.cues.fragment) return false;
  const at = u.tokens.findIndex((t, i) => t.word === 'anything' && u.tokens[i + 1]?.word === 'else');
  const verb = u.tokens.slice(0, Math.max(at, 0)).findLast((t) => !PRONOUN_OBJECTS.has(t.word));
  return at > 0 && verb !== undefined && !PLAIN_SAYING.has(verb.word);
}
const PRONOUN_OBJECTS = new Set(['them', 'it', 'him', 'her', 'us', 'that', 'this']);
const PLAIN_SAYING = new Set([
  'say',
  'said',
  'tell',
  'told',
  'add',
  'added',
  'mention',
  'mentioned',
  'do',
  'did',
]);

/** Whether the words ask what someone did: "do" or "done" after an auxiliary ("what did they do next"). */
export function asksDeed(words: readonly string[]): boolean {
  return words.some(
    (w, i) => (w === 'do' || w === 'done') && words.slice(Math.max(0, i - 3), i).some((x) => DEED_AUX.has(x)),
  );
}

const DEED_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/** Words a sentence's doer is named within, before any words it quotes. */
const DOER_WORDS = 8;

/**
 * Is whom this term names the doer the sentence tells of: named in its opening words, before
 * any words it quotes ("In turn, Russia's ambassador Churkin also walked out"; not "Russia
 * accused the Western pilots of acting "... Islamic State terrorists."")?
 */
function doerOf(corpus: Corpus, text: string, term: Term | null): boolean {
  if (term === null) return false;
  const quote = text.search(/["\u201c]/);
  const opening = tokenize(quote >= 0 ? text.slice(0, quote) : text).slice(0, DOER_WORDS);
  return corpus.analyzer.docTerms(opening).includes(term);
}

/**
 * "did the pentagon inform moscow" -> "so why does russia say they don't coordinate?": a why that
 * names whoever speaks a quote given after the first (the other side of a contested point), its
 * own words (not its cue words, nor whom it points at) all held by that quote and not all by the
 * first, asks why of that quote: the turn before as if that quote had led. So does a why naming
 * nobody whose words one later quote alone holds ("what did the US military say" -> "why did they
 * stop": "the strike was aborted as soon as ..."). The turn before as it was otherwise.
 */
function quoteAskedOf(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): Frame {
  const [first, ...later] = prev.quoteIds;
  if (!first || later.length === 0) return prev;
  const cue = new Set(cueTokens(cueWordsOf(corpus.kb.chat), u.tokens));
  const pointed = new Set(u.refs.map((r) => r.pronoun.index));
  const words = u.tokens.filter((t, i) => !cue.has(t) && !pointed.has(i));
  const own = splitTerms(vocab, unique(corpus.analyzer.docTerms(words))).topic.filter(
    (t) => !t.startsWith('e:') && corpus.index.has(t),
  );
  if (own.length === 0) return prev;
  const holds = (id: string) => {
    const terms = corpus.passageTerms.get(id);
    return terms !== undefined && own.every((t) => terms.has(t));
  };
  if (holds(first)) return prev;
  // Only the words of another side, named in the why: its speaker is not the first quote's, and
  // is one the why names ("russia" for the Russian Foreign Ministry).
  const speakerOf = (id: string) => corpus.kb.passageById.get(id)?.speaker ?? null;
  const named = new Set(u.own.map((m) => `e:${m.id}`));
  const theirs = (id: string) => {
    const speaker = speakerOf(id);
    return (
      speaker !== null &&
      speaker !== speakerOf(first) &&
      corpus.lexicon.entityTerms(speaker).some((t) => named.has(t))
    );
  };
  // A why naming nobody ("and why'd they stop", after what the US military said: "the strike was
  // aborted as soon as ...") asks of the one later quote that holds its words. Not when those words
  // stand apart after a comma ("on what grounds, a disaster?"): they restate what was said, and the
  // why is a bare one.
  const anyone = u.own.length === 0 && !/[,;:]/u.test(u.text);
  const holding = later.filter(holds);
  const asked = later.find((id) => holds(id) && (theirs(id) || (anyone && holding.length === 1)));
  return asked ? { ...prev, quoteIds: [asked, ...prev.quoteIds.filter((id) => id !== asked)] } : prev;
}

/**
 * "Why?" after a person's words: what they said next explains them ("a very big question mark"
 * -> "I would be very interested to see how Washington is going to react"). Otherwise the
 * previous question is asked again: its answer holds the reason, if the article gives one.
 */
export function whyNext(corpus: Corpus, vocab: Vocabulary, u: Understanding, given: Frame): FollowUp | null {
  const prev = quoteAskedOf(corpus, vocab, u, given);
  const first = prev.quoteIds[0];
  // Asked of a later quote, the message read as it stands answers it when it leads with that quote.
  if (prev !== given && first) {
    const analysis = parse(corpus, vocab, u.text).analysis;
    const decision = decide(corpus, analysis);
    if (decision.ids[0] === first)
      return {
        decision,
        confidence: calibratedConfidence(decision.features),
        reading: `Reading 'why' as why of what the other quote said`,
        analysis,
      };
  }
  const analysis: QueryAnalysis = {
    ...u.analysis,
    terms: unique([...u.analysis.terms, ...prev.terms]),
    free: uniqueFree([...u.analysis.free, ...prev.free]),
    corrections: u.analysis.corrections,
  };
  // Nothing answered before ("churkin sounded really gloomy in that interview"): what was told,
  // asked why.
  if (!first)
    return prev.terms.length > 0
      ? askedWhy(corpus, vocab, prevAnalysis(corpus, vocab, prev), prev, analysis)
      : null;
  const speaker = corpus.kb.passageById.get(first)?.speaker;
  const at = vocab.position.get(first);
  const next = at === undefined ? undefined : corpus.kb.passages[at + 1];
  // Only when the turn before was about them or asked what someone said: "there was a US-russia
  // peace deal" -> "why might it collapse now" asks why of the deal, whoever the answer quoted.
  // Nor when the why is of the thing they spoke of, its subject "it" ("churkin says the peace
  // effort has a question mark over it" -> "why would it be in doubt"): the thing's reasons.
  const ofTheThing =
    u.refs.length === 0 &&
    u.tokens.some((t, i) => t.word === 'it' && AUXILIARY.has(u.tokens[i - 1]?.word ?? ''));
  const theirWords =
    !ofTheThing && (prev.entities.includes(speaker ?? '') || splitTerms(vocab, prev.terms).say.length > 0);
  if (
    !speaker ||
    corpus.kb.entityById.get(speaker)?.kind !== 'person' ||
    !next ||
    next.speaker !== speaker ||
    !theirWords
  )
    return sameAnswer(
      corpus,
      vocab,
      prev,
      analysis,
      [...u.refs.map((r) => r.id), ...u.own.map((m) => m.id)],
      asksWhyNot(u.text),
      detailAsked(corpus, vocab, u, prev, first),
      ownWhy(u),
    );
  const decision = decide(corpus, analysis);
  // The answer holds both sentences: as sure as the one that covers the question better
  // ("on what grounds, hypocrisy?" is in what she said next, "hypocritical").
  // The sentence that answered the turn before is as sure as it was then (as for "why?" after
  // any other answer).
  const again = decide(corpus, prevAnalysis(corpus, vocab, prev));
  const features = [
    passageFeatures(corpus, decision, first),
    passageFeatures(corpus, decision, next.id),
    ...(again.ids[0] === first ? [again.features] : []),
  ].reduce((a, b) => (calibratedConfidence(b) > calibratedConfidence(a) ? b : a));
  // "russia's really angry at washington", answered by Power's words: "why?" asks Russia's
  // reasons, which the question before asked with "why" finds surer than what Power said next.
  const asked = askedWhy(corpus, vocab, prevAnalysis(corpus, vocab, prev), prev, analysis);
  if (asked && asked.decision.ids[0] !== next.id && asked.confidence > calibratedConfidence(features))
    return asked;
  // "power said russia pulled a stunt" -> "why would she say that": the quote itself says why,
  // right after the words asked of it ("... pulling a stunt by calling for the UN meeting"), and
  // leads; what she said next comes after it. Only when the why asks of nothing but her saying
  // it: "why was she so mad at them" asks of her anger, a bare "why?" maybe of the deed she told,
  // and what she said next is the better answer to those.
  const own = corpus.kb.passageById.get(first);
  const cue = new Set(cueTokens(cueWordsOf(corpus.kb.chat), u.tokens));
  const pointed = new Set(u.refs.map((r) => r.pronoun.index));
  const ownWords = u.tokens.filter((t, i) => !cue.has(t) && !pointed.has(i) && !STOP_WORDS.has(t.word));
  const ownTerms = splitTerms(vocab, corpus.analyzer.docTerms(ownWords));
  const ofHerSaying = ownTerms.topic.length === 0 && ownTerms.say.length > 0;
  // "what did power say" -> "why she call it a stunt": a why of a word of the quote itself, which
  // states its reason right after that word ("pulling a stunt by calling for the UN meeting").
  const ofHerWord =
    own !== undefined &&
    ownTerms.topic.length > 0 &&
    statesReason(
      corpus,
      own.text,
      ownTerms.topic,
      ownWords.map((t) => t.word),
    );
  // "did power criticize russia" -> "why though": a bare why (not "why did she say that", which
  // asks of her saying: what she said next) after a quote that goes on to the grounds its speaker
  // gave ("... as 'uniquely cynical and hypocritical,' claiming that Russia failed to condemn
  // ...") says why itself, and leads.
  const leads =
    ofHerWord ||
    (own !== undefined && u.cues.whyOnly && u.refs.length === 0 && GROUNDS.test(own.text)) ||
    (own !== undefined &&
      (ofHerSaying || (u.cues.whyOnly && !meansTold(corpus, own.text, prev.question))) &&
      statesReason(
        corpus,
        own.text,
        prev.terms,
        tokenize(prev.question).map((t) => t.word),
      ));
  // "churkin says the peace effort is a big question mark" -> "why's he so pessimistic": of what
  // they said next, a sentence that gives a reason ("If what Ambassador Power has done today is any
  // indication ... then we are in serious trouble") leads the one that gives none ("I would be
  // very interested to see how Washington is going to react").
  const after = continuation(corpus, vocab, next.id);
  const reasoned = (id: string) => {
    const text = corpus.kb.passageById.get(id)?.text;
    return text !== undefined && holdsReason(corpus, text, prev.terms);
  };
  const because = reasoned(next.id) ? undefined : after.find(reasoned);
  const said = because ? [because, next.id, ...after.filter((id) => id !== because)] : [next.id, ...after];
  return {
    decision: {
      ...decision,
      ids: leads ? unique([first, ...said]) : unique([said[0] as string, first, ...said.slice(1)]),
      qa: null,
      features,
    },
    confidence: calibratedConfidence(features),
    reading: `Reading 'why' as what ${nameOf(corpus, speaker)} said next`,
    analysis,
  };
}

/** Auxiliaries before a subject: "why would it", "why did it". */
/** The concept of sides that differ ("differently", "disagree"). */
const DIFFER: Term = 'c:disagree';
const AUXILIARY = new Set([
  'would',
  'could',
  'might',
  'will',
  'did',
  'does',
  'do',
  'is',
  'was',
  'has',
  'had',
  'should',
  'can',
]);
/** A clause after a comma giving the grounds of what the speaker said: ", claiming that ...". */
const GROUNDS = /,["\u201d]?\s*(?:claiming|arguing|insisting|alleging|saying|explaining) that\s/i;

/**
 * Whether the question before already tells the means a sentence gives ("power said russia
 * calling the meeting was a stunt": "... by calling for the UN meeting"): a word of what the means
 * acts on ("the UN meeting", after its verb) is one of the question's. A bare "why?" then asks
 * more than the sentence says, and what the speaker said next is the better answer.
 */
function meansTold(corpus: Corpus, text: string, question: string): boolean {
  const words = tokenize(text).map((t) => t.word);
  const by = words.findIndex((w, i) => w === 'by' && (words[i + 1] ?? '').endsWith('ing'));
  if (by < 0) return false;
  const asked = new Set(
    tokenize(question)
      .map((t) => t.word)
      .filter((w) => !STOP_WORDS.has(w))
      .map((w) => corpus.lexicon.stemOf(w)),
  );
  return words.slice(by + 2).some((w) => !STOP_WORDS.has(w) && asked.has(corpus.lexicon.stemOf(w)));
}

/**
 * "No, the other number", "and the other figure?": another answer to the question before. On a
 * contested point, the other side leads (the observatory's 90 -> Damascus's 62); otherwise the
 * next quote the answer gave, or the next the question before finds. As sure as that question.
 */
export function otherAnswer(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  /** Only the other side of a contested point ("does anyone else see it differently?"). */
  sidesOnly = false,
): FollowUp | null {
  const first = prev.quoteIds[0];
  if (!first) return null;
  if (sidesOnly && !corpus.contestedBySentence.has(first)) return null;
  const before = prevAnalysis(corpus, vocab, prev);
  const again = decide(corpus, before);
  const point = pointShown(corpus, prev.quoteIds);
  // "did the US express regret?" -> "and anyone else?": who else did what was asked, when that
  // asked nothing of the point its answer is a side of (whether the strike was meant), and the
  // message asks nothing but who else ("does anyone else see it differently?" asks a side); the
  // answers' route finds them.
  const bare = u.analysis.free.length === 0 && u.analysis.terms.every((t) => t.startsWith('e:'));
  if (
    sidesOnly &&
    point &&
    bare &&
    !u.analysis.terms.includes(DIFFER) &&
    !topicAsked(corpus, point, before.terms)
  )
    return null;
  const otherSides = point
    ? point.sides.filter((side) => !side.ids.includes(first)).flatMap((side) => side.ids)
    : [];
  const ids = unique([...otherSides, ...prev.quoteIds.slice(1), ...again.ids, ...again.passageIds]).filter(
    (id) => id !== first,
  );
  const lead = ids[0];
  if (!lead) return null;
  const features = passageFeatures(corpus, again, lead);
  const words =
    u.cues.otherThingAt >= 0
      ? u.tokens
          .slice(u.cues.otherThingAt - 1, u.cues.otherThingAt + 2)
          .map((t) => t.raw)
          .join(' ')
      : (/\b\w+ else\b/i.exec(u.text)?.[0] ?? 'else');
  return {
    decision: { ...again, ids: [...ids.slice(0, 2), first], qa: null, features },
    // The other side of a contested point is as sure as the point itself.
    confidence: calibratedConfidence(point ? again.features : features),
    reading: `Reading '${words}' as another answer to "${prev.question}"`,
    analysis: before,
    repeated: true,
  };
}

/**
 * "Why?" after any other answer: the article gives its reasons in the sentence that answered
 * ("aborted as soon as Moscow raised the alarm", "The strikes prompted the Kremlin to request
 * ...", "whose aircraft took part"), so the same quotes again, as sure as the question before
 * asked again.
 */
function sameAnswer(
  corpus: Corpus,
  vocab: Vocabulary,
  prev: Frame,
  analysis: QueryAnalysis,
  /** Whom the "why" points at or names ("why them?"). */
  whom: readonly string[] = [],
  /** It asks why something did not happen ("why not?"). */
  whyNot = false,
  /** What of the quote it asks why of, beyond the question before (detailAsked). */
  detail: readonly Term[] = [],
  /** The why read as it stands, whom its pronouns stand for named (ownWhy); null for a bare why. */
  own: QueryAnalysis | null = null,
): FollowUp | null {
  const before = prevAnalysis(corpus, vocab, prev);
  const again = decide(corpus, before);
  const first = prev.quoteIds[0] as string;
  const features = again.ids[0] === first ? again.features : passageFeatures(corpus, again, first);
  const asked = askedWhy(corpus, vocab, before, prev, analysis);
  // "why them?" after "australia? really?": the reasons of whom it points at, not another's.
  const aboutWhom =
    asked === null || whom.length === 0 || byOrAbout(corpus, asked.decision.ids[0] ?? '', whom);
  if (asked && aboutWhom && asked.confidence > calibratedConfidence(features)) return asked;
  // "why not?", "why didn't russia object then?": the sentence that told it did not happen ("no
  // concerns were voiced", "closed to the press") gives no reason for it. Nor does the article's
  // own telling of a deed that says only what the question before asked ("did churkin walk out"
  // -> "why?": "Churkin also walked out before Power was due to address the Council"), without a
  // word of reasons ("The strikes prompted the Kremlin to ..."). Someone's words may be their
  // reasons whatever they hold (Cook's "the Pentagon had informed Moscow").
  // A why of a detail the quote told beside what was asked ("whose death toll is the 90 figure"
  // -> "why is that observatory based in the UK?"; "what did IS shoot down" -> "why was that
  // plane flying there?") is answered by it only with a reason given in or after the detail's
  // clause, whoever's words it is: their words are their reasons for what they say, not for
  // what the sentence tells beside it.
  const told = corpus.kb.passageById.get(first);
  const beforeTerms = [...before.terms, ...prev.terms];
  // Their words are their reasons for what was asked of their words ("what did australia say"
  // -> "why?") or told as their words ("Cook said the Pentagon had informed Moscow"), not for a
  // deed the sentence tells beside them ("was australia part of the raid" -> "why did they even
  // take part": "Australia, whose aircraft took part in the strike, also offered condolences").
  const ofWords = theirWords(corpus, vocab, first, [...beforeTerms, ...analysis.terms]);
  const noReason =
    told !== undefined &&
    (detail.length > 0
      ? !holdsReason(corpus, told.text, [...beforeTerms, ...detail], detail)
      : (!told.speaker || !ofWords) && !holdsReason(corpus, told.text, beforeTerms));
  if (whyNot || noReason) {
    if (asked && aboutWhom) return asked;
    return {
      decision: { ...again, ids: [], qa: null, features },
      confidence: 0,
      reading: `Reading 'why' as why "${prev.question}"`,
      analysis,
    };
  }
  // A repeat is as sure as the answer was, with no margin for reading in context, only when
  // its quote gives a reason: words of someone's that give none ("russia's mad about
  // coordination?" -> "why exactly", answered by Power's "none of these atrocities has Russia
  // expressed outrage") are read into a why by the context alone, and need the margin any
  // reading in context needs; a weak first answer is not given again as the reason.
  const reasonGiven = told === undefined || holdsReason(corpus, told.text, beforeTerms);
  // "who were the coalition aiming at" -> "why did they hit the army then": words of the quote
  // the question before did not ask ("hit", "army") are a deed of its own, asked why of.
  const fromQuote = own?.terms.some((t) => !t.startsWith('e:') && !beforeTerms.includes(t));
  if (own && fromQuote) {
    const alone = ownReason(corpus, own, first, calibratedConfidence(features));
    if (alone) return alone;
  }
  // "australia made a statement too" -> "why did they bother": a why of nothing but what someone
  // said, when their words give no reason, asks why they speak of it at all; a sentence that opens
  // with their name (or that of a body they belong to) and a relative clause on them ("Australia,
  // whose aircraft took part in the strike, ...") tells what ties them to the story.
  const tie = !reasonGiven && !own && told?.speaker ? tieOf(corpus, told.speaker, first) : undefined;
  if (tie)
    return {
      decision: { ...again, ids: [tie], qa: null, features },
      confidence: calibratedConfidence(features),
      reading: `Reading 'why' as why ${nameOf(corpus, told?.speaker ?? '')} spoke of it at all`,
      analysis,
    };
  return {
    decision: { ...again, ids: [...prev.quoteIds], qa: prev.qa, features },
    confidence: calibratedConfidence(features),
    reading: `Reading 'why' as why "${prev.question}"`,
    analysis,
    repeated: reasonGiven,
  };
}

/**
 * The sentence other than `except` that opens with the name of `speaker`, or of a body they
 * belong to, and a relative clause on them ("Australia, whose aircraft took part in the strike,
 * ..."): what ties them to the story. Undefined when none does.
 */
function tieOf(corpus: Corpus, speaker: string, except: string): string | undefined {
  const whom: string[] = [];
  for (let id: string | undefined = speaker; id && whom.length < 8; id = corpus.kb.entityById.get(id)?.parent)
    whom.push(id);
  return corpus.kb.passages.find((p) => p.id !== except && describedFirst(corpus, p.text, whom))?.id;
}

/** Pronouns that may stand for the topic of the turn before. */
const TOPIC_POINTERS = new Set(['it', 'that', 'this', 'these', 'those', 'its']);
/** Pronouns that stand for people or bodies. */
const PERSONAL = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);

/**
 * A why with a predicate of its own, read as it stands with whom its pronouns stand for ("who
 * were the coalition aiming at" -> "why did they hit the army then": why the coalition hit the
 * army), or null for a why that asks nothing but why.
 */
function ownWhy(u: Understanding): QueryAnalysis | null {
  const asked = u.restatedWhy;
  // "why would it end?" after the peace deal: "it" stands for a topic, which the why as it stands
  // does not hold; so does a "they" that stands for no one.
  const pointing = u.tokens.filter((t) => TOPIC_POINTERS.has(t.word) || PERSONAL.has(t.word));
  if (
    !asked ||
    pointing.some((t) => TOPIC_POINTERS.has(t.word)) ||
    (pointing.length > 0 && u.refs.length === 0)
  )
    return null;
  const whom = u.refs.map((r) => `e:${r.id}` as Term);
  const named = new Set([...whom, ...u.own.map((m) => `e:${m.id}`)]);
  if (!asked.terms.some((t) => !named.has(t))) return null;
  return { ...asked, terms: unique([...asked.terms, ...whom]) };
}

/**
 * The why read as it stands (ownWhy), asking why of a deed the quote before told beside what was
 * asked: another sentence that gives one ("..., apparently mistaking them for
 * terrorists") answers it, when that reading is nearly as sure as the repeat would be (within
 * the margin a reading in context needs). Null otherwise.
 */
function ownReason(corpus: Corpus, own: QueryAnalysis, first: string, repeat: number): FollowUp | null {
  const decision = decide(corpus, own);
  const lead = decision.ids[0];
  const told = lead === undefined ? undefined : corpus.kb.passageById.get(lead);
  if (!told || lead === first || !holdsReason(corpus, told.text, own.terms)) return null;
  const confidence = calibratedConfidence(decision.features);
  if (confidence <= repeat - TUNING.followUps.readMargin) return null;
  return { decision, confidence, reading: 'Reading this as a why of its own', analysis: own };
}

/**
 * What a why that restates the turn before asks of its quote beyond the question before: the
 * terms of its own words (not its cue words, nor whom it points at) that the quote holds and the
 * question before did not ask ("why is that observatory based in the UK?" after "whose death
 * toll is the 90 figure": UK, based, the observatory). None for "why?", "why did she say that".
 */
function detailAsked(
  corpus: Corpus,
  vocab: Vocabulary,
  u: Understanding,
  prev: Frame,
  first: string,
): Term[] {
  const quote = corpus.passageTerms.get(first);
  if (!quote) return [];
  const cue = new Set(cueTokens(cueWordsOf(corpus.kb.chat), u.tokens));
  const pointed = new Set(u.refs.map((r) => r.pronoun.index));
  const words = u.tokens.filter((t, i) => !cue.has(t) && !pointed.has(i));
  const before = new Set([...prev.terms, ...prevAnalysis(corpus, vocab, prev).terms]);
  return splitTerms(vocab, unique(corpus.analyzer.docTerms(words))).topic.filter(
    (t) => corpus.index.has(t) && quote.has(t) && !before.has(t),
  );
}

/**
 * The question before asked with "why" in front ("russia's really angry at washington" -> "why
 * is ..."): a curated answer to why ranks first then. Null when it answers with the quote given.
 */
function askedWhy(
  corpus: Corpus,
  vocab: Vocabulary,
  before: QueryAnalysis,
  prev: Frame,
  analysis: QueryAnalysis,
): FollowUp | null {
  const words = ['why', ...before.words];
  // What the question before holds that a why of it does not ask: "the strike stopped after 40
  // min" -> "how come": asked why, its "after 40 min" tells when, not how long it lasted.
  const whyAnalysis = parse(corpus, vocab, `why ${prev.question}`).analysis;
  const whyTerms = new Set(whyAnalysis.terms);
  const terms = before.terms.filter((t) => whyTerms.has(t));
  // "the syrian regime lost ground near deir el-zour" -> "how come": the reason of the deed
  // told, not of where or when it was; asked without its setting too, the surer reading kept.
  const deed = terms.filter((t) => !settingOf(corpus, t));
  const asIs = decide(corpus, { ...before, words, terms });
  const bare =
    deed.length > 0 && deed.length < terms.length ? decide(corpus, { ...before, words, terms: deed }) : null;
  const readBest =
    bare && bare.ids.length > 0 && calibratedConfidence(bare.features) > calibratedConfidence(asIs.features)
      ? bare
      : asIs;
  // "russia's foreign ministry is fuming" -> "why tho": the statement's words with a why in front
  // may ask what no quote holds ("why ... furious": the outrage only Power names), where the
  // whole of it asked as a why ("why russia's foreign ministry is fuming") reads its feeling as
  // the why's and answers: that reading is taken when the other is refused outright.
  const whole = refusedOutright(readBest) ? decide(corpus, whyAnalysis) : null;
  const decision = whole && whole.ids.length > 0 && !refusedOutright(whole) ? whole : readBest;
  if (decision.ids.length === 0 || decision.ids[0] === prev.quoteIds[0]) return null;
  return {
    decision,
    confidence: calibratedConfidence(decision.features),
    reading: `Reading 'why' as why "${prev.question}"`,
    analysis: { ...analysis, words },
  };
}

/** Terms that place or time a deed ("near deir el-zour", "on saturday"): no part of its reason. */
const SETTING = new Set<Term>(['c:place', 'c:day', 'c:saturday', 'c:sunday']);
function settingOf(corpus: Corpus, t: Term): boolean {
  return SETTING.has(t) || (t.startsWith('e:') && corpus.kb.entityById.get(t.slice(2))?.kind === 'place');
}

/**
 * Whether a why of a sentence with a speaker is a why of their words: the question or the turns
 * before ask what someone said, or the sentence tells it as said ("Cook said the Pentagon had
 * informed Moscow"), not a deed told beside their words ("Australia, whose aircraft took part in
 * the strike, also offered condolences ...").
 */
export function theirWords(corpus: Corpus, vocab: Vocabulary, id: string, asked: readonly Term[]): boolean {
  if (splitTerms(vocab, asked).say.length > 0) return true;
  const terms = corpus.passageTerms.get(id);
  return terms !== undefined && [...vocab.say].some((t) => terms.has(t));
}

/** The question before, read again (the frame keeps its text and terms, not its whole reading). */
function prevAnalysis(corpus: Corpus, vocab: Vocabulary, prev: Frame): QueryAnalysis {
  return parse(corpus, vocab, prev.question).analysis;
}

/**
 * "why not?", "why didn't they", "why was it never": a denial after the "why", in its clause. Not
 * one in a clause of its own after it ("why tho, weren't they going for daesh": why it happened,
 * asked with what the person thought they were after).
 */
export function asksWhyNot(text: string): boolean {
  const at = WHY_AT.exec(text);
  if (!at) return false;
  const clause = text.slice(at.index + at[0].length).split(CLAUSE_END)[0] ?? '';
  return tokenize(clause).some((t) => WHY_NOT.has(t.word) || /n['’]t$/.test(t.word));
}
const WHY_AT = /\bwh+y+\b/i;
/** What ends the why's clause: a comma, a colon or semicolon, a question or full stop, a dash. */
const CLAUSE_END = /[,;:?!.\u2013\u2014]|\s-\s/;
const WHY_NOT = new Set(
  `not never no didnt doesnt dont wasnt werent isnt arent wont wouldnt couldnt cant hasnt havent
   hadnt shouldnt`.split(/\s+/),
);

/**
 * Whether a sentence names `subject` with a verb of speaking right after it ("Damascus has
 * claimed"); with `acts`, any verb in the past ("while her Russian colleague Vitaly Churkin
 * addressed the diplomats inside": what he did meanwhile).
 */
export function saysInline(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  subject: string,
  acts = false,
): boolean {
  const tokens = tokenize(text);
  const subjectTerm = `e:${subject}`;
  // A finite verb ("claimed", not "calling"), after the name as its subject (not "support for IS").
  const speech = (t: Token | undefined) =>
    t !== undefined &&
    !t.word.endsWith('ing') &&
    ((acts && PAST.test(t.word)) || corpus.analyzer.docTerms([t]).some((term) => vocab.speech.has(term)));
  return mentions(corpus, tokens).some((m) => {
    if (!corpus.lexicon.entityTerms(m.id).includes(subjectTerm)) return false;
    const before = tokens[m.start - 1]?.word ?? '';
    if (PREPOSITIONS.has(before)) return false;
    // "nor has Russia expressed outrage": a question or a denial, not what they did.
    if (acts && INVERTED.has(before)) return false;
    const next = tokens[m.end];
    return speech(next) || (INLINE_AUXILIARIES.has(next?.word ?? '') && speech(tokens[m.end + 1]));
  });
}
/** A verb in the past, as a word ends ("addressed", "walked"). */
const PAST = /[a-z]{2,}ed$/;
/** An auxiliary before its subject ("has Russia expressed"). */
const INVERTED = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'was', 'were', 'is']);
const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'against', 'by', 'from', 'on', 'at', 'in', 'about']);
/** Between a name and its verb of speaking: "Damascus has claimed", "Moscow also said". */
const INLINE_AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'would']);

/**
 * Whether a sentence tells, within itself, what followed something the terms name: a clause of
 * time inside it ("... was aborted as soon as Moscow raised the alarm in the Pentagon", "...
 * after Moscow complained") holds one of the terms, and the words before it, what followed, say
 * more than they do; or a clause the sentence goes on to after a comma and a word of turning
 * ("the IS militia used the airstrike to push the regime troops out ..., although Damascus has
 * claimed it reclaimed most of the lost ground"), what followed, after words holding one of them.
 * Not a sentence that opens with the clause ("After the attack, the US military said ..."): it
 * places the whole telling, which is what the turn before asked.
 */
export function followsInSentence(corpus: Corpus, text: string, terms: readonly Term[]): boolean {
  const known = new Set(terms.filter((t) => corpus.index.has(t)));
  if (known.size === 0) return false;
  const termsOf = (part: string) =>
    corpus.analyzer.docTerms(tokenize(part)).filter((t) => corpus.index.has(t));
  const tells = (earlier: string, later: string) => {
    const before = termsOf(earlier);
    return (
      before.some((t) => known.has(t)) && termsOf(later).some((t) => !known.has(t) && !before.includes(t))
    );
  };
  const m = FOLLOWED.exec(text);
  if (m && m.index > 0 && tells(text.slice(m.index + m[0].length), text.slice(0, m.index))) return true;
  const turn = TURNED.exec(text);
  return turn !== null && tells(text.slice(0, turn.index), text.slice(turn.index + turn[0].length));
}
/**
 * Whether a sentence holds every one of `asked` in a clause after the first clause holding
 * something of `before` (what the turn before asked): it goes on to what is asked.
 */
function goesOnTo(corpus: Corpus, text: string, before: readonly Term[], asked: readonly Term[]): boolean {
  const known = new Set(before.filter((t) => corpus.index.has(t)));
  const clauses = text.split(/[,;:]/).map((c) => new Set(corpus.analyzer.docTerms(tokenize(c))));
  const answered = clauses.findIndex((terms) => [...known].some((t) => terms.has(t)));
  if (answered < 0) return false;
  const later = clauses.slice(answered + 1);
  return asked.every((t) => later.some((terms) => terms.has(t) && !known.has(t)));
}

/** "What else", "anything else": more of the same kind as what was asked. */
const ELSE_ASKED = new Set(['what else', 'anything else']);
/** Words that join a further item to a list ("tanks and vehicles", "alongside four mortars"). */
const LIST_JOINERS = new Set(['and', 'alongside', 'plus', 'including']);

/**
 * Whether a sentence names a word of the question before (`asked`, as typed: "tanks") as an item of
 * a list that goes on after it: the word right after the last such word joins a further item
 * ("several tanks and military vehicles", "tanks alongside ..."), and that item holds a word of
 * substance the question did not ask.
 */
function listGoesOn(corpus: Corpus, text: string, asked: string): boolean {
  const stem = (w: string) => corpus.lexicon.stemOf(w);
  const tokens = tokenize(text);
  const content = (t: Token) => corpus.analyzer.docTerms([t]).length > 0;
  const known = new Set(
    tokenize(asked)
      .filter(content)
      .map((t) => stem(t.word)),
  );
  const at = tokens.findLastIndex((t) => known.has(stem(t.word)) && content(t));
  if (at < 0) return false;
  if (!LIST_JOINERS.has(tokens[at + 1]?.word ?? '')) return false;
  return tokens.slice(at + 2, at + 5).some((t) => content(t) && !known.has(stem(t.word)));
}

/** Cues that ask what was said or told besides ("what did they add after that"), not what happened. */
const MORE_SAID = new Set([
  'add',
  'added',
  'adds',
  'what else',
  'anything else',
  'something else',
  'go on',
  'carry on',
  'keep going',
  'continue',
]);
/** A clause of time that places what the sentence tells right after something. */
const FOLLOWED = /\b(?:as soon as|soon after|right after|after|once)\s/i;
/** A clause the sentence turns to after what it told: what came of it ("..., although Damascus has claimed ..."). */
const TURNED = /,\s*(?:although|though|but|until|only to|and then)\s/i;

/** The sentences right after `id` by the same speaker (at most two). */
function continuation(corpus: Corpus, vocab: Vocabulary, id: string): string[] {
  const at = vocab.position.get(id);
  const speaker = corpus.kb.passageById.get(id)?.speaker;
  if (at === undefined || !speaker) return [];
  const out: string[] = [];
  for (let i = at + 1; i < corpus.kb.passages.length && out.length < 2; i++) {
    const p = corpus.kb.passages[i];
    if (!p || p.speaker !== speaker) break;
    out.push(p.id);
  }
  return out;
}

/**
 * The confidence features of answering with one chosen passage, as decide() computes them for
 * its own choice: how much of the question the passage covers, and what the question leaves
 * unknown.
 */
function passageFeatures(
  corpus: Corpus,
  decision: Decision,
  id: string,
  /** Terms the passage holds by who speaks it ("say" in a sentence of the one asked about). */
  held: readonly Term[] = [],
): ConfidenceFeatures {
  const { knownWeight, unknownWeight, known } = decision.ranking;
  const terms = corpus.passageTerms.get(id);
  let covered = 0;
  let own = 0;
  for (const t of terms ?? []) own += corpus.index.has(t) ? corpus.index.idf(t) : 0;
  for (const t of known) if (terms?.has(t) || held.includes(t)) covered += corpus.index.idf(t);
  const total = knownWeight + unknownWeight;
  const coverage = total > 0 ? covered / total : 0;
  const docCoverage = own > 0 ? covered / own : 0;
  return {
    ...decision.features,
    raw: coverage * (TUNING.scoring.passageBase + (1 - TUNING.scoring.passageBase) * docCoverage),
    coverage,
    docCoverage,
    curated: 0,
    agreement: 0,
    speakerMissing: 0,
  };
}

/** "what happened", "the story": names no point a quote must hold ("where did that happen"). */
const SUMMARY: Term = 'c:summary';

/**
 * Whether the answer's first quote holds something of what the follow-up itself asks: its own
 * topic words, or whom it turned to. Words the article never uses are never held ("what about
 * compensation?"). A follow-up that only asks "when?" or "why?" has nothing of its own to check.
 */
export function answersPoint(
  corpus: Corpus,
  vocab: Vocabulary,
  decision: Decision,
  own: QueryAnalysis,
  focus: readonly string[],
): boolean {
  const point = [
    ...splitTerms(vocab, own.terms).topic.filter((t) => !t.startsWith('e:') && t !== SUMMARY),
    ...focus.map((id) => `e:${id}`),
  ];
  if (point.length === 0) return true;
  // The quote itself, as the person reads it: not the curated wording that chose it, whose
  // broader words ("casualties") may hold what the quote does not ("what about in the air?"
  // after IS pushed the troops out is not answered by the US military's words on the sortie).
  const first = decision.ids[0];
  const quoteTerms = first ? corpus.passageTerms.get(first) : undefined;
  return point.some((t) => quoteTerms?.has(t));
}

/**
 * The answer must be about whom the follow-up turned to ("and the americans?" after Australia's
 * condolences wants the US's words, not Australia's again), and theirs when it asks what they
 * said: when the chosen quotes are not, the best candidate that is, if it scores close enough.
 */
export function preferFocus(
  corpus: Corpus,
  decision: Decision,
  focus: readonly string[],
  speaker: string | null,
): Decision {
  if (focus.length === 0 && !speaker) return decision;
  const terms = focus.map((id) => `e:${id}`);
  const about = (id: string | undefined) =>
    id !== undefined &&
    (speaker
      ? (corpus.passageSpeakers.get(id)?.has(`e:${speaker}`) ?? false)
      : terms.some((t) => corpus.passageTerms.get(id)?.has(t)));
  return preferred(corpus, decision, about);
}

/**
 * "condolences from anyone else?" after the US's regret: the answer must be neither by nor about
 * whom the turn before was about; when the chosen quotes are, the best candidate that is not, if
 * it scores close enough.
 */
export function preferOthers(corpus: Corpus, decision: Decision, others: readonly string[]): Decision {
  if (others.length === 0) return decision;
  const notTheirs = (id: string | undefined) => id !== undefined && !byOrAbout(corpus, id, others);
  // Whatever it scores: the quotes about them do not answer at all, and the confidence of the
  // one picked says whether it does.
  const picked = preferred(corpus, decision, notTheirs, 0);
  if (picked !== decision || notTheirs(decision.ids[0])) return picked;
  // None kept among the candidates (theirs scored far better): the sentence holding the most of
  // what is asked that is not theirs.
  const held = new Map<string, number>();
  let seen = 0;
  for (const t of decision.ranking.known) {
    if (t.startsWith('e:')) continue;
    for (const doc of corpus.index.docsWith('passage', t)) {
      if (++seen > F.othersScanned) break;
      const id = corpus.index.ref(doc);
      held.set(id, (held.get(id) ?? 0) + corpus.index.idf(t));
    }
  }
  const best = [...held].filter(([id]) => notTheirs(id)).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return { ...decision, ids: [] };
  return {
    ...decision,
    ids: [best],
    qa: null,
    features: passageFeatures(corpus, decision, best),
  };
}

/** Whether a sentence is said by or names any of these entities. */
export function byOrAbout(corpus: Corpus, id: string, entities: readonly string[]): boolean {
  return entities.some(
    (e) => corpus.passageTerms.get(id)?.has(`e:${e}`) || corpus.passageSpeakers.get(id)?.has(`e:${e}`),
  );
}

/** The decision, or when its first quote is not one `about` accepts, the best candidate that is. */
function preferred(
  corpus: Corpus,
  decision: Decision,
  about: (id: string | undefined) => boolean,
  /** A candidate must score this share of the best. */
  share = F.focusShare,
): Decision {
  if (decision.ids.length === 0 || about(decision.ids[0])) return decision;
  const { qaRanked, passages } = decision.ranking;
  const top = Math.max(qaRanked[0]?.[1].score ?? 0, passages[0]?.score ?? 0);
  const floor = top * share;
  const candidates: { score: number; ids: string[] }[] = [
    ...qaRanked.map(([id, s]) => ({
      score: s.score,
      ids: leadWithNamedSide(corpus, corpus.qaById.get(id)?.answerIds ?? [], decision.ranking.known),
    })),
    ...passages.map((s) => ({ score: s.score, ids: [s.hit.doc.ref] })),
  ]
    .filter((c) => c.score >= floor && about(c.ids[0]))
    .sort((a, b) => b.score - a.score);
  const pick = candidates[0];
  if (!pick) return decision;
  const first = pick.ids[0] as string;
  return {
    ...decision,
    ids: unique([...pick.ids, ...decision.passageIds.filter(about)]),
    qa: null,
    features: passageFeatures(corpus, decision, first),
  };
}

/**
 * Follow-up questions: a question read in the light of the conversation it belongs to.
 *
 * A front end keeps the turns of a conversation (ConversationTurn: the question as typed, the
 * sentence ids quoted, the curated entry; turnOf() makes one from an Answer) and passes the
 * latest ones to Engine.answer(question, turns). Nothing of the engine is kept between calls:
 * the earlier turns are read again each time (only the last few, so a long conversation costs
 * what a short one does), which gives the people, bodies, places and topics in focus.
 *
 * Resolution is done on terms, not on text: the terms of whom "he" stands for are added to the
 * question's own; "and the observatory?" is the previous question's terms with the observatory
 * in place of the body it named; "why?" asks the previous question again (or, after a person's
 * words, gives what they said next); "what did he say after that" is the next sentence of that
 * speaker after the quote just given. Pronouns agree with the kind of entity (entities.yaml):
 * "she" is a person, "they" a government, army or group; "it" and "that" the topic.
 *
 * A question that stands on its own (a change of subject) is answered exactly as it would be
 * alone. Where the cue is weak ("and" before a whole question), the reading with the higher
 * confidence wins. When the context changed the reading, the Answer says so in one line.
 */
import { cleanQuestion } from '../text/clean.ts';
import type { Term } from '../text/lexicon.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { truncate } from '../text/truncate.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import type { Answer } from './answer.ts';
import { type ConfidenceFeatures, calibratedConfidence } from './confidence.ts';
import { leadWithNamedSide } from './contested.ts';
import type { Corpus } from './corpus.ts';
import { type Decision, decide } from './decide.ts';
import { type Cues, isCueWord, type PronounUse, readCues } from './follow-up-cues.ts';
import { TUNING } from './tuning.ts';

/** One earlier turn of a conversation: what a front end stores to read the next question by. */
export interface ConversationTurn {
  /** The question as the person typed it. */
  question: string;
  /** The sentence ids the answer quoted, best first; empty when it did not answer. */
  quoteIds: readonly string[];
  /** The curated entry that answered, if any. */
  qa: string | null;
}

/** The turn to remember after an answer. */
export function turnOf(answer: Answer): ConversationTurn {
  return {
    question: answer.question,
    quoteIds: answer.answered ? answer.quotes.map((q) => q.id) : [],
    qa: answer.answered ? answer.qa : null,
  };
}

/** A follow-up read in context: the decision to compose the answer from, and how it was read. */
export interface FollowUp {
  decision: Decision;
  confidence: number;
  /** One short line for the person, e.g. "Reading 'he' as Vitaly Churkin"; null when read as is. */
  reading: string | null;
  /** The question's terms as read. */
  analysis: QueryAnalysis;
}

const F = TUNING.followUps;

/**
 * The question read in the context of the earlier turns (oldest first), or null when it stands
 * on its own and is to be answered exactly as if it were alone.
 */
export function readFollowUp(
  corpus: Corpus,
  text: string,
  analysis: QueryAnalysis,
  turns: readonly ConversationTurn[],
): FollowUp | null {
  const vocab = vocabularyOf(corpus);
  const prev = frameOf(corpus, vocab, turns);
  if (!prev) return null;
  const u = understand(corpus, vocab, text, parse(corpus, vocab, text, analysis), prev);
  if (!u) return null;
  // The question alone, without the words that only made it a follow-up ("and", "sorry").
  const standalone = () => {
    if (u.analysis.terms.length === 0) return null;
    const decision = decide(corpus, u.analysis);
    return {
      decision,
      confidence: calibratedConfidence(decision.features),
      reading: null,
      analysis: u.analysis,
    };
  };

  if (u.cues.after) {
    const next = whatCameNext(corpus, vocab, u, prev);
    if (next) return next;
  }
  if (u.cues.whyOnly) {
    const next = whyNext(corpus, vocab, u, prev);
    if (next) return next;
  }
  const scored = u.readings.map((r, i) => {
    const decision = decide(corpus, r.analysis);
    const confidence = calibratedConfidence(decision.features);
    return { r, decision, confidence, rank: confidence + (i === 0 ? F.preferFirstReading : 0) };
  });
  scored.sort((a, b) => b.rank - a.rank);
  const best = scored[0];
  if (!best) return standalone();
  if (u.weak) {
    const alone = standalone();
    if (alone && alone.confidence + F.preferStandalone >= best.confidence) return alone;
  }
  const decision = preferFocus(corpus, best.decision, best.r.focus, best.r.speaker);
  let confidence = decision === best.decision ? best.confidence : calibratedConfidence(decision.features);
  // The answer must answer what the follow-up changed: "and how many wounded?" is not
  // answered by the death toll again.
  if (!answersPoint(corpus, vocab, decision, u.analysis, best.r.focus)) confidence *= F.missedPoint;
  return {
    decision,
    confidence,
    reading: readingLine(corpus, u, best.r, prev),
    analysis: best.r.analysis,
  };
}

// --- what the earlier turns give ---------------------------------------------------------

/** An earlier turn as it was read: its terms and entities in focus, and what it quoted. */
interface Frame {
  /** The question that set the topic: the turn's own, or for a follow-up the one it followed. */
  question: string;
  terms: Term[];
  free: FreeWord[];
  /** Entity ids the turn was about, its subject first. */
  entities: string[];
  quoteIds: readonly string[];
  qa: string | null;
}

/**
 * The latest turn as read in the light of the ones before it (at most TUNING.followUps.turnsRead
 * of them), or null when there is none. Each is read by the rules alone (no answer is composed),
 * the way the latest one would be.
 */
function frameOf(corpus: Corpus, vocab: Vocabulary, turns: readonly ConversationTurn[]): Frame | null {
  let frame: Frame | null = null;
  for (const turn of turns.slice(-F.turnsRead)) {
    if (!turn || typeof turn.question !== 'string') continue;
    const text = cleanQuestion(turn.question.slice(0, TUNING.input.maxQuestionLength)).text;
    const parsed = parse(corpus, vocab, text);
    const { analysis } = parsed;
    const u: Understanding | null = frame ? understand(corpus, vocab, text, parsed, frame) : null;
    const read: Reading | undefined = u?.readings[0];
    const quoteIds = Array.isArray(turn.quoteIds)
      ? turn.quoteIds.filter((id) => typeof id === 'string' && corpus.kb.passageById.has(id))
      : [];
    const entities: string[] = read ? read.entities : parsed.own.map((m) => m.id);
    const terms: Term[] = read ? read.analysis.terms : analysis.terms;
    // A turn with nothing to go on (small talk) leaves the focus where it was.
    if (terms.length === 0 && frame) continue;
    frame = {
      question: read?.carried && frame ? frame.question : turn.question,
      terms,
      free: read ? read.analysis.free : analysis.free,
      entities,
      quoteIds,
      qa: typeof turn.qa === 'string' ? turn.qa : null,
    };
  }
  return frame;
}

// --- reading the new question ---------------------------------------------------------------

interface Reading {
  analysis: QueryAnalysis;
  entities: string[];
  /** It carries the previous question's topic (not only whom a pronoun stands for). */
  carried: boolean;
  /** Whom the follow-up turned to (a pronoun's referent, a body named instead): the answer must be about them. */
  focus: string[];
  /** A referent asked what they said ("what did they accuse washington of"): the answer must be theirs. */
  speaker: string | null;
}

interface Understanding {
  text: string;
  tokens: Token[];
  analysis: QueryAnalysis;
  cues: Cues;
  /** Pronouns and whom they stand for. */
  refs: { pronoun: PronounUse; id: string }[];
  /** Entities the question names itself, in order. */
  own: Mention[];
  /** Readings to try, the one the rules prefer first. */
  readings: Reading[];
  /** Only a weak cue ("and", a fragment with a subject of its own): compare with the question alone. */
  weak: boolean;
}

/** What a message says by itself, before any context: kept for the turns read again later. */
interface Parsed {
  /** Its analysis without the words that only carried cues. */
  analysis: QueryAnalysis;
  tokens: Token[];
  cues: Cues;
  /** The entities it names, in order. */
  own: Mention[];
}

function parse(corpus: Corpus, vocab: Vocabulary, text: string, raw?: QueryAnalysis): Parsed {
  const cached = raw ? undefined : vocab.parsed.get(text);
  if (cached) return cached;
  const analysis = raw ?? corpus.analyzer.analyzeQuery(text);
  const tokens = correctedTokens(text, analysis);
  const cues = readCues(tokens);
  const parsed = {
    analysis: withoutCueWords(corpus, tokens, cues, analysis),
    tokens,
    cues,
    own: mentions(corpus, tokens),
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

function understand(
  corpus: Corpus,
  vocab: Vocabulary,
  text: string,
  parsed: Parsed,
  prev: Frame,
): Understanding | null {
  const { tokens, cues, own } = parsed;
  if (cues.switchTopic) return null;
  // "what was the reason?" asks nothing but why: its words are no topic of their own.
  const analysis: QueryAnalysis = cues.whyOnly
    ? { terms: [], free: [], corrections: parsed.analysis.corrections }
    : parsed.analysis;
  const { refs, internal } = resolvePronouns(corpus, vocab, cues, own, tokens, prev, analysis);
  const split = splitTerms(vocab, analysis.terms);
  const ownTopic = split.topic.filter((t) => !t.startsWith('e:'));
  const unknownWords = analysis.free.filter((f) => !corpus.index.has(f.term));
  const nothingOwn = own.length === 0 && ownTopic.length === 0 && unknownWords.length === 0;
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
    cues.correction;
  // "thanks", "lol": nothing asked and nothing that points back is no follow-up.
  if (nothingOwn && split.slot.length === 0 && !cued) return null;
  const needsTopic =
    cues.whyOnly || cues.whatAbout || cues.trailing || topicPronoun || cues.fragment || nothingOwn;
  if (refs.length === 0 && !needsTopic && !cues.after && !cues.correction && !cues.continuation) return null;
  const strong =
    refs.length > 0 ||
    topicPronoun ||
    cues.whyOnly ||
    cues.whatAbout ||
    cues.after ||
    cues.trailing ||
    nothingOwn ||
    (cues.fragment && !(cues.continuation && own.length > 0 && ownTopic.length > 0));

  // Whom a pronoun stands for takes its place: before the names after it ("what did he think of
  // power": he is the one speaking).
  const firstName = own[0]?.start ?? Number.POSITIVE_INFINITY;
  // "what did they accuse washington of": they are the ones speaking.
  const speaker =
    refs.find(
      (r) =>
        r.pronoun.kind !== 'thing' &&
        subjectPosition(tokens, r.pronoun.index) &&
        analysis.terms.some((t) => vocab.speech.has(t)),
    )?.id ?? null;
  const refTerms = (before: boolean) =>
    refs
      .filter((r) => r.pronoun.index < firstName === before)
      .flatMap((r) => corpus.lexicon.entityTerms(r.id));
  const base: QueryAnalysis = {
    terms: unique([...refTerms(true), ...analysis.terms, ...refTerms(false)]),
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
    const displaced = new Set<Term>();
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
        prev,
        unknownWords,
        focus,
        displaced,
        pointsBack: topicPronoun,
        speaker,
      }),
    );
  }
  return { text, tokens, analysis, cues, refs, own, readings, weak: !strong };
}

/**
 * The analysis without the words that only carried cues: the openers ("sorry, i meant": not an
 * apology) and unknown cue words ("whyyy", "oops").
 */
function withoutCueWords(
  corpus: Corpus,
  tokens: readonly Token[],
  cues: Cues,
  analysis: QueryAnalysis,
): QueryAnalysis {
  const cueTerms = new Set(
    tokens.filter((t) => isCueWord(t.word)).map((t) => `w:${corpus.lexicon.stemOf(t.word)}`),
  );
  if (cues.start > 0) {
    const asked = new Set(corpus.analyzer.docTerms(tokens.slice(cues.start)));
    for (const t of corpus.analyzer.docTerms(tokens.slice(0, cues.start))) if (!asked.has(t)) cueTerms.add(t);
  }
  if (cueTerms.size === 0) return analysis;
  return {
    terms: analysis.terms.filter((t) => !cueTerms.has(t)),
    free: analysis.free.filter((f) => !isCueWord(f.word)),
    corrections: analysis.corrections,
  };
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
  prev: Frame;
  unknownWords: FreeWord[];
  focus: string[];
  /** The earlier question's entities a pronoun's referent takes the place of. */
  displaced: ReadonlySet<Term>;
  /** An "it" or "that" points back at the earlier topic. */
  pointsBack: boolean;
  speaker: string | null;
}

function carryReadings(corpus: Corpus, vocab: Vocabulary, input: CarryInput): Reading[] {
  const { cues, base, baseEntities, subjects, prev, unknownWords, focus, displaced, pointsBack, speaker } =
    input;
  const p = splitTerms(vocab, prev.terms);
  const n = splitTerms(vocab, base.terms);
  const newTopic = n.topic.filter((t) => !t.startsWith('e:') && corpus.index.has(t));
  const prevEntities = p.topic.filter((t) => t.startsWith('e:') && !displaced.has(t));
  const prevTopic = p.topic.filter((t) => !t.startsWith('e:'));
  const newNames = subjects.length > 0 || unknownWords.some((w) => !w.english);
  // After "what about" or a correction, a new topic takes the place of the old one; so it does
  // in a whole question of its own ("and how many wounded?"), unless its "it" or "that" points
  // back at the old one ("who shot it down"), and only for words the article knows.
  const replaces = cues.whatAbout || cues.correction;
  const replaceTopic =
    (newTopic.length > 0 || (replaces && unknownWords.some((w) => w.english))) &&
    (replaces || (!cues.fragment && !pointsBack));
  const slots = n.slot.length > 0 ? [] : p.slot;

  const build = (keepEntities: boolean, keepTopic: boolean): Reading => {
    const kept = [...slots, ...p.say, ...(keepEntities ? prevEntities : []), ...(keepTopic ? prevTopic : [])];
    const keptFree = prev.free.filter((w) => (w.english ? keepTopic : keepEntities));
    const entities = unique([
      ...baseEntities,
      ...(keepEntities ? prev.entities.filter((id) => kept.includes(`e:${id}`)) : []),
    ]);
    return {
      analysis: {
        terms: unique([...base.terms, ...kept, ...keptFree.map((w) => w.term)]),
        free: uniqueFree([...base.free, ...keptFree]),
        corrections: base.corrections,
      },
      entities,
      carried: true,
      focus,
      speaker,
    };
  };
  const readings = [build(!newNames, !replaceTopic)];
  if (replaceTopic || newNames) readings.push(build(false, false));
  // Two readings with the same terms are one.
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = [...r.analysis.terms].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// --- "after that" and "why" ----------------------------------------------------------------

/**
 * "What did she say after that": the next sentence after the answer's first quote that the
 * subject said (or that is about them, or matches what else the question asks), nearest first.
 */
function whatCameNext(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const anchor = prev.quoteIds[0];
  if (!anchor) return null;
  const from = vocab.position.get(anchor);
  if (from === undefined) return null;
  const anchorSpeaker = corpus.kb.passageById.get(anchor)?.speaker ?? null;
  const subject = u.refs[0]?.id ?? u.own[0]?.id ?? anchorSpeaker ?? prev.entities[0] ?? null;
  const subjectTerms = subject ? corpus.lexicon.entityTerms(subject) : [];
  // What the question asks besides "what did X say next": not the words that point back at the
  // quote just given ("after walking out" after the walk-out).
  const clause =
    u.cues.afterClauseAt >= 0
      ? new Set(corpus.analyzer.docTerms(u.tokens.slice(u.cues.afterClauseAt)))
      : new Set<Term>();
  const split = splitTerms(vocab, u.analysis.terms);
  const asked = split.topic.filter((t) => corpus.index.has(t) && !subjectTerms.includes(t) && !clause.has(t));
  const askedWeight = asked.reduce((s, t) => s + corpus.index.idf(t), 0);
  const analysis: QueryAnalysis = {
    terms: unique([...subjectTerms, ...split.say, ...asked]),
    free: u.analysis.free,
    corrections: u.analysis.corrections,
  };
  const subjectTerm = subject ? `e:${subject}` : null;
  let best: { id: string; score: number } | null = null;
  const passages = corpus.kb.passages;
  for (let i = from + 1; i < passages.length && i <= from + F.afterWindow; i++) {
    const p = passages[i];
    if (!p || p.paragraph === 1) continue;
    const terms = corpus.passageTerms.get(p.id);
    const spoken = subjectTerm !== null && (corpus.passageSpeakers.get(p.id)?.has(subjectTerm) ?? false);
    const named = subjectTerm !== null && (terms?.has(subjectTerm) ?? false);
    let covered = 0;
    for (const t of asked) if (terms?.has(t)) covered += corpus.index.idf(t);
    const coverage = askedWeight > 0 ? covered / askedWeight : 0;
    if (!spoken && !named && coverage < F.afterMinCoverage) continue;
    // "What did she say next" is about the speaker; "what happened at the meeting after that"
    // about the meeting, whoever speaks.
    const bySubject = spoken ? F.afterSpoken : named ? F.afterNamed : 0;
    const score =
      (split.say.length > 0 || asked.length === 0 ? bySubject : bySubject * F.afterSubjectInEvents) +
      F.afterCoverage * coverage -
      F.afterDistance * (i - from - 1);
    if (!best || score > best.score) best = { id: p.id, score };
  }
  const who = subject ? nameOf(corpus, subject) : null;
  if (!best) {
    // They say nothing more in the article, and nothing else is asked: it does not say.
    if (!who || asked.length > 0) return null;
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
  const features = passageFeatures(corpus, decision, best.id);
  const spokenBySubject = subjectTerm !== null && corpus.passageSpeakers.get(best.id)?.has(subjectTerm);
  return {
    decision: { ...decision, ids, qa: null, features },
    confidence: calibratedConfidence(features),
    reading: `Reading '${u.cues.afterPhrase}' as ${
      who && spokenBySubject ? `what ${who} said next` : 'what the article says next'
    }`,
    analysis,
  };
}

/**
 * "Why?" after a person's words: what they said next explains them ("a very big question mark"
 * -> "I would be very interested to see how Washington is going to react"). Otherwise the
 * previous question is asked again: its answer holds the reason, if the article gives one.
 */
function whyNext(corpus: Corpus, vocab: Vocabulary, u: Understanding, prev: Frame): FollowUp | null {
  const first = prev.quoteIds[0];
  const speaker = first ? corpus.kb.passageById.get(first)?.speaker : null;
  if (!first || !speaker || corpus.kb.entityById.get(speaker)?.kind !== 'person') return null;
  const at = vocab.position.get(first);
  const next = at === undefined ? undefined : corpus.kb.passages[at + 1];
  if (!next || next.speaker !== speaker) return null;
  const analysis: QueryAnalysis = {
    terms: unique([...u.analysis.terms, ...prev.terms]),
    free: uniqueFree([...u.analysis.free, ...prev.free]),
    corrections: u.analysis.corrections,
  };
  const decision = decide(corpus, analysis);
  const features = passageFeatures(corpus, decision, first);
  return {
    decision: {
      ...decision,
      ids: [next.id, first, ...continuation(corpus, vocab, next.id)],
      qa: null,
      features,
    },
    confidence: calibratedConfidence(features),
    reading: `Reading 'why' as what ${nameOf(corpus, speaker)} said next`,
    analysis,
  };
}

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
function passageFeatures(corpus: Corpus, decision: Decision, id: string): ConfidenceFeatures {
  const { knownWeight, unknownWeight, known } = decision.ranking;
  const terms = corpus.passageTerms.get(id);
  let covered = 0;
  let own = 0;
  for (const t of terms ?? []) own += corpus.index.has(t) ? corpus.index.idf(t) : 0;
  for (const t of known) if (terms?.has(t)) covered += corpus.index.idf(t);
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

/**
 * Whether the answer's first quote (or the curated wording that chose it) holds something of
 * what the follow-up itself asks: its own topic words, or whom it turned to. Words the article
 * never uses are never held ("what about compensation?"). A follow-up that only asks "when?"
 * or "why?" has nothing of its own to check.
 */
function answersPoint(
  corpus: Corpus,
  vocab: Vocabulary,
  decision: Decision,
  own: QueryAnalysis,
  focus: readonly string[],
): boolean {
  const point = [
    ...splitTerms(vocab, own.terms).topic.filter((t) => !t.startsWith('e:')),
    ...focus.map((id) => `e:${id}`),
  ];
  if (point.length === 0) return true;
  const first = decision.ids[0];
  const quoteTerms = first ? corpus.passageTerms.get(first) : undefined;
  const wording = decision.qa
    ? decision.ranking.qaRanked.find(([id]) => id === decision.qa)?.[1].hit.doc.terms
    : undefined;
  return point.some((t) => quoteTerms?.has(t) || wording?.has(t));
}

/**
 * The answer must be about whom the follow-up turned to ("and the americans?" after Australia's
 * condolences wants the US's words, not Australia's again), and theirs when it asks what they
 * said: when the chosen quotes are not, the best candidate that is, if it scores close enough.
 */
function preferFocus(
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
  if (decision.ids.length === 0 || about(decision.ids[0])) return decision;
  const { qaRanked, passages } = decision.ranking;
  const top = Math.max(qaRanked[0]?.[1].score ?? 0, passages[0]?.score ?? 0);
  const floor = top * F.focusShare;
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
function subjectPosition(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.word;
  return before === undefined || AUXILIARIES.has(before);
}

/** Kinds a "they" or an "it" can stand for: bodies, not people or places. */
const BODY_KINDS = new Set([
  'government',
  'military',
  'group',
  'monitor',
  'alliance',
  'institution',
  'media',
]);

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
): { refs: { pronoun: PronounUse; id: string }[]; internal: PronounUse[] } {
  const says = analysis.terms.some((t) => vocab.say.has(t));
  const refs: { pronoun: PronounUse; id: string }[] = [];
  const internal: PronounUse[] = [];
  const candidates = [
    ...prev.entities,
    ...prev.quoteIds.flatMap((id) => {
      const s = corpus.kb.passageById.get(id)?.speaker;
      return s ? [s] : [];
    }),
  ];
  for (const pronoun of cues.pronouns) {
    // "That" is the topic; so is "it", unless it says something or owns something.
    if (DEMONSTRATIVES.has(pronoun.word)) continue;
    if (own.some((m) => m.end <= pronoun.index && agrees(corpus, vocab, m.id, pronoun))) {
      internal.push(pronoun);
      continue;
    }
    const speaks = says && subjectPosition(tokens, pronoun.index);
    if (pronoun.kind === 'thing' && !pronoun.possessive && !speaks) continue;
    let id = candidates.find((c) => agrees(corpus, vocab, c, pronoun));
    if (!id) continue;
    // "its military": the body of that name under it. "its crew" is the topic's crew.
    if (pronoun.possessive) {
      const next = tokens[pronoun.index + 1];
      const part = next ? vocab.partOf(id, next.word) : undefined;
      if (part) id = part;
      else if (pronoun.kind === 'thing' && !speaks) continue;
    }
    if (!refs.some((r) => r.id === id)) refs.push({ pronoun, id });
  }
  return { refs, internal };
}

// --- small helpers ------------------------------------------------------------------------------

interface Mention {
  id: string;
  start: number;
  end: number;
}

/** The entities a text names, in order: the most specific one of each name ("the Pentagon", not also "the US"). */
function mentions(corpus: Corpus, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const match of corpus.lexicon.match(tokens)) {
    const ids = match.terms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
    const parents = new Set(ids.flatMap((id) => corpus.lexicon.entityTerms(id).slice(1)));
    for (const id of ids) if (!parents.has(`e:${id}`)) out.push({ id, start: match.start, end: match.end });
  }
  return out;
}

/** The text's tokens with the analyser's typo corrections applied ("churkn" -> "churkin"). */
function correctedTokens(text: string, analysis: QueryAnalysis): Token[] {
  const tokens = tokenize(text);
  if (analysis.corrections.length === 0) return tokens;
  const fixes = new Map(analysis.corrections.map((c) => [c.from, c.to]));
  return tokens.map((t) => {
    const to = fixes.get(t.word);
    return to ? { raw: to, word: to } : t;
  });
}

/** A question's terms by role: what it asks (when, where, who), "say", and what it is about. */
function splitTerms(vocab: Vocabulary, terms: readonly Term[]) {
  const slot: Term[] = [];
  const say: Term[] = [];
  const topic: Term[] = [];
  for (const t of terms) {
    if (vocab.slot.has(t)) slot.push(t);
    else if (vocab.say.has(t)) say.push(t);
    else topic.push(t);
  }
  return { slot, say, topic };
}

function nameOf(corpus: Corpus, id: string): string {
  return corpus.kb.entityById.get(id)?.name ?? id;
}

/** "Reading 'he' as Vitaly Churkin", "Reading this as a follow-up to "how long did it last"". */
function readingLine(corpus: Corpus, u: Understanding, r: Reading, prev: Frame): string | null {
  const refs = u.refs.map((ref) => `'${ref.pronoun.word}' as ${nameOf(corpus, ref.id)}`).join(' and ');
  const earlier = `"${truncate(cleanQuestion(prev.question).text, F.quotedQuestionLength)}"`;
  if (refs && r.carried) return `Reading ${refs}, following ${earlier}`;
  if (refs) return `Reading ${refs}`;
  return r.carried ? `Reading this as a follow-up to ${earlier}` : null;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function uniqueFree(words: readonly FreeWord[]): FreeWord[] {
  return [...new Map(words.map((w) => [w.term, w] as const)).values()];
}

// --- what is worked out once per knowledge version ------------------------------------------------

interface Vocabulary {
  /** Terms of question words: who, when, where, how many, how long. */
  slot: ReadonlySet<Term>;
  /** Terms of "say", "tell". */
  say: ReadonlySet<Term>;
  /** Terms of the verbs of speaking: say, accuse, call, claim, deny, urge... */
  speech: ReadonlySet<Term>;
  /** Each sentence's place in the article. */
  position: ReadonlyMap<string, number>;
  /** A person's gender as the article's pronouns in their own sentences give it, where they do. */
  gender: ReadonlyMap<string, 'm' | 'f'>;
  /** The entity under `owner` that a word names: ("australia", "military") -> Australian military. */
  partOf(owner: string, word: string): string | undefined;
  /** Earlier turns as parsed, by text (see parse()). */
  parsed: Map<string, Parsed>;
}

const SLOT_WORDS = [
  'who',
  'who is',
  'who was',
  'whos',
  'when',
  'where',
  'how long',
  'how many',
  'how much',
  'what day',
  'what time',
  'which day',
];
const SAY_WORDS = ['say', 'said', 'tell', 'told'];
const SPEECH_WORDS = `say said says tell told accuse accused accuses call called calls claim claimed describe
  described blame blamed demand demanded urge urged deny denied admit admitted warn warned promise
  promised announce announced label labeled labelled state stated insist insisted complain complained
  criticise criticised criticize criticized condemn condemned argue argued reply replied respond
  responded react reacted think thought`.split(/\s+/);

const vocabularies = new WeakMap<Corpus, Vocabulary>();

function vocabularyOf(corpus: Corpus): Vocabulary {
  let vocab = vocabularies.get(corpus);
  if (vocab) return vocab;
  const termsOf = (phrases: readonly string[]) =>
    new Set(phrases.flatMap((p) => corpus.analyzer.docTerms(tokenize(p))));
  const say = termsOf(SAY_WORDS);
  const speech = termsOf(SPEECH_WORDS);
  const slot = termsOf(SLOT_WORDS);
  for (const t of say) slot.delete(t);
  const { kb } = corpus;
  const position = new Map(kb.passages.map((p, i) => [p.id, i]));
  const counts = new Map<string, { m: number; f: number }>();
  for (const p of kb.passages) {
    if (!p.speaker || kb.entityById.get(p.speaker)?.kind !== 'person') continue;
    const c = counts.get(p.speaker) ?? { m: 0, f: 0 };
    for (const t of tokenize(p.text)) {
      if (/^(?:he|him|his|himself)$/.test(t.word)) c.m++;
      else if (/^(?:she|her|hers|herself)$/.test(t.word)) c.f++;
    }
    counts.set(p.speaker, c);
  }
  const gender = new Map<string, 'm' | 'f'>();
  for (const [id, c] of counts) if (c.m !== c.f) gender.set(id, c.m > c.f ? 'm' : 'f');
  const parts = new Map<string, Map<string, string>>();
  for (const e of kb.entities) {
    for (const ancestor of corpus.lexicon.entityTerms(e.id).slice(1)) {
      const owner = ancestor.slice(2);
      const byWord = parts.get(owner) ?? new Map<string, string>();
      for (const alias of [e.name, ...e.aliases]) {
        const last = tokenize(alias).at(-1)?.word;
        if (last && !byWord.has(corpus.lexicon.stemOf(last))) byWord.set(corpus.lexicon.stemOf(last), e.id);
      }
      parts.set(owner, byWord);
    }
  }
  vocab = {
    slot,
    say,
    speech,
    position,
    gender,
    partOf: (owner, word) => parts.get(owner)?.get(corpus.lexicon.stemOf(word)),
    parsed: new Map(),
  };
  vocabularies.set(corpus, vocab);
  return vocab;
}

/**
 * The answer engine: a question in, an Answer of verbatim quotes out. Engine.answer() is the
 * one entry; compose() below is the whole pipeline, one module per step:
 *
 *   gate.ts       clean the text (mentions, markdown); not a question, too long, about the bot?
 *   analyzer.ts   words -> terms: names and aliases, synonym groups, typo corrections
 *   rank.ts       score the curated questions and passages sharing terms with it (retrieval.ts)
 *   decide.ts     the curated answer or the best passages, and the confidence features
 *   confidence.ts abstain when the calibrated confidence is too low
 *   contested.ts  every side of a contested point, the side named first
 *   same-claim.ts the same thing said by several sources: the best one quoted, the others named
 *
 * The index it searches is built once per knowledge version (corpus.ts). No Discord here:
 * front ends render the Answer.
 */
import type { KnowledgeBase, ResolvedContested, SourceInfo } from '../knowledge/model.ts';
import { cleanQuestion } from '../text/clean.ts';
import { FrenchReader } from '../text/french.ts';
import { STOP_WORDS, type Term, WH_WORDS } from '../text/lexicon.ts';
import { matchKey } from '../text/normalize.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import type { QueryAnalysis } from './analyzer.ts';
import type { AlsoReported, Answer, ContestedPoint, Quote, Speaker } from './answer.ts';
import { MAX_QUOTES } from './answer.ts';
import {
  durationOfNamedMissing,
  gapUntold,
  hasPhrase,
  laterMissing,
  meaningOfOtherWord,
  ownDoingAsked,
  reactionOnly,
  roleAsked,
  tellsGap,
  writerStatement,
} from './answer-type.ts';
import { calibratedConfidence, withSidesAsked } from './confidence.ts';
import {
  asksOtherThanWords,
  asksWhy,
  asksYesOrNo,
  byTopicAsked,
  exchangeNamed,
  NUMBER,
  pointInOtherWords,
  pointSays,
  SIDES_ASKED,
  sidesOf,
  topicAsked,
  weighsSides,
  withEverySide,
} from './contested.ts';
import {
  type ConversationTurn,
  type FollowUp,
  itFlies,
  oneStandsFor,
  readFollowUp,
  turnOf,
} from './conversation.ts';
import { buildCorpus, type Corpus, corpusSteps, termWeight } from './corpus.ts';
import {
  asksWhoseWordsBefore,
  behindSetApart,
  type Decision,
  decide,
  earlierFragmentNotHeld,
  leadWithWhatIsAsked,
  mendedWords,
  refusedOutright,
  spanAfterStory,
} from './decide.ts';
import type { EnglishWords } from './english.ts';
import { cueWordsOf, readCues, startsAfresh, takesBack, withAfterthoughtNamed } from './follow-up-cues.ts';
import { asksEveryOneOfThem } from './follow-up-reading.ts';
import { carryVocabulary } from './follow-up-words.ts';
import { admitQuestion, noQuestion } from './gate.ts';
import { glossesAsked, namingAsked, placeItselfAsked, placeKindAsked } from './glosses.ts';
import {
  accusedSpeakers,
  addressedSpeakers,
  askedSpeakers,
  primeWordingAskWords,
  type Ranking,
  rank,
} from './rank.ts';
import type { MessageReading } from './reader.ts';
import { gatherSameClaims, saveNeighbours } from './same-claim.ts';
import { type SavedIndex, saveIndex } from './saved-index.ts';
import { TUNING } from './tuning.ts';

/**
 * Words that ask for what follows words quoted ("what's the rest", "how does that one end", "the
 * full thing"): a question made of them alone, besides words of no topic and words naming the
 * quote (QUOTE_NAMED), asks for the quote's end.
 */
const REST_WORDS = new Set(
  'rest end ends ending finish finishes finished full whole complete remainder continue continues go goes next'.split(
    ' ',
  ),
);
/** Words naming the words quoted in a question asking their rest ("that one", "the full line"). */
const QUOTE_NAMED = new Set('one line thing quote sentence part bit'.split(' '));
/** The term of saying ("said", "told"). */
const SAID: Term = 'c:say';
/** Words quoted, at least, for a question asking for their rest (asksRest) to lean on them. */
const MIN_QUOTED_REST = 3;

/**
 * Do words said trail off ("...", "…") right before the first question: someone's words, a verb
 * of saying before them ("churkin said we're in serious...")? Not an event trailing off ("the
 * raid lasted... how did it end": how the raid ended).
 */
function trailsOff(reading: MessageReading, says: (told: readonly Token[]) => boolean): boolean {
  const asked = reading.questions[0]?.text;
  const at = asked ? reading.text.lastIndexOf(asked) : -1;
  if (at <= 0 || !/(?:\.\.\.|…)\s*$/u.test(reading.text.slice(0, at))) return false;
  return says(tokenize(reading.text.slice(0, at)));
}

/** Does a question ask only for what follows the words quoted before it (REST_WORDS)? */
function asksRest(words: readonly string[]): boolean {
  let asking = 0;
  for (const w of words) {
    if (STOP_WORDS.has(w) || QUOTE_NAMED.has(w)) continue;
    if (!REST_WORDS.has(w)) return false;
    asking++;
  }
  return asking > 0;
}

/** It, that, this one: a question that leans on something told before it. */
const POINTING = /\b(?:it|its|that|this|these|those)\b/i;

/** Terms of the knowledge a question words for a topic of its own (ownTopic). */
const OWN_TOPIC_TERMS = 3;
/** Words of a story told around words quoted, besides them: the quote is part of the story. */
const STORY_AROUND_QUOTE = 4;
/** Words pointing back at something said before: "who said that", "is this true", "what is it about". */
const POINTING_BACK = /\b(?:that|this|it|these|those)\b/i;
/** He, she, they and theirs: a question that leans on someone named before it. */
/** Terms of how a question asks ("who is", "who said"), not of what it asks about. */
const ASKING_FRAME = new Set(['c:name', 'c:say']);
/** A statement's end marked with disbelief: two marks or more, one a "?" ("??", "?!", "!?"). */
const DISBELIEF_MARKS = /(?:[?？]\s*[?？!]|!\s*[?？])[?？!\s]*$/u;

const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b/i;
/** He or she: one person pointed at. */
const ONE_PERSON = /\b(?:he|she|him|her|his|hers)\b/i;

/** "that man", "this guy", "those people": someone named before, pointed at by a noun. */
const POINTING_PERSON =
  /\b(?:that|this|those|these)\s+(?:man|woman|guy|lady|person|people|men|women|guys)\b/i;

/**
 * A question word, its auxiliary, then "it" as the subject and a verb: "how long did it last". Or
 * the question word as the subject of a passive ("what got destroyed", "who was killed"): the
 * question names what it asks and is no clause of the next ("what got destroyed and how many
 * died" asks two things).
 */
const WHOLE_QUESTION =
  /^(?:(?:how(?: long| many| much| often)?|when|where|why|what|who) (?:did|does|was|were|is|has|had) it \S|(?:what|who) (?:got|gets|was|were|has been|have been) \w+(?:ed|en)\b)/;

/** Auxiliaries between a question word and a subject named after them ("what did IS do"). */
const SUBJECT_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/** Auxiliaries that open a yes-no question before its subject: "was it open", "did they say". */
const CLAUSE_AUXILIARIES = new Set(
  'did does do was were is are has have had can could will would'.split(' '),
);
/** Words a subject starts with after an auxiliary: a pronoun, a determiner, "there". */
const CLAUSE_SUBJECTS = new Set(
  'i you he she it we they there the a an this that these those any anyone anybody someone somebody'.split(
    ' ',
  ),
);

/**
 * A question of a message as read: its text and analysis, and (`alone`) the question it leans a
 * further one on, as it stands, answered when the two read as one find nothing sure.
 */
interface QuestionPartRead {
  text: string;
  analysis: QueryAnalysis;
  alone?: { text: string; analysis: QueryAnalysis };
}

/** One question of a message, answered on its own. */
interface PartAnswer {
  /** The quotes, best first, every side of a contested point among them; empty: not answered. */
  ids: string[];
  /** Other relevant passages, for "More". */
  more: string[];
  confidence: number;
  qa: string | null;
  contested: ContestedPoint | null;
  /** Curated entries close to the question, best first (suggested when it is not answered). */
  suggest: string[];
  /** For quotes other sources also report: their sentence ids, best first (same-claim.ts). */
  also: ReadonlyMap<string, string[]>;
}

export interface EngineOptions {
  english?: EnglishWords;
  /** Overrides settings.yaml's abstainBelow (used when calibrating). */
  abstainBelow?: number;
  /**
   * Told each comparison of a confidence with abstainBelow (plus its margin), the only way the
   * threshold steers an answer: `npm run eval -- --calibrate` answers again at another threshold
   * only when one of them comes out otherwise (the same comparisons give the same answer).
   */
  onThreshold?: (confidence: number, margin: number) => void;
  /**
   * Score every document sharing a term with the question and keep every candidate: no
   * shortcuts for speed. The reference the fast path is tested against.
   */
  exhaustive?: boolean;
  /**
   * The analysis of this same knowledge saved earlier (exportIndex(), kept in compiled.json): the
   * engine skips analysing every text. Ignored when it is of another INDEX_VERSION or does not fit.
   */
  savedIndex?: unknown;
  /**
   * The engine served until now, on a reload: what depends only on passages, entities and
   * synonyms that are the very same objects is reused from it (see CorpusOptions.previous).
   * Answers are the same as without it.
   */
  previous?: Engine;
}

export class Engine {
  readonly kb: KnowledgeBase;
  readonly abstainBelow: number;
  private readonly onThreshold: ((confidence: number, margin: number) => void) | undefined;
  private readonly corpus: Corpus;
  private readonly quoteCache = new Map<string, Quote>();
  private readonly sourceById: ReadonlyMap<string, SourceInfo>;
  /** Questions that go through every path: see warmUp(). */
  private readonly warmUpQuestions: string[];
  /** French messages read into English (chat.yaml frenchMarkers and french). */
  private readonly french: FrenchReader;
  /**
   * Built on the engine given as `previous`, reusing its passages' part (the same passages,
   * entities and synonyms): what it built on first use (the typo index) is built here too.
   */
  readonly builtOnPrevious: boolean;

  /** `corpus`: built already by corpusSteps with the same options (see inTurns). */
  constructor(kb: KnowledgeBase, options: EngineOptions = {}, corpus?: Corpus) {
    this.kb = kb;
    this.abstainBelow = options.abstainBelow ?? kb.settings.abstainBelow;
    this.onThreshold = options.onThreshold;
    const { previous, onThreshold: _told, ...rest } = options;
    this.corpus = corpus ?? buildCorpus(kb, { ...rest, previous: previous?.corpus });
    // Built on the previous engine's lexicon: what follow-up reading derives from it is the same.
    this.builtOnPrevious = previous !== undefined && this.corpus.lexicon === previous.corpus.lexicon;
    if (previous && this.builtOnPrevious) carryVocabulary(previous.corpus, this.corpus);
    this.sourceById = new Map(kb.sources.map((s) => [s.id, s]));
    this.warmUpQuestions = warmUpQuestions(kb);
    this.french = new FrenchReader(kb.chat.french ?? {}, kb.chat.frenchMarkers ?? [], (w) =>
      this.corpus.reader.isEnglishWord(w),
    );
  }

  /**
   * This engine at another threshold, on the same corpus (eval --calibrate and --fit: what is
   * served at each threshold), told each comparison with it if `onThreshold` is given.
   */
  atThreshold(abstainBelow: number, onThreshold?: EngineOptions['onThreshold']): Engine {
    return new Engine(this.kb, { abstainBelow, onThreshold }, this.corpus);
  }

  /** Whether a confidence falls below the threshold, `margin` above it (0: the threshold itself). */
  private below(confidence: number, margin: number): boolean {
    this.onThreshold?.(confidence, margin);
    return confidence < this.abstainBelow + margin;
  }

  /**
   * The same engine as `new Engine(kb, options)`, built in steps with `pause()` awaited between
   * them (a reload on the thread that answers: the questions waiting are answered in between;
   * a pause that returns nothing goes on at once).
   */
  static async inTurns(
    kb: KnowledgeBase,
    options: EngineOptions,
    pause: () => Promise<unknown> | undefined,
  ): Promise<Engine> {
    const { previous, ...rest } = options;
    const steps = corpusSteps(kb, { ...rest, previous: previous?.corpus });
    for (;;) {
      const step = steps.next();
      if (step.done) return new Engine(kb, options, step.value);
      // A pause may go on at once (undefined): no turn of the event loop then.
      const paused = pause();
      if (paused) await paused;
    }
  }

  /**
   * What a reload built on the engine served leaves to build once this one is served, in steps
   * (the typo index of a vocabulary that changed: see Analyzer.finishingTypos); a question that
   * needs it before is not kept waiting longer than it would be for the build.
   */
  *finishing(): Generator<void, void> {
    yield* this.corpus.analyzer.finishingTypos();
  }

  /**
   * Answers one question; with the earlier turns of its conversation (oldest first, see
   * conversation.ts), a follow-up is read in their light. Never throws for any input.
   */
  answer(question: string, conversation?: readonly ConversationTurn[]): Answer {
    const started = performance.now();
    // A French message, and the French turns before it, read as the English the engine knows
    // ("pq ils ont arrêté la frappe" -> "why they stopped the strike"), each once; the answer
    // keeps the question as typed. The words one leaves as typed are French, no slips of English:
    // they stay unknown words (Analyzer.keptAsTyped) for this answer.
    const kept = new Set<string>();
    const read = (text: string): string => {
      const { english, unread } = this.french.reading(text);
      for (const w of unread) kept.add(w);
      return english;
    };
    const english = typeof question === 'string' ? read(question) : question;
    // A turn that is no object (a stored history broken by hand) is left as it is: conversation.ts
    // reads it as no context.
    const turns = conversation?.map((t) =>
      typeof t?.question === 'string' ? { ...t, question: read(t.question) } : t,
    );
    const analyzer = this.corpus.analyzer;
    analyzer.keptAsTyped = kept;
    let result: Answer;
    try {
      result = this.compose(question, english, turns);
    } finally {
      analyzer.keptAsTyped = new Set();
    }
    // Not answered, and written in a language the bot does not read (once French is read into
    // English): the reply says which languages it reads, not that the article does not say.
    if (
      result.status === 'not-in-article' &&
      typeof english === 'string' &&
      this.corpus.reader.unreadLanguage(english)
    )
      result.message = this.kb.bot.otherLanguage;
    result.ms = Math.round((performance.now() - started) * 1000) / 1000;
    return result;
  }

  /** `typed` as the person wrote it, `question` and `conversation` read into English (answer). */
  private compose(typed: string, question: string, conversation?: readonly ConversationTurn[]): Answer {
    const base = emptyAnswer(typed);
    // "did russia want an investigation" -> "did the UN open one?": the noun the turn before
    // named, in place of the "one" that stands for it, however the message is then read.
    const one =
      conversation?.length && typeof question === 'string'
        ? oneStandsFor(this.corpus, question, conversation)
        : null;
    // "IS downed a regime plane" -> "why was it flying there": the "it" that flies is the
    // aircraft the turn before named.
    const flies =
      conversation?.length && typeof question === 'string'
        ? itFlies(this.corpus, one?.text ?? question, conversation)
        : null;
    const asked = flies?.text ?? one?.text ?? question;
    // 1. The gate: not text, too long, empty, or about the bot itself.
    const gate = admitQuestion(asked, this.kb.bot);
    if (!gate.ok) {
      const { suggest, ...reply } = gate.reply;
      return { ...base, ...reply, suggestions: suggest ? this.defaultSuggestions() : [] };
    }
    // 2. Read the message (filler, emoji, the questions in it); words -> terms, for each question.
    let reading = this.corpus.reader.read(asked);
    let parts = this.questionParts(reading);
    // "sorry this is not about news ... how do you add 3/4 and 2/5": marked off the story by its
    // writer, a question with no word of the story's own is not asked of the article.
    if (offTopicMarked(this.corpus, gate.text))
      for (const part of parts)
        if (!part.analysis.terms.some((t) => storyTerm(t) && this.corpus.index.has(t)))
          part.analysis = { ...part.analysis, offTopic: true };
    // A sentence asking by its "?" alone beside one that asks ("The raid was Saturday night,
    // right? How long did it last?"), or by a cue alone ("I genuinely want to know: after the
    // jets hit, did anyone benefit?"): read as the story around the question when that is surer.
    // Not around a thin question, which leans on it ("the aussies were in on it too?? since when"),
    // nor one whose "he" or "they" points into it ("Churkin left the room? When did he walk out?").
    // The first question answered as it stands, once (each reading weighed keeps its answer).
    let firstAlone: PartAnswer | undefined;
    const supposing = conversation?.length ? null : withoutSupposed(reading);
    if (supposing && parts[0]) {
      const asked = this.questionParts(supposing);
      if (asked[0] && asked.every((p) => !this.isThin(p.analysis) && !PERSONAL_PRONOUN.test(p.text))) {
        const asSupposed = this.answerPart(asked[0]);
        firstAlone = this.answerPart(parts[0]);
        if (asSupposed.confidence > firstAlone.confidence) {
          reading = supposing;
          parts = asked;
          firstAlone = asSupposed;
        }
      }
    }
    // "the US bombed the wrong army?? how many ppl died", "i thought they were on the same side??
    // why is russia mad then": a statement the writer marks with disbelief ("??", "?!") alone,
    // then a question opening with its question word that asks something the statement does not
    // name: the first says what the writer just heard or believed, the second is what is asked,
    // and leads when it answers (the first stays a question of the message, after it). Not one
    // "?" ("it was open to the press right? what did they say": a check asked), nor a question
    // of only the statement's words ("US says oopsie and RU says on purpose?? who's claiming what").
    if (reading !== supposing && !conversation?.length && parts.length > 1) {
      const [told, next] = parts;
      const supposedText = (text: string) => reading.questions.some((q) => q.supposed && q.text === text);
      const opens = next ? (tokenize(next.text)[0]?.word ?? '') : '';
      const toldTerms = new Set(told?.analysis.terms ?? []);
      if (
        told &&
        next &&
        supposedText(told.text) &&
        DISBELIEF_MARKS.test(told.text) &&
        !this.isThin(told.analysis) &&
        !supposedText(next.text) &&
        WH_WORDS.has(opens) &&
        !this.isThin(next.analysis) &&
        !PERSONAL_PRONOUN.test(next.text) &&
        next.analysis.terms.some((t) => this.corpus.index.has(t) && !toldTerms.has(t) && !ASKING_FRAME.has(t))
      ) {
        const asked = this.answerPart(next);
        if (asked.ids.length > 0 && !this.below(asked.confidence, 0)) {
          parts.splice(0, 2, next, told);
          firstAlone = asked;
        }
      }
    }
    // A follow-up (one question, in a conversation) is read in the light of the earlier turns:
    // the first question answered alone is weighed against that reading.
    const alone = (part: { analysis: QueryAnalysis }) => (firstAlone ??= this.answerPart(part));
    const story = this.withStory(reading, parts, alone);
    if (story) {
      parts.splice(0, parts.length, story.part);
      firstAlone = story.answer;
    }
    // "what did australia say -> whats daesh they mention": what a name stands for asks nothing
    // of the turns before.
    const glossAsked = parts.length === 1 && glossesAsked(this.corpus, parts[0]?.text ?? '') !== null;
    const followUp = glossAsked ? null : this.followUp(gate.text, parts, reading, conversation, alone);
    // "does russia's side agree with that": the message weighs sides, whatever the follow-up
    // reading keeps of its words.
    const weighs = parts.some((p) => weighsSides(p.analysis.terms));
    // The follow-up's own words, before its reading takes their place.
    const own = parts[0]?.analysis.terms ?? [];
    const asItStands = parts[0];
    if (one) base.reading = `Reading 'one' as '${one.noun}'`;
    if (flies) base.reading = `Reading 'it' as '${flies.noun}'`;
    if (followUp) {
      base.reading = followUp.reading;
      parts.splice(0, parts.length, { text: gate.text, analysis: followUp.analysis });
    } else if (!conversation?.length && parts.length > 1) {
      const read = this.eachReadInStory(reading, parts);
      if (read.length > 0) {
        base.reading = read.join('; ');
        // Its first question's answer alone was the question as it stood.
        firstAlone = undefined;
      }
    }
    if (parts.length === 0) {
      const { suggest: _, ...reply } = noQuestion(gate.text, this.kb.bot);
      return { ...base, ...reply, suggestions: this.defaultSuggestions() };
    }
    // 3-6. Each question answered (or not) on its own, then put together.
    // A further question in the same message must be surer ("... and how old is she?").
    const answers = followUp
      ? [this.followUpPart(followUp, conversation, weighs, own)]
      : parts.reduce<PartAnswer[]>((done, p, i) => {
          const previous = parts[i - 1];
          const margin = i === 0 ? 0 : TUNING.reading.furtherQuestionMargin;
          const read = i === 0 ? alone(p) : this.answerPart(p, margin);
          const answer = read.ids.length === 0 && p.alone ? this.answerPart(p.alone, margin) : read;
          // "'a tragic error' is what obama called it right? when did he say that": he is who the
          // question before named, and the article lacks him; not answered either. So is the
          // person it asked by their role and the article does not name ("who is the president
          // of russia in this and what did he say").
          // The names the reader gave the pronoun are the question before's ("russia").
          const leansOnMissing =
            previous !== undefined &&
            done[i - 1]?.ids.length === 0 &&
            // "what is deir el-zour, is it a big city?": "it" is the place whose own nature the
            // question before asked, which the story never tells (placeItselfAsked); not "how
            // many died there" nor "is it where the soldiers died" (what happened there is told).
            ((placeKindAsked(p.text) && placeItselfAsked(this.corpus, previous.text)) ||
              // "he wants to know which airbase the planes flew out of. has anyone seen that
              // reported anywhere?": whether the thing just asked was reported, no more.
              reportedAsked(p.analysis) ||
              (PERSONAL_PRONOUN.test(p.text) &&
                ((!namesOwn(p.analysis) && this.namesMissing(previous.analysis)) ||
                  (roleAsked(this.corpus, previous.analysis.words) !== null &&
                    p.analysis.terms.every(
                      (t) => !t.startsWith('e:') || previous.analysis.terms.includes(t),
                    )))));
          // "who is assad and how long has he been president": he is Assad, and the raid's 40
          // minutes are no length of his; the part is untold.
          const lengthOfOther =
            previous !== undefined &&
            answer.ids.length > 0 &&
            durationOfNamedMissing(
              this.corpus,
              p.analysis.words,
              previous.analysis.words,
              answer.ids.slice(0, MAX_QUOTES),
            );
          done.push(
            leansOnMissing || lengthOfOther ? { ...answer, ids: [], more: [], contested: null } : answer,
          );
          // "the ceasefire didn't survive this, did it? like a week later?": a fragment that only
          // places the question before later than the story; its quotes must say as much.
          const asked = done[i - 1];
          if (asked && asked.ids.length > 0 && laterFragment(this.corpus, p.analysis.words))
            if (laterMissing(this.corpus, p.analysis.words, asked.ids.slice(0, MAX_QUOTES)))
              done[i - 1] = { ...asked, ids: [], more: [], contested: null };
          return done;
        }, []);
    // "so what happened after, like a year later, did the truce actually survive or did it all
    // fall apart": a span of weeks or more after the story, asked in one question of the message,
    // is the time its other questions ask of too; no sentence tells of it (spanAfterStory).
    if (!followUp && parts.length > 1 && parts.some((p) => spanAfterStory(mendedWords(p.analysis))))
      for (const [i, a] of answers.entries()) answers[i] = { ...a, ids: [], more: [], contested: null };
    // A follow-up whose reading in context is too unsure to answer, and which the question as it
    // stands answers far surer from the paragraph the turn before was answered from ("what did the
    // US military say it was targeting" -> "when did they abort it": "They added that the strike
    // was aborted ..."), is answered as it stands: the conversation is still there. Not one refused
    // outright or found nothing to quote, nor a why (the sentence may tell what happened, not
    // why: see whyNext), nor one whose answer alone is elsewhere ("who is churkin" -> "how long
    // has he been in that post" is not answered by how long the raid lasted).
    const before = conversation?.at(-1)?.quoteIds[0];
    if (
      followUp &&
      asItStands &&
      before !== undefined &&
      answers[0]?.ids.length === 0 &&
      // Quotes found, only too unsure: not "they say nothing more in the article".
      followUp.decision.ids.length > 0 &&
      !refusedOutright(followUp.decision) &&
      !asksWhy(asItStands.analysis)
    ) {
      const plain = alone(asItStands);
      const at = this.kb.passageById.get(plain.ids[0] ?? '');
      const near = this.kb.passageById.get(before);
      if (
        at !== undefined &&
        near !== undefined &&
        at.source === near.source &&
        at.paragraph === near.paragraph &&
        plain.confidence >= answers[0].confidence + TUNING.followUps.surerAlone
      ) {
        answers[0] = plain;
        delete base.reading;
        parts.splice(0, parts.length, asItStands);
      }
    }
    // "what did russia accuse the pilots of, and what does the US say": a further question asking
    // only what someone the first one does not name says is a reply, with no topic of its own: it
    // asks what they say on the point the first question's quotes are a side of.
    const [asked0] = answers;
    if (parts.length > 1 && asked0 && asked0.ids.length > 0)
      for (const [i, p] of parts.entries()) {
        if (i === 0 || !asksOthersWords(p.analysis.terms, parts[0]?.analysis.terms ?? [])) continue;
        const replies = repliesOn(
          this.corpus,
          asked0.ids.slice(0, MAX_QUOTES),
          p.analysis.terms,
          parts[0]?.analysis.terms ?? [],
        );
        const answer = answers[i];
        if (answer && replies.length > 0)
          answers[i] = {
            ...answer,
            ids: [...replies, ...answer.ids.filter((id) => !replies.includes(id))],
            confidence: Math.max(answer.confidence, asked0.confidence),
          };
      }
    // "what did the spokesman say about informing moscow, and do the russians agree?": a question
    // that weighs sides and asks nothing else but whom (onlyWeighsSides) asks the sides of the
    // point the first question's quotes are on, not one its own quotes happen to be on.
    const [lead] = answers;
    if (parts.length > 1 && lead && lead.ids.length > 0 && !onlyWeighsSides(parts[0]?.analysis.terms ?? [])) {
      const weighing = parts.flatMap((p, i) => (i > 0 && onlyWeighsSides(p.analysis.terms) ? [i] : []));
      const asked = [...new Set([...parts.flatMap((p) => p.analysis.terms), ...SIDES_ASKED])];
      const sides = weighing.length > 0 ? withEverySide(this.corpus, lead.ids, asked) : null;
      if (sides?.contested) {
        answers[0] = { ...lead, ids: sides.ordered, contested: sides.contested };
        for (const i of weighing)
          answers[i] = { ...(answers[i] as PartAnswer), ids: [], more: [], contested: null };
      }
    }
    // "observatory says 90, moscow says 62" -> "why are the numbers so different": the turn
    // before told the gap itself; the why asks only why the accounts part, and no quote tells
    // that (answer-type.ts gapUntold).
    const gapAsked = answers[0];
    const told = conversation?.at(-1)?.question;
    const gapRefused =
      told !== undefined &&
      tellsGap(told) &&
      parts.length === 1 &&
      asItStands &&
      gapAsked &&
      gapAsked.ids.length > 0 &&
      gapUntold(
        this.corpus,
        asItStands.analysis.words,
        own.filter((t) => this.corpus.index.has(t)),
        gapAsked.ids.slice(0, MAX_QUOTES),
      );
    if (gapRefused) answers[0] = { ...gapAsked, ids: [], more: [], contested: null };
    // "who put it at 90 -> and who says 62 -> so which is right": a follow-up that weighs the
    // sides and asks nothing else (onlyWeighsSides) asks the sides of the one point every side of
    // which the turn before quoted, not a point its own words happen to find. Not a why of the
    // gap the turn before told (refused just above: no quote tells why the accounts part).
    const turnBefore = conversation?.at(-1)?.quoteIds.slice(0, MAX_QUOTES) ?? [];
    const shownBefore =
      parts.length === 1 && onlyWeighsSides(own) ? pointShown(this.corpus, turnBefore) : undefined;
    if (shownBefore && !gapRefused && answers[0]?.contested?.id !== shownBefore.id) {
      const { ordered, contested } = sidesOf(this.corpus, shownBefore, own);
      const confidence = Math.max(answers[0]?.confidence ?? 0, TUNING.scoring.pointConfidence);
      answers[0] = { ...(answers[0] as PartAnswer), ids: ordered, more: [], qa: null, contested, confidence };
    }
    // "what happened at the un", "what happened in new york": what happened, asked of one thing
    // of the story named after "at", "in" or "with" and nothing else, that the curated summary
    // does not tell of: the article's sentences on that thing, in the article's order.
    const untold = answers[0];
    if (!conversation?.length && parts.length === 1 && untold && untold.ids.length === 0 && parts[0]) {
      const told = happenedThere(this.corpus, parts[0].text, parts[0].analysis);
      if (told.length > 0)
        answers[0] = {
          ...untold,
          ids: told.slice(0, MAX_QUOTES),
          more: told.slice(MAX_QUOTES),
          confidence: Math.max(untold.confidence, TUNING.scoring.pointConfidence),
          qa: null,
          contested: null,
        };
    }
    const answered = answers.filter((a) => a.ids.length > 0);
    // "what does syria's army claim, and does australia deny it": one question of the message
    // weighs the sides, another's quotes are on a contested point; that point's every side.
    if (
      parts.length > 1 &&
      !answered.some((a) => a.contested) &&
      parts.some((p) => weighsSides(p.analysis.terms))
    ) {
      const lead = answered[0];
      const asked = [...new Set([...parts.flatMap((p) => p.analysis.terms), ...SIDES_ASKED])];
      const sides = lead ? withEverySide(this.corpus, lead.ids, asked) : null;
      if (lead && sides?.contested) answered[0] = { ...lead, ids: sides.ordered, contested: sides.contested };
    }
    // "what did power say russia had never called for, and what did churkin predict?": the
    // questions of the message name the speakers of two sides of an exchange between them, one
    // each; the exchange's every side (each question alone is one speaker's words).
    if (parts.length > 1 && !answered.some((a) => a.contested)) {
      const asked = [...new Set(parts.flatMap((p) => p.analysis.terms))];
      const named = parts.every((p) => !exchangeNamed(this.corpus, p.analysis.terms))
        ? exchangeNamed(this.corpus, asked)
        : undefined;
      // Not when a question asks something else of them ("..., and did churkin walk out?").
      const exchange = named && !asksOtherThanWords(this.corpus, named, asked) ? named : undefined;
      const lead = answered[0];
      const sides = exchange && lead ? withEverySide(this.corpus, lead.ids, asked) : null;
      if (lead && sides?.contested?.id === exchange?.id && sides?.contested)
        answered[0] = { ...lead, ids: sides.ordered, contested: sides.contested };
    }
    // "the US bombed the wrong army?? how many ppl died": a sentence asking by its "??" alone (what
    // the writer cannot believe) before one asked in words: the answer of the one asked in words
    // leads (its sides together), the disbelief's follows (it is answered still).
    const worded = followUp ? -1 : askedInWordsAfter(reading, parts, answers);
    if (worded > 0) {
      const lead = answers[worded] as PartAnswer;
      answered.splice(answered.indexOf(lead), 1);
      answered.unshift(lead);
    }
    const first = answered[0];
    if (!first) {
      return {
        ...base,
        status: 'not-in-article',
        confidence: round(Math.max(...answers.map((a) => a.confidence))),
        message: this.kb.bot.notInArticle,
        suggestions: this.suggestionsFor(answers[0]?.suggest ?? []),
      };
    }
    // Best first, one quote of each question in turn: two questions both get an answer. The
    // sides of a contested point stay together ("... and how many died": the 90 and the 62).
    const ordered = sidesShown(interleave(answered.map((a) => blocksOf(a.ids, a.contested))), answered);
    const shown = ordered.slice(0, MAX_QUOTES);
    const rest = [...ordered.slice(MAX_QUOTES), ...answered.flatMap((a) => a.more)];
    const contested = answered.find((a) => a.contested)?.contested ?? null;
    // A claim several sources make is quoted once: the others are named under it.
    const also = new Map<string, string[]>();
    for (const a of answered)
      for (const [id, others] of a.also) also.set(id, [...(also.get(id) ?? []), ...others]);
    const alsoReported: AlsoReported[] = shown
      .filter((id) => also.has(id))
      .map((id) => ({
        quoteId: id,
        quotes: [...new Set(also.get(id))].filter((o) => !shown.includes(o)).map((o) => this.quote(o)),
      }))
      .filter((a) => a.quotes.length > 0);
    return {
      ...base,
      status: 'answered',
      answered: true,
      confidence: round(first.confidence),
      quotes: shown.map((id) => this.quote(id)),
      more: [...new Set(rest)]
        .filter((id) => !shown.includes(id))
        .slice(0, TUNING.answer.maxMore)
        .map((id) => this.quote(id)),
      alsoReported,
      qa: first.qa,
      contested: this.withSources(contested, shown),
      ...(parts.length > 1 && {
        parts: parts.map((p, i) => {
          const a = answers[i] as PartAnswer;
          return {
            question: p.text,
            answered: a.ids.length > 0,
            confidence: round(a.confidence),
            quoteIds: a.ids.filter((id) => shown.includes(id)),
          };
        }),
      }),
    };
  }

  /** A contested point with the sources of the quotes shown on each side. */
  withSources(point: ContestedPoint | null, shown: readonly string[]): ContestedPoint | null {
    if (!point) return null;
    return {
      ...point,
      sides: point.sides.map((side) => {
        const quoteIds = side.quoteIds.filter((id) => shown.includes(id));
        return {
          ...side,
          quoteIds,
          sources: [...new Set(quoteIds.map((id) => this.quote(id).source))],
        };
      }),
    };
  }

  /**
   * The questions of a message with their terms. A question too thin to stand alone ("... and
   * who says so", "... and when") is read with the one before it.
   */
  private questionParts(reading: MessageReading): QuestionPartRead[] {
    /** `leantOn`: a thin question is read with it already, with no reading of it alone kept. */
    const parts: (QuestionPartRead & { tokens: Token[]; leantOn?: boolean })[] = [];
    // Who the writer says they are ("I'm Australian": "our military"), looked for only when a
    // question says "we" or "our", whose words it stands for: each name after "I am" in the
    // message is analysed to find it, and most questions have no such word.
    const writer = reading.questions.some((q) => q.tokens.some((t) => WE.has(t.word)))
      ? this.writerIs(reading)
      : null;
    // "I've been trying to explain to my dad why Russia is so annoyed. ... What does Moscow say
    // Washington keeps refusing to do?": where a sentence ends in "?", one that does not tells what
    // the writer wonders about rather than asks it; what only an asked question's words are read
    // as (analyzer.ts: anger as a grievance, finding out as being alerted) is not read into it.
    const marked = (text: string) => /[?？]\s*$/.test(text);
    const anyMarked = reading.sentences.some((s) => marked(s.text));
    // A sentence that opens with its question word asks, "?" or not ("the us and russia were on
    // the same side?? why is russia mad then").
    const toldOnly = (q: { text: string }) =>
      anyMarked &&
      reading.sentences.some(
        (s) => s.text.includes(q.text) && !marked(s.text) && !WH_WORDS.has(s.tokens[0]?.word ?? ''),
      );
    const analyses = reading.questions.map((q) =>
      this.corpus.analyzer.analyzeTokens(
        writer ? q.tokens.flatMap((t) => (WE.has(t.word) ? writer : [t])) : q.tokens,
        toldOnly(q),
      ),
    );
    // "kitni der tak chala attack? how long it was", "was hat der IS danach gemacht? what did IS
    // do after": a question in the writer's own language, then asked again in English. The
    // English one is the question; the other's words are none the bot reads.
    // Only one asked before the English one, and not by an English question word ("what did
    // angela merkel say": a name the bot does not know, asked in English).
    // A question word the chat words gave for one of the writer's language ("kitna": how much)
    // is a word of that language too.
    const foreign = analyses.map((a, i) => {
      const q = reading.questions[i] as { text: string; tokens: Token[] };
      const translated = WH_WORDS.has(q.tokens[0]?.word ?? '') && !askedInEnglish(q) ? 1 : 0;
      return foreignWords(a, q.tokens) + translated;
    });
    const restatedFrom = analyses.findIndex((a, i) => a.terms.length > 0 && foreign[i] === 0);
    /** The question in the writer's own language, skipped: the names it gives. */
    let unread: QueryAnalysis | undefined;
    for (const [i, q] of reading.questions.entries()) {
      const analysis = analyses[i] as QueryAnalysis;
      if (i < restatedFrom && (foreign[i] ?? 0) >= MIN_FOREIGN && !askedInEnglish(q)) {
        unread = analysis;
        continue;
      }
      // "Pentagon sozcusu Peter Cook ne dedi? what he said": the English question's pronoun points
      // at the names of the question asked first in the writer's language.
      const named = parts.length === 0 && unread ? standsFor(q.tokens, unread) : [];
      if (named.length > 0) {
        parts.push({
          text: q.text,
          tokens: [...q.tokens],
          analysis: { ...analysis, terms: [...named, ...analysis.terms] },
        });
        continue;
      }
      const previous = parts[parts.length - 1];
      // "who is power and what did she say": she is Power; a question of its own.
      const whom = previous && this.isThin(analysis) ? standsFor(q.tokens, previous.analysis) : [];
      if (previous && whom.length > 0) {
        parts.push({
          text: q.text,
          tokens: [...q.tokens],
          analysis: { ...analysis, terms: [...whom, ...analysis.terms] },
        });
      } else if (
        // Two whole questions with "it" ("how long did it last and why was it stopped") stay two:
        // neither names what "it" is, so the first is no subject for the second.
        previous &&
        this.isThin(analysis) &&
        !(this.wholeQuestion(q.tokens, analysis) && this.wholeQuestion(previous.tokens, previous.analysis))
      ) {
        // "how long did it last and what made them stop", "when did they ask for the meeting and
        // was it open": a thin question that is a clause of its own (a question word, then a
        // verb) leans on the one before and is read with it; when the two read as one find nothing
        // sure, the one before is still a question of its own, answered as it stands. Not one a
        // thin question leans on already ("I want to know about the soldiers, were they
        // conscripts, and do we know their names"): its own words are not all it asks.
        if (this.ownClause(q.tokens, analysis) && !this.isThin(previous.analysis) && !previous.leantOn)
          previous.alone ??= { text: previous.text, analysis: previous.analysis };
        if (!previous.alone) previous.leantOn = true;
        previous.text = `${previous.text} ${q.text}`;
        previous.tokens.push(...q.tokens);
        previous.analysis = this.corpus.analyzer.analyzeTokens(previous.tokens);
      } else parts.push({ text: q.text, tokens: [...q.tokens], analysis });
    }
    // A thin first question leans on the next one ("when? and who asked for the meeting").
    const [head, next] = parts;
    // Not one whose "they" points into the story before it ("the pentagon lies. what did they say,
    // and what does russia say back?"): it asks what the story names says, a question of its own.
    const told =
      head && next && reading.context.length > 0 && this.isThin(head.analysis)
        ? standsFor(head.tokens, this.storyRead(reading.context))
        : [];
    if (head && told.length > 0)
      head.analysis = { ...head.analysis, terms: [...told, ...head.analysis.terms] };
    // Not one with a verb and its subject ("how long did it last, and why was it stopped"): a
    // question whole, its "it" the story's, however few words of the story it holds.
    else if (head && next && this.isThin(head.analysis) && !this.wholeQuestion(head.tokens, head.analysis)) {
      next.text = `${head.text} ${next.text}`;
      next.analysis = this.corpus.analyzer.analyzeTokens([...head.tokens, ...next.tokens]);
      parts.shift();
    }
    // "syria's army always says the US helps isis, it's propaganda. what did they say this time?": a
    // question alone asking what they said, naming no one, after a story whose saying has a named
    // subject: they are that subject, not every name of the story (the US and IS are what it said).
    if (
      head &&
      !next &&
      reading.context.length > 0 &&
      !head.analysis.terms.some((t) => t.startsWith('e:')) &&
      PRONOUN_SAID.test(head.tokens.map((t) => t.word).join(' '))
    ) {
      const speaker = this.storySpeaker(reading.context);
      if (speaker.length > 0)
        head.analysis = { ...head.analysis, terms: [...speaker, ...head.analysis.terms] };
    }
    const asked = parts.filter((p) => p.analysis.terms.length > 0);
    // A quoted fragment of two words or more goes with the question it is in (else the first);
    // so does one word the article itself quotes on its own, inside the question asked ("what did
    // churkin mean by 'grandstanding'": Power's word, whoever the writer puts it to; not "a
    // 'stunt' with no stuntman: did the pentagon sack anyone", a word of the story around it).
    for (const fragment of reading.quoted) {
      const key = matchKey(fragment);
      const alone = key.split(' ').length < 2;
      if (alone && !wordsQuotedAlone(this.corpus).has(key)) continue;
      const owner = asked.find((p) => p.text.includes(fragment)) ?? asked[0];
      if (alone && !owner?.text.includes(fragment)) continue;
      // "pedantic point but the article says 'US airstrikes' — weren't other air forces involved?":
      // words quoted in what the writer read, before a question with a topic of its own that points
      // at nothing, are what they read, not what they ask to find.
      if (
        owner &&
        !owner.text.includes(fragment) &&
        this.ownTopic(owner) &&
        this.runInContext(reading.context, key) !== null
      )
        continue;
      // "refs making howlers and then going 'it was unintentional'. So how did the White House get
      // its message to Syria after this one?": words quoted inside a story of the writer's that no
      // sentence holds, before a question of three terms of the knowledge or more (whatever it
      // points back at), are what the writer heard elsewhere, not words missing from the article.
      // Not words quoted with no story around them ("'a tragic accident' — is that what obama
      // called it?"): the question asks about them.
      if (
        owner &&
        !owner.text.includes(fragment) &&
        reading.context.length - key.split(' ').length >= STORY_AROUND_QUOTE &&
        this.knownTerms(owner.analysis) >= OWN_TOPIC_TERMS &&
        !this.quotedHeld(key)
      )
        continue;
      if (!owner) continue;
      // "'on the boundary between' ... whats the rest", "'dangerous and blatant'. finish it": words
      // quoted in a sentence of their own, then a question with no topic of its own besides
      // (no word of the knowledge, at most one it lacks): the question asks about those
      // words, and is read with them, so that the sentence holding them is among those it finds.
      // Not a question of something else ("'persistent refusal' lol my cat. anyone got a vet rec
      // in berlin": words the knowledge lacks are its topic).
      const run = alone || owner.text.includes(fragment) ? null : this.runInContext(reading.context, key);
      if (run && this.knownTerms(owner.analysis) === 0 && this.lackingTerms(owner.analysis) <= 1) {
        const tokens = [...run, ...owner.tokens];
        owner.analysis = {
          ...this.corpus.analyzer.analyzeTokens(tokens),
          quoted: [...owner.analysis.quoted],
        };
      }
      owner.analysis.quoted.push(key);
    }
    // The names the whole message gives, for what "which other ..." asks (answer-type.ts).
    if (asked.length > 1) {
      const names = [
        ...new Set(
          [...asked.flatMap((p) => p.analysis.terms), ...this.storyRead(reading.context).terms].filter((t) =>
            t.startsWith('e:'),
          ),
        ),
      ];
      for (const part of asked) part.analysis.message = names;
    }
    // The story around the questions: context that ranks their candidates a little. (Not the
    // other question of the message: that would pull each toward the other's answer.)
    if (reading.context.length > 0) {
      const around = this.storyRead(reading.context).terms;
      for (const part of asked) {
        const own = new Set(part.analysis.terms);
        part.analysis.context = around.filter((t) => !own.has(t));
      }
    }
    return asked;
  }

  /**
   * The names the story gives as the subject of its first verb of saying ("syria's army always
   * says ...": the Syrian army), read from at most SUBJECT_WORDS words before it (adverbs between
   * skipped); none when the words before it name no one.
   */
  private storySpeaker(tokens: readonly Token[]): Term[] {
    for (let i = 1; i < tokens.length; i++) {
      if (!STORY_SAYING.has(tokens[i]?.word ?? '')) continue;
      let end = i;
      while (end > 0 && SAYING_ADVERBS.has(tokens[end - 1]?.word ?? '')) end--;
      const subject = tokens.slice(Math.max(0, end - SUBJECT_WORDS), end);
      const names = this.corpus.analyzer.analyzeTokens(subject).terms.filter((t) => t.startsWith('e:'));
      if (names.length > 0) return names;
    }
    return [];
  }

  /**
   * The story of a message (its words around the questions) analysed, once per reading: the
   * questions' parts (what a thin question's "they" stands for, the names for "which other", the
   * context that ranks their candidates) and the story read with a fragment (withStory) all read
   * it, a long message's hundred words. Read only, never changed.
   */
  private readonly stories = new WeakMap<readonly Token[], QueryAnalysis>();
  private storyRead(tokens: readonly Token[]): QueryAnalysis {
    let analysis = this.stories.get(tokens);
    if (analysis === undefined) {
      analysis = this.corpus.analyzer.analyzeTokens(tokens, true);
      this.stories.set(tokens, analysis);
    }
    return analysis;
  }

  /**
   * Who the writer says they are, when the story says it with a name of the knowledge ("I'm
   * Australian", "I am from Russia", "I'm with the council"): "our military", "what did we
   * say" are theirs. Their name's words, else null.
   */
  private writerIs(reading: MessageReading): Token[] | null {
    for (const sentence of reading.sentences) {
      if (sentence.question) continue;
      const words = sentence.tokens;
      for (let i = 0; i < words.length; i++) {
        let at = I_AM.has(words[i]?.word ?? '')
          ? i + 1
          : words[i]?.word === 'i' && words[i + 1]?.word === 'am'
            ? i + 2
            : -1;
        if (at < 0) continue;
        if (BELONGING.has(words[at]?.word ?? '')) at++;
        if (ARTICLES.has(words[at]?.word ?? '')) at++;
        // The longest name of one to three words.
        for (let n = 3; n >= 1; n--) {
          const name = words.slice(at, at + n);
          if (name.length < n || name.some((t) => STOP_WORDS.has(t.word))) continue;
          const terms = this.corpus.analyzer.analyzeTokens(name).terms;
          if (terms.length > 0 && terms.every((t) => t.startsWith('e:'))) return name;
        }
      }
    }
    return null;
  }

  /**
   * Only a fragment asked after a story ("the US didn't do it on purpose... or did it?"): the
   * story may be what it asks about. The story and the fragment read as one question, with its
   * answer, when that is surer than the fragment alone; else null. (Fragments all join one part:
   * a thin question leans on the one before it, see questionParts.)
   */
  private withStory(
    reading: MessageReading,
    parts: readonly { text: string; analysis: QueryAnalysis }[],
    alone: (part: { analysis: QueryAnalysis }) => PartAnswer,
  ): { part: { text: string; analysis: QueryAnalysis }; answer: PartAnswer } | null {
    if (reading.context.length === 0) return null;
    // "'never intentionally target' ... what's the rest", "'I would be very interested to see'...
    // how does that one end": words quoted that a sentence holds, then a question asking only for
    // what follows them, asks for that sentence; the story it follows is the quote.
    // So do words trailing off before it ("churkin said we're in serious... what was the end of
    // that"): what the writer remembers of the quote.
    const rest =
      parts.every((p) => asksRest(p.analysis.words)) &&
      (reading.quoted.some((q) => this.quotedAt(q)) ||
        trailsOff(reading, (told) => this.corpus.analyzer.analyzeTokens(told).terms.includes(SAID)));
    if (!rest && !parts.every((p) => this.isThin(p.analysis))) return null;
    const asked = reading.questions
      .flatMap((q) => q.tokens)
      .filter((t) => !(rest && (REST_WORDS.has(t.word) || QUOTE_NAMED.has(t.word))));
    // "... who said that?", "says who": asking whose the words told before are, it asks nothing
    // of its own; what it is answered alone does not count against the story.
    const pointsBack = parts.every((p) => asksWhoseWordsBefore(p.analysis.words));
    const aloneConfidence = parts[0] && !pointsBack ? alone(parts[0]).confidence : 0;
    const surer = (told: readonly Token[]) => {
      // The story's words the knowledge lacks are what the writer tells, not what is asked.
      const lacking = new Set(
        this.storyRead(told)
          .free.filter((f) => !f.inKnowledge && f.related === undefined)
          .map((f) => f.word),
      );
      const story = told.filter((t) => !lacking.has(t.word));
      // Words quoted in the message that a sentence holds stay the article's words to find, read
      // with the story as alone ("chat was spamming 'criminal negligence' about this ... who said
      // it and about whom?": the sentence holding them leads, not the side the story's words weigh
      // first). Not words misquoted ("people keep misquoting it as 'an act of war'"): what the
      // writer read, which no sentence holds, is no name missing.
      const analysis = {
        ...this.corpus.analyzer.analyzeTokens([...story, ...asked]),
        quoted: [...new Set(parts.flatMap((p) => p.analysis.quoted))].filter((q) => this.quotedHeld(q)),
      };
      if (analysis.terms.length === 0) return null;
      const part = { text: reading.text, analysis };
      const answer = this.answerPart(part);
      return answer.confidence > aloneConfidence && (!pointsBack || answer.ids.length > 0)
        ? { part, answer }
        : null;
    };
    // "Asheth compound: what happened??" in a long message: the heading the question follows is
    // what it asks about, not the rest of the story (which, read with it, drowns it).
    const heading = headingOf(reading);
    if (heading) return surer(heading) || surer(reading.context);
    // The sentence the question follows, then the whole story: "Power listed a bunch of things
    // Russia never did. What were they?" asks about that sentence, not the rest of the story.
    // (Read as the story is, once: the sentence found is read again by surer.)
    const next = nearestStory(reading, (tokens) =>
      this.storyRead(tokens).terms.some((t) => this.corpus.index.has(t)),
    );
    const near = next && next.length < reading.context.length ? surer(next) : null;
    const whole = surer(reading.context);
    return near && (!whole || near.answer.confidence >= whole.answer.confidence) ? near : whole;
  }

  /**
   * "apparently someone called it 'an act of war'" -> "who said that?": the turn before quoted
   * words no sentence holds, and this one asks whose they are (decide.ts earlierFragmentNotHeld).
   */
  private quotedBeforeMissing(
    analysis: QueryAnalysis,
    conversation: readonly ConversationTurn[] | undefined,
    ids: readonly string[],
  ): boolean {
    const before = conversation?.at(-1);
    // Read the turn before again only when this one asks whose words they were.
    if (!before || !asksWhoseWordsBefore(analysis.words)) return false;
    const fragments = this.corpus.reader.read(before.question).quoted.map(matchKey);
    return earlierFragmentNotHeld(this.corpus, analysis.words, fragments, [...ids, ...before.quoteIds]);
  }

  /** Do words quoted (three or more, as typed) stand word for word in a sentence? */
  private quotedAt(fragment: string): boolean {
    const key = matchKey(fragment);
    return key.split(' ').length >= MIN_QUOTED_REST && this.quotedHeld(key);
  }

  /** Does a sentence hold these words quoted (matchKey), word for word? */
  private quotedHeld(fragment: string): boolean {
    for (const id of this.kb.passageById.keys())
      if (this.corpus.passageKey(id).includes(fragment)) return true;
    return false;
  }

  /**
   * The question names something the article does not have, and no one the article has: a word
   * the knowledge never uses ("obama"), or words quoted (three or more) that no sentence holds.
   */
  private namesMissing(analysis: QueryAnalysis): boolean {
    // A name of the knowledge is whom a pronoun after points at ("who is peter cook? and what
    // did he say").
    if (namesOwn(analysis)) return false;
    if (analysis.free.some((f) => !f.inKnowledge && !f.modifier)) return true;
    return analysis.quoted.some((q) => q.split(' ').length >= 3 && !this.quotedHeld(q));
  }

  /**
   * Does a question's "she" or "he", naming no one itself, point at a person the reading through
   * the story names, and of whom no quote answering it alone (`ids`) tells?
   */
  private personPointedAt(
    asked: string,
    alone: QueryAnalysis,
    read: QueryAnalysis,
    ids: readonly string[],
  ): boolean {
    if (!ONE_PERSON.test(asked)) return false;
    const person = (t: Term) => t.startsWith('e:') && this.kb.entityById.get(t.slice(2))?.kind === 'person';
    if (alone.terms.some(person)) return false;
    const pointed = read.terms.filter(person);
    return (
      pointed.length > 0 &&
      !ids.some((id) =>
        pointed.some(
          (t) => this.corpus.passageTerms.get(id)?.has(t) || this.corpus.passageSpeakers.get(id)?.has(t),
        ),
      )
    );
  }

  /** A question with a topic of its own, pointing back at nothing ("that", "this", "it", "he"). */
  private ownTopic(part: { text: string; analysis: QueryAnalysis }): boolean {
    return (
      !this.isThin(part.analysis) &&
      !POINTING_BACK.test(part.text) &&
      !PERSONAL_PRONOUN.test(part.text) &&
      part.analysis.terms.filter((t) => this.corpus.index.has(t)).length >= OWN_TOPIC_TERMS
    );
  }

  /** The context's tokens that are these words (a fragment's match key) in a row, or null. */
  private runInContext(context: readonly Token[], key: string): Token[] | null {
    const words = key.split(' ');
    const keys = context.map((t) => matchKey(t.word));
    for (let at = 0; at + words.length <= keys.length; at++)
      if (words.every((w, i) => keys[at + i] === w)) return context.slice(at, at + words.length);
    return null;
  }

  /** How many of the terms of a question the knowledge has. */
  private knownTerms(analysis: QueryAnalysis): number {
    return analysis.terms.filter((t) => this.corpus.index.has(t)).length;
  }

  /** How many of the free words of a question the knowledge lacks. */
  private lackingTerms(analysis: QueryAnalysis): number {
    return analysis.free.filter((f) => !this.corpus.index.has(f.term)).length;
  }

  /**
   * A thin question that is a clause of its own, asking something the knowledge has words for: a
   * question word and a word after it ("what made them stop", "how long it lasted", "what day
   * was that"), or an auxiliary and its subject ("was it open", "have they said anything"); not a
   * bare fragment ("and when"), nor an auxiliary before no subject ("is in the news").
   */
  private ownClause(tokens: readonly Token[], analysis: QueryAnalysis): boolean {
    const [first, second] = tokens;
    if (!first || !second) return false;
    const clause =
      WH_WORDS.has(first.word) || (CLAUSE_AUXILIARIES.has(first.word) && CLAUSE_SUBJECTS.has(second.word));
    return clause && analysis.terms.some((t) => this.corpus.index.has(t));
  }

  /**
   * "why was it stopped", "how long did it last": a question word, an auxiliary, "it" as its
   * subject and a verb, with a word of the story: a question whole, however thin. So is one whose
   * subject is a name of the story ("what did IS do after and what does damascus claim": what IS
   * did, a question of its own; not the subject of the next).
   */
  private wholeQuestion(tokens: readonly Token[], analysis: QueryAnalysis): boolean {
    if (!WHOLE_QUESTION.test(tokens.map((t) => t.word).join(' ')) && !this.namedSubject(tokens)) return false;
    return analysis.terms.some((t) => this.corpus.index.has(t));
  }

  /**
   * A question word, an auxiliary, then a name of the story as the subject (one word, before a
   * verb): "what did IS do after", "what did russia say". Not a question word put before its
   * noun ("what did the ...": no name), nor a name last (no verb after it).
   */
  private namedSubject(tokens: readonly Token[]): boolean {
    const [wh, aux, subject, verb] = tokens;
    if (!wh || !aux || !subject || !verb) return false;
    if (!WH_WORDS.has(wh.word) || !SUBJECT_AUXILIARIES.has(aux.word)) return false;
    return this.corpus.analyzer.docTerms([subject]).some((t) => t.startsWith('e:'));
  }

  /**
   * At most one term the knowledge knows, in at most one word that is not a stop word, and no
   * word it does not know: "who says so", "and when"; not "how long did it last".
   */
  private isThin(analysis: QueryAnalysis): boolean {
    // Counted only until one count is over (a long message's story has a hundred words).
    let words = 0;
    for (const w of analysis.words) if (!STOP_WORDS.has(w) && ++words > 1) return false;
    for (const f of analysis.free) if (!this.corpus.index.has(f.term)) return false;
    let known = 0;
    for (const t of analysis.terms) if (this.corpus.index.has(t) && ++known > 1) return false;
    return true;
  }

  /**
   * The question read as a follow-up of its conversation, or null when it is to be answered as
   * it stands: no earlier turns, several questions in the message, or a question that stands on
   * its own (a change of subject is answered exactly as it would be alone).
   */
  private followUp(
    text: string,
    parts: readonly { text: string; analysis: QueryAnalysis }[],
    reading: MessageReading,
    conversation: readonly ConversationTurn[] | undefined,
    alone: (part: { analysis: QueryAnalysis }) => PartAnswer,
  ): (FollowUp & { reading: string }) | null {
    if (parts.length > 1) return null;
    const own = reading.questions.length === 1 ? reading.questions[0]?.text : undefined;
    const asked = own ?? text;
    // "forget that. how many minutes were the jets at it?", "whatever, was it deliberate?": the
    // turn before taken back, a whole question after it stands on its own (its "it" is the
    // story's, not the turn's).
    const cw = cueWordsOf(this.corpus.kb.chat);
    const textTokens = conversation?.length ? tokenize(text) : [];
    if (conversation?.length && takesBack(cw, textTokens)) {
      const cues = readCues(cw, tokenize(asked));
      if (!cues.fragment) return null;
    }
    // "Anyway... where did it happen?": words that start a new subject (chat.yaml topicSwitches),
    // which the chat reader drops as filler, set the turns before aside (as parse reads them in
    // the question it is given); a story told with them is read below.
    if (conversation?.length && reading.context.length === 0 && startsAfresh(cw, textTokens)) return null;
    const turns = Array.isArray(conversation) ? [...conversation] : [];
    // "do they think the US is helping them? the rebels i mean": the words after the question say
    // whom its last pronoun stands for, and are read in its place, not as a story before it.
    const at0 = own === undefined ? -1 : reading.text.lastIndexOf(own);
    const afterthought =
      own !== undefined && at0 >= 0 && reading.text.slice(0, at0).trim() === '' && conversation?.length
        ? withAfterthoughtNamed(cw, own, reading.text.slice(at0 + own.length))
        : null;
    if (
      afterthought &&
      this.corpus.analyzer.analyzeQuery(afterthought.named).terms.some((t) => t.startsWith('e:'))
    ) {
      const read = readFollowUp(
        this.corpus,
        afterthought.question,
        this.corpus.analyzer.analyzeQuery(afterthought.question),
        turns,
      );
      return read?.reading ? { ...read, reading: read.reading } : null;
    }
    // The story told before a question is where its "he", "they" or "it" points ("Power seemed
    // furious. What did she call Russia's behaviour?"): read like an earlier turn.
    // In a conversation, whatever it says before its question is a turn of its own: "actually
    // the regime, not the army. what equipment did it list as lost" corrects the turn before,
    // and its "it" is the regime (the words as written: "not" says whom it is not about).
    if (reading.context.length > 0 && conversation?.length) {
      const at = own === undefined ? -1 : reading.text.lastIndexOf(own);
      const story =
        at < 0
          ? reading.context.map((t) => t.word).join(' ')
          : `${reading.text.slice(0, at)} ${reading.text.slice(at + (own?.length ?? 0))}`.trim();
      // "Anyway... where did it happen?": a story that starts a new subject (chat.yaml
      // topicSwitches) sets the turns before aside; only what it tells, if anything the knowledge
      // has, is read into the question.
      if (startsAfresh(cw, tokenize(story))) {
        turns.length = 0;
        if (this.corpus.analyzer.analyzeQuery(story).terms.some((t) => this.corpus.index.has(t)))
          turns.push({ question: story, quoteIds: [], qa: null });
      } else turns.push({ question: story, quoteIds: [], qa: null });
    } else if (
      reading.context.length > 0 &&
      (PERSONAL_PRONOUN.test(asked) || POINTING.test(asked)) &&
      !this.firstQuestionIsAntecedent(reading)
    )
      turns.push({ question: reading.context.map((t) => t.word).join(' '), quoteIds: [], qa: null });
    if (turns.length === 0) return null;
    const part = parts[0];
    const analysis = part?.analysis ?? this.corpus.analyzer.analyzeQuery(asked);
    // The words the reader read, when the analysis was made from them.
    const tokens = part && own !== undefined ? reading.questions[0]?.tokens : undefined;
    const read = readFollowUp(this.corpus, asked, analysis, turns, tokens);
    if (!read?.reading) return null;
    // Read through the story alone, it must do better than the question as it stands.
    // Nor need it when it asks each of a group the story names ("where was each of them"):
    // alone, it asks nobody, unless alone it quotes two of them already.
    // Nor when its "she" or "he" is someone the story names and the question alone names no one
    // ("power just deflected to assad. what did she say exactly?": alone, anyone's words).
    if (!conversation?.length && parts[0]) {
      const standing = alone(parts[0]);
      if (
        standing.confidence >= read.confidence &&
        !this.asksEachNamed(asked, read.analysis, standing.ids) &&
        !this.personPointedAt(asked, parts[0].analysis, read.analysis, standing.ids)
      )
        return null;
    }
    return { ...read, reading: read.reading };
  }

  /**
   * "my uncle says the russians lie. when did the raid happen and how long did it go on?": several
   * questions read as one, the first naming its own subject (no pronoun, more than one word of the
   * knowledge) and a later one a pronoun: the nearest thing it can stand for is the question
   * before it, not the story told before both.
   */
  private firstQuestionIsAntecedent(reading: MessageReading): boolean {
    const [first, ...later] = reading.questions;
    if (!first || later.length === 0) return false;
    if (POINTING_BACK.test(first.text) || PERSONAL_PRONOUN.test(first.text)) return false;
    if (!later.some((q) => POINTING_BACK.test(q.text) || PERSONAL_PRONOUN.test(q.text))) return false;
    return !this.isThin(this.corpus.analyzer.analyzeTokens(first.tokens));
  }

  /**
   * "Power was furious. what did she call russia's move, and what did churkin say back?", "churkin
   * walked out?? what did that man say": each question of a message whose "she", "they" or "that
   * man" points back is read against the story told before the questions (else the question before
   * it), as a single question is (followUp), when that reading is surer than the question as it
   * stands. The parts read so are changed in place; their readings ("Reading 'she' as ...").
   */
  private eachReadInStory(
    reading: MessageReading,
    parts: { text: string; analysis: QueryAnalysis }[],
  ): string[] {
    const story = reading.context.map((t) => t.word).join(' ');
    const readings: string[] = [];
    for (const [i, part] of parts.entries()) {
      if (!PERSONAL_PRONOUN.test(part.text) && !POINTING_PERSON.test(part.text)) continue;
      const told = story || (i > 0 ? (parts[i - 1]?.text ?? '') : '');
      if (told === '') continue;
      const read = readFollowUp(this.corpus, part.text, part.analysis, [
        { question: told, quoteIds: [], qa: null },
      ]);
      if (!read?.reading) continue;
      if (this.answerPart(part).confidence >= read.confidence) continue;
      parts[i] = { text: part.text, analysis: read.analysis };
      readings.push(read.reading);
      // "churkin just walked out?? what did that man say": the question before asks by its "?"
      // alone, it tells what the writer heard; the question read against it is what is asked,
      // and leads.
      const before = parts[i - 1];
      if (!story && before && reading.questions.some((q) => q.supposed && q.text === before.text)) {
        parts.splice(i, 1);
        parts.unshift({ text: part.text, analysis: read.analysis });
      }
    }
    return readings;
  }

  /**
   * Does a question ask each of a group ("where was each of them", "what did both of them say")
   * that its reading names, and these quotes (its answer alone) say what fewer than two of them said?
   */
  private asksEachNamed(asked: string, reading: QueryAnalysis, ids: readonly string[]): boolean {
    if (!asksEveryOneOfThem(tokenize(asked))) return false;
    const named = new Set(reading.terms.filter((t) => t.startsWith('e:')));
    const quoted = new Set<string>();
    for (const id of ids) {
      const speaker = this.kb.passageById.get(id)?.speaker;
      if (speaker && named.has(`e:${speaker}`)) quoted.add(speaker);
    }
    return quoted.size < 2;
  }

  /**
   * A follow-up read in its conversation, answered: its quotes, or, when that reading abstains
   * on confidence alone, the contested point it asks in other words (pointInOtherWords), as a
   * question alone would be ("... -> who says it was a mistake and who says it wasn't").
   */
  private followUpPart(
    followUp: FollowUp,
    conversation: readonly ConversationTurn[] | undefined,
    weighs: boolean,
    /** The terms of the follow-up as it stands, read alone. */
    own: readonly Term[],
  ): PartAnswer {
    const { decision, analysis } = followUp;
    // A reading of the writer's own story needs no margin: it is not an earlier turn.
    const margin = followUp.repeated || !conversation?.length ? 0 : TUNING.followUps.readMargin;
    const confidence = followUp.confidence * quotedMissing(analysis, decision.features.verbatim);
    const refused =
      refusedOutright(decision) || this.quotedBeforeMissing(analysis, conversation, decision.ids);
    // Only a point that says all the follow-up's own words: "ninety dead per the monitor ->
    // injured count though?" reads as the toll, but the wounded are no side's.
    return this.pointOrPart(
      decision,
      analysis,
      confidence,
      margin,
      refused,
      weighs,
      (p) => !followUp.lacks && pointSays(this.corpus, p, own),
      own,
    );
  }

  /**
   * "was it an accident or on purpose", "what does each side say": a question that weighs the
   * sides or asks whether it was meant, answered by that point's sides (decide.ts sidesAsked),
   * judged with the weight of sidesAsked (confidence.ts withSidesAsked) when that alone carries it
   * over the threshold; else the confidence as it was. Only the last judgement of an answer: the
   * readings of a question are compared by the confidence before it.
   */
  private liftedBySides(decision: Decision, confidence: number, margin: number, refused: boolean): number {
    // Sure enough already: no weight added lifts it over, so whether the sides are asked is not
    // worked out (an engine told each comparison with the threshold still makes them all).
    if (refused || (this.onThreshold === undefined && !this.below(confidence, margin))) return confidence;
    if (!decision.sidesAsked) return confidence;
    const lifted = withSidesAsked(confidence, true);
    return this.below(confidence, margin) && !this.below(lifted, margin) ? lifted : confidence;
  }

  /**
   * One question answered on its own: its quotes (every side of a contested point), or none. A
   * curated answer leads with its quote that holds most of what is asked (leadWithWhatIsAsked).
   */
  private answerPart(part: { text?: string; analysis: QueryAnalysis }, margin = 0): PartAnswer {
    const decision = decide(this.corpus, part.analysis);
    // "whats daesh": what a name stands for, where the article glosses it ("Daesh [IS]").
    const glosses = part.text === undefined ? null : glossesAsked(this.corpus, part.text);
    // The words as typed, tokenised once for the checks below that read them (a long message's
    // text is read whole by each).
    let typed: string[] | undefined;
    const typedWords = (text: string) => (typed ??= tokenize(text).map((t) => t.word));
    // "why is it called daesh": why a glossed thing goes by a name, which no sentence tells.
    // "what should i do on sunday", "what's everyone listening to": the writer's or the chat's own
    // doings, read in the words as typed (the reading drops "everyone" as filler).
    if (
      part.analysis.offTopic ||
      (part.text !== undefined &&
        (namingAsked(this.corpus, part.text) ||
          // "what is deir el-zour": what the place itself is, untold.
          placeItselfAsked(this.corpus, part.text) ||
          ownDoingAsked(typedWords(part.text), decision.ranking.known) ||
          writerStatement(this.corpus, part.text) ||
          // "based", "mood", "big if true": a reaction alone asks nothing.
          reactionOnly(this.corpus, part.text) ||
          // "what does yeet mean": slang asked as typed, not a slip toward "meet".
          meaningOfOtherWord(typedWords(part.text), part.analysis.corrections)))
    ) {
      const suggest = decision.ranking.qaRanked.map(([id]) => id);
      return { ids: [], more: [], confidence: 0, qa: null, contested: null, suggest, also: new Map() };
    }
    if (glosses) {
      const suggest = decision.ranking.qaRanked.map(([id]) => id);
      const more = decision.passageIds.filter((id) => !glosses.includes(id));
      const confidence = TUNING.scoring.verbatimConfidence;
      return { ids: glosses, more, confidence, qa: null, contested: null, suggest, also: new Map() };
    }
    leadWithWhatIsAsked(this.corpus, part.analysis, decision);
    const { features } = decision;
    // A fragment of the article quoted word for word names its sentence beyond doubt; words
    // quoted that no sentence found holds are words the article does not have.
    const confidence = Math.max(
      calibratedConfidence(features) * quotedMissing(part.analysis, features.verbatim),
      features.verbatim ? TUNING.scoring.verbatimConfidence : 0,
    );
    const refused = refusedOutright(decision);
    const lifted = this.liftedBySides(decision, confidence, margin, refused);
    // "what did power and churkin say about each other": no quote is both's words, so the
    // question is refused as asking words the article does not give them; the exchange of the
    // two (contested.yaml `speakers`) gives each one's.
    if (
      refused &&
      !decision.chanceMatch &&
      !decision.countMissing &&
      !decision.askedMissing &&
      exchangeNamed(
        this.corpus,
        // Not one the words went to: "what did the mayor say about the farmer" asks hers.
        without(part.analysis.terms, this.notSpeaking(part.analysis, decision.ranking.known)),
      )
    ) {
      const point = this.pointAnswer(part.analysis, decision.ranking, margin);
      if (point) return point;
    }
    // "what did each ambassador say": refused as asking a person by a role no quote names alone;
    // asking every one of them, it asks each side of the exchange between them.
    if (refused && !decision.chanceMatch && !decision.countMissing && part.analysis.everyOne) {
      const point = this.pointAnswer(part.analysis, decision.ranking, margin, (p) => p.speakers === true);
      if (point) return point;
    }
    const answer = this.pointOrPart(
      decision,
      part.analysis,
      confidence,
      margin,
      refused,
      false,
      undefined,
      part.analysis.terms,
      lifted,
    );
    // "besides the americans, whose air force flew": whom the question sets apart comes last.
    return part.analysis.excluded
      ? { ...answer, ids: behindSetApart(this.corpus, part.analysis.excluded, answer.ids) }
      : answer;
  }

  /**
   * A decision answered: when it is not refused outright but abstains on confidence alone, the
   * contested point it asks in words around it the knowledge lacks (every side, if `accept`
   * takes it); else its quotes, or none.
   */
  private pointOrPart(
    decision: Decision,
    analysis: QueryAnalysis,
    confidence: number,
    margin: number,
    refused: boolean,
    weighs = false,
    accept?: (point: ResolvedContested) => boolean,
    /** The question's own terms, when the analysis is a follow-up's reading (see partOf). */
    own: readonly Term[] = analysis.terms,
    /**
     * The confidence its quotes are judged by when no point in other words answers it: the same,
     * or lifted by sidesAsked (liftedBySides).
     */
    lifted = confidence,
  ): PartAnswer {
    const point =
      !refused && this.below(confidence, margin)
        ? this.pointAnswer(analysis, decision.ranking, margin, accept)
        : null;
    if (point) return point;
    // Lifted by sidesAsked only when the answer given is that contested point's sides.
    const part = (judged: number) =>
      this.partOf(
        decision,
        judged,
        margin,
        refused,
        weighs || weighsSides(analysis.terms) || analysis.everyOne === true,
        asksWhy(analysis),
        asksYesOrNo(analysis.words),
        this.notSpeaking(analysis, decision.ranking.known),
        own.includes(NUMBER),
        // A follow-up's own words: its reading keeps the turn before's ("how many died -> why were
        // they hit at all" asks why, not the count again).
        decision.ranking.known.filter((t) => (analysis.factors.get(t) ?? 1) >= 1 && own.includes(t)),
        analysis.context,
        // The figures the question gives, though no sentence has them ("wasnt it like 26 soldiers").
        own.filter((t) => FIGURE.test(t)),
      );
    const answer = part(lifted);
    return lifted === confidence || answer.contested ? answer : part(confidence);
  }

  /**
   * The speakers a question names who are not asked to speak: whom the words went to or were
   * about ("how did russia's envoy react to power's comments"), whom it accuses.
   */
  private notSpeaking(analysis: QueryAnalysis, known: readonly Term[]): Term[] {
    const asked = askedSpeakers(this.corpus, known, analysis.words);
    return [
      ...addressedSpeakers(this.corpus, known, analysis.words, asked),
      ...accusedSpeakers(this.corpus, analysis.words, asked),
    ];
  }

  /**
   * The sides of the contested point a question asks in other words (contested.ts
   * pointInOtherWords), at TUNING.scoring.pointConfidence, or null.
   */
  private pointAnswer(
    analysis: QueryAnalysis,
    ranking: Ranking,
    margin: number,
    accept: (point: ResolvedContested) => boolean = () => true,
  ): PartAnswer | null {
    const confidence = TUNING.scoring.pointConfidence;
    if (this.below(confidence, margin)) return null;
    const point = pointInOtherWords(
      this.corpus,
      analysis,
      ranking,
      this.notSpeaking(analysis, ranking.known),
    );
    if (!point || !accept(point)) return null;
    const { ordered, contested } = sidesOf(this.corpus, point, ranking.known, true);
    const suggest = ranking.qaRanked.map(([id]) => id);
    return { ids: ordered, more: [], confidence, qa: null, contested, suggest, also: new Map() };
  }

  /** A decision as the answer to one question: its quotes (every side of a contested point), or none. */
  private partOf(
    decision: Decision,
    confidence: number,
    margin = 0,
    notTheirWords = false,
    weighs = false,
    why = false,
    yesNo = false,
    notSpeaking: readonly Term[] = [],
    /**
     * The question's own words ask how many: "how many died -> no i mean, was it on purpose" asks
     * intent, though its reading keeps the count of the turn before.
     */
    asksCount = false,
    /** The terms the question words itself, not only by a related word (see withEverySide). */
    worded: readonly Term[] = decision.ranking.known,
    /** The terms of the story told around the question (see withEverySide). */
    story: readonly Term[] = [],
    /** The figures the question gives, whether or not the knowledge has them. */
    figures: readonly Term[] = [],
  ): PartAnswer {
    const { ids, qa, ranking, passageIds } = decision;
    const given = [...ranking.known, ...figures.filter((t) => !ranking.known.includes(t))];
    const suggest = ranking.qaRanked.map(([id]) => id);
    if (this.below(confidence, margin) || ids.length === 0 || notTheirWords)
      return { ids: [], more: [], confidence, qa: null, contested: null, suggest, also: new Map() };
    // Every side of a contested point; a claim several sources make, quoted once.
    // A question that weighs sides asks for them, whether or not a sentence has its words.
    const sides = withEverySide(
      this.corpus,
      ids,
      weighs ? [...given, ...SIDES_ASKED] : given,
      why,
      yesNo,
      notSpeaking,
      asksCount,
      weighs ? [...worded, ...SIDES_ASKED] : worded,
      story,
    );
    const sideIds = new Set(sides.contested?.sides.flatMap((s) => s.quoteIds));
    // The passages close to the best, as many as the search keeps: the exhaustive engine, which
    // keeps every one, names the same.
    const candidates = passageIds.slice(0, TUNING.retrieval.candidates);
    const { ordered, also } = gatherSameClaims(this.corpus, sides.ordered, candidates, sideIds);
    // "More": the rest of the curated answer, then the same claims in other sources, then other
    // relevant passages.
    const more = [...[...also.values()].flat(), ...passageIds.filter((id) => !ordered.includes(id))];
    return { ids: ordered, more, confidence, qa, contested: sides.contested, suggest, also };
  }

  /**
   * How the engine reads a chat message: its questions (text and cleaned words), the context
   * around them, shouting, negation, filler (reader.ts). For front ends and the conversation layer.
   */
  read(message: string): MessageReading {
    return this.corpus.reader.read(message);
  }

  /**
   * The curated entries closest to a text, best first, without composing an answer: for
   * autocomplete, where the text is half a question. Same analysis (names, synonyms, typos)
   * and the same index as answer().
   */
  closestQuestions(text: string, limit: number): string[] {
    if (typeof text !== 'string') return [];
    const analysis = this.corpus.analyzer.analyzeQuery(
      cleanQuestion(text.slice(0, TUNING.input.maxQuestionLength)).text,
    );
    if (analysis.terms.length === 0) return [];
    const ranked = rank(this.corpus, analysis).qaRanked;
    const best = ranked[0]?.[1].score ?? 0;
    // Entries far below the best one are noise ("why stop" should not offer "What happened?").
    return ranked
      .filter(
        ([, s]) =>
          s.score >= best * TUNING.scoring.relativeCutoff && s.score >= TUNING.autocomplete.suggestAtLeast,
      )
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Why the engine answers what it does: the message read, terms, corrections and the best candidates (of its first question). */
  explain(question: string) {
    const reading = this.corpus.reader.read(question);
    const parts = this.questionParts(reading);
    const story = this.withStory(reading, parts, (p) => this.answerPart(p));
    if (story) parts.splice(0, parts.length, story.part);
    const analysis = parts[0]?.analysis ?? this.corpus.analyzer.analyzeQuery(cleanQuestion(question).text);
    const { qaRanked, passages, unknown } = rank(this.corpus, analysis);
    const decision = decide(this.corpus, analysis);
    const weights = Object.fromEntries(analysis.terms.map((t) => [t, round(termWeight(this.corpus, t))]));
    return {
      questions: parts.map((p) => p.text),
      context: reading.context.map((t) => t.word).join(' '),
      shouted: reading.shouted,
      negated: reading.negated,
      filler: reading.filler,
      terms: weights,
      unknown,
      qaChosen: decision.qa,
      features: decision.features,
      sidesAsked: decision.sidesAsked,
      refusals: {
        notTheirWords: decision.notTheirWords,
        chanceMatch: decision.chanceMatch,
        countMissing: decision.countMissing,
        askedMissing: decision.askedMissing,
      },
      words: analysis.words.join(' '),
      corrections: analysis.corrections,
      qa: qaRanked.slice(0, 5).map(([id, s]) => ({
        id,
        score: round(s.score),
        variant: s.hit.doc.ref,
        qc: round(s.hit.questionCoverage),
        coverage: round(s.coverage),
        dc: round(s.hit.docCoverage),
      })),
      passages: passages.slice(0, 5).map((s) => ({
        id: s.hit.doc.ref,
        score: round(s.score),
        qc: round(s.hit.questionCoverage),
        dc: round(s.hit.docCoverage),
      })),
    };
  }

  /** A sentence of a source as a Quote: verbatim, with its speaker and its own source's credit. */
  quote(id: string): Quote {
    const cached = this.quoteCache.get(id);
    if (cached) return cached;
    const p = this.kb.passageById.get(id);
    if (!p) throw new RangeError(`unknown sentence id "${id}"`);
    const quote: Quote = {
      id: p.id,
      text: p.text,
      speaker: this.speaker(p.speaker),
      source: this.sourceById.get(p.source)?.quotedAs ?? this.kb.meta.source,
      paragraph: p.paragraph,
      section: p.section,
    };
    this.quoteCache.set(id, quote);
    return quote;
  }

  speaker(id: string | null): Speaker | null {
    if (!id) return null;
    const e = this.kb.entityById.get(id);
    if (!e) return { id, label: id, kind: 'unknown' };
    return { id, label: e.label ?? (e.role ? `${e.name}, ${e.role}` : e.name), kind: e.kind };
  }

  /** Curated questions close to the question, else the default topics. */
  private suggestionsFor(qaIds: readonly string[]): string[] {
    const picked = qaIds
      .slice(0, TUNING.answer.suggestions)
      .map((id) => this.corpus.qaById.get(id)?.question)
      .filter((q): q is string => !!q);
    return picked.length >= TUNING.answer.minCloseSuggestions ? picked : this.defaultSuggestions();
  }

  /**
   * The curated questions bot.yaml prefers, then the first ones of qa.yaml: worked out once (it
   * reads every curated entry: 2,500 of them at 50,000 passages, at every abstention), a copy each time.
   */
  defaultSuggestions(): string[] {
    this.defaults ??= this.workOutDefaultSuggestions();
    return [...this.defaults];
  }

  private defaults: string[] | undefined;

  private workOutDefaultSuggestions(): string[] {
    const preferred = this.kb.bot.suggestions;
    return preferred
      .map((id) => this.corpus.qaById.get(id)?.question)
      .filter((q): q is string => !!q)
      .concat(
        this.kb.qa
          .filter((q) => !preferred.includes(q.id))
          .slice(0, TUNING.answer.suggestions - preferred.length)
          .map((q) => q.question),
      )
      .slice(0, TUNING.answer.suggestions);
  }

  /** Every word the knowledge uses (its texts, names, synonyms), folded. */
  vocabulary(): ReadonlySet<string> {
    return this.corpus.vocabulary;
  }

  /** The engine's analysis of the knowledge, saved with the knowledge for a faster start (compiled.json). */
  exportIndex(options: { neighbours?: boolean } = {}): SavedIndex {
    const saved = saveIndex(this.corpus.knowledgeTerms());
    // Each passage's same-claim neighbours, found now rather than when first quoted (compiled.json):
    // with one source there is no other source's sentence to find.
    return options.neighbours && this.corpus.sourceCount > 1
      ? { ...saved, neighbours: saveNeighbours(this.corpus) }
      : saved;
  }

  /**
   * Runs a few questions through every path (curated answer, passages, typo correction,
   * abstention) so the first real question does not pay for compiling the code.
   */
  warmUp(): this {
    for (const _ of this.warmingUp());
    return this;
  }

  /** warmUp() one answer at a time: it pauses (yields) after each. */
  *warmingUp(): Generator<void, void> {
    let previous: ConversationTurn[] = [];
    // Each one also as a follow-up to the one before, so the conversation path is ready too.
    for (const q of this.warmUpQuestions) {
      this.answer(q, previous);
      yield;
      previous = [turnOf(this.answer(q))];
      yield;
    }
  }

  /**
   * Primes the JavaScript engine for steady latency: answers the curated wordings (every answer
   * path: contested sides, speakers, passages) again and again for about `budgetMs`, so the
   * hot functions are optimised before the first real question rather than during it. Without
   * this, a fresh process answers its first few dozen questions in 1-5 ms instead of 0.1-0.3.
   * Front ends call it before they serve; loading knowledge does not (it stays fast).
   */
  prime(budgetMs = TUNING.warmUp.primeMs): this {
    const wordings = [
      ...this.kb.qa.flatMap((q) => [q.question, ...q.paraphrases]).slice(0, TUNING.warmUp.primeWordings),
      ...this.warmUpQuestions,
    ];
    primeWordingAskWords(this.corpus);
    // The names by their sound: built by the first message with an English word the knowledge lacks.
    this.corpus.analyzer.prepareHeardNames();
    // The knowledge's words by their consonants: built by the first word typed without its
    // vowels, or no English word no other correction mends ("christmas" at 50,000 passages).
    this.corpus.analyzer.prepareConsonants();
    const started = performance.now();
    do for (const q of wordings) this.answer(q);
    while (performance.now() - started < budgetMs);
    // The other paths too, each often enough to be optimised (a pass over the wordings at 50,000
    // passages outlasts the budget, and answers each of them once): the warm-up questions (typo,
    // abstention, a story before the question) and long messages, whose search reads the story's
    // long lists (without this, the first long message of a fresh process took 20 to 100 ms).
    // At most primePathRounds rounds, and no new one after primePathMs (but two at least).
    const paths = [...this.warmUpQuestions, ...longMessages(this.kb)];
    const { primePathRounds: rounds, primePathMs: pathMs } = TUNING.warmUp;
    const pathsFrom = performance.now();
    for (let round = 0; round < rounds && (round < 2 || performance.now() - pathsFrom < pathMs); round++)
      for (const q of paths) this.answer(q);
    return this;
  }
}

/**
 * Questions made from the knowledge itself that take every path: a curated question, words of
 * a passage, the curated question misspelt (typo correction) and gibberish (abstention).
 */
function warmUpQuestions(kb: KnowledgeBase): string[] {
  const curated = kb.qa[0]?.question.toLowerCase() ?? '';
  const passage =
    kb.passages
      .find((p) => p.paragraph > 1)
      ?.text.split(/\s+/)
      .slice(0, 6)
      .join(' ') ?? '';
  // A slip in every longer word: "soldiers" -> "sodliers".
  const misspelt = curated.replace(/\b(\p{L})(\p{L})(\p{L})(\p{L}{3,})/gu, '$1$3$2$4');
  // A story before the question: the chat reader splits it into sentences with Intl.Segmenter,
  // whose data loads at its first use (15 to 50 ms: not the first message of more than a sentence).
  const story = passage && curated ? `${passage}. ${curated}` : '';
  return [curated, passage, misspelt, 'xqzv plonk', story].filter(Boolean);
}

/**
 * Long chat messages made from the knowledge (for prime): a curated question between passages
 * told as a story, about 500 characters, as a long message in a chat reads.
 */
export function longMessages(kb: KnowledgeBase): string[] {
  const texts = kb.passages.filter((p) => p.paragraph > 1).map((p) => p.text);
  if (texts.length < 4) return [];
  const asked = kb.qa.slice(0, 3).map((q, i) => {
    const before = [texts[(7 * i) % texts.length], texts[(7 * i + 3) % texts.length]].join(' ');
    const after = texts[(7 * i + 5) % texts.length] as string;
    return `${before} ${q.question} ${after}`.slice(0, 500);
  });
  // And one whose question leans on its story by a pronoun ("... what did they say about it?"):
  // the story is then read as an earlier turn (followUp, frameOf), a path of its own whose first
  // message on a fresh engine cost a third more work than it does once optimised.
  // Whole sentences of story, short enough that the question is not cut off.
  const room = 500 - LEANING_QUESTION.length - 2;
  const story = [texts[1], texts[4]].reduce<string>(
    (told, t) => (t && told.length + t.length < room ? `${told} ${t}`.trim() : told),
    '',
  );
  if (!story) return asked;
  return [...asked, `${story} ${LEANING_QUESTION} ${texts[6 % texts.length]}`.slice(0, 500)];
}

/** A question that leans on the story told before it (for prime: see longMessages). */
const LEANING_QUESTION = 'What did they say about it?';

/**
 * A part's quotes in the units they are shown in: one quote of each side of a contested point
 * is one unit, so that another question's answer still gets its place among the three.
 */
function blocksOf(ids: readonly string[], contested: ContestedPoint | null): string[][] {
  const firstOfEach = (contested?.sides ?? [])
    .map((s) => ids.find((id) => s.quoteIds.includes(id)))
    .filter((id): id is string => id !== undefined);
  const sides = ids.filter((id) => firstOfEach.includes(id));
  // The sides' unit where the first of them was; every other quote a unit of its own.
  return ids.flatMap((id) => (id === sides[0] ? [sides] : firstOfEach.includes(id) ? [] : [[id]]));
}

/**
 * The sides of the contested point a question of the message asks stay within the first three:
 * when the turn of another question's quote pushes one side past the cut ("who is guilty for
 * this, what does russia say": the blame's sides after Power's words, then Churkin's words
 * between them), the sides' unit moves up to follow the first quote, and the quotes it passes
 * follow it. Only for the first question's point, whose own quote leads, when the sides fit
 * beside it: a later question's point never pushes out the quote that answers it ("what did
 * churkin say back": his words, not a point his question's other quotes are on).
 */
export function sidesShown(
  ordered: readonly string[],
  /** Each question's answer, the first question's first. */
  answers: readonly { ids: readonly string[]; contested: ContestedPoint | null }[],
): string[] {
  const [answer] = answers;
  const sides = answer ? (blocksOf(answer.ids, answer.contested).find((b) => b.length > 1) ?? []) : [];
  const at = ordered.indexOf(sides[0] ?? '');
  if (
    answers.length < 2 ||
    sides.length < 2 ||
    sides.length > MAX_QUOTES - 1 ||
    ordered[0] !== answer?.ids[0] ||
    at < 1 ||
    at >= MAX_QUOTES ||
    at + sides.length <= MAX_QUOTES
  )
    return [...ordered];
  const [first] = ordered;
  const moved = [first as string, ...sides, ...ordered.filter((id) => id !== first && !sides.includes(id))];
  // Every other question keeps its first quote among the three, or is answered by a side shown
  // ("what russia say" by Russia's side): the sides never push out the answer of a question they
  // do not answer ("..., and how long did it last": its 40 minutes).
  const head = moved.slice(0, MAX_QUOTES);
  const kept = (a: { ids: readonly string[] }) =>
    head.includes(a.ids[0] ?? '') || a.ids.some((id) => sides.includes(id));
  return answers.every(kept) ? moved : [...ordered];
}

/** One of each list in turn, each id once: [a1, a2], [b1] -> a1, b1, a2. */
function interleave(lists: readonly string[][][]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) for (const id of list[i] ?? []) if (!out.includes(id)) out.push(id);
  return out;
}

function emptyAnswer(question: string): Answer {
  return {
    question,
    status: 'no-question',
    answered: false,
    confidence: 0,
    quotes: [],
    more: [],
    alsoReported: [],
    qa: null,
    contested: null,
    suggestions: [],
    message: null,
    ms: 0,
  };
}

/**
 * The words of the sentence a message's first question follows, when that sentence ends with a
 * colon and asks nothing itself ("yo Asheth compound:" before "what happened??"); else null.
 */
function headingOf(reading: MessageReading): Token[] | null {
  const at = reading.sentences.findIndex((s) => s.question);
  const before = at > 0 ? reading.sentences[at - 1] : undefined;
  return before && !before.question && before.text.endsWith(':') && before.tokens.length > 0
    ? before.tokens
    : null;
}

/**
 * The words of the sentence of story right before a message's first question (right after it
 * when the question comes first); null when there is none.
 */
function nearestStory(
  reading: MessageReading,
  states: (tokens: readonly Token[]) => boolean,
): Token[] | null {
  const at = reading.sentences.findIndex((s) => s.question);
  if (at < 0) return null;
  const told = (s: MessageReading['sentences'][number] | undefined) =>
    s && !s.question && !s.foreign && s.tokens.length > 0 ? s.tokens : null;
  // Past the writer's remarks on what they told, which state nothing the article could hold
  // ("condolences to 'any' personnel killed. very heartfelt. who said that"): the sentence the
  // question points back at is the last one that does.
  for (let i = at - 1; i >= 0; i--) {
    const tokens = told(reading.sentences[i]);
    if (tokens && states(tokens)) return tokens;
    if (!tokens || reading.sentences[i]?.question) break;
  }
  return told(reading.sentences[at - 1]) ?? told(reading.sentences[at + 1]);
}

/** The words that place what happened at a thing: "at the un", "in new york", "with churkin". */
const HAPPENED_AT = new Set(['at', 'in', 'inside', 'with', 'during']);
/** The summary's term: "what happened", "what is going on". */
const HAPPENED: Term = 'c:summary';

/**
 * The sentences, in the article's order, on the one thing a question of what happened names
 * after "at", "in" or "with" and nothing besides ("what happened at the un"): the paragraph that
 * first tells of it, from that sentence on, then the others that name it; none otherwise.
 */
function happenedThere(corpus: Corpus, text: string, analysis: QueryAnalysis): string[] {
  const known = analysis.terms.filter((t) => corpus.index.has(t));
  const named = known.filter((t) => t.startsWith('e:'));
  if (analysis.free.length > 0 || named.length !== 1 || known.length !== 2 || !known.includes(HAPPENED))
    return [];
  const words = tokenize(text).map((t) => t.word);
  const asks = words.findIndex((w) => WH_WORDS.has(w));
  if (asks < 0 || !words.slice(asks + 1).some((w) => HAPPENED_AT.has(w))) return [];
  const name = named[0] as Term;
  const on = corpus.kb.passages.filter((p) => corpus.passageTerms.get(p.id)?.has(name));
  const first = on[0];
  if (!first) return [];
  // The paragraph that first tells of it, whole ("The strikes prompted the Kremlin to request an
  // emergency UN Security Council meeting ... While the session itself was closed to the press,
  // ..."), then the other sentences on it.
  const from = corpus.kb.passages.indexOf(first);
  const opening = corpus.kb.passages.filter(
    (p, i) => i >= from && p.source === first.source && p.paragraph === first.paragraph,
  );
  return [...new Set([...opening, ...on].map((p) => p.id))];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The index of the first question asked in words (a question word, an auxiliary first, a cue)
 * that a message's first question, asked by its "??" alone (DISBELIEF_MARKS), comes before, when it
 * is answered; else -1. A single "?" is left to the readings weighed (withoutSupposed): "the
 * meeting was open to the press right? what did everyone say" asks the first too.
 */
function askedInWordsAfter(
  reading: MessageReading,
  parts: readonly QuestionPartRead[],
  answers: readonly { ids: readonly string[] }[],
): number {
  const supposed = new Set(reading.questions.filter((q) => q.supposed).map((q) => q.text));
  const [first] = parts;
  if (parts.length < 2 || !first || !supposed.has(first.text) || !DISBELIEF_MARKS.test(first.text)) return -1;
  // "62 or 90?? which is it": a choice asked, not a thing supposed.
  if (/\bor\b/i.test(first.text)) return -1;
  // Asked of a topic of its own: "... on purpose?? who's claiming what" asks only who says what the
  // sentence before told.
  const ownTopic = (p: QuestionPartRead) =>
    p.analysis.terms.some((t) => !t.startsWith('e:') && !ONLY_HOW_ASKED.has(t));
  return parts.findIndex(
    (p, i) => i > 0 && !supposed.has(p.text) && ownTopic(p) && (answers[i]?.ids.length ?? 0) > 0,
  );
}
/** Terms that say how a question asks, not what about: who says, who, how many, the sides. */
const ONLY_HOW_ASKED = new Set<Term>(['c:say', 'c:name', 'c:number', ...SIDES_ASKED]);

/**
 * The message with its questions asked by a "?" alone read as context, when another question
 * of it asks otherwise; else null.
 */
function withoutSupposed(reading: MessageReading): MessageReading | null {
  const supposed = reading.questions.filter((q) => q.supposed);
  if (supposed.length === 0 || supposed.length === reading.questions.length) return null;
  const told = new Set(supposed.map((q) => q.text));
  return {
    ...reading,
    questions: reading.questions.filter((q) => !q.supposed),
    context: [...reading.context, ...supposed.flatMap((q) => q.tokens)],
    sentences: reading.sentences.map((s) => (s.question && told.has(s.text) ? { ...s, question: false } : s)),
  };
}

const PERSONAL = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/** Words a fragment may hold besides a later time ("like a week later?", "or days later?"). */
const FRAGMENT_FILLER = new Set([
  'like',
  'or',
  'and',
  'even',
  'say',
  'maybe',
  'so',
  'then',
  'i',
  'mean',
  'what',
  'about',
]);
/**
 * A question's words that only place the question before in time, later than the story: a
 * later cue (chat.yaml laterCues) and filler, nothing asked of its own ("like a week later?").
 */
function laterFragment(corpus: Corpus, words: readonly string[]): boolean {
  const cues = corpus.kb.chat.laterCues.filter((cue) => hasPhrase(words, cue));
  if (cues.length === 0) return false;
  const cueWords = new Set(cues.flatMap((c) => c.split(' ')));
  return words.every((w) => cueWords.has(w) || FRAGMENT_FILLER.has(w));
}

/** A word asking whether a thing was told somewhere: reported, mentioned, seen, confirmed, a source. */
const REPORTED =
  /^(?:report|reports|reported|mention|mentions|mentioned|seen|confirm|confirmed|sources?|published|covered)$/;
/** A pronoun pointing back at the thing a question before asked: "has anyone seen that reported". */
const POINTED_BACK = new Set(['that', 'this', 'it']);

/**
 * "has anyone seen that reported anywhere?", "is this confirmed anywhere": a question asking only
 * whether the thing pointed back at ("that") was reported or seen, naming nothing of the story
 * (no name, no thing beyond saying): it stands or falls with the question before it.
 */
function reportedAsked(analysis: QueryAnalysis): boolean {
  return (
    analysis.words.some((w) => POINTED_BACK.has(w)) &&
    analysis.words.some((w) => REPORTED.test(w)) &&
    analysis.terms.every((t) => t.startsWith('w:') || ASKING_FRAME.has(t))
  );
}

/**
 * The question names someone of the knowledge, whom its pronoun may be ("what did churkin say
 * when he walked out"); a name only related to a word the knowledge lacks is none ("obama": the US).
 */
function namesOwn(analysis: QueryAnalysis): boolean {
  return analysis.terms.some((t) => t.startsWith('e:') && !analysis.factors.has(t));
}
/** "I'm" as typed ("im" is spelt out by the reader). */
const I_AM = new Set(["i'm", 'i’m']);
/** The writer's own side: "our military", "what did we say". */
const WE = new Set(['our', 'we', 'ours']);

/** Words of another language that make a question one the writer asks again in English. */
const MIN_FOREIGN = 2;

/**
 * A question opened by an English question word typed as such ("what did angela merkel say",
 * "whats", "who's"), not "kitna paisa laga restoration?", whose "how much" the chat words gave
 * for Hindi's "kitna".
 */
function askedInEnglish(q: { text: string; tokens: readonly Token[] }): boolean {
  const first = q.tokens[0]?.word ?? '';
  return (
    WH_WORDS.has(first) &&
    q.text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w.startsWith(first))
  );
}

/**
 * Words of a question that are no English word, no word of the knowledge nor related to one, and
 * typed in lower case (a capital marks a name the bot does not know: "who is Jens Stoltenberg").
 */
function foreignWords(analysis: QueryAnalysis, tokens: readonly Token[]): number {
  const named = new Set(tokens.filter((t) => t.raw !== t.raw.toLowerCase()).map((t) => t.word));
  return analysis.free.filter(
    (f) => !f.english && !f.inKnowledge && f.related === undefined && !named.has(f.word),
  ).length;
}
/** "I'm from Russia", "I'm with the council", "I'm in the society". */
const BELONGING = new Set(['from', 'with', 'in', 'on', 'at', 'for']);
const ARTICLES = new Set(['a', 'an', 'the']);
const ASKS = new Set('what who when where why how which did does is was'.split(' '));

/** What a pronoun said, asked: "what did they say", "what are they claiming". */
const PRONOUN_SAID =
  /\b(?:what (?:did|do|does|will|would) (?:they|he|she) (?:say|claim|tell)|what (?:are|is|were|was) (?:they|he|she) (?:saying|claiming))\b/;
/** A story's verbs of saying in the present or past ("X always says ...", "X claimed ..."). */
const STORY_SAYING = new Set([
  'says',
  'said',
  'claims',
  'claimed',
  'insists',
  'insisted',
  'alleges',
  'alleged',
]);
/** Adverbs between a subject and its verb of saying ("always says", "also claimed"). */
const SAYING_ADVERBS = new Set([
  'always',
  'also',
  'just',
  'still',
  'again',
  'often',
  'constantly',
  'usually',
  'now',
]);
/** Words before a verb of saying read as its subject. */
const SUBJECT_WORDS = 3;

/**
 * The names a question before stood on, for a further question that points at them with a
 * pronoun and asks something ("what did she say"): none when it has no such pronoun.
 */
function standsFor(tokens: readonly Token[], before: QueryAnalysis): Term[] {
  if (!tokens.some((t) => PERSONAL.has(t.word))) return [];
  if (!tokens.some((t) => ASKS.has(t.word))) return [];
  return before.terms.filter((t) => t.startsWith('e:'));
}

const quotedAlone = new WeakMap<Corpus, Set<string>>();

/**
 * The single words the passages put in quotation marks on their own (Power's "grandstanding",
 * the US's "regret"), as matchKey(): one of them quoted in a question names its sentence as a
 * fragment of two words does. Read once for each corpus.
 */
function wordsQuotedAlone(corpus: Corpus): Set<string> {
  let words = quotedAlone.get(corpus);
  if (!words) {
    words = new Set();
    for (const passage of corpus.kb.passageById.values())
      for (const m of passage.text.matchAll(/["“]([^"“”]+)["”]/gu)) {
        const key = matchKey(m[1] as string);
        if (key !== '' && !key.includes(' ')) words.add(key);
      }
    quotedAlone.set(corpus, words);
  }
  return words;
}

/**
 * A fragment of the article quoted word for word names its sentence beyond doubt; words quoted
 * (three or more) that no sentence found holds are words the article does not have: the
 * confidence's factor. A follow-up carries the fragments of the turn whose topic it keeps
 * ("someone called it 'an act of war'" -> "who said that?").
 */
function quotedMissing(analysis: QueryAnalysis, verbatim: number): number {
  return !verbatim && analysis.quoted.some((q) => q.split(' ').length >= 3)
    ? TUNING.reading.quotedMissing
    : 1;
}

/**
 * The one contested point every side of which the quotes hold (the toll's 90 and 62, not intent,
 * of which the 90's sentence is one side only); undefined when none or several.
 */
function pointShown(corpus: Corpus, ids: readonly string[]): ResolvedContested | undefined {
  const shown = corpus.kb.contested.filter(
    (point) => point.sides.length > 1 && point.sides.every((side) => side.ids.some((id) => ids.includes(id))),
  );
  return shown.length === 1 ? shown[0] : undefined;
}

/**
 * Does a question weigh sides and name nothing but whom ("do the russians agree?", "who's
 * right?"): no topic of its own?
 */
function onlyWeighsSides(terms: readonly Term[]): boolean {
  return (
    weighsSides(terms) && terms.every((t) => SIDES_ASKED.includes(t) || t.startsWith('e:') || t === 'c:say')
  );
}

/**
 * "answered" of a further question ("and what the americans answer"): a word of no topic the
 * article does not use, which asks only for a reply.
 */
const ANSWERED: Term = 'w:answer';

/**
 * "what did russia accuse the pilots of, and what does the US say": a further question that asks
 * nothing but what someone says or answers, and names someone the first question does not.
 */
function asksOthersWords(terms: readonly Term[], first: readonly Term[]): boolean {
  const named = terms.filter((t) => t.startsWith('e:'));
  return (
    terms.includes('c:say') &&
    named.length > 0 &&
    named.every((t) => !first.includes(t)) &&
    terms.every((t) => t === 'c:say' || t === ANSWERED || t.startsWith('e:'))
  );
}

/**
 * The sentences of the contested points `ids` are sides of (the first point first) that whom
 * `terms` names speaks: their reply on the point. The point of a quote whom the first question
 * names speaks comes first: "who is to blame according to the russians, and what the americans
 * answer" is Russia's "criminal negligence" answered, not Power's words (a side of the UN exchange)
 * that the first question's quotes also hold.
 */
function repliesOn(
  corpus: Corpus,
  ids: readonly string[],
  terms: readonly Term[],
  first: readonly Term[] = [],
): string[] {
  const named = terms.filter((t) => t.startsWith('e:'));
  const asker = first.filter((t) => t.startsWith('e:'));
  const spokenByAsker = (id: string) => asker.some((t) => corpus.passageSpeakers.get(id)?.has(t));
  // Of a quote on two points, the one whose topic the first question asks more of first: "did
  // the americans ever explain themselves or did russia say they didnt" is whether the US
  // explained it, not whether it was a mistake (the White House's regret is a side of both).
  for (const id of [...ids.filter(spokenByAsker), ...ids.filter((id) => !spokenByAsker(id))])
    for (const point of byTopicAsked(corpus, corpus.contestedPoints.get(id) ?? [], first)) {
      const theirs = point.sides
        .flatMap((s) => s.ids)
        .filter((s) => named.some((t) => corpus.passageSpeakers.get(s)?.has(t)));
      const spoken = theirs.filter((s) => !ids.includes(s));
      if (spoken.length > 0) return [...new Set(spoken)];
      // Their side shown already, of the point the first question asks ("has washington gave any
      // explanation and what does moscow think of it": Russia's "no adequate explanation"): that.
      if (theirs.length > 0 && topicAsked(corpus, point, first)) return [...new Set(theirs)];
    }
  return [];
}

/** The terms but those of `left`. */
function without(terms: readonly Term[], left: readonly Term[]): Term[] {
  return terms.filter((t) => !left.includes(t));
}

/** A figure the question gives ("26 soldiers"): a term of digits. */
const FIGURE = /^w:\d/;

/** A term of the story's own: a name (entities.yaml) or a meaning (synonyms.yaml), not a bare word. */
function storyTerm(t: string): boolean {
  return t.startsWith('e:') || t.startsWith('c:');
}

/**
 * "sorry this is not about news", "off topic but ...": the writer marks the message as not about
 * the story, in a phrase of chat.yaml offTopicMarks.
 */
export function offTopicMarked(corpus: Corpus, text: string): boolean {
  const words = tokenize(text).map((t) => t.word);
  return corpus.kb.chat.offTopicMarks.some((mark) => hasPhrase(words, mark));
}

/**
 * Contested points (contested.yaml): where sources disagree, every side is quoted with its
 * speaker, and the side the question names leads.
 */
import type { ResolvedContested } from '../knowledge/model.ts';
import type { Term } from '../text/lexicon.ts';
import { tokenize } from '../text/tokenize.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import { type ContestedPoint, MAX_QUOTES } from './answer.ts';
import { type Corpus, perCorpus, termWeight } from './corpus.ts';
import { TUNING } from './tuning.ts';

/**
 * The concept of sides that differ ("vs", "conflicting", "does australia deny it"): a question
 * that weighs sides asks for every side of the point its quotes are on, whatever its topic words.
 */
const DIFFER: Term = 'c:disagree';
/** The terms of a question that asks for the sides and nothing else. */
export const SIDES_ASKED: readonly Term[] = [DIFFER];
/** The question asks why ("why did the US hit them", "but why would they"). */
export function asksWhy(analysis: { words: readonly string[] }): boolean {
  return analysis.words.includes('why');
}

/** Does a question weigh sides ("who's right", "does australia deny it", "vs")? */
export function weighsSides(terms: readonly Term[]): boolean {
  return terms.includes(DIFFER);
}

/** More than the names of a sentence can weigh. */
const SPEAKER_LEADS = 1000;
/** Less than any name weighs: only breaks a tie between sides naming as much. */
const SPEAKS_TIE = 1e-6;

/**
 * The point an answer was on: of the points its first quote is a side of, the one another of its
 * quotes is a side of too ("which the US claims was unintentional" also gives the 90: shown with
 * Russia's "criminal negligence", the answer was on whether it was a mistake, and "what does
 * russia think" after it asks Russia's side of that, not Moscow's 62). Else its first point.
 */
export function pointShown(corpus: Corpus, quoteIds: readonly string[]): ResolvedContested | undefined {
  return pointsShownFirst(corpus, quoteIds)[0];
}

/** The points of an answer's first quote, the one the answer was on (pointShown) first. */
export function pointsShownFirst(corpus: Corpus, quoteIds: readonly string[]): ResolvedContested[] {
  const first = quoteIds[0];
  if (first === undefined) return [];
  const points = corpus.contestedPoints.get(first) ?? [];
  const others = quoteIds.slice(1, MAX_QUOTES);
  const shown = points.find((point) =>
    point.sides.some((side) => !side.ids.includes(first) && side.ids.some((id) => others.includes(id))),
  );
  return shown ? [shown, ...points.filter((point) => point !== shown)] : [...points];
}

/**
 * A curated answer keeps its order, except on a contested point, where the side of whom (or of
 * the figure) the question names comes first: "Moscow's figure for the dead" leads with Moscow's 62.
 */
export function leadWithNamedSide(
  corpus: Corpus,
  ids: readonly string[],
  known: readonly Term[],
  speakers: readonly Term[] = [],
  /** The speaker asked is named as the source ("according to damascus"): theirs leads. */
  sourced = false,
): string[] {
  // Whom the question names, and the figures it gives: "did the observatory or moscow say 62".
  const named = known.filter((t) => t.startsWith('e:') || /^w:\d+$/.test(t));
  const point = corpus.contestedBySentence.get(ids[0] ?? '');
  // An exchange's sides are each one speaker's words: the entry of whom the question names keeps
  // its order ("what'd power say": hers as curated).
  if (named.length === 0 || !point || point.speakers) return [...ids];
  // The side of the speaker asked leads whatever else the question names: "how many syrian
  // troops did damascus say were killed" wants Damascus's figure, not the sentence about the troops.
  // Not when it names the speakers of several sides: "did the observatory or moscow say 62".
  const speaking = named.filter((t) => ids.some((id) => corpus.passageSpeakers.get(id)?.has(t)));
  const asked = (id: string) =>
    (speaking.length === 1 || sourced) && speakers.some((t) => corpus.passageSpeakers.get(id)?.has(t));
  const overlap = (id: string) => {
    const terms = corpus.passageTerms.get(id);
    const names = terms ? named.reduce((sum, t) => sum + (terms.has(t) ? corpus.index.idf(t) : 0), 0) : 0;
    // Of sides naming as much, the one the named speak leads ("so russia doesn't think it was an
    // accident": Russia's words, not the US's regret relayed "through the Russian government").
    const speaks = named.some((t) => corpus.passageSpeakers.get(id)?.has(t)) ? SPEAKS_TIE : 0;
    return (asked(id) ? names + SPEAKER_LEADS : names) + speaks;
  };
  const scores = new Map(ids.map((id) => [id, overlap(id)]));
  return [...ids].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/**
 * If a quote among the first three is on a contested point the question asks about, make sure
 * every side is quoted within the first three. The first quote stays first when it is not a
 * side of that point ("did the US hit them by accident": the sentence that answers leads, then
 * each side).
 */
export function withEverySide(
  corpus: Corpus,
  ids: string[],
  known: readonly Term[],
  /** The question asks why: a point that is a reason (contested.yaml `reason`) is asked by it. */
  why = false,
  /** The question asks for a yes or a no ("was it?", "did they"): see asksQuotedClaim. */
  yesNo = false,
  /** Speakers the question names who are not asked to speak ("react to power's comments"). */
  notSpeaking: readonly Term[] = [],
  /**
   * The question asks how many ("what was the casualty count of the friendly fire incident"): the
   * point whose every side gives a figure comes before one whose topic it words as much (intent).
   */
  asksCount = known.includes(NUMBER),
  /**
   * The terms the question words itself, not only by a related word ("gone" is only related to
   * a mistake): what a point asked wholly, with no quote of it shown, is asked in.
   */
  worded: readonly Term[] = known,
  /**
   * The terms of the story told around the question: with the sides weighed, they say which
   * point's ("'unintentional' my foot. official US line vs russia's?": whether it was a mistake).
   */
  story: readonly Term[] = [],
): { ordered: string[]; contested: ContestedPoint | null } {
  // The point the question asks most about, among those of the first three quotes. Only when
  // the question is about the disputed point: "how long did the raid last" is answered by the
  // sentence that also gives one of the tolls, but not about the toll.
  let point: ResolvedContested | undefined;
  let best = TUNING.scoring.topicShare;
  let bestTopic = 0;
  let bestCounts = false;
  let bestDisputed = false;
  let bestHeld = 0;
  // The sides weighed, the story around the question says what about ("the Power-Churkin
  // exchange ... what each of them said"); else its words are not asked.
  // A question that asks nothing of its own ("what does the article actually say") takes the
  // story's point only when the story words the whole of its topic.
  const told = known.includes(DIFFER)
    ? [...known, ...story]
    : asksNothingOwn(known) && wholeTopicAsked(corpus, [...known, ...story], true)
      ? [...known, ...story]
      : known;
  const speaking = told.filter((t) => !notSpeaking.includes(t));
  const head = ids.slice(0, MAX_QUOTES);
  // The sides weighed ("what did both ambassadors say"), a point whose whole topic the question
  // words itself (not the story around it) is asked before a point of the quotes none of whose
  // topic it words (the Foreign Ministry's "no adequate explanation", a side of whether the US
  // explained the strike).
  const wholly = known.includes(DIFFER) ? wholeTopicAsked(corpus, known) : undefined;
  for (const id of head) {
    for (const candidate of corpus.contestedPoints.get(id) ?? []) {
      if (candidate === point) continue;
      if (
        wholly &&
        candidate !== wholly &&
        topicShare(corpus, candidate.id, told) < TUNING.scoring.topicShare
      )
        continue;
      // An exchange (contested.yaml `speakers`): "what did power say" asks her side alone;
      // "what did power and churkin say" asks the point, whatever its topic words.
      // Nor by its topic words alone: "which city did the UN diplomats speak to the media in".
      const named = candidate.speakers ? sidesNamedThere(corpus, candidate, speaking) : 0;
      // With the sides weighed, its topic asked too ("the ambassadors, who's right?"): not "did
      // the US and russia agree on a joint investigation".
      if (
        candidate.speakers &&
        named < 2 &&
        !(known.includes(DIFFER) && topicShare(corpus, candidate.id, told) >= TUNING.scoring.topicShare)
      )
        continue;
      const share = Math.max(
        named >= 2 ? 1 : 0,
        topicShare(corpus, candidate.id, told),
        // "why did they bomb them?" answered by a side of why it happened ("which the US claims
        // was unintentional"): the other side's reason too ("criminal negligence").
        why && candidate.reason && id === ids[0] ? 1 : 0,
        // "then why did they bomb them?": why the point's own event happened, in nothing but
        // the point's words, whichever of the first three quotes is its side.
        why && candidate.reason && eventOf(corpus, candidate, known) ? 1 : 0,
        // "why does russia think it happened": why, in the words of one side's speaker alone.
        why && speakerOfReason(corpus, candidate, known) ? 1 : 0,
        known.includes(DIFFER) || givesFigureOf(corpus, candidate, known) ? 1 : 0,
        figureOfWhatSidesCount(corpus, candidate, known) ? 1 : 0,
      );
      // Two points asked as much (the sides weighed, "does anyone else dispute that", of a
      // sentence on two points): the one whose topic the question holds more of.
      const topic = topicShare(corpus, candidate.id, told);
      const counts = asksCount && everySideCounts(corpus, candidate.id);
      // The question names the point's own disputed values, the figures of two sides or more
      // ("90 vs 62, whos saying which"): that point, whatever else another's wording holds.
      const disputed = candidate.sides.length > 1 && sidesFigured(corpus, candidate, known) >= 2;
      const held = candidate.sides.filter((side) => side.ids.some((q) => head.includes(q))).length;
      if (bestDisputed && !disputed) continue;
      if (!disputed && share < best && !(counts && !bestCounts && share >= TUNING.scoring.topicShare))
        continue;
      const before =
        disputed !== bestDisputed
          ? disputed
          : counts === bestCounts
            ? share > best ||
              topic > bestTopic ||
              // Asked as much, the point more of whose sides the first quotes hold: "who's right"
              // answered by a mistake's "which the US claims was unintentional" (also the 90) and
              // Russia's "criminal negligence" is whether it was a mistake.
              (share === best && topic === bestTopic && held > bestHeld)
            : counts;
      if (!point || before)
        [point, best, bestTopic, bestCounts, bestDisputed, bestHeld] = [
          candidate,
          share,
          topic,
          counts,
          disputed,
          held,
        ];
    }
  }
  // The sides weighed, the question (or the story told around it) words most of a point's topic
  // where it words none of the point the quotes are on: that point, each side's first quote
  // leading ("ppl say russia was warned, others say it wasnt told. who's right").
  let fromStory = false;
  if (point && known.includes(DIFFER)) {
    let most = Math.max(bestTopic, STORY_TOPIC);
    for (const other of corpus.kb.contested) {
      if (other === point || other.speakers || bestTopic >= TUNING.scoring.topicShare) continue;
      const share = topicShare(corpus, other.id, told);
      if (share >= most) [point, most, fromStory] = [other, share, true];
    }
  }
  // The sides weighed, the story around the question gives the figures of two sides of a point
  // ("my aunt says 62 and my brother says 90 ... which one is right, and who says which"): that
  // point, each side's first quote leading, whatever the quotes found lead with.
  if (known.includes(DIFFER) && !bestDisputed) {
    const figured = corpus.kb.contested.find(
      (c) => c.sides.length > 1 && sidesFigured(corpus, c, story) >= 2,
    );
    if (figured) [point, fromStory] = [figured, true];
  }
  // Else the point whose sides all say what the question asks: "whats the body count on this
  // deir ezzor thing" words no topic, but every side of the toll counts the dead. Only when no
  // point's topic is asked: "did the us kill the syrian soldiers on purpose" is about intent.
  if (!point)
    point = ids
      .slice(0, MAX_QUOTES)
      .map((id) => corpus.contestedBySentence.get(id))
      .find((c) => c !== undefined && sharedShare(corpus, c, known) >= 1);
  // Else, asked how many, the point every side of which counts what the first quote counts (the
  // whole of its topic): "'dozens of syrian soldiers' is that really the only number?" gets the
  // 90 and the 62 after the "dozens".
  if (!point && asksCount && ids[0]) point = countedByEverySide(corpus, ids[0], worded);
  // Else, for a yes-or-no question, the point whose claim the first quote is quoted making: "the
  // US wasn't going after the syrian army, was it?" asks Australia's "never intentionally target
  // a known Syrian military unit", which Russia and Syria's army dispute.
  if (!point && yesNo && ids[0]) {
    const lead = ids[0];
    point = corpus.contestedPoints.get(lead)?.find((c) => asksQuotedClaim(corpus, c, known, lead));
  }
  // Else, with the sides weighed, the point whose whole topic the question asks, though no quote
  // shown is a side of it: "what did both sides' ambassadors say" is answered first by the
  // reporter's "representatives of both sides used unusually harsh language", then each side.
  // Else the point whose whole topic the question words, though no quote shown is a side of it:
  // "did the pentagon say it was an accident or no" is answered first by the Pentagon's words,
  // then each side of whether it was a mistake.
  // Not an exchange ("what did power say" asks her side alone), nor a point whose topic names
  // whom the question does not ("could the joint peace push with washington end": no Russia).
  if (!point && known.includes(DIFFER)) point = wholeTopicAsked(corpus, told);
  if (!point) point = wholeTopicAsked(corpus, told === known ? worded : [...worded, ...story], true);
  // Else the exchange whose speakers of two sides the question names, asking nothing of them but
  // what their words say ("power vs churkin who said what", "did power and churkin go at each
  // other in public"), though no quote shown is a side of it: the quote that answers leads, then
  // each one's words. Not "did churkin walk out before power spoke", nor "what churkin did when
  // power was about to address the council": no side's words hold the walking out, the address.
  // A summary asked ("tl;dr power vs churkin, who said what", "quick recap") is how, not what.
  if (!point) {
    const exchange = exchangeNamed(corpus, speaking, true);
    const asked = known.filter((t) => !t.startsWith('e:') && t !== SUMMARY);
    if (exchange && !asksOtherThanWords(corpus, exchange, known) && pointSays(corpus, exchange, asked))
      point = exchange;
  }
  // Else, asked why, the reason point (contested.yaml `reason`) whose own event the question
  // names in nothing but the point's words, though no quote shown is a side of it: "why'd the
  // jets hit syrian troops in the first place" is answered by the US military's sortie against
  // IS, then each side of whether it was a mistake. The names it gives are the victims, not
  // speakers asked: each side's first quote, whatever other quotes were found.
  let victimsNamed: string[] | null = null;
  if (!point && why) {
    point = corpus.kb.contested.find((c) => c.reason && !c.speakers && victimsOf(corpus, c, worded));
    if (point) victimsNamed = point.sides.flatMap((side) => side.ids.slice(0, 1));
  }
  // Asked why in the words of one side's speaker alone, that speaker's side leads: "why does
  // russia think it happened" is Russia's "criminal negligence", not the summary that names Russia.
  const spoken = why && point ? speakerOfReason(corpus, point, known) : null;
  const [lead, ...found] = spoken ? [spoken, ...ids.filter((id) => id !== spoken)] : ids;
  const sideFirsts = victimsNamed ?? [];
  const rest = [...sideFirsts.filter((id) => id !== lead), ...found.filter((id) => !sideFirsts.includes(id))];
  if (!point || !lead) return { ordered: ids, contested: null };
  const names = known.filter((t) => t.startsWith('e:'));
  const namedSpeaker = (id: string) =>
    victimsNamed === null && names.some((t) => corpus.passageSpeakers.get(id)?.has(t));
  let ordered: string[];
  if (fromStory) {
    const firsts = sidesOf(corpus, point, known).ordered;
    ordered = [...firsts, ...ids.filter((id) => !firsts.includes(id))];
  } else if (point.sides.some((s) => s.ids.includes(lead)))
    ordered = sidesFrom(point, [lead, ...rest], MAX_QUOTES, namedSpeaker);
  else if (point.sides.length > MAX_QUOTES - 1) return { ordered: ids, contested: null };
  else ordered = [lead, ...sidesFrom(point, rest, MAX_QUOTES - 1, namedSpeaker)];
  return {
    ordered: withSecondPoint(corpus, point, ordered, worded, namedSpeaker),
    contested: described(point, ordered),
  };
}

/**
 * A second point the question asks in the whole of its topic, beside the one answered ("was it a
 * mistake? and how many were killed?"): its sides missing from the first three take the places
 * no side of the first point holds, when they fit (the toll's 90 holds "the US claims was
 * unintentional", so the 90, the 62 and Russia's "criminal negligence").
 */
function withSecondPoint(
  corpus: Corpus,
  point: ResolvedContested,
  ordered: readonly string[],
  known: readonly Term[],
  named: (id: string) => boolean,
): string[] {
  const head = ordered.slice(0, MAX_QUOTES);
  // The quotes that stand for the first point's sides, and the first quote.
  const kept = new Set<string>(head.slice(0, 1));
  for (const side of point.sides) {
    const id = head.find((h) => side.ids.includes(h));
    if (id) kept.add(id);
  }
  for (const other of corpus.kb.contested) {
    if (other === point || other.speakers || !namesOfTopicNamed(corpus, other, known)) continue;
    if (topicShare(corpus, other.id, known) < WHOLE_TOPIC) continue;
    const missing = other.sides.filter((s) => !s.ids.some((id) => head.includes(id)));
    const free = head.map((id, i) => (kept.has(id) ? -1 : i)).filter((i) => i >= 0);
    for (let i = head.length; i < MAX_QUOTES; i++) free.push(i);
    if (missing.length === 0 || missing.length > free.length) continue;
    const picks = missing.map(
      (s) => s.ids.find((id) => ordered.includes(id) && named(id)) ?? s.ids.find(named) ?? s.ids[0],
    );
    // Each pick takes one of the last free places; what it displaces follows the first three.
    const top = [...head];
    const slots = free.slice(free.length - missing.length);
    picks.forEach((pick, k) => {
      if (pick) top[slots[k] ?? top.length] = pick;
    });
    const shown = top.filter((id): id is string => id !== undefined);
    return [...shown, ...ordered.filter((id) => !shown.includes(id))];
  }
  return [...ordered];
}

/**
 * "was it a mistake? what does syria think about that?": the speaker asked is quoted on a side of
 * a contested point the question asks (its topic, TUNING.scoring.topicShare), one of whose sides
 * the first quotes are, though none of them is theirs. Their side's sentence (the first of it
 * they speak), or undefined. Not an exchange, whose sides are each one speaker's words.
 */
export function speakersSide(
  corpus: Corpus,
  ids: readonly string[],
  known: readonly Term[],
  speakers: readonly Term[],
): string | undefined {
  if (speakers.length === 0) return undefined;
  for (const id of ids.slice(0, MAX_QUOTES))
    for (const point of corpus.contestedPoints.get(id) ?? []) {
      // Its topic itself: another wording does not put a speaker's side first.
      if (point.speakers || topicShare(corpus, point.id, known, false) < TUNING.scoring.topicShare) continue;
      const theirs = point.sides
        .flatMap((side) => side.ids)
        .find((q) => speakers.some((t) => corpus.passageSpeakers.get(q)?.has(t)));
      if (theirs) return theirs;
    }
  return undefined;
}

/**
 * Does the question ask nothing of its own, only how ("what does the article actually say",
 * "who's right")? Then the story told around it is what it asks about.
 */
function asksNothingOwn(known: readonly Term[]): boolean {
  return known.length > 0 && known.every((t) => ASKING_TERMS.has(t) || t === SUMMARY);
}

/**
 * The points, those whose topic (or a wording of it) the terms ask (TUNING.scoring.topicShare)
 * more of first; of points asked as much, or not asked, their order in contested.yaml ("what does
 * the US claim" names the US of the explanation's topic, and asks none of it).
 */
export function byTopicAsked(
  corpus: Corpus,
  points: readonly ResolvedContested[],
  known: readonly Term[],
): ResolvedContested[] {
  if (points.length < 2) return [...points];
  const asked = (p: ResolvedContested) => {
    const share = topicShare(corpus, p.id, known);
    return share >= TUNING.scoring.topicShare ? share : 0;
  };
  const share = new Map(points.map((p) => [p, asked(p)]));
  return [...points].sort((a, b) => (share.get(b) ?? 0) - (share.get(a) ?? 0));
}

/** Does the question hold enough of the point's topic (or of a wording of it) to ask it? */
export function topicAsked(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  return topicShare(corpus, point.id, known) >= TUNING.scoring.topicShare;
}

/** The point whose topic the question holds most of, when that is the whole of it (WHOLE_TOPIC). */
function wholeTopicAsked(
  corpus: Corpus,
  known: readonly Term[],
  /** Only a point that is no exchange and whose topic names no one the question does not. */
  plain = false,
): ResolvedContested | undefined {
  let best: ResolvedContested | undefined;
  let most = WHOLE_TOPIC;
  for (const point of corpus.kb.contested) {
    if (plain && (point.speakers || !namesOfTopicNamed(corpus, point, known))) continue;
    const share = topicShare(corpus, point.id, known);
    if (share >= most && (!best || share > most)) [best, most] = [point, share];
  }
  return best;
}

/** Does the question name whom the point's topic names ("US support": the US)? */
function namesOfTopicNamed(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  return [...(corpus.topicTerms.get(point.id) ?? [])].every((t) => !t.startsWith('e:') || known.includes(t));
}

/** The quotes with a quote of every side of the point within the first `slots`. */
function sidesFrom(
  point: ResolvedContested,
  ids: readonly string[],
  slots: number,
  named: (id: string) => boolean = () => false,
): string[] {
  const ordered = [...ids];
  for (const side of point.sides) {
    const head = ordered.slice(0, slots);
    if (side.ids.some((id) => head.includes(id))) continue;
    // The side's quote of a speaker the question names first ("does australia deny it":
    // Australia's, not the White House's), then one the answer has already.
    const pick =
      side.ids.find((id) => ordered.includes(id) && named(id)) ??
      side.ids.find(named) ??
      side.ids.find((id) => ordered.includes(id)) ??
      side.ids[0];
    if (!pick) continue;
    const without = ordered.filter((id) => id !== pick);
    // Insert after the quotes of sides already represented, replacing the weakest.
    const at = Math.min(without.length, slots - 1);
    without.splice(at, 0, pick);
    ordered.splice(0, ordered.length, ...without);
  }
  // Keep the sides within the first `slots`, in the order they were placed.
  const sideOf = (id: string) => point.sides.findIndex((s) => s.ids.includes(id));
  const head = ordered.slice(0, slots);
  const missing = point.sides.filter((s) => !s.ids.some((id) => head.includes(id)));
  if (missing.length > 0) {
    const firstOfEach = point.sides
      .map((s) => s.ids.find((id) => ordered.includes(id)) ?? s.ids[0])
      .filter(Boolean) as string[];
    const rest = ordered.filter((id) => !firstOfEach.includes(id));
    ordered.splice(0, ordered.length, ...firstOfEach.sort((a, b) => sideOf(a) - sideOf(b)), ...rest);
  }
  return ordered;
}

/** The point as the answer shows it: each side with the quotes of it among the first three. */
function described(point: ResolvedContested, ordered: readonly string[]): ContestedPoint {
  const head = ordered.slice(0, MAX_QUOTES);
  return {
    id: point.id,
    topic: point.topic,
    sides: point.sides.map((s) => ({
      label: s.label,
      quoteIds: s.ids.filter((id) => head.includes(id)),
      sources: [],
    })),
  };
}

/** How many words from a figure the topic may be for the figure to be its count ("90 regime troops", "the death toll to 62"; not "40 minutes and killed"). */
const FIGURE_REACH = 2;

/**
 * Does the question give a figure that a side of the point claims ("the strike didnt kill as many
 * as 90 people did it", '"at least 90" vs "62"')? A side's figure is one a word of the point's
 * topic stands right by; the question is then about the point, whatever else it words differently.
 */
function givesFigureOf(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  return sidesFigured(corpus, point, known) > 0;
}

/**
 * Does the question give a figure of what every side of the point counts, a figure no side may
 * claim ("wasnt it like 26 soldiers", "they say the US killed 1000")? A count put forward is a
 * count disputed: the point is asked, each side's figure answering it. Only of a point whose
 * every side gives a figure (the toll), and with a word of its topic beside the figure (the
 * soldiers, the killing; not "did the raid last 30 minutes").
 */
function figureOfWhatSidesCount(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  if (point.speakers || !known.some((t) => FIGURE_TERM.test(t)) || !everySideCounts(corpus, point.id))
    return false;
  const topic = corpus.topicTerms.get(point.id);
  return known.some((t) => t !== NUMBER && !t.startsWith('e:') && topic?.has(t) === true);
}

/**
 * How many sides of the point the question gives the figure of: "90 vs 62" both sides of the
 * toll (the monitor's "at least 90", the governments' "death toll to 62").
 */
function sidesFigured(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): number {
  const figures = new Set(known.filter((t) => /^w:\d/.test(t)));
  if (figures.size === 0) return 0;
  const topic = corpus.topicTerms.get(point.id);
  if (!topic) return 0;
  return point.sides.filter((side) =>
    side.ids.some((id) => {
      const { words, terms } = sideWords(corpus, id);
      return words.some((_, i) => {
        if (!(terms[i] as readonly Term[]).some((t) => figures.has(t))) return false;
        const near = words.slice(Math.max(0, i - FIGURE_REACH), i + FIGURE_REACH + 1);
        return corpus.analyzer.docTerms(near).some((t) => topic.has(t));
      });
    }),
  ).length;
}

/**
 * A side's sentence in words, with each word's terms on its own: read once a corpus, not once a
 * question with a figure (a docTerms a word of every side's sentences).
 */
const sideWords = perCorpus((corpus, id) => {
  const words = tokenize(corpus.kb.passageById.get(id)?.text ?? '');
  return { words, terms: words.map((token) => corpus.analyzer.docTerms([token])) };
});

/**
 * For each side of a point, the speakers of its sentences who speak nowhere else in the
 * knowledge: Power of hers, Churkin of his (not the US or Russia, whose words are everywhere).
 */
const ownSpeakers = perCorpus((corpus, id): Set<Term>[] => {
  const point = corpus.kb.contested.find((c) => c.id === id);
  const sides = point?.sides ?? [];
  const inPoint = new Set(sides.flatMap((side) => side.ids));
  const elsewhere = new Set<Term>();
  for (const [passage, speakers] of corpus.passageSpeakers)
    if (!inPoint.has(passage)) for (const t of speakers) elsewhere.add(t);
  return sides.map(
    (side) =>
      new Set(
        side.ids.flatMap((q) => [...(corpus.passageSpeakers.get(q) ?? [])]).filter((t) => !elsewhere.has(t)),
      ),
  );
});

/** The concept of objecting or pushing back (synonyms.yaml concern). */
const OBJECTION: Term = 'c:concern';

/**
 * Does the question ask, of an exchange (contested.yaml `speakers`) whose speakers it names,
 * something other than their words: a concept no side's sentence holds, beside how it asks?
 * "did churkin stay to listen to power" asks his walking out, which neither side says; not
 * "what did power and churkin say about each other".
 */
export function asksOtherThanWords(
  corpus: Corpus,
  point: ResolvedContested,
  known: readonly Term[],
): boolean {
  return known.some(
    (t) =>
      t.startsWith('c:') &&
      !ASKING_TERMS.has(t) &&
      t !== DIFFER &&
      t !== SUMMARY &&
      !WORDS_TRADED.has(t) &&
      // With the sides weighed, an objection is the other side's answer ("does russia push back
      // on the UN stuff": Churkin's words to Power's).
      !(t === OBJECTION && known.includes(DIFFER)) &&
      !corpus.topicTerms.get(point.id)?.has(t) &&
      !point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t))),
  );
}

/**
 * Words for how people speak to each other in a row (synonyms.yaml): harsh or rude words, the
 * tone, criticising or insulting, a fight or a slanging match. Of an exchange, they ask its words
 * ("what were the insults traded between power and churkin", "re both sides at the UN were
 * shouting at each other, what power and churkin each said"), not something else that happened.
 */
const WORDS_TRADED = new Set<Term>(['c:harsh', 'c:protest-language', 'c:criticize', 'c:fight']);

/** How many sides of the point the question names the own speaker of ("power vs churkin": 2). */
export function sidesNamed(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): number {
  return ownSpeakers(corpus, point.id).filter((speakers) => known.some((t) => speakers.has(t))).length;
}

/**
 * How many sides of an exchange the question names, its own speaker or, with the place the
 * exchange's topic or a wording of it names (the UN), the country that speaker speaks for there
 * (entities.yaml `parent`): at the UN a country speaks through its envoy, so "who was ruder at
 * the UN, the yank or the russian" and "what did russia and the US say at the UN" name Power's
 * side and Churkin's. Without the place, "did the US and russia agree" names no envoy.
 */
export function sidesNamedThere(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): number {
  const places = [
    corpus.topicTerms.get(point.id) ?? new Set<Term>(),
    ...(corpus.topicWordings.get(point.id) ?? []),
  ]
    .flatMap((terms) => [...terms])
    .filter((t) => t.startsWith('e:'));
  const own = sidesNamed(corpus, point, known);
  // A speaker of the exchange named, a country is what the words are about, not an envoy: "what
  // did power say russia was doing at the UN" asks Power's side alone. Asked of anything but
  // words ("was it russia or the US that called the UN meeting"), the countries are who did it.
  if (own > 0 || !places.some((t) => known.includes(t)) || !asksOnlyOfWords(known)) return own;
  const country = (t: Term) => {
    const parent = corpus.kb.entityById.get(t.slice(2))?.parent;
    return parent === undefined ? undefined : `e:${parent}`;
  };
  return ownSpeakers(corpus, point.id).filter((speakers) =>
    [...speakers].some((t) => known.includes(t) || (t.startsWith('e:') && known.includes(country(t) ?? ''))),
  ).length;
}

/**
 * Whether the question asks of nothing but words: each concept it names is one of asking (say,
 * name, differ), of the story, or of how people speak to each other ("who said what at the UN,
 * russia or the US", "who was ruder at the UN, the american or the russian"), not of an event
 * ("who called the UN meeting, russia or the US").
 */
function asksOnlyOfWords(known: readonly Term[]): boolean {
  return known.every(
    (t) => !t.startsWith('c:') || ASKING_TERMS.has(t) || t === SUMMARY || WORDS_TRADED.has(t),
  );
}

/**
 * The exchange (a point of contested.yaml `speakers`) whose speakers of two sides or more the
 * question names: "what did power and churkin say about each other", "power vs churkin".
 */
export function exchangeNamed(
  corpus: Corpus,
  known: readonly Term[],
  /** Count a side named by its speaker's country at the exchange's place too (sidesNamedThere). */
  there = false,
): ResolvedContested | undefined {
  const named = there ? sidesNamedThere : sidesNamed;
  return corpus.kb.contested.find((point) => point.speakers && named(corpus, point, known) >= 2);
}

/** The share of the contested point's topic (by weight) the question covers. */
function topicShare(
  corpus: Corpus,
  pointId: string,
  known: readonly Term[],
  /** Its other wordings count too (contested.yaml `asked`); not for a point that answers alone. */
  worded = true,
): number {
  const topic = corpus.topicTerms.get(pointId);
  if (!topic || topic.size === 0) return 1;
  // Or of another wording of it ("Was Russia told beforehand?"), whichever the question holds
  // more of: each wording's words weigh only against its own.
  const wordings = worded ? (corpus.topicWordings.get(pointId) ?? []) : [];
  return Math.max(
    weightedShare(corpus, topic, known) ?? 1,
    ...wordings.map((w) => weightedShare(corpus, w, known) ?? 0),
  );
}

/** The share (by idf) of `terms` that `known` holds; null when they weigh nothing. */
function weightedShare(corpus: Corpus, terms: Iterable<Term>, known: readonly Term[]): number | null {
  let total = 0;
  let covered = 0;
  for (const t of terms) {
    const w = corpus.index.has(t) ? corpus.index.idf(t) : 0;
    total += w;
    if (known.includes(t)) covered += w;
  }
  return total === 0 ? null : covered / total;
}

/**
 * What every side of a point says, as concepts (not names, not words of one sentence): the
 * dead of the toll's "killed at least 90" and "the death toll to 62". A question about that
 * alone ("whats the body count on this deir ezzor thing") is about the point, as much as one
 * that words its topic. Not their saying it: every side says ("what did both ambassadors say" is
 * not whether the US explained the strike, whose sides share only that).
 */
const sharedBySides = perCorpus((corpus, id): Set<Term> => {
  const point = corpus.kb.contested.find((c) => c.id === id);
  const sides = (point?.sides ?? []).map(
    (side) => new Set(side.ids.flatMap((q) => [...(corpus.passageTerms.get(q) ?? [])])),
  );
  const [first, ...rest] = sides;
  if (!first) return new Set();
  return new Set(
    [...first].filter((t) => t.startsWith('c:') && t !== SAY && rest.every((side) => side.has(t))),
  );
});

/** The share of what every side of the point says (by weight) the question holds. */
function sharedShare(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): number {
  return weightedShare(corpus, sharedBySides(corpus, point.id), known) ?? 0;
}

/** The concept of a number asked ("how many", "casualty count", "toll"). */
export const NUMBER: Term = 'c:number';
/** A figure the question gives ("fewer than 50 died"): a term of digits. */
const FIGURE_TERM = /^w:\d/;
/** The concept of saying ("did russia say ..."). */
const SAY: Term = 'c:say';
/** Terms that say how a point is asked, not what about: said, sides weighed, who, how many. */
const ASKING_TERMS = new Set<Term>([SAY, DIFFER, 'c:name', NUMBER]);
/** The concept of what happened, of the story or the article ("what does the article say"). */
const SUMMARY: Term = 'c:summary';
/** The share of a point's topic (or of a wording of it) a question weighing sides holds to be about it. */
const STORY_TOPIC = 0.5;
/** A share of a point's topic that is the whole of what it asks ("accident or on purpose": intent). */
const WHOLE_TOPIC = 0.7;
/** The share of the question's known weight the point must hold (its topic, its sides' sentences). */
const POINT_HOLDS = 0.6;

/** What the ranking (rank.ts) made of the question's words. */
interface WordsFound {
  known: readonly Term[];
  unknown: readonly FreeWord[];
  unknownWeight: number;
}

/**
 * "ok but was it an accident or nah, sounds sus", "fewer than 50 died right?", "whats the body
 * count, ppl keep posting diff numbers": the question asks a contested point, in words around it
 * the knowledge lacks, so no sentence matches it surely enough; the point itself answers it, every
 * side. A point is asked in other words when the question holds the whole of its topic (by weight,
 * WHOLE_TOPIC), or enough of it (TUNING.scoring.topicShare) with the sides weighed or a figure given
 * for a point whose sides give figures; when what it holds is mostly the point's (its topic, what
 * its sides' sentences say, how it is asked: POINT_HOLDS); and when the words the knowledge lacks
 * weigh less than that. Not with a quoted fragment (words the article may not have) nor a name the
 * knowledge lacks ("did kerry n lavrov talk").
 */
export function pointInOtherWords(
  corpus: Corpus,
  analysis: Pick<QueryAnalysis, 'terms' | 'factors' | 'quoted' | 'context'> & { everyOne?: boolean },
  ranking: WordsFound,
  /** Speakers the question names who are not asked to speak ("what did the mayor say about X"). */
  notSpeaking: readonly Term[] = [],
): ResolvedContested | undefined {
  if (ranking.unknown.some((w) => !w.english)) return undefined;
  // Words quoted are the article's own or not; a point is asked by them only when they are its
  // topic ("how to explain 'was it an accident' - what does each side claim?").
  const quotedTerms = analysis.quoted.map((q) => corpus.analyzer.analyzeQuery(q));
  if (quotedTerms.some((q) => q.free.some((f) => !f.inKnowledge))) return undefined;
  const figures = analysis.terms.filter((t) => FIGURE_TERM.test(t));
  const weight = (t: Term) => termWeight(corpus, t) * (analysis.factors.get(t) ?? 1);
  // The question's own words: "what am i doing wrong" is only related to a mistake (WordNet), and
  // "behind" of "was there intent behind it" only to a closed session; such terms are what the
  // unknown weight already counts the rest of. So is a word among English's commonest ("put",
  // "big": QueryAnalysis.common), weighing less: it says little of the point's topic.
  const own = ranking.known.filter((t) => (analysis.factors.get(t) ?? 1) >= 1);
  const asked = [...new Set([...own, ...figures])];
  const total = asked.reduce((sum, t) => sum + weight(t), 0);
  const speaking = analysis.terms.filter((t) => !notSpeaking.includes(t));
  // The sides weighed and nothing else asked ("can someone give me both from the DW piece"
  // after a story of the numbers): the story says which point's.
  const told =
    weighsSides(asked) && asksNothingOwn(own.filter((t) => !isMedia(corpus, t)))
      ? [...own, ...analysis.context]
      : own;
  const storyTold = told === own ? [] : analysis.context;
  for (const point of corpus.kb.contested) {
    // An exchange is asked in other words only by naming the speakers of two of its sides
    // ("power vs churkin at the UN was messy af, who said what"): "what did the syrian envoy
    // say" holds its whole topic, and the article has no such envoy's words.
    // Or by weighing sides, or asking what each of them said ("both ambassadors"), of what the
    // exchange's topic (or a wording of it) names: "us vs russia at the un what went down", "why
    // was there a fight at the UN, what did both ambassadors say" ask each one's words; not "did
    // the two ambassadors meet after the session".
    const eachSaid = analysis.everyOne === true && asked.some((t) => t === SAY || WORDS_TRADED.has(t));
    if (
      point.speakers &&
      sidesNamed(corpus, point, speaking) < 2 &&
      !((weighsSides(asked) || eachSaid) && topicShare(corpus, point.id, told) >= TUNING.scoring.topicShare)
    )
      continue;
    // Its topic itself: another wording quotes every side of an answer found, but answers no
    // question alone ("why didn't the russians object then?" after the Pentagon's "beforehand").
    const share = point.speakers ? 1 : topicShare(corpus, point.id, told, false);
    // A figure given in the question, or in the story told around it ("one guy swears it's 62,
    // another says 90. Who is actually behind each figure?").
    const counted =
      (figures.length > 0 || analysis.context.some((t) => FIGURE_TERM.test(t))) &&
      pointFigures(corpus, point.id);
    if (!(share >= WHOLE_TOPIC || (share >= TUNING.scoring.topicShare && (weighsSides(asked) || counted))))
      continue;
    const topic = corpus.topicTerms.get(point.id);
    const said = (t: Term) =>
      ASKING_TERMS.has(t) ||
      topic?.has(t) ||
      (point.speakers && WORDS_TRADED.has(t)) ||
      (counted && FIGURE_TERM.test(t)) ||
      point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t)));
    // Whom the question names is the point's, a speaker or a name of its sides: "how many IS dudes
    // got killed" asks IS's dead, which neither side of the toll counts.
    // (Not the source it is read in: "from the DW piece".)
    if (analysis.terms.some((t) => t.startsWith('e:') && !said(t) && !isMedia(corpus, t))) continue;
    // Quoted words all of the point's topic or how it is asked: a question quoted, not a claim
    // whose words are to be found ('"this was a deliberate act of war" — did someone say that?').
    // Or of another wording of it: "'we told u' ... 'no u didnt coordinate'" of whether Russia was told.
    const wordings = corpus.topicWordings.get(point.id) ?? [];
    const topical = (t: Term) =>
      ASKING_TERMS.has(t) ||
      topic?.has(t) ||
      wordings.some((w) => w.has(t)) ||
      (counted && FIGURE_TERM.test(t));
    if (quotedTerms.some((q) => q.terms.length === 0 || !q.terms.every(topical))) continue;
    // And whom the topic names, the question names: "US support" is not asked by "did the russians
    // show any data to back it up".
    // Named in the story the sides are weighed of, they are named ("the Russians are mad the US
    // won't coordinate ... how does each side put it").
    if (
      [...(topic ?? [])].some(
        (t) => t.startsWith('e:') && !analysis.terms.includes(t) && !storyTold.includes(t),
      )
    )
      continue;
    // Related words count here ("stay" of "did churkin stay to listen to power": walking out).
    if (point.speakers && asksOtherThanWords(corpus, point, ranking.known)) continue;
    // The article itself, like a medium, is where the point is read ("real numbers per article?").
    const held = asked.reduce(
      (sum, t) => sum + (said(t) || isMedia(corpus, t) || t === SUMMARY ? weight(t) : 0),
      0,
    );
    if (held >= POINT_HOLDS * total && ranking.unknownWeight < held) return point;
  }
  return undefined;
}

/** Is the term a name of a news medium (DW, Reuters): where a story is read, not whom it is about? */
function isMedia(corpus: Corpus, t: Term): boolean {
  return t.startsWith('e:') && corpus.kb.entityById.get(t.slice(2))?.kind === 'media';
}

/**
 * The point every side of which gives a figure (everySideCounts) of what the quote `lead`, no side
 * of it, counts too: the lead holds the point's whole topic and a count ("killed dozens of Syrian
 * soldiers" of the toll). Only when the question asks nothing but the point's topic, how it is
 * asked, and names the lead or the sides name ("how many minutes did the raid last" asks a
 * duration; "how many IS fighters died" names whom no side counts). Else undefined.
 */
function countedByEverySide(
  corpus: Corpus,
  lead: string,
  known: readonly Term[],
): ResolvedContested | undefined {
  const held = corpus.passageTerms.get(lead);
  if (!held?.has(NUMBER) || corpus.contestedPoints.has(lead)) return undefined;
  return corpus.kb.contested.find((point) => {
    const topic = corpus.topicTerms.get(point.id);
    if (point.speakers || !topic || topic.size === 0 || !everySideCounts(corpus, point.id)) return false;
    if (![...topic].every((t) => held.has(t))) return false;
    const named = (t: Term) =>
      held.has(t) || point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t)));
    return known.every((t) => ASKING_TERMS.has(t) || topic.has(t) || (t.startsWith('e:') && named(t)));
  });
}

/** Does a side of the point give a figure ("at least 90", "62")? */
const pointFigures = perCorpus((corpus, id): boolean => {
  const point = corpus.kb.contested.find((c) => c.id === id);
  return !!point?.sides.some((side) =>
    side.ids.some((q) => [...(corpus.passageTerms.get(q) ?? [])].some((t) => FIGURE_TERM.test(t))),
  );
});

/**
 * Does every side of the point give a figure (the toll's "at least 90" and "62"; not intent,
 * one of whose sides only shares a sentence with a figure)?
 */
const everySideCounts = perCorpus((corpus, id): boolean => {
  const point = corpus.kb.contested.find((c) => c.id === id);
  return (
    !!point &&
    point.sides.every((side) =>
      side.ids.some((q) => [...(corpus.passageTerms.get(q) ?? [])].some((t) => FIGURE_TERM.test(t))),
    )
  );
});

/**
 * The point as the answer: the first quote of each side, the side of whom (or of the figure) the
 * question names first.
 */
export function sidesOf(
  corpus: Corpus,
  point: ResolvedContested,
  known: readonly Term[],
  /** The places the sides' first quotes leave filled with their next ones (nextOfSides). */
  fill = false,
): { ordered: string[]; contested: ContestedPoint } {
  const firsts = point.sides.flatMap((side) => side.ids.slice(0, 1));
  const ordered = leadWithNamedSide(corpus, firsts, known);
  if (fill) ordered.push(...nextOfSides(point, ordered));
  return { ordered, contested: described(point, ordered) };
}

/**
 * A point's sides shown by their first quotes leave places of the three: each holds a side's next
 * quote, the side shown last first (the one answering: "what was the UN fight about, both sides"
 * gets Churkin's "a very big question mark" beside his "serious trouble").
 */
function nextOfSides(point: ResolvedContested, shown: readonly string[]): string[] {
  const next: string[] = [];
  const sides = shown
    .map((id) => point.sides.find((s) => s.ids.includes(id)))
    .filter((s): s is ResolvedContested['sides'][number] => s !== undefined)
    .reverse();
  for (let k = 1; shown.length + next.length < MAX_QUOTES; k++) {
    const more = sides.map((s) => s.ids[k]).filter((id): id is string => id !== undefined);
    if (more.length === 0) break;
    next.push(...more.slice(0, MAX_QUOTES - shown.length - next.length));
  }
  return next;
}

/**
 * The quote of a reason point (contested.yaml `reason`) whose speaker is the one the question
 * names, when it names one and asks nothing but what they say happened ("why does russia think it
 * happened"): the first such quote of the one side that speaker speaks; else null.
 */
function speakerOfReason(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): string | null {
  if (!point.reason) return null;
  const names = known.filter((t) => t.startsWith('e:'));
  const [name] = names;
  if (name === undefined || names.length > 1) return null;
  if (!known.every((t) => t === name || t === SUMMARY || ASKING_TERMS.has(t))) return null;
  const spokenBy = (id: string) => corpus.passageSpeakers.get(id)?.has(name) === true;
  const sides = point.sides.filter((s) => s.ids.some(spokenBy));
  return sides.length === 1 ? (sides[0]?.ids.find(spokenBy) ?? null) : null;
}

/**
 * Does the question name the event a reason point is about ("bomb" of "Was the strike a
 * mistake?"), and nothing the point does not say: every term it holds is the point's topic, a
 * term of its sides' sentences, or how it is asked ("why did the US bomb the syrian soldiers";
 * not "why did the US stop the strike", whose stopping no side says)?
 */
function eventOf(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  const topic = corpus.topicTerms.get(point.id);
  if (!topic || !known.some((t) => topic.has(t))) return false;
  return known.every(
    (t) =>
      ASKING_TERMS.has(t) ||
      topic.has(t) ||
      point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t))),
  );
}

/**
 * Does the question name the reason point's own event done to whom its sides name: a word of the
 * topic's event ("hit", "bomb"), every name it gives held by a side's sentence ("syrian"), and a
 * word of the victims those sentences hold ("troops", "soldiers")? Words around them it may add
 * ("the jets", "in the first place").
 */
function victimsOf(corpus: Corpus, point: ResolvedContested, known: readonly Term[]): boolean {
  const topic = corpus.topicTerms.get(point.id);
  if (!topic || !known.some((t) => topic.has(t))) return false;
  const held = (t: Term) =>
    point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t)));
  const names = known.filter((t) => t.startsWith('e:'));
  return (
    names.length > 0 &&
    names.every(held) &&
    known.some((t) => !t.startsWith('e:') && !topic.has(t) && !ASKING_TERMS.has(t) && held(t))
  );
}

/** Words a yes-or-no question starts with ("did the US ...", "is australia backing daesh"). */
const AUXILIARIES = new Set(
  'is was were are am did does do has have had can could will would should'.split(' '),
);
/** Subjects of a question tag ("..., was it?", "..., did they"). */
const TAG_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'there']);

/**
 * Does the question ask for a yes or a no: it starts with an auxiliary ("is australia backing
 * daesh"), or ends with a question tag ("the US wasn't going after the syrian army, was it?")
 * or "right"?
 */
export function asksYesOrNo(words: readonly string[]): boolean {
  const [first] = words;
  if (first === undefined) return false;
  const last = words.at(-1) ?? '';
  return (
    AUXILIARIES.has(first) ||
    last === 'right' ||
    (words.length > 2 && TAG_SUBJECTS.has(last) && AUXILIARIES.has(words.at(-2) ?? ''))
  );
}

/**
 * Does the question ask, in nothing but the words of the side `lead` belongs to, whether what
 * that side is quoted claiming about the point is so? Every term it holds other than names,
 * figures, how it asks and the point's own topic is a word of a quotation of `lead` that is about
 * the point (holds a word of its topic or of the side's label): "the US wasn't going after the
 * syrian army, was it?" is Australia's "never intentionally target a known Syrian military unit",
 * the claim Russia and Syria's army dispute. Not what the side said beside its claim ("did the US
 * apologise": the White House's "regret" holds no word of a mistake), nor what the sentence
 * tells outside its quotations ("was the raid at night": "In the Sunday statement").
 */
function asksQuotedClaim(
  corpus: Corpus,
  point: ResolvedContested,
  known: readonly Term[],
  lead: string,
): boolean {
  // "did russia say the US helped IS" asks what one side says: that side answers it.
  if (known.includes(SAY)) return false;
  const topic = corpus.topicTerms.get(point.id);
  const claim = known.filter(
    (t) => !t.startsWith('e:') && !FIGURE_TERM.test(t) && !ASKING_TERMS.has(t) && !topic?.has(t),
  );
  const quoted = claimsQuoted(corpus, point.id).get(lead);
  if (claim.length === 0 || !quoted) return false;
  // Of an exchange, whose sides are each one speaker's charges, the charge may be put with what it
  // is about, told around the quotation ("was russia's UN meeting a stunt?": Power's "stunt", of
  // "calling for the UN meeting"): the other speaker's words answer it.
  const told = point.speakers ? corpus.passageTerms.get(lead) : undefined;
  return claim.some((t) => quoted.has(t)) && claim.every((t) => quoted.has(t) || told?.has(t) === true);
}

/**
 * For each sentence of a point's sides, the terms of its quotations about the point: those that
 * hold a term of the point's topic or of the side's label (names and how a point is asked aside).
 * Australia's "never intentionally target a known Syrian military unit or actively support Daesh
 * [IS]" holds "intentionally", a mistake; the White House's "regret" none.
 */
const claimsQuoted = perCorpus((corpus, id): Map<string, Set<Term>> => {
  const claims = new Map<string, Set<Term>>();
  const point = corpus.kb.contested.find((c) => c.id === id);
  const topic = corpus.topicTerms.get(id) ?? new Set<Term>();
  for (const side of point?.sides ?? []) {
    const about = new Set(
      [...topic, ...corpus.analyzer.docTerms(tokenize(side.label))].filter(
        (t) => !t.startsWith('e:') && !ASKING_TERMS.has(t),
      ),
    );
    for (const sentence of side.ids) {
      const terms = claims.get(sentence) ?? new Set<Term>();
      for (const quotation of quotations(corpus.kb.passageById.get(sentence)?.text ?? '')) {
        const said = corpus.analyzer.docTerms(tokenize(quotation));
        if (said.some((t) => about.has(t))) for (const t of said) terms.add(t);
      }
      claims.set(sentence, terms);
    }
  }
  return claims;
});

/** The quotations of a sentence: the words between double quotation marks, straight or curly. */
function quotations(text: string): string[] {
  return [...text.matchAll(/["\u201c]([^"\u201c\u201d]+)["\u201d]/g)].map((m) => m[1] ?? '');
}

/**
 * Does the point say every term of `terms` the knowledge has: its topic, a term of its sides'
 * sentences, or how a point is asked? "who says it was a mistake and who says it wasn't" of
 * intent; not "injured count though?" of the toll (the wounded are no side's).
 */
export function pointSays(corpus: Corpus, point: ResolvedContested, terms: readonly Term[]): boolean {
  const topic = corpus.topicTerms.get(point.id);
  return terms.every(
    (t) =>
      !corpus.index.has(t) ||
      ASKING_TERMS.has(t) ||
      topic?.has(t) ||
      point.sides.some((side) => side.ids.some((id) => corpus.passageTerms.get(id)?.has(t))),
  );
}

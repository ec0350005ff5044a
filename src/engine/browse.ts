/**
 * Browsing the knowledge base without asking a question: autocomplete for questions and
 * speakers, quotes by speaker, the key facts, the timeline, a sentence's paragraph and the
 * source. Used by the Discord commands and the terminal chat.
 *
 * Every quote comes from engine.quote(id): verbatim sentences with their attribution.
 * Indexes are built once per Engine (a knowledge reload builds a new Engine, so they never
 * go stale) and kept in a WeakMap, so autocomplete on every keystroke only searches.
 */

import Fuse from 'fuse.js';
import type { ResolvedQa, SourceInfo } from '../knowledge/model.ts';
import { editDistance } from '../text/edit-distance.ts';
import { matchKey } from '../text/normalize.ts';
import { TypoIndex } from './analyzer.ts';
import type { ContestedPoint, Quote, Speaker } from './answer.ts';
import type { Engine } from './engine.ts';
import { PrefixIndex, WordIndex } from './text-index.ts';
import { TUNING } from './tuning.ts';

const {
  maxTyped,
  minFuzzy,
  fuzzySpread,
  maxFuzzyWords,
  maxFuzzyWordLength,
  maxKeyLength,
  speakerThreshold,
  speakerTypoMinLength,
  speakerTypoScore,
  speakerFuzzyFactor,
} = TUNING.autocomplete;

/** Lower case, no accents, no possessive apostrophes, punctuation as spaces: "Russia's" = "russias". */
function normalize(text: string): string {
  return matchKey(text.slice(0, maxKeyLength));
}

/** A name without a leading article: "the Pentagon" = "Pentagon". */
function normalizeName(text: string): string {
  return normalize(text).replace(/^the /, '');
}

/**
 * How well typed text matches a candidate's texts (the main one first), for autocomplete; lower
 * is better, null is no match. 0: the main text starts with it; 1: another text does; 2: every
 * typed word is a word of the main text (the last one may be half typed); 3: of another text.
 */
function literalTier(typed: string, typedWords: readonly string[], texts: readonly string[]): number | null {
  let best: number | null = null;
  const last = typedWords.length - 1;
  texts.forEach((text, i) => {
    const other = i === 0 ? 0 : 1;
    let tier: number | null = null;
    if (text.startsWith(typed)) tier = other;
    else {
      const words = text.split(' ');
      const all = typedWords.every((w, k) =>
        k === last ? words.some((x) => x.startsWith(w)) : words.includes(w),
      );
      if (all) tier = 2 + other;
    }
    if (tier !== null && (best === null || tier < best)) best = tier;
  });
  return best;
}

/** Fuzzy hits close to the best one, best first. */
function closeHits<T>(fuse: Fuse<T>, query: string, limit: number): T[] {
  const words = query
    .split(' ')
    .filter((w) => w.length <= maxFuzzyWordLength)
    .slice(0, maxFuzzyWords);
  if (words.join('').length < minFuzzy) return [];
  const hits = fuse.search(words.join(' '), { limit });
  const best = hits[0]?.score ?? 0;
  return hits.filter((h) => (h.score ?? 1) <= best + fuzzySpread).map((h) => h.item);
}

// --- indexes, one per engine ------------------------------------------------------------

interface QuestionEntry {
  qa: ResolvedQa;
  /** Normalised main question first, then the paraphrases. */
  texts: string[];
}

interface SpeakerEntry {
  id: string;
  label: string;
  /** Normalised name (the main one), label, id, role and aliases. */
  names: string[];
  /** Quotes credited to it, its child entities, or joint speakers it is a member of. */
  quoteIds: string[];
}

interface BrowseIndex {
  questions: QuestionEntry[];
  /** Wordings by prefix and by word, for autocomplete on every keystroke. */
  questionPrefix: PrefixIndex;
  questionWords: WordIndex;
  qaById: Map<string, ResolvedQa>;
  /** Every whole word of the curated wordings, to tell a finished word from one being typed. */
  wholeWords: Set<string>;
  /** Those words by how often the wordings use them, and filed for typo lookups (a slip typed). */
  wordCounts: Map<string, number>;
  wordTypos: WordTypos;
  starters: string[];
  speakers: SpeakerEntry[];
  speakerFuse: Fuse<{ entry: number; name: string }>;
  /** Every entity name, normalised, to the entity id. */
  entityByName: Map<string, string>;
  /** Case-sensitive aliases ("IS", "US") as written. */
  entityByExactAlias: Map<string, string>;
}

const indexes = new WeakMap<Engine, BrowseIndex>();

/** Autocomplete on prefixes of the curated questions, as typed, for about `budgetMs` (see primeEngine). */
export function primeBrowsing(engine: Engine, budgetMs = TUNING.warmUp.primeBrowsingMs): void {
  const { primeBrowsingQuestions, primePrefixes } = TUNING.warmUp;
  const typed = engine.kb.qa
    .slice(0, primeBrowsingQuestions)
    .flatMap((q) => primePrefixes.map((n) => q.question.slice(0, n)));
  const started = performance.now();
  do for (const t of typed) suggestQuestions(engine, t);
  while (performance.now() - started < budgetMs);
}

/**
 * Builds the browsing indexes now and runs autocomplete once (see readyEngine). With the engine
 * served until now (a reload), what depends only on its passages and entities, when they are the
 * very same objects, is taken from its indexes (the speakers: a pass over every passage).
 */
export function prepareBrowsing(engine: Engine, previous?: Engine): void {
  for (const _ of preparingBrowsing(engine, previous));
}

/** prepareBrowsing in steps: it pauses (yields) after the indexes and after each autocomplete. */
export function* preparingBrowsing(engine: Engine, previous?: Engine): Generator<void, void> {
  const before = previous && indexes.get(previous);
  if (previous && before && !indexes.has(engine)) {
    indexes.set(engine, yield* buildingBrowseIndex(engine, { previous, index: before }));
    yield;
  }
  for (const typed of ['', 'how', 'how many sol', 'what did the']) {
    suggestQuestions(engine, typed);
    yield;
  }
  suggestSpeakers(engine, 'a');
}

function browseIndex(engine: Engine): BrowseIndex {
  let index = indexes.get(engine);
  if (!index) {
    index = buildBrowseIndex(engine);
    indexes.set(engine, index);
  }
  return index;
}

function buildBrowseIndex(engine: Engine, from?: { previous: Engine; index: BrowseIndex }): BrowseIndex {
  const steps = buildingBrowseIndex(engine, from);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** buildBrowseIndex in steps: it pauses (yields) between its parts (a reload, see preparingBrowsing). */
function* buildingBrowseIndex(
  engine: Engine,
  from?: { previous: Engine; index: BrowseIndex },
): Generator<void, BrowseIndex> {
  const { kb } = engine;
  const questionsPart = yield* questionIndexes(engine, from?.index);
  const before = from?.previous.kb;
  if (
    from &&
    before?.passages === kb.passages &&
    before.entities === kb.entities &&
    before.entityById === kb.entityById
  ) {
    const { speakers, speakerFuse, entityByName, entityByExactAlias } = from.index;
    return { ...questionsPart, speakers, speakerFuse, entityByName, entityByExactAlias };
  }
  return { ...questionsPart, ...speakerIndexes(engine) };
}

/**
 * The curated wordings' words filed for typo lookups: a TypoIndex of the words of a build from
 * scratch, and after an edit the words that came since, in a small TypoIndex of their own, and
 * those that went, left out of what the first finds (issue 15: an edit adding a word filed every
 * word's keys again, 60,000 at 50,000 passages). Finds the words a TypoIndex of the words now
 * finds; closestWord's choice among them does not depend on their order.
 */
class WordTypos {
  private constructor(
    private readonly base: TypoIndex,
    /** The words that came since `base` was built, and their own index. */
    private readonly came: ReadonlySet<string>,
    private readonly cameIndex: TypoIndex,
    /** The words of `base` that went since. */
    private readonly gone: ReadonlySet<string>,
  ) {}

  /** `from`: the one of the index served until now, whose keys are taken where they can be (see TypoIndex). */
  static *building(words: Iterable<string>, from?: WordTypos): Generator<void, WordTypos> {
    const base = yield* TypoIndex.building(words, from?.base);
    return new WordTypos(base, new Set(), new TypoIndex(), new Set());
  }

  /**
   * The words after an edit: these came (no word of this index), these went (words of it). Filed
   * from scratch once the words that came or went since the build from scratch are many.
   */
  *patched(came: readonly string[], gone: readonly string[], all: () => Iterable<string>) {
    if (came.length === 0 && gone.length === 0) return this;
    const nowCame = new Set(this.came);
    const nowGone = new Set(this.gone);
    for (const word of gone) if (!nowCame.delete(word)) nowGone.add(word);
    for (const word of came) if (!nowGone.delete(word)) nowCame.add(word);
    if (nowCame.size + nowGone.size > WORD_TYPOS_APART) return yield* WordTypos.building(all(), this);
    const cameIndex =
      came.length === 0 && nowCame.size === this.came.size ? this.cameIndex : new TypoIndex(nowCame);
    return new WordTypos(this.base, nowCame, cameIndex, nowGone);
  }

  /** Words that may be within `edits` of `word` (see TypoIndex.candidates), in no given order. */
  candidates(word: string, edits: number): Set<string> {
    const found = this.base.candidates(word, edits);
    for (const gone of this.gone) found.delete(gone);
    for (const came of this.cameIndex.candidates(word, edits)) found.add(came);
    return found;
  }
}

/** How many words may come or go after autocomplete's typo index was built before it is built again. */
const WORD_TYPOS_APART = 512;

/** How many curated wordings are counted between two pauses of a build in steps. */
const WORDING_STEP = 500;

/** The indexes of the curated questions (`before`: those of the engine served until now). */
function* questionIndexes(engine: Engine, before?: BrowseIndex) {
  const { kb } = engine;
  // An entry that is the very same object as one of the index served until now keeps its texts.
  const known = new Map(before?.questions.map((q) => [q.qa, q]));
  const questions = kb.qa.map(
    (qa) => known.get(qa) ?? { qa, texts: [qa.question, ...qa.paraphrases].map(normalize) },
  );
  const wordings = questions.flatMap((q, entry) =>
    q.texts.map((text, i) => ({ text, entry, rank: i === 0 ? 0 : 1 })),
  );
  yield;
  // The entries an edit changed (each at its place, with as many wordings), or null for another change.
  const changed =
    before && before.questions.length === questions.length
      ? new Set(questions.flatMap((q, k) => (q === before.questions[k] ? [] : [k])))
      : null;
  const sameLayout =
    changed !== null && questions.every((q, k) => q.texts.length === before?.questions[k]?.texts.length);
  const questionPrefix =
    before && changed && sameLayout
      ? before.questionPrefix.patched(wordings, changed)
      : yield* PrefixIndex.building(wordings);
  yield;
  // The entries an edit changed, each with its texts before and after: their words alone are
  // counted again and filed again (counting and filing every wording again was most of a reload's
  // autocomplete at 50,000 passages).
  const changes =
    before && changed
      ? [...changed].map((k) => ({
          entry: k,
          before: (before.questions[k] as QuestionEntry).texts,
          after: (questions[k] as QuestionEntry).texts,
        }))
      : null;
  let wordCounts: Map<string, number>;
  let questionWords: WordIndex;
  let wordTypos: WordTypos;
  if (before && changes) {
    const patched = patchedCounts(before.wordCounts, changes);
    wordCounts = patched.counts;
    questionWords = before.questionWords.patched(changes);
    yield;
    wordTypos = yield* before.wordTypos.patched(patched.came, patched.gone, () => wordCounts.keys());
  } else {
    wordCounts = new Map<string, number>();
    // In chunks, each a plain function: V8 runs a generator's own loops unoptimised.
    for (let i = 0; i < wordings.length; i += WORDING_STEP) {
      if (i > 0) yield;
      countWords(wordings, i, Math.min(i + WORDING_STEP, wordings.length), wordCounts);
    }
    questionWords = yield* WordIndex.building(wordings);
    yield;
    wordTypos = yield* WordTypos.building(wordCounts.keys(), before?.wordTypos);
  }
  yield;
  const qaById = new Map(kb.qa.map((q) => [q.id, q]));
  // The engine's own default suggestions lead, then every other entry that has a topic.
  const topical = kb.qa.filter((q) => q.topic).map((q) => q.question);
  const starters = [...new Set([...engine.defaultSuggestions(), ...topical])];
  return {
    questions,
    questionPrefix,
    questionWords,
    qaById,
    wholeWords: new Set(wordCounts.keys()),
    wordCounts,
    wordTypos,
    starters,
  };
}

/** Counts the words of `wordings[from..to)` into `counts`. */
function countWords(
  wordings: readonly { text: string }[],
  from: number,
  to: number,
  counts: Map<string, number>,
): void {
  for (let i = from; i < to; i++)
    for (const word of (wordings[i] as { text: string }).text.split(' '))
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/**
 * The word counts of the wordings once the `changes` are made, from the counts before them: a word
 * no wording uses any more is left out (and listed in `gone`), a new one comes last (and is listed
 * in `came`). The words are then in another order than counting afresh gives (the order they were
 * first used in); nothing reads that order, and closestWord's choice does not depend on it.
 */
function patchedCounts(
  counts: ReadonlyMap<string, number>,
  changes: readonly { before: readonly string[]; after: readonly string[] }[],
): { counts: Map<string, number>; came: string[]; gone: string[] } {
  const patched = new Map(counts);
  const gone = new Set<string>();
  for (const { before } of changes)
    for (const text of before)
      for (const word of text.split(' '))
        if (word) {
          const n = (patched.get(word) ?? 0) - 1;
          patched.set(word, n);
          if (n === 0) gone.add(word);
        }
  const came: string[] = [];
  for (const { after } of changes)
    for (const text of after)
      for (const word of text.split(' '))
        if (word) {
          const n = patched.get(word);
          if (n === undefined) came.push(word);
          patched.set(word, (n ?? 0) + 1);
        }
  const went: string[] = [];
  for (const word of gone)
    if (patched.get(word) === 0) {
      patched.delete(word);
      went.push(word);
    }
  return { counts: patched, came, gone: went };
}

/** The indexes of the speakers: what depends only on the passages and the entities. */
function speakerIndexes(engine: Engine) {
  const { kb } = engine;
  const entityByExactAlias = new Map<string, string>();
  for (const e of kb.entities)
    for (const alias of e.caseSensitiveAliases) entityByExactAlias.set(alias, e.id);
  const entityByName = new Map<string, string>();
  for (const e of kb.entities) {
    for (const name of [e.id, e.name, e.label, ...e.aliases]) {
      const key = name && normalizeName(name);
      // entities.yaml keeps names unique (the loader checks); the first owner wins otherwise.
      if (key && !entityByName.has(key)) entityByName.set(key, e.id);
    }
  }

  const speakers: SpeakerEntry[] = [];
  const quotesByEntity = speakerQuoteIds(engine);
  for (const e of kb.entities) {
    const quoteIds = quotesByEntity.get(e.id) ?? [];
    if (quoteIds.length === 0) continue;
    const names = [e.name, e.label, e.id, e.role, ...e.aliases, ...e.caseSensitiveAliases]
      .filter((n): n is string => !!n)
      .map(normalizeName);
    speakers.push({
      id: e.id,
      label: engine.speaker(e.id)?.label ?? e.id,
      names: [...new Set(names)],
      quoteIds,
    });
  }
  // Most quoted first; ties in article order of the first quote.
  const position = new Map(kb.passages.map((p, i) => [p.id, i]));
  const firstAt = (s: SpeakerEntry) => position.get(s.quoteIds[0] ?? '') ?? 0;
  speakers.sort((a, b) => b.quoteIds.length - a.quoteIds.length || firstAt(a) - firstAt(b));
  const speakerFuse = new Fuse(
    speakers.flatMap((s, entry) => s.names.map((name) => ({ entry, name }))),
    { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: speakerThreshold },
  );
  return { speakers, speakerFuse, entityByName, entityByExactAlias };
}

/**
 * For every entity, the sentence ids, in article order, whose speaker is that entity, one of its
 * descendants (parent chain in entities.yaml), or a joint speaker it is a member of.
 *
 * Why children count: entities.yaml's `parent` already means "a question about the parent also
 * finds this one", and in this article the parents barely speak for themselves: "the US" speaks
 * only through the Pentagon, the US military, Samantha Power and a White House official. Asking
 * for the US and getting nothing would be wrong; the quotes keep their exact speaker, so nothing
 * is misattributed. Joint speakers ("Damascus and Moscow") count for each member for the same
 * reason. The reverse does not hold: asking for Churkin never returns Russia's other quotes.
 */
function speakerQuoteIds(engine: Engine): Map<string, string[]> {
  const { kb } = engine;
  const byEntity = new Map<string, string[]>();
  const credit = (entity: string, passage: string) => {
    const list = byEntity.get(entity);
    if (list) list.push(passage);
    else byEntity.set(entity, [passage]);
  };
  // One pass over the passages: each is credited to its speaker, the speaker's ancestors and,
  // for a joint speaker, its members.
  for (const p of kb.passages) {
    if (!p.speaker) continue;
    const credited = new Set<string>(kb.entityById.get(p.speaker)?.members ?? []);
    let current: string | undefined = p.speaker;
    while (current && !credited.has(current)) {
      credited.add(current);
      current = kb.entityById.get(current)?.parent;
    }
    for (const entity of credited) credit(entity, p.id);
  }
  return byEntity;
}

// --- autocomplete -----------------------------------------------------------------------

/**
 * Curated questions for autocomplete as the user types: prefix and whole-word matches first,
 * then the question the engine itself would answer with (synonyms, names, typos), then fuzzy
 * matches. Paraphrases match too, but the main question is what is offered. Empty input gives
 * the starter questions (entries with a topic).
 */
export function suggestQuestions(
  engine: Engine,
  typed: string,
  limit: number = TUNING.autocomplete.suggestions,
): string[] {
  const index = browseIndex(engine);
  const max = Math.max(0, limit);
  const text = typeof typed === 'string' ? typed.slice(0, maxTyped) : '';
  const query = normalize(text);
  if (!query) return index.starters.slice(0, max);

  const picked: ResolvedQa[] = [];
  const add = (qa: ResolvedQa | undefined) => {
    if (qa && picked.length < max && !picked.includes(qa)) picked.push(qa);
  };
  // 1. A question (or another wording of it) that starts with what was typed.
  for (const entry of index.questionPrefix.startingWith(query, max)) add(index.questions[entry]?.qa);
  // 2. Every typed word is a word of it (the last one may be half typed).
  if (picked.length < max) {
    for (const entry of index.questionWords.containingAll(query.split(' '), max))
      add(index.questions[entry]?.qa);
  }
  // 2b. The same with a slip put right: a misspelt word ("What hapepned t"), two letters swapped
  //     across a space ("Whatd id"). The last word, maybe half typed, is kept as it is.
  if (picked.length < max) {
    for (const fixed of withoutSlips(index, query, /[\s?!.,]$/.test(text))) {
      for (const entry of index.questionPrefix.startingWith(fixed, max)) add(index.questions[entry]?.qa);
      if (picked.length < max)
        for (const entry of index.questionWords.containingAll(fixed.split(' '), max))
          add(index.questions[entry]?.qa);
    }
  }
  // 3. The engine's own ranking: synonyms, other names, typos ("how many dead", "churkn").
  //    A last word still being typed ("how many sol") is left out unless it is already a word.
  if (picked.length < max && query.length >= minFuzzy) {
    const words = query.split(' ');
    const last = words[words.length - 1] as string;
    const complete = /[\s?!.,]$/.test(text) || words.length === 1 || index.wholeWords.has(last);
    const asked = complete ? text : words.slice(0, -1).join(' ');
    if (asked.length >= minFuzzy)
      for (const id of engine.closestQuestions(asked, max)) add(index.qaById.get(id));
  }
  return picked.map((qa) => qa.question);
}

/**
 * The typed text with slips put right, when that makes every word but the last a word of the
 * curated wordings: each other word replaced by the closest wording word (one edit, two in long
 * words: "hapepned" -> "happened", "mnay" -> "many"); or two letters swapped across a space
 * ("whatd id" -> "what did", "wha tdid" -> "what did"). The last word, maybe half typed, stays.
 */
function withoutSlips(index: BrowseIndex, query: string, lastComplete = false): string[] {
  const words = query.split(' ');
  if (words.length < 2) return [];
  const whole = (ws: readonly string[]) => ws.slice(0, -1).every((w) => index.wholeWords.has(w));
  const out: string[] = [];
  // The last word with a slip: finished ("How ddi "), the closest wording word; half typed ("Did
  // Mnii"), two letters swapped back when that makes it begin a wording word.
  const last = words[words.length - 1] as string;
  const head = words.slice(0, -1);
  if (lastComplete && !index.wholeWords.has(last)) {
    const fixed = closestWord(index, last);
    if (fixed !== last) out.push([...head, fixed].join(' '));
  } else if (!lastComplete && last.length >= 3 && !index.questionWords.hasWordStarting(last)) {
    for (let i = 0; i < last.length - 1; i++) {
      const swapped = last.slice(0, i) + last.charAt(i + 1) + last.charAt(i) + last.slice(i + 2);
      if (index.questionWords.hasWordStarting(swapped)) {
        out.push([...head, swapped].join(' '));
        break;
      }
    }
  }
  if (!whole(words)) {
    const fixed = words.map((w, i) =>
      i === words.length - 1 || index.wholeWords.has(w) ? w : closestWord(index, w),
    );
    if (whole(fixed)) out.push(fixed.join(' '));
  }
  for (let i = 1; i < query.length - 1; i++) {
    if (query[i] !== ' ') continue;
    for (const swapped of [
      query.slice(0, i - 1) + query.charAt(i) + query.charAt(i - 1) + query.slice(i + 1),
      query.slice(0, i) + query.charAt(i + 1) + query.charAt(i) + query.slice(i + 2),
    ]) {
      const ws = swapped.split(' ');
      if (!ws.includes('') && whole(ws) && !out.includes(swapped) && swapped !== query) out.push(swapped);
    }
  }
  return out;
}

/** The curated wordings' word closest to `word` as autocomplete puts a slip right (see closestWord). */
export function closestWordingWord(engine: Engine, word: string): string {
  return closestWord(browseIndex(engine), word);
}

/**
 * The wording word closest to a misspelt one (fewest edits, then the same first letter, then the
 * most used, then the first in alphabetical order: the same word whatever order the typo index
 * filed the words in, see patchedCounts); or the word.
 */
function closestWord(index: BrowseIndex, word: string): string {
  if (word.length < TUNING.typos.minLength) return word;
  const allowed = word.length >= TUNING.typos.twoEditsFrom ? 2 : 1;
  let best: { word: string; key: [number, number, number] } | null = null;
  for (const candidate of index.wordTypos.candidates(word, allowed)) {
    const distance = editDistance(word, candidate, allowed);
    if (distance > allowed) continue;
    const key: [number, number, number] = [
      distance,
      candidate[0] === word[0] ? 0 : 1,
      -(index.wordCounts.get(candidate) ?? 0),
    ];
    if (
      !best ||
      key[0] < best.key[0] ||
      (key[0] === best.key[0] &&
        (key[1] < best.key[1] ||
          (key[1] === best.key[1] &&
            (key[2] < best.key[2] || (key[2] === best.key[2] && candidate < best.word)))))
    )
      best = { word: candidate, key };
  }
  return best?.word ?? word;
}

/**
 * Speakers for autocomplete, matched by id, name, label, role and aliases, typo-tolerant.
 * Empty input gives every speaker, most quoted first. A speaker is any entity that
 * quotesBySpeaker() returns quotes for (its own, its children's or as a joint speaker).
 */
export function suggestSpeakers(
  engine: Engine,
  typed: string,
  limit: number = TUNING.autocomplete.suggestions,
): { id: string; label: string }[] {
  const index = browseIndex(engine);
  const max = Math.max(0, limit);
  const raw = typeof typed === 'string' ? typed.slice(0, maxTyped).trim() : '';
  const query = normalizeName(raw);
  const choice = (s: SpeakerEntry) => ({ id: s.id, label: s.label });
  if (!query) return index.speakers.slice(0, max).map(choice);

  const picked: SpeakerEntry[] = [];
  const add = (s: SpeakerEntry | undefined) => {
    if (s && !picked.includes(s)) picked.push(s);
  };
  const exact = index.entityByExactAlias.get(raw) ?? index.entityByName.get(query);
  add(index.speakers.find((s) => s.id === exact));
  const words = query.split(' ');
  const literal = index.speakers
    .map((s, order) => ({ s, order, tier: literalTier(query, words, s.names) }))
    .filter((x): x is { s: SpeakerEntry; order: number; tier: number } => x.tier !== null)
    .sort((a, b) => a.tier - b.tier || a.order - b.order);
  for (const { s } of literal) add(s);
  for (const hit of closeHits(index.speakerFuse, query, max * speakerFuzzyFactor))
    add(index.speakers[hit.entry]);
  return picked.slice(0, max).map(choice);
}

// --- quotes by speaker ------------------------------------------------------------------

/**
 * The entity an id or name stands for: an id, name, label or alias ("Churkin", "Russia's
 * ambassador", "the pentagon"), then a close misspelling of one.
 */
function resolveEntity(engine: Engine, idOrName: string): string | null {
  const index = browseIndex(engine);
  const raw = idOrName.slice(0, maxTyped).trim();
  const exact = index.entityByExactAlias.get(raw) ?? index.entityByName.get(normalizeName(raw));
  if (exact) return exact;
  const query = normalizeName(raw);
  if (query.length < speakerTypoMinLength) return null;
  // Only a close misspelling of a speaker's name: "Churkn", "Pentagonn"; never "Merkel".
  const best = index.speakerFuse.search(query, { limit: 1 })[0];
  return best && (best.score ?? 1) <= speakerTypoScore ? (index.speakers[best.item.entry]?.id ?? null) : null;
}

/**
 * Every quote of a speaker, oldest source first and in text order within each source (never in
 * the order sources.yaml lists them): those credited to it, to its child entities
 * (asking for the US includes the Pentagon, Power and the White House official; see
 * speakerQuoteIds for why) and to joint speakers it belongs to. Each quote keeps its exact
 * speaker. null when the name is no entity of the story, or a place; a known entity the
 * article never quotes gets an empty list, so a front end can say so.
 */
export function quotesBySpeaker(
  engine: Engine,
  speakerIdOrName: string,
): { speaker: Speaker; quotes: Quote[] } | null {
  if (typeof speakerIdOrName !== 'string') return null;
  const id = resolveEntity(engine, speakerIdOrName);
  const entity = id ? engine.kb.entityById.get(id) : undefined;
  const speaker = id ? engine.speaker(id) : null;
  if (!id || !entity || !speaker || entity.kind === 'place') return null;
  const known = browseIndex(engine).speakers.find((s) => s.id === id);
  return { speaker, quotes: inDateOrder(engine, known?.quoteIds ?? []) };
}

// --- facts, timeline, paragraphs, source --------------------------------------------------

function contestedPoint(engine: Engine, id: string | undefined): ContestedPoint | null {
  const point = id ? engine.kb.contested.find((c) => c.id === id) : undefined;
  if (!point) return null;
  return engine.withSources(
    {
      id: point.id,
      topic: point.topic,
      sides: point.sides.map((s) => ({ label: s.label, quoteIds: [...s.ids], sources: [] })),
    },
    point.sides.flatMap((s) => s.ids),
  );
}

/**
 * Quotes in the order their sources were published (oldest first); quotes of one source, or of
 * sources of the same day, keep their curated order.
 */
function inDateOrder(engine: Engine, ids: readonly string[]): Quote[] {
  const dates = new Map(engine.kb.sources.map((s) => [s.id, s.date]));
  const dateOf = (id: string) => dates.get(engine.kb.passageById.get(id)?.source ?? '') ?? '';
  return ids
    .map((id, k) => ({ id, k, date: dateOf(id) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.k - b.k)
    .map(({ id }) => engine.quote(id));
}

/**
 * The key facts from knowledge/facts.yaml, in file order, each fact's quotes in the order their
 * sources were published. A contested fact always quotes every side: a side the curated answer
 * leaves out is appended, as the engine does for answers.
 */
export function keyFacts(
  engine: Engine,
): { label: string; quotes: Quote[]; contested: ContestedPoint | null }[] {
  return engine.kb.facts.map((fact) => {
    const contested = contestedPoint(engine, fact.contested);
    const ids = [...fact.answerIds];
    for (const side of contested?.sides ?? []) {
      if (!side.quoteIds.some((id) => ids.includes(id))) ids.push(...side.quoteIds);
    }
    return { label: fact.label, quotes: inDateOrder(engine, ids), contested };
  });
}

/**
 * The events of knowledge/timeline.yaml, in time order (the file order: when things happened,
 * which no publication date says), each event's quotes in the order their sources were published.
 */
export function timeline(engine: Engine): { when: string; label: string; quotes: Quote[] }[] {
  return engine.kb.timeline.map((event) => ({
    when: event.when,
    label: event.label,
    quotes: inDateOrder(engine, event.answerIds),
  }));
}

/** Every sentence of the paragraph (of its own source) that holds `quoteId`, in order; [] for an unknown id. */
export function paragraphOf(engine: Engine, quoteId: string): Quote[] {
  const passage = typeof quoteId === 'string' ? engine.kb.passageById.get(quoteId.trim()) : undefined;
  if (!passage) return [];
  return engine.kb.passages
    .filter((p) => p.source === passage.source && p.paragraph === passage.paragraph)
    .sort((a, b) => a.sentence - b.sentence)
    .map((p) => engine.quote(p.id));
}

/** The source a quote is from (for "paragraph 4 of …"), or undefined for an unknown id. */
export function sourceOf(engine: Engine, quoteId: string): SourceInfo | undefined {
  const passage = engine.kb.passageById.get(quoteId);
  return passage ? engine.kb.sources.find((s) => s.id === passage.source) : undefined;
}

/**
 * What the bot quotes, and which version of the knowledge base is serving: the article's
 * headline and credit, and every source (the article's included) in the order they were
 * published (oldest first; the article first among those of its day).
 */
export function sourceInfo(engine: Engine): {
  headline: string;
  publisher: string;
  date: string;
  source: string;
  sentences: number;
  version: string;
  sources: SourceInfo[];
} {
  const { meta, passages, version } = engine.kb;
  const sources = engine.kb.sources
    .map((s, k) => ({ s, k }))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.k - b.k)
    .map(({ s }) => s);
  return {
    headline: meta.headline,
    publisher: meta.publisher,
    date: meta.date,
    source: meta.source,
    sentences: passages.length,
    version,
    sources,
  };
}

/**
 * What follow-up reading works with, worked out once per knowledge version: the terms of the
 * question words ("who", "when", "how many") and of the verbs of saying, each sentence's place
 * in the article, each person's gender as the article's own pronouns give it, and which body
 * under another a word names ("its military"); plus the names a text gives, and small helpers.
 */
import type { Term } from '../text/lexicon.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import type { FreeWord, QueryAnalysis } from './analyzer.ts';
import type { Corpus } from './corpus.ts';
import type { Cues } from './follow-up-cues.ts';

export interface Mention {
  id: string;
  start: number;
  end: number;
}

/** The entities a text names, in order: the most specific one of each name ("the Pentagon", not also "the US"). */
export function mentions(corpus: Corpus, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const match of corpus.lexicon.match(tokens)) {
    const ids = match.terms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
    const parents = new Set(ids.flatMap((id) => corpus.lexicon.entityTerms(id).slice(1)));
    for (const id of ids) if (!parents.has(`e:${id}`)) out.push({ id, start: match.start, end: match.end });
  }
  return out;
}

/** The tokens with the analyser's typo corrections applied ("churkn" -> "churkin"). */
export function correctedTokens(tokens: readonly Token[], analysis: QueryAnalysis): readonly Token[] {
  if (analysis.corrections.length === 0) return tokens;
  const fixes = new Map(analysis.corrections.map((c) => [c.from, c.to]));
  return tokens.map((t) => {
    const to = fixes.get(t.word);
    return to ? { raw: to, word: to } : t;
  });
}

/** What a message says by itself, before any context: kept for the turns read again later. */
export interface Parsed {
  /** Its analysis without the words that only carried cues. */
  analysis: QueryAnalysis;
  tokens: readonly Token[];
  cues: Cues;
  /** The entities it names, in order. */
  own: Mention[];
  /** Entities it names after "not" ("the pentagon, not the white house"): whom it is not about. */
  negated: string[];
  /** The words of a clause that starts with "not" (", not the un stuff"): what it is not about. */
  negatedWords: string[];
}

/** A question's terms by role: what it asks (when, where, who), "say", and what it is about. */
export function splitTerms(vocab: Vocabulary, terms: readonly Term[]) {
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

export function nameOf(corpus: Corpus, id: string): string {
  return corpus.kb.entityById.get(id)?.name ?? id;
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function uniqueFree(words: readonly FreeWord[]): FreeWord[] {
  return [...new Map(words.map((w) => [w.term, w] as const)).values()];
}

export interface Vocabulary {
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
  /** The entity terms of whoever speaks a sentence (with the bodies above them). */
  speaking: ReadonlySet<Term>;
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
const vocabularies = new WeakMap<Corpus, Vocabulary>();

/** Vocabulary.partOf, holding nothing else (not the corpus: see carryVocabulary). */
function partsLookup(
  parts: Map<string, Map<string, string>>,
  lexicon: Corpus['lexicon'],
): Vocabulary['partOf'] {
  return (owner, word) => parts.get(owner)?.get(lexicon.stemOf(word));
}

/**
 * Gives `to` the follow-up vocabulary `from` worked out, if it did (its earlier turns' parses
 * aside): for a corpus built on the same passages, entities and lexicon (a reload that changed
 * curated entries only), everything in it is the same, and working it out reads every passage.
 */
export function carryVocabulary(from: Corpus, to: Corpus): void {
  const vocab = vocabularies.get(from);
  if (vocab && !vocabularies.has(to)) vocabularies.set(to, { ...vocab, parsed: new Map() });
}

export function vocabularyOf(corpus: Corpus): Vocabulary {
  let vocab = vocabularies.get(corpus);
  if (vocab) return vocab;
  const termsOf = (phrases: readonly string[]) =>
    new Set(phrases.flatMap((p) => corpus.analyzer.docTerms(tokenize(p))));
  const say = termsOf(SAY_WORDS);
  // The verbs of speaking: chat.yaml's speechVerbs.
  const speech = termsOf(corpus.kb.chat.speechVerbs);
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
  const speaking = new Set<Term>();
  for (const terms of corpus.passageSpeakers.values()) for (const t of terms) speaking.add(t);
  vocab = {
    slot,
    say,
    speech,
    speaking,
    position,
    gender,
    partOf: partsLookup(parts, corpus.lexicon),
    parsed: new Map(),
  };
  vocabularies.set(corpus, vocab);
  return vocab;
}

/**
 * Whether a sentence opens with the name of one of `whom` alone, then a clause of a relative
 * pronoun on them ("Australia, whose aircraft took part in the strike, ...").
 */
export function describedFirst(corpus: Corpus, text: string, whom: readonly string[]): boolean {
  const comma = text.indexOf(',');
  if (comma < 0 || whom.length === 0) return false;
  const head = tokenize(text.slice(0, comma)).filter((t) => !ARTICLES.has(t.word));
  const next = tokenize(text.slice(comma + 1))[0]?.word ?? '';
  if (head.length === 0 || !RELATIVE_PRONOUNS.has(next)) return false;
  const named = mentions(corpus, head);
  return (
    named.length === 1 && named[0]?.start === 0 && named[0].end === head.length && whom.includes(named[0].id)
  );
}
const RELATIVE_PRONOUNS = new Set(['whose', 'who', 'which']);
const ARTICLES = new Set(['the', 'a', 'an']);

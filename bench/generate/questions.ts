/**
 * The benchmark's fixed question set for a generated corpus: curated questions, unseen
 * paraphrases, rare words with typos, keyword queries, the planted passage and off-topic
 * questions, each with the sentence ids that answer it; and autocomplete prefixes as typed.
 */
import type { EnglishWords } from '../../src/engine/english.ts';
import type { QaEntry } from '../../src/knowledge/schema.ts';
import type { Written } from './article.ts';
import type { Cast } from './cast.ts';
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
  /** The lead entries (only common words) and the held-out wordings the bench asks of them. */
  lead: { qa: readonly QaEntry[]; heldOut: ReadonlyMap<string, readonly string[]> };
  cast: Cast;
  /** The article's text: a near-topic question's subject must be a word it never uses. */
  articleText: string;
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
 * About 310 questions; `q` is the corpus's question stream (drawn from in a fixed order). 200 as
 * before (curated, paraphrased, typos, keywords, the planted passage, off-topic), then what users
 * ask besides: common words only, near-topic questions the article cannot answer, chat style
 * (slang, emoji, typos), long messages of up to 500 characters around held-out wordings, and 20
 * long chat messages around curated questions (messages.ts; a stream of their own).
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
  // Common words only: the lead entries' held-out wordings.
  for (const entry of sources.lead.qa)
    for (const text of sources.lead.heldOut.get(entry.id) ?? [])
      questions.push({ q: text, kind: 'common', expect: [...entry.answer] });
  questions.push(...nearTopic(sources, q));
  // Chat style and long messages, on curated entries (their held-out wording or their question).
  const chatRandom = new Random(seed, 6);
  const asked = q.shuffle(qa).slice(0, 45);
  const chat = Math.ceil((asked.length * 2) / 3);
  asked.slice(0, chat).forEach((entry, i) => {
    const base = i % 2 === 0 ? (heldOut.get(entry.id) ?? entry.question) : entry.question;
    questions.push({ q: chatStyle(base, chatRandom, typo), kind: 'messy', expect: [...entry.answer] });
  });
  for (const entry of asked.slice(chat))
    questions.push({
      q: longMessage(heldOut.get(entry.id) ?? entry.question, chatRandom),
      kind: 'long',
      expect: [...entry.answer],
    });
  const messages = new Random(seed, 9);
  for (const entry of messages.shuffle(qa).slice(0, LONG_MESSAGES))
    questions.push({ q: chatMessage(entry.question, messages), kind: 'long', expect: [...entry.answer] });
  return questions;
}

/** Words that make a question about the story's world but not about anything the article says. */
const NEAR_SUBJECTS = [
  'refugees',
  'elections',
  'sanctions',
  'referendum',
  'drought',
  'journalists',
  'parliament',
  'corruption',
  'vaccines',
  'tourism',
  'inflation',
  'earthquake',
];

/**
 * Questions near the topic that the article cannot answer: the story's own speakers, places and
 * words, about something it never mentions ("What did Minister Zorgu say about the elections?").
 */
function nearTopic(sources: QuestionSources, q: Random): BenchQuestion[] {
  const used = new Set(sources.articleText.toLowerCase().match(/[a-z]+/g) ?? []);
  const subjects = NEAR_SUBJECTS.filter((w) => !used.has(w));
  const { speakers, places } = sources.cast;
  const out: BenchQuestion[] = [];
  for (let i = 0; i < 20 && subjects.length > 0; i++) {
    const subject = q.pick(subjects);
    const who = q.pick(q.pick(speakers).asked);
    const place = q.pick(places).name;
    const forms = [
      `What did ${who} say about the ${subject}?`,
      `How many ${subject} were there in ${place}?`,
      `Did ${who} mention the ${subject} in ${place}?`,
      `what happened with the ${subject} near ${place}`,
      `When will ${who} talk about the ${subject}?`,
    ];
    out.push({ q: q.pick(forms), kind: 'near', expect: null });
  }
  return out;
}

const SLANG_BEFORE = ['ngl ', 'bruh ', 'yo ', 'ok so ', 'lowkey ', 'tbh ', 'wait ', '', ''];
const SLANG_AFTER = [' lol', ' fr', '??', ' 💀', ' 🤔', ' 😡', ' pls', '', ''];

/** A question as typed in a chat: lower case, no final mark, slang and emoji, a slip or a dropped apostrophe. */
function chatStyle(question: string, random: Random, typo: (word: string) => string): string {
  let text = question.toLowerCase().replace(/[?.!]+$/, '');
  text = text.replace(/\b(\w+)'s\b/g, '$1s').replace(/\bwhat is\b/, 'whats');
  if (random.chance(0.5)) {
    // A slip in the longest story word (a word of letters, not the sentence's rare word).
    const words = text.split(' ').filter((w) => /^[a-z]{6,}$/.test(w));
    const longest = words.sort((a, b) => b.length - a.length)[0];
    if (longest) text = text.replace(longest, typo(longest));
  }
  return `${random.pick(SLANG_BEFORE)}${text}${random.pick(SLANG_AFTER)}`;
}

const CHATTER_BEFORE = [
  "I've been following this story all week and my group chat keeps arguing about it, nobody can agree on anything.",
  'So I saw a post about this on my feed this morning and honestly I thought it was fake at first, but apparently not.',
  "My uncle lived near there for years and he keeps telling me the news gets everything wrong, so I'm checking for myself.",
  'Sorry if this was asked before, I just joined the server and scrolled up but could not find it anywhere.',
];
const CHATTER_AFTER = [
  'Anyway thanks, this bot has been really useful for settling arguments.',
  'Not trying to start a fight, just want the facts before I reply to my cousin.',
  "I'll check back later tonight, my brain is fried after this week.",
];

/** A long chat message: the question with chatter around it, 350 to 500 characters. */
function longMessage(question: string, random: Random): string {
  const before = random.shuffle(CHATTER_BEFORE);
  let text = `${before[0]} ${question.replace(/[?.!]*$/, '?')}`;
  for (const extra of [before[1], random.pick(CHATTER_AFTER), before[2]]) {
    if (extra && text.length + extra.length + 1 <= 500) text = `${text} ${extra}`;
    if (text.length >= 350) break;
  }
  return text;
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

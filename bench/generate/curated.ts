/**
 * The curated knowledge moderators would write for a generated article: attributions the rules
 * cannot make, Q&A entries, contested points, key facts and a timeline.
 */
import {
  type Attribution,
  AttributionsFileSchema,
  type Contested,
  type Fact,
  type QaEntry,
  type TimelineEvent,
} from '../../src/knowledge/schema.ts';
import type { Written } from './article.ts';
import type { Cast } from './cast.ts';
import type { PseudoWordPostings } from './postings.ts';
import type { Random } from './random.ts';
import type { Lead, Sentence } from './sentences.ts';
import { curatedWordings, heldOutParaphrase } from './wordings.ts';

/** A generated sentence (not the headline, not the planted passage) and its position in the article. */
export interface Candidate {
  w: Written & { s: Sentence };
  i: number;
}

/** A few curated attributions: sentences whose speaker the rules cannot know. */
export function curatedAttributions(candidates: readonly Candidate[], cast: Cast): Attribution[] {
  const attributions: Attribution[] = candidates
    .filter(({ w }) => w.s.frame.kind === 'event' && w.s.text.startsWith('Officials said'))
    .slice(0, 3)
    .map(({ w }, k) => ({
      sentence: w.id,
      starts: w.s.text.split(' ').slice(0, 4).join(' '),
      speaker: k === 2 ? null : (cast.speakers[k]?.id ?? null),
      note: 'The rules cannot tell whose officials these are (curated for the benchmark).',
    }));
  AttributionsFileSchema.parse(attributions);
  return attributions;
}

/**
 * Curated Q&A, about one entry per 20 passages, on sentences whose pseudo-word is rare; with a
 * held-out paraphrase of each entry (a wording in no file), by entry id.
 */
export function curatedQuestions(
  n: number,
  candidates: readonly Candidate[],
  written: readonly Written[],
  postings: PseudoWordPostings,
  q: Random,
): { qa: QaEntry[]; heldOut: Map<string, string> } {
  const qa: QaEntry[] = [];
  const askedKeys = new Set<string>();
  const keyOf = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  /** A held-out paraphrase of each entry: a wording in no file. */
  const heldOut = new Map<string, string>();
  const wanted = Math.max(5, Math.round(n / 20));
  for (const { w } of candidates) {
    if (qa.length >= wanted) break;
    const { frame } = w.s;
    if (postings.frequency(frame.pw) > 6) continue;
    const texts = curatedWordings(frame, q);
    if (texts.some((t) => askedKeys.has(keyOf(t.text)))) continue;
    const [main, ...rest] = texts;
    if (!main) continue;
    for (const t of texts) askedKeys.add(keyOf(t.text));
    const paragraphIds = written.filter((x) => x.paragraph === w.paragraph && x.sentence > w.sentence);
    const answer = [w.id, ...paragraphIds.slice(0, q.int(3)).map((x) => x.id)];
    const entry: QaEntry = {
      id: `q${qa.length + 1}-${frame.pw}`,
      question: main.text,
      paraphrases: rest.slice(0, q.between(2, 3)).map((t) => t.text),
      answer,
      ...(qa.length < 5 ? { topic: `the ${frame.pw} ${frame.noun}` } : {}),
    };
    qa.push(entry);
    heldOut.set(entry.id, heldOutParaphrase(frame, q));
  }
  return { qa, heldOut };
}

/** The lead entries' wordings: only common words, as people ask about the main facts of a story. */
const LEAD_WORDINGS: Record<Lead, { topic: string; wordings: string[]; heldOut: string[] }> = {
  toll: {
    topic: 'the death toll',
    wordings: [
      'How many soldiers were killed?',
      'What was the death toll?',
      'How many troops died in the attack?',
      'How many people died?',
    ],
    heldOut: ['number of soldiers dead', 'how many were killed in the strike'],
  },
  investigation: {
    topic: 'the investigation',
    wordings: [
      'Who called for an investigation?',
      'Who wants an inquiry into the strike?',
      'Who demanded an investigation into the attack?',
    ],
    heldOut: ['who is demanding an investigation', 'did anyone ask for an investigation'],
  },
  talks: {
    topic: 'the ceasefire talks',
    wordings: [
      'Why were the ceasefire talks suspended?',
      'What happened to the talks?',
      'Why did the talks stop?',
    ],
    heldOut: ['why were the talks on the ceasefire suspended', 'were the talks called off'],
  },
  families: {
    topic: 'the families who fled',
    wordings: [
      'How many families fled?',
      'Did families flee the fighting?',
      'How many families left their homes?',
    ],
    heldOut: ['how many families had to leave', 'families fleeing'],
  },
  evacuated: {
    topic: 'the evacuation',
    wordings: [
      'What was evacuated?',
      'Which place was evacuated?',
      'Was anything evacuated after the strike?',
    ],
    heldOut: ['what did they evacuate', 'which site had to be evacuated'],
  },
  condolences: {
    topic: 'the condolences',
    wordings: [
      'Who offered condolences?',
      'Who said the strike was a mistake?',
      'Who apologised for the attack?',
    ],
    heldOut: ['who expressed condolences', 'who said it was a mistake'],
  },
};

/**
 * The lead entries, listed first in qa.yaml as a moderator would (the real article's first entries
 * are its death toll and what happened): one per main fact, worded only with common words ("How
 * many soldiers were killed?"), which thousands of generated sentences also use. Their held-out
 * wordings are the bench's common-word questions: only the curated entry tells which sentence
 * answers them.
 */
export function leadEntries(candidates: readonly Candidate[]): {
  qa: QaEntry[];
  heldOut: Map<string, string[]>;
} {
  const qa: QaEntry[] = [];
  const heldOut = new Map<string, string[]>();
  for (const lead of Object.keys(LEAD_WORDINGS) as Lead[]) {
    const found = candidates.find(({ w }) => w.s.lead === lead && (lead !== 'toll' || !!w.s.frame.speaker));
    if (!found) continue;
    const { topic, wordings, heldOut: asked } = LEAD_WORDINGS[lead];
    const [question, ...paraphrases] = wordings as [string, ...string[]];
    qa.push({ id: `lead-${lead}`, topic, question, paraphrases, answer: [found.w.id] });
    heldOut.set(`lead-${lead}`, asked);
  }
  return { qa, heldOut };
}

/** Contested points: two death tolls from different speakers each. */
export function contestedPoints(
  candidates: readonly Candidate[],
  passages: readonly { text: string }[],
): Contested[] {
  const tolls = candidates.filter(({ w }) => w.s.frame.kind === 'toll' && w.s.frame.speaker);
  const contested: Contested[] = [];
  for (let k = 0; k + 1 < tolls.length && contested.length < 2; k += 2) {
    const a = tolls[k]?.w as Written & { s: Sentence };
    const b = tolls.find(
      ({ w }, j) => j > k && w.s.frame.speaker?.id !== a.s.frame.speaker?.id && w.paragraph !== a.paragraph,
    )?.w;
    if (!b?.s || contested.some((c) => c.id === `toll-${a.s.frame.pw}`)) continue;
    const unique = passages.filter((p) => p.text.includes(a.s.text)).length === 1;
    contested.push({
      id: `toll-${a.s.frame.pw}`,
      topic: `How many were killed at the ${a.s.frame.pw} ${a.s.frame.noun}`,
      sides: [
        // One side quoted verbatim, as moderators often paste the sentence.
        { label: `According to ${a.s.frame.speaker?.mentions[0]}`, answer: [unique ? a.s.text : a.id] },
        { label: `According to ${b.s.frame.speaker?.mentions[0]}`, answer: [b.id] },
      ],
    });
  }
  return contested;
}

export function keyFacts(
  candidates: readonly Candidate[],
  planted: Written,
  contested: readonly Contested[],
): Fact[] {
  const firstTwo = candidates.slice(0, 2).map(({ w }) => w.id);
  return [
    { id: 'what', label: 'What happened', answer: firstTwo },
    { id: 'convoy', label: 'The convoy', answer: [planted.id] },
    ...contested.slice(0, 1).map((c) => ({
      id: 'toll',
      label: 'The death toll',
      answer: [c.sides[1]?.answer[0] as string],
      contested: c.id,
    })),
  ];
}

export function timelineEvents(candidates: readonly Candidate[], planted: Written): TimelineEvent[] {
  const firstTwo = candidates.slice(0, 2).map(({ w }) => w.id);
  return [
    { id: 'first', when: 'Earlier this week', label: 'The first strikes', answer: firstTwo.slice(0, 1) },
    { id: 'convoy', when: 'Saturday night', label: 'The convoy is intercepted', answer: [planted.id] },
  ];
}

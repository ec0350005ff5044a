/** What a generated corpus is: its figures, and the questions and autocomplete prefixes that go with it. */

export type QuestionKind =
  | 'curated'
  | 'paraphrase'
  | 'typo'
  | 'keyword'
  | 'off-topic'
  | 'planted'
  /** Only common words ("number of soldiers dead"): a lead entry's held-out wording. */
  | 'common'
  /** About the story's world, but nothing the article says: the bot should abstain. */
  | 'near'
  /** Chat style: slang, emoji, a slip, no capitals. */
  | 'messy'
  /** A chat message of 300-500 characters with the question inside (ours, and messages.ts's). */
  | 'long';

export interface BenchQuestion {
  q: string;
  kind: QuestionKind;
  /** Sentence ids that answer it (the first quote should be one of them); null: the bot should abstain. */
  expect: string[] | null;
}

export interface BenchPrefix {
  /** What has been typed so far. */
  typed: string;
  /** The curated question being typed. */
  question: string;
  typo: boolean;
}

export interface GeneratedCorpus {
  dir: string;
  seed: number;
  version: number;
  /** Sentences of every source, each one's headline included. */
  passages: number;
  /** The article and the sources that follow it (sources.yaml), after generate/sources.ts. */
  sources?: number;
  paragraphs: number;
  sections: number;
  entities: number;
  qaEntries: number;
  /** Distinct pseudo-words used in the article. */
  vocabulary: number;
  questions: BenchQuestion[];
  prefixes: BenchPrefix[];
  planted: { id: string; text: string; question: string };
}

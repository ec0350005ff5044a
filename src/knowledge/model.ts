/**
 * The data model: what a knowledge folder holds once it is read and validated. The engine reads
 * it (types only: `import type`), the application layer stores it in compiled.json.
 */
import type {
  ArticleMeta,
  Entity,
  Fact,
  Passage,
  QaEntry,
  Settings,
  SynonymGroup,
  TimelineEvent,
} from './schema.ts';

/**
 * The version of what a loaded KnowledgeBase holds for given files: its shape, and the rules that
 * derive it (sentence splitting, attribution, resolving answers to sentence ids). compiled.json
 * records it, and a compiled file of another version is ignored. Bump it when a change to
 * src/knowledge/ or src/text/ could make the same files load differently;
 * test/knowledge/formats.test.ts fails until you do.
 */
export const KNOWLEDGE_MODEL_VERSION = 2;

/** The files of a knowledge folder. */
export const KNOWLEDGE_FILES = {
  meta: 'article.yaml',
  entities: 'entities.yaml',
  synonyms: 'synonyms.yaml',
  attributions: 'attributions.yaml',
  qa: 'qa.yaml',
  contested: 'contested.yaml',
  settings: 'settings.yaml',
  passages: 'passages.json',
  compiled: 'compiled.json',
  /** Optional: the key facts and the timeline. */
  facts: 'facts.yaml',
  timeline: 'timeline.yaml',
  /** Optional: what the bot says about itself. */
  bot: 'bot.yaml',
} as const;

/** What the bot says that is not a quote, in the words of this story (bot.yaml, else defaults). */
export interface BotTexts {
  /** The reply to "who are you?", "help" and messages with nothing to search for. */
  about: string;
  /** The reply to an empty question. */
  emptyQuestion: string;
  /** The reply when the article does not answer the question. */
  notInArticle: string;
  /** qa.yaml ids offered first as suggestions (each one exists). */
  suggestions: string[];
}

export interface ResolvedQa extends QaEntry {
  /** The answer as sentence ids, in the curated order. */
  answerIds: string[];
}

export interface ResolvedContested {
  id: string;
  topic: string;
  sides: { label: string; ids: string[] }[];
}

export interface ResolvedFact extends Fact {
  /** The answer as sentence ids, in the curated order. */
  answerIds: string[];
}

export interface ResolvedTimelineEvent extends TimelineEvent {
  /** The answer as sentence ids, in the curated order. */
  answerIds: string[];
}

export interface KnowledgeBase {
  dir: string;
  /** Short hash of every file's content: which version is being served. */
  version: string;
  loadedAt: Date;
  meta: ArticleMeta;
  articleText: string;
  passages: Passage[];
  passageById: ReadonlyMap<string, Passage>;
  entities: Entity[];
  entityById: ReadonlyMap<string, Entity>;
  synonyms: SynonymGroup[];
  qa: ResolvedQa[];
  contested: ResolvedContested[];
  settings: Settings;
  /** facts.yaml, in file order; empty when the file is absent. */
  facts: ResolvedFact[];
  /** timeline.yaml, in time order (the file order); empty when the file is absent. */
  timeline: ResolvedTimelineEvent[];
  bot: BotTexts;
}

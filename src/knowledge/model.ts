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
export const KNOWLEDGE_MODEL_VERSION = 3;

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
  /** Optional: how people type in chat (filler, abbreviations, emoji); defaults without it. */
  chat: 'chat.yaml',
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

/**
 * How people type in a chat server (chat.yaml, else the defaults), folded to lower case: what
 * the engine's message reader drops, expands and looks for. Nothing of one story.
 */
export interface ChatWords {
  /** Words and phrases with no topic, dropped wherever they are ("ngl", "lol", "fr fr"). */
  filler: string[];
  /** Words and phrases with no topic at the start of a sentence ("ok so", "wait"). */
  openers: string[];
  /** A chat word -> the words it stands for ("govt" -> "government", "didnt" -> "did not"). */
  abbreviations: Record<string, string>;
  /** An emoji or :shortcode: -> the word it stands for; "" (and any emoji not listed) is dropped. */
  emoji: Record<string, string>;
  /** Words that negate a question ("not", "never"): no topic of their own. */
  negations: string[];
  /** Words a question starts with ("who", "did"). */
  questionWords: string[];
  /** Phrases that make a sentence a question without "?" ("anyone know"). */
  questionCues: string[];
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
  /** chat.yaml, each section it leaves out filled with the default list. */
  chat: ChatWords;
}

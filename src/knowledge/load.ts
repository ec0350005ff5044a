/**
 * Loads and validates a knowledge folder. Every problem is collected (never just the first),
 * each with its file, line, entry id, field and what to do, so a moderator can fix the file
 * from the message alone.
 *
 *   read every file -> check each on its own (entities, synonyms, passages.json) -> rebuild the
 *   passage index and check attributions.yaml and passages.json against it -> resolve every
 *   curated answer to sentence ids (qa, contested, facts, timeline) -> the KnowledgeBase, with
 *   what the bot says about itself (bot.yaml, else defaults) and how people type in chat
 *   (chat.yaml, else defaults).
 */

import { AnswerResolver } from './check/answers.ts';
import { botTexts } from './check/bot.ts';
import { chatWords } from './check/chat.ts';
import { checkEntities } from './check/entities.ts';
import { checkAnswerList, checkContested, checkFactsContested } from './check/lists.ts';
import { checkPassageIndex, readPassages } from './check/passages.ts';
import { checkQa, longAnswers } from './check/qa.ts';
import { readRelatedWords } from './check/related.ts';
import { duplicateIds, writtenIds } from './check/unique.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from './model.ts';
import type { Problem } from './problems.ts';
import { Reader } from './reader.ts';
import {
  ArticleMetaSchema,
  AttributionSchema,
  BotSchema,
  ChatSchema,
  ContestedSchema,
  EntitySchema,
  FactSchema,
  type Passage,
  QaEntrySchema,
  SettingsSchema,
  SynonymGroupSchema,
  TimelineEventSchema,
} from './schema.ts';

export type LoadResult =
  | {
      ok: true;
      kb: KnowledgeBase;
      warnings: Problem[];
      /** sha256 of every file read, by name (compiled.json records them). */
      sources: Record<string, string>;
    }
  | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** File contents to use instead of what is on disk: validates an edit before it is written. */
  overrides?: Readonly<Record<string, string>>;
  /**
   * How many quotes an answer shows at once (the engine's MAX_QUOTES, passed in by the
   * application): a curated answer listing more gets a warning. Absent: no such warning.
   */
  quotesAtOnce?: number;
}

/**
 * Reads and validates a knowledge folder, every file of it. Never throws for bad content.
 * (compiled.json is the application's business: see src/app/compiled.ts.)
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  const F = KNOWLEDGE_FILES;
  // 1. Read every file: a file that cannot be read or parsed is reported, and the others still
  //    are; list files are validated entry by entry, so one bad entry hides nothing.
  const files = new Reader(dir, options.overrides);
  const meta = files.yaml(F.meta, ArticleMetaSchema);
  const entitiesFile = files.list(F.entities, EntitySchema);
  const synonymsFile = files.list(F.synonyms, SynonymGroupSchema);
  const attributionsFile = files.list(F.attributions, AttributionSchema);
  const qaFile = files.list(F.qa, QaEntrySchema);
  const contestedFile = files.list(F.contested, ContestedSchema, true);
  const settingsFile = files.yaml(F.settings, SettingsSchema, true);
  const factsFile = files.list(F.facts, FactSchema, true);
  const timelineFile = files.list(F.timeline, TimelineEventSchema, true);
  const botFile = files.yaml(F.bot, BotSchema, true);
  const chatFile = files.yaml(F.chat, ChatSchema, true);
  const articleText = meta.value ? files.text(meta.value.file) : undefined;
  const passagesText = files.text(F.passages);
  const relatedText = files.text(F.wordnet, true);
  const problems = files.problems;
  const warnings: Problem[] = [];

  // 2. Each file on its own.
  const passages = readPassages(passagesText, problems);
  const { entities, entityById, entityIds } = checkEntities(entitiesFile, problems);
  const synonyms = synonymsFile.entries.map((e) => e.value);
  problems.push(...duplicateIds(F.synonyms, synonymsFile));

  // 3. The passage index, rebuilt from the article, against attributions.yaml and passages.json.
  checkPassageIndex(
    {
      meta: meta.value,
      articleText,
      entities,
      synonyms,
      attributions: attributionsFile,
      entityIds,
      rebuildable: entitiesFile.complete && synonymsFile.complete && attributionsFile.complete,
      passages,
    },
    problems,
  );

  // 4. Every curated answer, resolved to sentence ids.
  const answers = new AnswerResolver(passages, problems);
  const qa = checkQa(qaFile, answers, problems);
  if (options.quotesAtOnce !== undefined) warnings.push(...longAnswers(qaFile, qa, options.quotesAtOnce));
  const contested = checkContested(contestedFile, answers, problems);
  const facts = checkAnswerList(F.facts, factsFile, answers, problems);
  const timeline = checkAnswerList(F.timeline, timelineFile, answers, problems);
  checkFactsContested(factsFile, writtenIds(contestedFile), problems);
  const chat = chatWords(chatFile, { entities, synonyms }, problems, warnings);
  const related = readRelatedWords(relatedText, warnings);

  // 5. The knowledge base, if nothing is wrong.
  if (problems.length > 0 || !meta.value || articleText === undefined || !passages) {
    if (problems.length === 0) problems.push({ file: F.meta, message: 'the knowledge base is incomplete' });
    return { ok: false, problems };
  }
  const bot = botTexts(botFile, meta.value, qa, warnings);
  return {
    ok: true,
    warnings,
    sources: files.sources,
    kb: {
      dir,
      version: files.hash.digest('hex').slice(0, 12),
      loadedAt: new Date(),
      meta: meta.value,
      articleText,
      passages,
      passageById: new Map(passages.map((p) => [p.id, p])),
      entities,
      entityById,
      synonyms,
      qa,
      contested,
      settings: settingsFile.value ?? { abstainBelow: 0.5 },
      facts,
      timeline,
      bot,
      chat,
      related: related?.words ?? {},
      relatedVocabulary: related?.vocabulary ?? null,
    },
  };
}

/**
 * The sentences of a folder's passages.json, for listing their ids (`npm run knowledge:check --
 * --sentences`); the problems when it cannot be read.
 */
export function readSentences(
  dir: string,
): { ok: true; passages: Passage[] } | { ok: false; problems: Problem[] } {
  const files = new Reader(dir);
  const passages = readPassages(files.text(KNOWLEDGE_FILES.passages), files.problems);
  return passages ? { ok: true, passages } : { ok: false, problems: files.problems };
}

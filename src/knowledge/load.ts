/**
 * Loads and validates a knowledge folder. Every problem is collected (never just the first),
 * each with its file, line, entry id, field and what to do, so a moderator can fix the file
 * from the message alone.
 *
 *   read every file -> check each on its own (entities, synonyms, passages.json) -> rebuild the
 *   passage index and check attributions.yaml and passages.json against it -> resolve every
 *   curated answer to sentence ids (qa, contested, facts, timeline) -> the KnowledgeBase, with
 *   what the bot says about itself (bot.yaml, else defaults).
 */

import { AnswerResolver } from './check/answers.ts';
import { botTexts } from './check/bot.ts';
import { checkEntities } from './check/entities.ts';
import { checkAnswerList, checkContested, checkFactsContested } from './check/lists.ts';
import { checkPassageIndex, readPassages } from './check/passages.ts';
import { checkQa, longAnswers } from './check/qa.ts';
import { duplicateIds } from './check/unique.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from './model.ts';
import type { Problem } from './problems.ts';
import { Reader } from './reader.ts';
import {
  ArticleMetaSchema,
  AttributionsFileSchema,
  BotSchema,
  ContestedFileSchema,
  EntitiesFileSchema,
  FactsFileSchema,
  QaFileSchema,
  SettingsSchema,
  SynonymsFileSchema,
  TimelineFileSchema,
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
  // 1. Read every file: a file that cannot be read or parsed is reported, and the others still are.
  const files = new Reader(dir, options.overrides);
  const meta = files.yaml(F.meta, ArticleMetaSchema);
  const entitiesFile = files.yaml(F.entities, EntitiesFileSchema);
  const synonymsFile = files.yaml(F.synonyms, SynonymsFileSchema);
  const attributionsFile = files.yaml(F.attributions, AttributionsFileSchema);
  const qaFile = files.yaml(F.qa, QaFileSchema);
  const contestedFile = files.yaml(F.contested, ContestedFileSchema, true);
  const settingsFile = files.yaml(F.settings, SettingsSchema, true);
  const factsFile = files.yaml(F.facts, FactsFileSchema, true);
  const timelineFile = files.yaml(F.timeline, TimelineFileSchema, true);
  const botFile = files.yaml(F.bot, BotSchema, true);
  const articleText = meta.value ? files.text(meta.value.file) : undefined;
  const passagesText = files.text(F.passages);
  const problems = files.problems;
  const warnings: Problem[] = [];

  // 2. Each file on its own.
  const passages = readPassages(passagesText, problems);
  const { entities, entityById } = checkEntities(entitiesFile, problems);
  const synonyms = synonymsFile.value ?? [];
  problems.push(...duplicateIds(F.synonyms, synonymsFile, synonyms));

  // 3. The passage index, rebuilt from the article, against attributions.yaml and passages.json.
  const attributions = attributionsFile.value;
  if (meta.value && articleText !== undefined && entitiesFile.value && synonymsFile.value && attributions) {
    checkPassageIndex(
      {
        meta: meta.value,
        articleText,
        entities,
        entityById,
        synonyms,
        attributions: { ...attributionsFile, value: attributions },
        passages,
      },
      problems,
    );
  }

  // 4. Every curated answer, resolved to sentence ids.
  const answers = new AnswerResolver(passages, problems);
  const qa = checkQa(qaFile, answers, problems);
  if (options.quotesAtOnce !== undefined) warnings.push(...longAnswers(qaFile, qa, options.quotesAtOnce));
  const contested = checkContested(contestedFile, answers, problems);
  const facts = checkAnswerList(F.facts, factsFile, answers, problems);
  const timeline = checkAnswerList(F.timeline, timelineFile, answers, problems);
  const contestedSound = !problems.some((p) => p.file === F.contested);
  checkFactsContested(
    facts,
    factsFile,
    contestedSound ? new Set(contested.map((c) => c.id)) : null,
    problems,
  );

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
    },
  };
}

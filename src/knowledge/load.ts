/**
 * Loads and validates a knowledge folder. Every problem is collected (never just the first),
 * each with its file, line, entry id, field and what to do, so a moderator can fix the file
 * from the message alone.
 *
 *   read every file -> check each on its own (entities, synonyms, the sources and their
 *   sentence files) -> rebuild the sentences of every source (the article and sources.yaml) and
 *   check attributions.yaml and the sentence files against them -> resolve every curated answer
 *   to sentence ids of any source (qa, contested, facts, timeline) -> the KnowledgeBase, with
 *   what the bot says about itself (bot.yaml, else defaults) and how people type in chat
 *   (chat.yaml, else defaults).
 */

import { markStep } from '../reload-marks.ts';
import { AnswerResolver } from './check/answers.ts';
import { botTexts } from './check/bot.ts';
import { chatWords } from './check/chat.ts';
import { checkEntities } from './check/entities.ts';
import { checkAnswerList, checkContested, checkFactsContested } from './check/lists.ts';
import { checkPassageIndex } from './check/passages.ts';
import { checkQa, longAnswers, type QaMemo } from './check/qa.ts';
import { readRelatedWords } from './check/related.ts';
import { readSources } from './check/sources.ts';
import { duplicateIds, writtenIds } from './check/unique.ts';
import {
  KNOWLEDGE_FILES,
  type KnowledgeBase,
  type ResolvedQa,
  type SourcedPassage,
  type SourceInfo,
} from './model.ts';
import type { Problem } from './problems.ts';
import { type ParsedFile, type ParsedList, type ParseMemo, Reader } from './reader.ts';
import {
  type ArticleMeta,
  ArticleMetaSchema,
  type Attribution,
  AttributionSchema,
  BotSchema,
  ChatSchema,
  ContestedSchema,
  type Entity,
  EntitySchema,
  FactSchema,
  type QaEntry,
  QaEntrySchema,
  SettingsSchema,
  type SourceEntry,
  SourceSchema,
  type SynonymGroup,
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
  /**
   * What the last load of this folder parsed and checked, reused for every file whose content
   * is the same (a reload after a one-entry edit re-parses that file only, and re-checks the
   * sentences of every source only when a file they depend on changed). Filled by this load.
   * The result is exactly what a load without it returns.
   */
  memo?: LoadMemo;
}

/**
 * What loadKnowledge keeps between loads of one folder (see LoadOptions.memo): each file's parse,
 * and the sources stage (every source's sentences checked against attributions.yaml), which
 * depends only on the parses of article.yaml, entities.yaml, synonyms.yaml, attributions.yaml
 * and sources.yaml and on the files the stage reads (texts and sentence files).
 */
export interface LoadMemo {
  parses: ParseMemo;
  /** Each curated entry as checkQa resolved it (see QaMemo). */
  qa?: QaMemo;
  /**
   * The last checkQa of qa.yaml, when it found no problem: the same parse (the same text) checked
   * against the same passages gives the same entries (a reload that did not change qa.yaml, such
   * as the one after a /kb edit wrote what it validated, does not look for duplicate wordings
   * among all 8,700 again).
   */
  qaChecked?: { file: unknown; passages: unknown; qa: ResolvedQa[] };
  sources?: {
    inputs: readonly unknown[];
    /** The files the stage read, in order, with their contents (undefined: optional, absent). */
    reads: [string, string | undefined][];
    output: SourcesStage;
  };
}

export function newLoadMemo(): LoadMemo {
  return { parses: { files: new Map(), entries: new Map(), contents: new Map() } };
}

/** What the sources stage gives the rest of the load. */
interface SourcesStage {
  sources: ReturnType<typeof readSources>;
  entities: KnowledgeBase['entities'];
  entityById: KnowledgeBase['entityById'];
  entityIds: ReturnType<typeof checkEntities>['entityIds'];
  synonyms: KnowledgeBase['synonyms'];
  passages: SourcedPassage[] | undefined;
  passageById: KnowledgeBase['passageById'] | undefined;
}

/**
 * Reads and validates a knowledge folder, every file of it. Never throws for bad content.
 * (compiled.json is the application's business: see src/app/compiled.ts.)
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  const F = KNOWLEDGE_FILES;
  // 1. Read every file: a file that cannot be read or parsed is reported, and the others still
  //    are; list files are validated entry by entry, so one bad entry hides nothing.
  const files = new Reader(dir, options.overrides, options.memo?.parses);
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
  const relatedText = files.text(F.wordnet, true);
  markStep('worker: files read and parsed');
  const problems = files.problems;
  const warnings: Problem[] = [];

  // 2-3. Every source with its text and sentences, checked (or as the last load checked them).
  const sourcesFile = files.list(F.sources, SourceSchema, true);
  const { sources, entities, entityById, synonyms, passages, passageById } = sourcesStage(
    files,
    { meta, entitiesFile, synonymsFile, attributionsFile, sourcesFile },
    options.memo,
  );
  const articleText = sources[0]?.check.text;
  markStep('worker: sources checked');

  // 4. Every curated answer, resolved to sentence ids (when a source is unreadable, only what
  //    can be checked without it is).
  const answers = new AnswerResolver(passages, problems);
  if (options.memo && !options.memo.qa) options.memo.qa = new WeakMap();
  const qa = checkedQa(qaFile, answers, problems, options.memo);
  if (options.quotesAtOnce !== undefined) warnings.push(...longAnswers(qaFile, qa, options.quotesAtOnce));
  markStep('worker: curated entries checked');
  const contested = checkContested(contestedFile, answers, problems);
  const facts = checkAnswerList(F.facts, factsFile, answers, problems);
  const timeline = checkAnswerList(F.timeline, timelineFile, answers, problems);
  checkFactsContested(factsFile, writtenIds(contestedFile), problems);
  const chat = chatWords(chatFile, { entities, synonyms }, problems, warnings);
  const related = readRelatedWords(relatedText, warnings);

  markStep('worker: other lists checked');
  // 5. The knowledge base, if nothing is wrong.
  if (problems.length > 0 || !meta.value || articleText === undefined || !passages) {
    if (problems.length === 0) problems.push({ file: F.meta, message: 'the knowledge base is incomplete' });
    return { ok: false, problems };
  }
  const bot = botTexts(botFile, meta.value, qa, warnings);
  const sourceInfos: SourceInfo[] = sources.map((s) => ({
    ...s.info,
    sentences: s.check.passages?.length ?? 0,
  }));
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
      sources: sourceInfos,
      passages,
      passageById: passageById ?? new Map(passages.map((p) => [p.id, p])),
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

/** checkQa, or its last result for the same parse and passages (see LoadMemo.qaChecked). */
function checkedQa(
  file: ParsedList<QaEntry>,
  answers: AnswerResolver,
  problems: Problem[],
  memo: LoadMemo | undefined,
): ResolvedQa[] {
  const known = memo?.qaChecked;
  if (known && known.file === file && known.passages === answers.passages) return known.qa;
  const before = problems.length;
  const qa = checkQa(file, answers, problems, memo?.qa);
  if (memo)
    memo.qaChecked = problems.length === before ? { file, passages: answers.passages, qa } : undefined;
  return qa;
}

/**
 * Steps 2 and 3 of loadKnowledge: each file on its own, every source with its text and sentence
 * file, and every source's sentences rebuilt from its text and checked against attributions.yaml
 * and its sentence file. With a memo whose inputs are the same parses and whose files have the
 * same contents, the last load's output is reused (the files are still read, in the same order,
 * for the version's hash); only a stage that found no problem is kept.
 */
function sourcesStage(
  files: Reader,
  input: {
    meta: ParsedFile<ArticleMeta>;
    entitiesFile: ParsedList<Entity>;
    synonymsFile: ParsedList<SynonymGroup>;
    attributionsFile: ParsedList<Attribution>;
    sourcesFile: ParsedList<SourceEntry>;
  },
  memo: LoadMemo | undefined,
): SourcesStage {
  const F = KNOWLEDGE_FILES;
  const inputs = [
    input.meta,
    input.entitiesFile,
    input.synonymsFile,
    input.attributionsFile,
    input.sourcesFile,
  ];
  const known = memo?.sources;
  if (
    known?.inputs.every((x, i) => x === inputs[i]) &&
    known.reads.every(([file, content]) => files.peek(file) === content)
  ) {
    for (const [file] of known.reads) files.text(file, true);
    return known.output;
  }
  const { meta, entitiesFile, synonymsFile, attributionsFile, sourcesFile } = input;
  const problems = files.problems;
  const before = problems.length;
  files.reads = [];
  const sources = readSources(files, meta, sourcesFile, problems);
  const { entities, entityById, entityIds } = checkEntities(entitiesFile, problems);
  const synonyms = synonymsFile.entries.map((e) => e.value);
  problems.push(...duplicateIds(F.synonyms, synonymsFile));
  checkPassageIndex(
    {
      texts: sources.map((s) => s.check),
      entities,
      synonyms,
      attributions: attributionsFile,
      entityIds,
      rebuildable: entitiesFile.complete && synonymsFile.complete && attributionsFile.complete,
    },
    problems,
  );
  const reads = files.reads;
  files.reads = null;
  // Every sentence of every source, the article's first; undefined when one cannot be read.
  const complete = sourcesFile.complete && sources.every((s) => s.check.passages);
  const passages: SourcedPassage[] | undefined = complete
    ? sources.flatMap((s) => (s.check.passages ?? []).map((p) => ({ ...p, source: s.info.id })))
    : undefined;
  const output: SourcesStage = {
    sources,
    entities,
    entityById,
    entityIds,
    synonyms,
    passages,
    passageById: passages && new Map(passages.map((p) => [p.id, p])),
  };
  if (memo) memo.sources = problems.length === before ? { inputs, reads, output } : undefined;
  return output;
}

/**
 * The sentences of every source of a folder (the article's passages.json and each source's
 * sentence file), for listing their ids (`npm run knowledge:check -- --sentences`); the problems
 * when they cannot be read.
 */
export function readSentences(
  dir: string,
): { ok: true; passages: SourcedPassage[] } | { ok: false; problems: Problem[] } {
  const files = new Reader(dir);
  const meta = files.yaml(KNOWLEDGE_FILES.meta, ArticleMetaSchema);
  const sources = readSources(
    files,
    meta,
    files.list(KNOWLEDGE_FILES.sources, SourceSchema, true),
    files.problems,
  );
  if (files.problems.length > 0) return { ok: false, problems: files.problems };
  return {
    ok: true,
    passages: sources.flatMap((s) => (s.check.passages ?? []).map((p) => ({ ...p, source: s.info.id }))),
  };
}

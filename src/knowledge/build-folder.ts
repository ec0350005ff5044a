/**
 * `npm run knowledge:build` and `knowledge:add-source`: the sentence files of a knowledge folder,
 * generated from every source's text (passages.json for the article, `sources/<id>.passages.json`
 * for each source of sources.yaml) with the folder's entities and curated attributions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildPassageIndex, type TextLayout } from './build.ts';
import { sourceInfo, sourceLayout } from './check/sources.ts';
import { KNOWLEDGE_FILES } from './model.ts';
import {
  ArticleMetaSchema,
  type Attribution,
  AttributionsFileSchema,
  EntitiesFileSchema,
  type Entity,
  type Passage,
  type PassagesFile,
  SourceSchema,
  type SynonymGroup,
  SynonymsFileSchema,
} from './schema.ts';

const F = KNOWLEDGE_FILES;

/** The note at the top of a sentence file. */
function generatedBy(textFile: string): string {
  return `npm run knowledge:build (do not edit by hand: edit ${textFile} or attributions.yaml and rebuild)`;
}

/** A generated sentence file: where it goes, what it holds. */
export interface SentenceFile {
  file: string;
  /** The source id (null: the article). */
  source: string | null;
  passages: Passage[];
  content: string;
}

/** What building needs besides a text: the folder's entities, synonyms and curated attributions. */
export interface BuildContext {
  entities: readonly Entity[];
  synonyms: readonly SynonymGroup[];
  attributions: readonly Attribution[];
}

/** Reads a folder's file, or its override (text not yet written). */
export type ReadFile = (file: string) => string | undefined;

export function folderReader(dir: string, overrides: Readonly<Record<string, string>> = {}): ReadFile {
  return (file) => {
    if (file in overrides) return overrides[file];
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
}

/** The entities, synonyms and attributions of a folder; throws when one is not valid. */
export function readBuildContext(read: ReadFile): BuildContext {
  const yaml = (file: string) => parse(read(file) ?? '') as unknown;
  return {
    entities: EntitiesFileSchema.parse(yaml(F.entities)),
    synonyms: SynonymsFileSchema.parse(yaml(F.synonyms)),
    attributions: AttributionsFileSchema.parse(yaml(F.attributions) ?? []),
  };
}

/** Which text a sentence file is of: the article (source null) or a source of sources.yaml. */
export interface SentenceTarget {
  source: string | null;
  /** The text, relative to the folder. */
  file: string;
  passagesFile: string;
}

/** One text's sentence file. */
export function buildSentenceFile(
  text: string,
  layout: TextLayout,
  target: SentenceTarget,
  context: BuildContext,
): { sentenceFile: SentenceFile; warnings: string[] } {
  const { passages, problems } = buildPassageIndex({
    articleText: text,
    meta: layout,
    ...(target.source ? { source: target.source, metaFile: F.sources } : {}),
    ...context,
  });
  const file: PassagesFile = { generatedBy: generatedBy(target.file), article: target.file, passages };
  return {
    sentenceFile: {
      file: target.passagesFile,
      source: target.source,
      passages,
      content: `${JSON.stringify(file, null, 2)}\n`,
    },
    warnings: problems.map((p) => p.message),
  };
}

/**
 * Every sentence file of a folder, rebuilt; throws (with the schema's message) when article.yaml,
 * sources.yaml, entities.yaml, synonyms.yaml or attributions.yaml is not valid, or a text is missing.
 */
export function buildSentenceFiles(read: ReadFile): { files: SentenceFile[]; warnings: string[] } {
  const context = readBuildContext(read);
  const meta = ArticleMetaSchema.parse(parse(read(F.meta) ?? ''));
  const entries = SourceSchema.array()
    .nullable()
    .parse(parse(read(F.sources) ?? '') ?? null);
  const files: SentenceFile[] = [];
  const warnings: string[] = [];
  const article = read(meta.file);
  if (article === undefined) throw new Error(`${meta.file} (the article named in ${F.meta}) is missing`);
  const built = buildSentenceFile(
    article,
    meta,
    { source: null, file: meta.file, passagesFile: F.passages },
    context,
  );
  files.push(built.sentenceFile);
  warnings.push(...built.warnings);
  for (const entry of entries ?? []) {
    const info = sourceInfo(entry);
    const text = read(info.file);
    if (text === undefined) throw new Error(`${info.file} (the text of source "${entry.id}") is missing`);
    const one = buildSentenceFile(
      text,
      sourceLayout(entry),
      { source: entry.id, file: info.file, passagesFile: info.passagesFile },
      context,
    );
    files.push(one.sentenceFile);
    warnings.push(...one.warnings);
  }
  return { files, warnings };
}

/**
 * article.yaml and sources.yaml: every source the bot quotes, each with its text and its
 * generated sentences, read and checked (unique ids, files inside the folder, no text held twice).
 */
import { isAbsolute, normalize } from 'node:path';
import { longDate } from '../../text/dates.ts';
import { contentHash } from '../../text/hash.ts';
import { normalizeForCompare } from '../../text/normalize.ts';
import {
  DEFAULT_ARTICLE_ID,
  defaultSourceFile,
  KNOWLEDGE_FILES,
  type SourceInfo,
  sourcePassagesFile,
} from '../model.ts';
import type { Problem } from '../problems.ts';
import type { ParsedFile, ParsedList, Reader } from '../reader.ts';
import type { ArticleMeta, SourceEntry } from '../schema.ts';
import { readPassages, type TextToCheck } from './passages.ts';
import { duplicateIds } from './unique.ts';

const F = KNOWLEDGE_FILES;

/** A source read from the folder: what the bot credits, and what is checked. */
export interface ReadSource {
  info: Omit<SourceInfo, 'sentences'>;
  check: TextToCheck;
}

/** The article's source record (article.yaml). */
export function articleInfo(meta: ArticleMeta): Omit<SourceInfo, 'sentences'> {
  return {
    id: meta.id ?? DEFAULT_ARTICLE_ID,
    file: meta.file,
    passagesFile: F.passages,
    headline: meta.headline,
    publisher: meta.publisher,
    publisherAliases: meta.publisherAliases ?? [],
    date: meta.date,
    quotedAs: meta.source,
    url: meta.url ?? null,
    language: meta.language ?? 'en',
    primary: true,
  };
}

/** A source's record (an entry of sources.yaml), its defaults filled in. */
export function sourceInfo(entry: SourceEntry): Omit<SourceInfo, 'sentences'> {
  return {
    id: entry.id,
    file: entry.file ?? defaultSourceFile(entry.id),
    passagesFile: sourcePassagesFile(entry.id),
    headline: entry.headline,
    publisher: entry.publisher,
    publisherAliases: entry.publisherAliases ?? [],
    date: entry.date,
    quotedAs: entry.source ?? `${entry.publisher}, ${longDate(entry.date)}`,
    url: entry.url ?? null,
    language: entry.language ?? 'en',
    primary: false,
  };
}

/** The section a source's untitled text is in, when sources.yaml names none: the source itself. */
export function sourceLayout(entry: SourceEntry) {
  return {
    headline: entry.headline,
    dateline: entry.dateline,
    credit: entry.credit,
    sections: entry.sections ?? [],
    leadSection: entry.leadSection ?? { id: entry.id, title: entry.headline },
  };
}

/** A path inside the knowledge folder ("sources/x.txt"), never outside it or absolute. */
function insideFolder(file: string): boolean {
  const n = normalize(file);
  return !isAbsolute(file) && n !== '..' && !n.startsWith('../') && !n.startsWith('..\\');
}

/**
 * Every source with its text and sentences: the article (when article.yaml is valid), then each
 * valid entry of sources.yaml. Problems: a source id used twice (or the article's), a file outside
 * the folder or used twice, the same text twice, a sentence file missing.
 */
export function readSources(
  files: Reader,
  meta: ParsedFile<ArticleMeta>,
  sourcesFile: ParsedList<SourceEntry>,
  problems: Problem[],
): ReadSource[] {
  const articleText = meta.value ? files.text(meta.value.file) : undefined;
  // Without a valid article.yaml the article's sentences are still checked as far as they can be
  // (the load fails anyway).
  const read: ReadSource[] = [
    {
      info: meta.value ? articleInfo(meta.value) : placeholderInfo(),
      check: {
        prefix: undefined,
        layout: meta.value,
        metaFile: F.meta,
        text: articleText,
        passagesFile: F.passages,
        passages: readPassages(files.text(F.passages), problems),
      },
    },
  ];
  problems.push(...duplicateIds(F.sources, sourcesFile));
  const articleId = meta.value ? (meta.value.id ?? DEFAULT_ARTICLE_ID) : null;
  const fileOwner = new Map<string, string>(
    meta.value ? [[normalize(meta.value.file), articleId ?? '']] : [],
  );
  const textOwner = new Map<string, string>();
  if (articleText !== undefined && articleId) textOwner.set(textKey(articleText), articleId);
  const seenIds = new Set<string>();
  for (const { index, value: entry } of sourcesFile.entries) {
    const where = { file: F.sources, line: sourcesFile.lineOf([index]), entry: entry.id };
    if (seenIds.has(entry.id)) continue; // reported by duplicateIds
    seenIds.add(entry.id);
    if (entry.id === articleId) {
      problems.push({
        ...where,
        field: 'id',
        message: `"${entry.id}" is the article's id (article.yaml): give this source another id`,
      });
      continue;
    }
    const info = sourceInfo(entry);
    if (!insideFolder(info.file)) {
      problems.push({
        ...where,
        line: sourcesFile.lineOf([index, 'file']),
        field: 'file',
        message: `"${info.file}" is outside the knowledge folder: keep the text in it, e.g. ${defaultSourceFile(entry.id)}`,
      });
      continue;
    }
    const owner = fileOwner.get(normalize(info.file));
    if (owner !== undefined) {
      problems.push({
        ...where,
        line: sourcesFile.lineOf([index, 'file']),
        field: 'file',
        message: `"${info.file}" is already the text of "${owner}": each source needs its own file`,
      });
      continue;
    }
    fileOwner.set(normalize(info.file), entry.id);
    const text = files.text(info.file);
    if (text !== undefined) {
      const key = textKey(text);
      const same = textOwner.get(key);
      if (same !== undefined)
        problems.push({
          ...where,
          field: 'file',
          message: `the same text as source "${same}": a source is held once; remove one of them`,
        });
      else textOwner.set(key, entry.id);
    }
    const passagesText = files.text(info.passagesFile, true);
    if (passagesText === undefined && !files.problems.some((p) => p.file === info.passagesFile))
      problems.push({
        file: info.passagesFile,
        message: `missing: run npm run knowledge:build to split the text of source "${entry.id}" into sentences`,
      });
    read.push({
      info,
      check: {
        prefix: entry.id,
        layout: sourceLayout(entry),
        metaFile: F.sources,
        text,
        passagesFile: info.passagesFile,
        passages: readPassages(passagesText, problems, info.passagesFile),
      },
    });
  }
  return read;
}

/** What makes two texts the same source: their words, whatever the spacing and quote marks. */
export function textKey(text: string): string {
  return contentHash(normalizeForCompare(text.replace(/^\uFEFF/, '')));
}

/** The article's record when article.yaml is invalid: never served (the load fails). */
function placeholderInfo(): Omit<SourceInfo, 'sentences'> {
  return {
    id: DEFAULT_ARTICLE_ID,
    file: '',
    passagesFile: F.passages,
    headline: '',
    publisher: '',
    publisherAliases: [],
    date: '',
    quotedAs: '',
    url: null,
    language: 'en',
    primary: true,
  };
}

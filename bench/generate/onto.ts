/**
 * A generated corpus added onto a real knowledge folder (the project's article): the real article
 * first, byte for byte, then the generated paragraphs under their own headings (cut into reports
 * after it by sources.ts, the article its own source, as a knowledge base grows); the real entities,
 * attributions and curated entries with the generated ones, the generated Q&A listed after the
 * real entries, before them, or shuffled in. The real questions (../shared/eval) must still be
 * answered from the real sentences among tens of thousands of others that share their words.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { KNOWLEDGE_FILES } from '../../src/knowledge/model.ts';
import {
  type ArticleMeta,
  ArticleMetaSchema,
  AttributionsFileSchema,
  EntitiesFileSchema,
  type Entity,
  type PassagesFile,
  PassagesFileSchema,
  type QaEntry,
  QaFileSchema,
} from '../../src/knowledge/schema.ts';
import { matchKey } from '../../src/text/normalize.ts';
import type { Article } from './article.ts';
import type { GeneratedFiles } from './folder.ts';
import type { Random } from './random.ts';

/** Where the generated curated entries go in qa.yaml. */
export type QaOrder = 'after' | 'before' | 'shuffled';
export const QA_ORDERS: readonly QaOrder[] = ['after', 'before', 'shuffled'];

export interface RealFolder {
  dir: string;
  meta: ArticleMeta;
  text: string;
  entities: Entity[];
  attributions: GeneratedFiles['attributions'];
  qa: QaEntry[];
  passages: PassagesFile;
}

export function readRealFolder(dir: string): RealFolder {
  const yaml = (file: string) => parseYaml(readFileSync(join(dir, file), 'utf8')) ?? [];
  const meta = ArticleMetaSchema.parse(yaml(KNOWLEDGE_FILES.meta));
  return {
    dir,
    meta,
    text: readFileSync(join(dir, meta.file), 'utf8'),
    entities: EntitiesFileSchema.parse(yaml(KNOWLEDGE_FILES.entities)),
    attributions: AttributionsFileSchema.parse(yaml(KNOWLEDGE_FILES.attributions)),
    qa: QaFileSchema.parse(yaml(KNOWLEDGE_FILES.qa)),
    passages: PassagesFileSchema.parse(JSON.parse(readFileSync(join(dir, KNOWLEDGE_FILES.passages), 'utf8'))),
  };
}

/**
 * How a generated sentence id moves when its paragraphs follow the real article's: generated
 * paragraph 2 (its first after the headline) becomes the real article's last paragraph + 1.
 */
export function paragraphShift(real: RealFolder): (id: string) => string {
  const last = Math.max(...real.passages.passages.map((p) => p.paragraph));
  const offset = last - 1;
  return (id: string) => {
    const m = /^p(\d+)\.s(\d+)$/.exec(id);
    if (!m) return id;
    return `p${Number(m[1]) + offset}.s${m[2]}`;
  };
}

/** The real article with the generated body (no headline, no dateline, no credit) before its credit line. */
export function combinedArticle(real: RealFolder, generated: Article): { text: string; meta: ArticleMeta } {
  const blocks = generated.text.trim().split('\n\n');
  // headline, dateline, ..., credit
  const body = blocks.slice(2, -1);
  const realText = real.text.trimEnd();
  const credit = real.meta.credit;
  if (!credit || !realText.endsWith(credit))
    throw new Error(`the real article does not end with its credit line "${credit}"`);
  const before = realText.slice(0, -credit.length).trimEnd();
  const text = `${before}\n\n${body.join('\n\n')}\n\n${credit}\n`;
  const meta = ArticleMetaSchema.parse({
    ...real.meta,
    sections: [...real.meta.sections, ...generated.sections],
  });
  return { text, meta };
}

/** Real entities, then generated ones without a name a real one already uses ("war monitor"). */
export function combinedEntities(real: readonly Entity[], generated: readonly Entity[]): Entity[] {
  const taken = new Set(
    real.flatMap((e) => [e.id, e.name, e.label, ...e.aliases].filter((n): n is string => !!n).map(matchKey)),
  );
  const ids = new Set(real.map((e) => e.id));
  const out = [...real];
  for (const e of generated) {
    if (ids.has(e.id) || taken.has(matchKey(e.name))) continue;
    out.push({ ...e, aliases: e.aliases.filter((a) => !taken.has(matchKey(a))) });
  }
  return out;
}

/** The curated entries of both, the generated ones after, before or among the real ones. */
export function combinedQa(
  real: readonly QaEntry[],
  generated: readonly QaEntry[],
  order: QaOrder,
  random: Random,
): QaEntry[] {
  if (order === 'after') return [...real, ...generated];
  if (order === 'before') return [...generated, ...real];
  return random.shuffle([...real, ...generated]);
}

/** Writes the combined folder; every real file the generator does not write is copied as it is. */
export function writeOntoFolder(dir: string, real: RealFolder, files: GeneratedFiles, header: string): void {
  mkdirSync(dir, { recursive: true });
  const written = new Set<string>([
    files.meta.file,
    KNOWLEDGE_FILES.meta,
    KNOWLEDGE_FILES.entities,
    KNOWLEDGE_FILES.attributions,
    KNOWLEDGE_FILES.qa,
    KNOWLEDGE_FILES.passages,
    KNOWLEDGE_FILES.compiled,
  ]);
  for (const entry of readdirSync(real.dir, { withFileTypes: true }))
    if (entry.isFile() && !written.has(entry.name) && !entry.name.startsWith('.'))
      copyFileSync(join(real.dir, entry.name), join(dir, entry.name));
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  write(files.meta.file, files.articleText);
  write(KNOWLEDGE_FILES.meta, header + stringify(files.meta));
  write(KNOWLEDGE_FILES.entities, header + stringify(files.entities));
  write(KNOWLEDGE_FILES.attributions, header + stringify(files.attributions));
  write(KNOWLEDGE_FILES.qa, header + stringify(files.qa));
  const passagesFile: PassagesFile = {
    generatedBy: real.passages.generatedBy,
    article: files.meta.file,
    passages: files.passages,
  };
  write(KNOWLEDGE_FILES.passages, `${JSON.stringify(passagesFile, null, 2)}\n`);
}

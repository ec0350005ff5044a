/**
 * A generated corpus as many sources rather than one long article: the last step of
 * generateKnowledge. The written article is cut at paragraph boundaries into reports of about
 * SENTENCES_PER_SOURCE sentences; the first stays the article (its ids keep no prefix), each other
 * becomes a source of sources.yaml (its own text, headline first, publisher and date, one day after
 * the one before) whose sentence ids start with its id. Every sentence id the curated files and
 * the question set cite is rewritten to its new id, and the sentence files are rebuilt by the
 * project's own code (as `npm run knowledge:build` does), then checked: every sentence keeps its
 * text under its new id.
 *
 * It works on the folder as written, so the generator before it knows nothing of sources.
 *
 * Onto a real article (onto.ts), `leadParagraphs` is the real article's last paragraph: it stays
 * the article alone, word for word, and only the generated paragraphs after it are cut into
 * reports, as a knowledge base grows by sources added after its article.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { buildSentenceFiles, folderReader } from '../../src/knowledge/build-folder.ts';
import { KNOWLEDGE_FILES } from '../../src/knowledge/model.ts';
import { ArticleMetaSchema, type Passage, type SourceEntry } from '../../src/knowledge/schema.ts';
import { splitParagraphs } from '../../src/knowledge/split.ts';
import type { GeneratedCorpus } from './types.ts';

/** About how many sentences each source holds (50,000 passages: 100 sources). */
export const SENTENCES_PER_SOURCE = 500;

const F = KNOWLEDGE_FILES;
/** A sentence id of the article as generated: "p12.s3" (not one of a source, "x.p12.s3"). */
const ARTICLE_ID = /(?<![\w.-])p(\d+)\.s(\d+)(?![\w.])/g;
/** Files that cite sentence ids. */
const CITING = [F.qa, F.contested, F.facts, F.timeline, F.attributions];

interface Block {
  text: string;
  /** The paragraph number in the article as generated; null for a section heading. */
  paragraph: number | null;
}

/** Splits the corpus written in `corpus.dir` into sources; returns it with its ids rewritten. */
export function splitIntoSources(
  corpus: GeneratedCorpus,
  options: { leadParagraphs?: number } = {},
): GeneratedCorpus {
  const { dir } = corpus;
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  const meta = ArticleMetaSchema.parse(parseYaml(read(F.meta)));
  const before = sentencesOf(dir, read);
  const leadEnd = options.leadParagraphs;

  // The article's blocks: headline, dateline, then paragraphs and headings, then the credit line.
  const headings = new Set(meta.sections.map((s) => s.title));
  const blocks: Block[] = [];
  let paragraph = 1;
  for (const text of splitParagraphs(read(meta.file)).slice(1)) {
    if (text === meta.dateline || text === meta.credit) continue;
    blocks.push({ text, paragraph: headings.has(text) ? null : ++paragraph });
  }
  // Cut where the sentences so far reach each share; a heading goes with what follows it.
  const sentencesIn = new Map<number, number>();
  for (const id of before.keys()) {
    const p = Number(/^p(\d+)/.exec(id)?.[1]);
    sentencesIn.set(p, (sentencesIn.get(p) ?? 0) + 1);
  }
  // Onto a real article, the shares are of the sentences after it, and it is a chunk of its own.
  let leadSentences = 0;
  if (leadEnd !== undefined) for (const [p, n] of sentencesIn) if (p <= leadEnd) leadSentences += n;
  const cut = before.size - leadSentences;
  const fixed = leadEnd === undefined ? 0 : 1;
  const count = Math.max(2 - fixed, Math.round(cut / SENTENCES_PER_SOURCE)) + fixed;
  const chunks: Block[][] = [[]];
  let seen = 0;
  for (const block of blocks) {
    const current = chunks[chunks.length - 1] as Block[];
    const due = leadSentences + ((chunks.length - fixed) * cut) / (count - fixed);
    const next =
      leadEnd !== undefined && chunks.length === 1
        ? block.paragraph !== null && block.paragraph > leadEnd
        : block.paragraph !== null &&
          seen >= due &&
          chunks.length < count &&
          current.some((b) => b.paragraph);
    if (next) chunks.push([]);
    (chunks[chunks.length - 1] as Block[]).push(block);
    if (block.paragraph !== null) seen += sentencesIn.get(block.paragraph) ?? 0;
  }
  // A heading left at the end of a chunk opens the next one.
  for (let k = 0; k + 1 < chunks.length; k++) {
    const chunk = chunks[k] as Block[];
    while (chunk.length > 0 && chunk[chunk.length - 1]?.paragraph === null)
      (chunks[k + 1] as Block[]).unshift(chunk.pop() as Block);
  }

  // New ids: the article keeps its own; a source's paragraphs count from 2 (its headline is 1).
  const renamed = new Map<string, string>();
  const sourceOfParagraph = new Map<number, { id: string; first: number }>();
  const entries: SourceEntry[] = [];
  const [lead, ...rest] = chunks as [Block[], ...Block[][]];
  rest.forEach((chunk, k) => {
    const id = `report-${k + 2}`;
    const first = chunk.find((b) => b.paragraph !== null)?.paragraph ?? 0;
    for (const b of chunk) if (b.paragraph !== null) sourceOfParagraph.set(b.paragraph, { id, first });
    const date = addDays(meta.date, k + 1);
    const headline = `${meta.headline}: Report ${k + 2}`;
    const sections = meta.sections.filter((s) =>
      chunk.some((b) => b.paragraph === null && b.text === s.title),
    );
    entries.push({
      id,
      headline,
      publisher: `${meta.publisher} ${k + 2}`,
      date,
      url: `https://bench.example/${id}`,
      credit: meta.credit ?? '(Bench)',
      ...(sections.length > 0 ? { sections, leadSection: meta.leadSection } : {}),
    });
    write(`sources/${id}.txt`, textOf(headline, chunk, meta.credit ?? '(Bench)'));
  });
  for (const old of before.keys()) {
    const [, p, s] = /^p(\d+)\.s(\d+)$/.exec(old) ?? [];
    const source = sourceOfParagraph.get(Number(p));
    if (source) renamed.set(old, `${source.id}.p${Number(p) - source.first + 2}.s${s}`);
  }
  const rename = (text: string) => text.replace(ARTICLE_ID, (id) => renamed.get(id) ?? id);

  const leadHeadings = new Set(lead.filter((b) => b.paragraph === null).map((b) => b.text));
  write(
    F.meta,
    rewriteYaml(read(F.meta), (doc) => ({
      ...(doc as object),
      sections: meta.sections.filter((s) => leadHeadings.has(s.title)),
    })),
  );
  write(meta.file, textOf(meta.headline, lead, meta.credit ?? '(Bench)', meta.dateline));
  for (const file of CITING) write(file, rename(read(file)));
  write(
    F.sources,
    `# Generated by bench/generate/sources.ts: the coverage after the article, ${entries.length} reports\n${stringify(entries)}`,
  );
  for (const built of buildSentenceFiles(folderReader(dir)).files) write(built.file, built.content);

  // Every sentence under its new id, word for word.
  const after = sentencesOf(dir, read);
  if (after.size !== before.size + entries.length)
    throw new Error(
      `generator bug: ${after.size} sentences after the split, not ${before.size + entries.length}`,
    );
  for (const [old, text] of before) {
    const now = renamed.get(old) ?? old;
    if (after.get(now) !== text) throw new Error(`generator bug: ${old} is not "${text}" as ${now}`);
  }
  const renameAll = (ids: string[] | null) => ids?.map((id) => renamed.get(id) ?? id) ?? null;
  return {
    ...corpus,
    passages: after.size,
    sources: entries.length + 1,
    questions: corpus.questions.map((q) => ({ ...q, expect: renameAll(q.expect) })),
    planted: { ...corpus.planted, id: renamed.get(corpus.planted.id) ?? corpus.planted.id },
  };
}

/** A text in the article's layout: headline, an optional date line, paragraphs and headings, the credit. */
function textOf(headline: string, blocks: readonly Block[], credit: string, dateline?: string): string {
  const lines = [headline, ...(dateline ? [dateline] : []), ...blocks.map((b) => b.text), credit];
  return `${lines.join('\n\n')}\n`;
}

/** Every sentence of the folder's sentence files, by id. */
function sentencesOf(dir: string, read: (file: string) => string): Map<string, string> {
  const files: string[] = [F.passages];
  try {
    const entries = (parseYaml(read(F.sources)) ?? []) as { id: string }[];
    files.push(...entries.map((e) => `sources/${e.id}.passages.json`));
  } catch {
    // No sources.yaml yet: the article alone.
  }
  const sentences = new Map<string, string>();
  for (const file of files)
    for (const p of (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { passages: Passage[] }).passages)
      sentences.set(p.id, p.text);
  return sentences;
}

/** A YAML file changed as data, its leading comment kept. */
function rewriteYaml(text: string, change: (doc: unknown) => unknown): string {
  const comment = /^(?:#.*\n)*/.exec(text)?.[0] ?? '';
  return comment + stringify(change(parseYaml(text)));
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

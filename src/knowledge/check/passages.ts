/**
 * The generated sentence files (passages.json for the article, `sources/<id>.passages.json` for
 * each source of sources.yaml) and attributions.yaml: each text's sentences must be what a rebuild
 * from its text, the entities and the curated attributions gives, every sentence verbatim in its
 * text, and every attribution pointing at the sentence it means. What cannot be checked because
 * another file is broken is left for the next run; the rest is.
 */
import { normalizeForCompare } from '../../text/normalize.ts';
import { buildPassageIndex, type TextLayout } from '../build.ts';
import { KNOWLEDGE_FILES } from '../model.ts';
import type { Problem } from '../problems.ts';
import { humanIssue, type ParsedList } from '../reader.ts';
import {
  type Attribution,
  type Entity,
  type Passage,
  PassagesFileSchema,
  type SynonymGroup,
} from '../schema.ts';
import { unknownSentenceId } from './sentence-ids.ts';

const F = KNOWLEDGE_FILES;

/** The sentences of a generated sentence file, or undefined when it is missing or invalid. */
export function readPassages(
  text: string | undefined,
  problems: Problem[],
  file: string = F.passages,
): Passage[] | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = PassagesFileSchema.safeParse(JSON.parse(text), { reportInput: true });
    if (parsed.success) return parsed.data.passages;
    for (const issue of parsed.error.issues)
      problems.push({
        file,
        field: issue.path.join('.'),
        message: `${humanIssue(issue)}; run npm run knowledge:build`,
      });
  } catch (error) {
    problems.push({
      file,
      message: `not valid JSON (${(error as Error).message}); run npm run knowledge:build`,
    });
  }
  return undefined;
}

/** One text and its generated sentences: the article, or a source of sources.yaml. */
export interface TextToCheck {
  /** The source id prefixing its sentence ids; undefined for the article. */
  prefix: string | undefined;
  /** Its metadata (undefined when article.yaml is invalid) and the file that holds it. */
  layout: TextLayout | undefined;
  metaFile: string;
  text: string | undefined;
  /** Its generated sentence file, and the sentences in it when it could be read. */
  passagesFile: string;
  passages: readonly Passage[] | undefined;
}

export interface PassageIndexInput {
  texts: readonly TextToCheck[];
  entities: readonly Entity[];
  synonyms: readonly SynonymGroup[];
  attributions: ParsedList<Attribution>;
  /** Every entity id, for speakers; null when entities.yaml could not be read. */
  entityIds: ReadonlySet<string> | null;
  /**
   * The passage index can be rebuilt: every entity, synonym group and attribution is valid (a
   * rebuild from part of them would differ for that reason alone).
   */
  rebuildable: boolean;
}

/** Rebuilds each text's sentences when it can, and checks attributions.yaml and the sentence files. */
export function checkPassageIndex(input: PassageIndexInput, problems: Problem[]): void {
  const { entities, synonyms, entityIds } = input;
  const attributions = input.attributions.entries;
  // The sentences attributions point at: each text rebuilt, else its sentence file as it is.
  const sentenceById = new Map<string, Passage>();
  let everyText = true;
  const built = input.texts.map((t) => {
    const rebuilt =
      input.rebuildable && t.layout && t.text !== undefined
        ? buildPassageIndex({
            articleText: t.text,
            meta: t.layout,
            ...(t.prefix ? { source: t.prefix } : {}),
            metaFile: t.metaFile,
            entities,
            synonyms,
            attributions: attributions.map((a) => a.value),
          })
        : undefined;
    for (const p of rebuilt?.problems ?? []) problems.push({ file: t.metaFile, message: p.message });
    const sentences = rebuilt?.passages ?? t.passages;
    if (!sentences) everyText = false;
    for (const p of sentences ?? []) sentenceById.set(p.id, p);
    return rebuilt;
  });
  const known = [...sentenceById.values()];
  for (const { index, value: a } of attributions) {
    const line = input.attributions.lineOf([index]);
    const passage = sentenceById.get(a.sentence);
    if (everyText && !passage)
      problems.push({
        file: F.attributions,
        line,
        entry: a.sentence,
        field: 'sentence',
        message: unknownSentenceId(a.sentence, known),
      });
    else if (
      passage &&
      a.starts &&
      !normalizeForCompare(passage.text).startsWith(normalizeForCompare(a.starts))
    )
      problems.push({
        file: F.attributions,
        line,
        entry: a.sentence,
        field: 'starts',
        message: `sentence ${a.sentence} starts "${passage.text.slice(0, 50)}", not "${a.starts}": the ids moved; fix the id`,
      });
    if (a.speaker && entityIds && !entityIds.has(a.speaker))
      problems.push({
        file: F.attributions,
        line,
        entry: a.sentence,
        field: 'speaker',
        message: `unknown speaker "${a.speaker}": use an id from entities.yaml, or null for the reporter`,
      });
  }
  input.texts.forEach((t, k) => {
    checkSentenceFile(t, built[k]?.passages, entityIds, problems);
  });
}

/** One generated sentence file: unique ids, each sentence verbatim in its text, and up to date. */
function checkSentenceFile(
  t: TextToCheck,
  rebuilt: readonly Passage[] | undefined,
  entityIds: ReadonlySet<string> | null,
  problems: Problem[],
): void {
  const { passages, passagesFile: file } = t;
  if (!passages) return;
  const text = t.text === undefined ? undefined : normalizeForCompare(t.text);
  const what = t.prefix ? `the text of source "${t.prefix}"` : 'the article';
  let searchFrom = 0;
  const seen = new Set<string>();
  for (const p of passages) {
    if (seen.has(p.id))
      problems.push({
        file,
        entry: p.id,
        field: 'id',
        message: 'duplicate sentence id; run npm run knowledge:build',
      });
    seen.add(p.id);
    if (p.source !== t.prefix)
      problems.push({
        file,
        entry: p.id,
        field: 'source',
        message: `not a sentence of ${what}; run npm run knowledge:build`,
      });
    if (text !== undefined) {
      // Sentences come in text order: search on from the previous one (linear, not quadratic).
      const sentence = normalizeForCompare(p.text);
      const at = text.indexOf(sentence, searchFrom);
      if (at >= 0) searchFrom = at + sentence.length;
      else if (!text.includes(sentence))
        problems.push({
          file,
          entry: p.id,
          field: 'text',
          message: `not verbatim in ${what}; run npm run knowledge:build`,
        });
    }
    if (p.speaker && entityIds && !entityIds.has(p.speaker))
      problems.push({ file, entry: p.id, field: 'speaker', message: `unknown speaker "${p.speaker}"` });
  }
  if (rebuilt && JSON.stringify(rebuilt) !== JSON.stringify(passages))
    problems.push({
      file,
      message: `out of date with ${what} or attributions.yaml: run npm run knowledge:build`,
    });
}

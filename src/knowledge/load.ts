/**
 * Loads and validates a knowledge folder. Every problem is collected (never just the first),
 * each with its file, line, entry id, field and what to do, so a moderator can fix the file
 * from the message alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { ZodArray, type z } from 'zod';
import { contentHash } from '../text/hash.ts';
import { fold, matchKey, normalizeForCompare } from '../text/normalize.ts';
import { SENTENCE_ID } from '../text/sentence-id.ts';
import { buildPassageIndex } from './build.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase, type ResolvedContested, type ResolvedQa } from './model.ts';
import type { Problem } from './problems.ts';
import {
  ArticleMetaSchema,
  AttributionsFileSchema,
  ContestedFileSchema,
  EntitiesFileSchema,
  type Entity,
  FactsFileSchema,
  type Passage,
  PassagesFileSchema,
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

interface ParsedFile<T> {
  value: T | undefined;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  entryOf(path: readonly PropertyKey[]): string | undefined;
}

class Reader {
  readonly problems: Problem[] = [];
  readonly hash = createHash('sha256');
  /** Every file read, with the hash of its content (for the compiled snapshot). */
  readonly sources: Record<string, string> = {};
  constructor(
    readonly dir: string,
    private readonly overrides: Readonly<Record<string, string>> = {},
  ) {}

  text(file: string, optional = false): string | undefined {
    try {
      const content = this.overrides[file] ?? readFileSync(join(this.dir, file), 'utf8');
      this.hash.update(file).update('\0').update(content);
      this.sources[file] = contentHash(content);
      return content;
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.problems.push({ file, message: `cannot read the file (${(error as Error).message})` });
      return undefined;
    }
  }

  yaml<S extends z.ZodType>(file: string, schema: S, optional = false): ParsedFile<z.infer<S>> {
    const none = { value: undefined, lineOf: () => undefined, entryOf: () => undefined };
    const content = this.text(file, optional);
    if (content === undefined) return none;
    const lineCounter = new LineCounter();
    const doc = parseDocument(content, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const line = error.linePos?.[0]?.line;
        this.problems.push({
          file,
          ...(line ? { line } : {}),
          message: `not valid YAML: ${error.message.split('\n')[0]} (check indentation, and put text with ":" or "#" in quotes)`,
        });
      }
      return none;
    }
    const lineOf = (path: readonly PropertyKey[]) => {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    };
    const raw = doc.toJS() as unknown;
    const entryOf = (path: readonly PropertyKey[]) => {
      if (!Array.isArray(raw) || typeof path[0] !== 'number') return undefined;
      const item = raw[path[0]] as { id?: unknown; sentence?: unknown } | undefined;
      const id = item?.id ?? item?.sentence;
      return typeof id === 'string' && id ? id : `#${path[0] + 1}`;
    };
    // An empty file (or one with only comments) is an empty list for the list files.
    const parsed = schema.safeParse(raw ?? (schema instanceof ZodArray ? [] : raw), { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.problems.push(this.issue(file, issue, lineOf, entryOf));
      return { value: undefined, lineOf, entryOf };
    }
    return { value: parsed.data as z.infer<S>, lineOf, entryOf };
  }

  private issue(
    file: string,
    issue: z.core.$ZodIssue,
    lineOf: ParsedFile<unknown>['lineOf'],
    entryOf: ParsedFile<unknown>['entryOf'],
  ): Problem {
    const path = issue.path;
    const fieldPath = typeof path[0] === 'number' ? path.slice(1) : path;
    const field = fieldPath
      .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
      .join('');
    const line = lineOf(path);
    const entry = entryOf(path);
    return {
      file,
      ...(line ? { line } : {}),
      ...(entry ? { entry } : {}),
      ...(field ? { field } : {}),
      message: humanIssue(issue),
    };
  }
}

function humanIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `missing: add this field (${issue.expected})`;
    return `expected ${issue.expected}, found ${issue.input === null ? 'nothing' : typeof issue.input}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return issue.message.startsWith('Too small')
      ? `must have at least ${issue.minimum} item(s)`
      : issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return issue.message;
}

export interface LoadOptions {
  /** File contents to use instead of what is on disk: validates an edit before it is written. */
  overrides?: Readonly<Record<string, string>>;
}

/**
 * Reads and validates a knowledge folder, every file of it. Never throws for bad content.
 * (compiled.json is the application's business: see src/app/compiled.ts.)
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  const r = new Reader(dir, options.overrides);
  const F = KNOWLEDGE_FILES;
  const meta = r.yaml(F.meta, ArticleMetaSchema);
  const entitiesFile = r.yaml(F.entities, EntitiesFileSchema);
  const synonymsFile = r.yaml(F.synonyms, SynonymsFileSchema);
  const attributionsFile = r.yaml(F.attributions, AttributionsFileSchema);
  const qaFile = r.yaml(F.qa, QaFileSchema);
  const contestedFile = r.yaml(F.contested, ContestedFileSchema, true);
  const settingsFile = r.yaml(F.settings, SettingsSchema, true);
  const factsFile = r.yaml(F.facts, FactsFileSchema, true);
  const timelineFile = r.yaml(F.timeline, TimelineFileSchema, true);
  const articleText = meta.value ? r.text(meta.value.file) : undefined;
  const passagesText = r.text(F.passages);
  const problems = r.problems;
  const warnings: Problem[] = [];

  let passages: Passage[] | undefined;
  if (passagesText !== undefined) {
    try {
      const parsed = PassagesFileSchema.safeParse(JSON.parse(passagesText), { reportInput: true });
      if (parsed.success) passages = parsed.data.passages;
      else
        for (const issue of parsed.error.issues)
          problems.push({
            file: F.passages,
            field: issue.path.join('.'),
            message: `${humanIssue(issue)}; run npm run knowledge:build`,
          });
    } catch (error) {
      problems.push({
        file: F.passages,
        message: `not valid JSON (${(error as Error).message}); run npm run knowledge:build`,
      });
    }
  }

  const entities = entitiesFile.value ?? [];
  problems.push(...duplicateIds(F.entities, entitiesFile, entities));
  const entityById = new Map<string, Entity>();
  for (const e of entities) entityById.set(e.id, e);
  const aliasOwner = new Map<string, string>();
  entities.forEach((e, i) => {
    for (const ref of [e.parent, ...(e.members ?? [])]) {
      if (ref && !entityById.has(ref))
        problems.push({
          file: F.entities,
          line: entitiesFile.lineOf([i]),
          entry: e.id,
          field: ref === e.parent ? 'parent' : 'members',
          message: `unknown entity "${ref}"`,
        });
    }
    for (const alias of [e.name, ...e.aliases]) {
      const key = fold(alias);
      const owner = aliasOwner.get(key);
      if (owner && owner !== e.id)
        problems.push({
          file: F.entities,
          line: entitiesFile.lineOf([i, 'aliases']),
          entry: e.id,
          field: 'aliases',
          message: `"${alias}" is also a name of "${owner}": a name can point to one entity only`,
        });
      aliasOwner.set(key, e.id);
    }
  });

  const synonyms = synonymsFile.value ?? [];
  problems.push(...duplicateIds(F.synonyms, synonymsFile, synonyms));

  if (
    meta.value &&
    articleText !== undefined &&
    entitiesFile.value &&
    synonymsFile.value &&
    attributionsFile.value
  ) {
    const attributions = attributionsFile.value;
    const built = buildPassageIndex({ articleText, meta: meta.value, entities, synonyms, attributions });
    for (const p of built.problems) problems.push({ file: F.meta, message: p.message });
    const builtById = new Map(built.passages.map((p) => [p.id, p]));
    const article = normalizeForCompare(articleText);
    attributions.forEach((a, i) => {
      const line = attributionsFile.lineOf([i]);
      const passage = builtById.get(a.sentence);
      if (!passage)
        problems.push({
          file: F.attributions,
          line,
          entry: a.sentence,
          field: 'sentence',
          message: `unknown sentence id "${a.sentence}": see passages.json for the ids`,
        });
      else if (a.starts && !normalizeForCompare(passage.text).startsWith(normalizeForCompare(a.starts)))
        problems.push({
          file: F.attributions,
          line,
          entry: a.sentence,
          field: 'starts',
          message: `sentence ${a.sentence} starts "${passage.text.slice(0, 50)}", not "${a.starts}": the ids moved; fix the id`,
        });
      if (a.speaker && !entityById.has(a.speaker))
        problems.push({
          file: F.attributions,
          line,
          entry: a.sentence,
          field: 'speaker',
          message: `unknown speaker "${a.speaker}": use an id from entities.yaml, or null for the reporter`,
        });
    });
    if (passages) {
      let searchFrom = 0;
      const seen = new Set<string>();
      for (const p of passages) {
        if (seen.has(p.id))
          problems.push({
            file: F.passages,
            entry: p.id,
            field: 'id',
            message: 'duplicate sentence id; run npm run knowledge:build',
          });
        seen.add(p.id);
        // Sentences come in article order: search on from the previous one (linear, not quadratic).
        const text = normalizeForCompare(p.text);
        const at = article.indexOf(text, searchFrom);
        if (at >= 0) searchFrom = at + text.length;
        else if (!article.includes(text))
          problems.push({
            file: F.passages,
            entry: p.id,
            field: 'text',
            message: 'not verbatim in the article; run npm run knowledge:build',
          });
        if (p.speaker && !entityById.has(p.speaker))
          problems.push({
            file: F.passages,
            entry: p.id,
            field: 'speaker',
            message: `unknown speaker "${p.speaker}"`,
          });
      }
      const stale = JSON.stringify(built.passages) !== JSON.stringify(passages);
      if (stale)
        problems.push({
          file: F.passages,
          message: 'out of date with the article or attributions.yaml: run npm run knowledge:build',
        });
    }
  }

  const passageById = new Map((passages ?? []).map((p) => [p.id, p]));
  const resolveAnswer = (
    refs: readonly string[],
    file: string,
    line: (k: number) => number | undefined,
    entry: string,
    field: string,
  ) => {
    const ids: string[] = [];
    refs.forEach((ref, k) => {
      const where = { file, line: line(k), entry, field: `${field}[${k}]` };
      if (SENTENCE_ID.test(ref.trim())) {
        if (passageById.has(ref.trim())) ids.push(ref.trim());
        else if (passages)
          problems.push({ ...where, message: `unknown sentence id "${ref}": see passages.json for the ids` });
        return;
      }
      const wanted = normalizeForCompare(ref);
      const hits = (passages ?? []).filter((p) => normalizeForCompare(p.text).includes(wanted));
      if (hits.length === 1 && hits[0]) ids.push(hits[0].id);
      else if (hits.length > 1)
        problems.push({
          ...where,
          message: `"${ref.slice(0, 60)}" is in ${hits.length} sentences (${hits.map((h) => h.id).join(', ')}): quote more of it or use the id`,
        });
      else if (passages)
        problems.push({
          ...where,
          message: `not verbatim in the article: "${ref.slice(0, 80)}". Paste the sentence exactly, or use its id (e.g. p4.s1)`,
        });
    });
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) problems.push({ file, line: line(0), entry, field, message: `sentence ${dup} is listed twice` });
    return [...new Set(ids)];
  };

  const qa: ResolvedQa[] = [];
  const questionOwner = new Map<string, string>();
  problems.push(...duplicateIds(F.qa, qaFile, qaFile.value ?? []));
  (qaFile.value ?? []).forEach((entry, i) => {
    const line = (path: PropertyKey[]) => qaFile.lineOf([i, ...path]);
    [entry.question, ...entry.paraphrases].forEach((q, k) => {
      const key = matchKey(q);
      const field = k === 0 ? 'question' : `paraphrases[${k - 1}]`;
      const owner = questionOwner.get(key);
      if (owner !== undefined)
        problems.push({
          file: F.qa,
          line: line(k === 0 ? ['question'] : ['paraphrases', k - 1]),
          entry: entry.id,
          field,
          message: `duplicate question "${q}": also in entry "${owner}"`,
        });
      questionOwner.set(key, entry.id);
    });
    const answerIds = resolveAnswer(entry.answer, F.qa, (k) => line(['answer', k]), entry.id, 'answer');
    if (answerIds.length > 3)
      warnings.push({
        file: F.qa,
        line: line(['answer']),
        entry: entry.id,
        field: 'answer',
        message: `${answerIds.length} sentences: only the first 3 are shown at once, the rest behind "More"`,
      });
    qa.push({ ...entry, answerIds });
  });

  const contested: ResolvedContested[] = [];
  const contestedIds = new Set((contestedFile.value ?? []).map((c) => c.id));
  problems.push(...duplicateIds(F.contested, contestedFile, contestedFile.value ?? []));
  (contestedFile.value ?? []).forEach((c, i) => {
    const sides = c.sides.map((side, s) => ({
      label: side.label,
      ids: resolveAnswer(
        side.answer,
        F.contested,
        (k) => contestedFile.lineOf([i, 'sides', s, 'answer', k]),
        c.id,
        `sides[${s}].answer`,
      ),
    }));
    contested.push({ id: c.id, topic: c.topic, sides });
  });

  const facts = resolveAnswerList(F.facts, factsFile, resolveAnswer, problems);
  const timeline = resolveAnswerList(F.timeline, timelineFile, resolveAnswer, problems);
  const contestedUsable = !problems.some((p) => p.file === F.contested);
  facts.forEach((fact, i) => {
    if (fact.contested && contestedUsable && !contestedIds.has(fact.contested))
      problems.push({
        file: F.facts,
        line: factsFile.lineOf([i, 'contested']),
        entry: fact.id,
        field: 'contested',
        message: `unknown contested point "${fact.contested}": use an id from contested.yaml`,
      });
  });

  if (problems.length > 0 || !meta.value || articleText === undefined || !passages) {
    if (problems.length === 0) problems.push({ file: F.meta, message: 'the knowledge base is incomplete' });
    return { ok: false, problems };
  }
  return {
    ok: true,
    warnings,
    sources: r.sources,
    kb: {
      dir,
      version: r.hash.digest('hex').slice(0, 12),
      loadedAt: new Date(),
      meta: meta.value,
      articleText,
      passages,
      passageById,
      entities,
      entityById,
      synonyms,
      qa,
      contested,
      settings: settingsFile.value ?? { abstainBelow: 0.5 },
      facts,
      timeline,
    },
  };
}

// --- facts.yaml and timeline.yaml ------------------------------------------------------------

type ResolveAnswer = (
  refs: readonly string[],
  file: string,
  line: (k: number) => number | undefined,
  entry: string,
  field: string,
) => string[];

/**
 * Checks the ids of an optional list file (facts, timeline) and resolves each entry's `answer`
 * with loadKnowledge's own resolveAnswer, so references follow exactly the rules of qa.yaml.
 */
function resolveAnswerList<T extends { id: string; answer: string[] }>(
  file: string,
  parsed: ParsedFile<T[]>,
  resolveAnswer: ResolveAnswer,
  problems: Problem[],
): (T & { answerIds: string[] })[] {
  problems.push(...duplicateIds(file, parsed, parsed.value ?? []));
  return (parsed.value ?? []).map((entry, i) => {
    const line = (k: number) => parsed.lineOf([i, 'answer', k]);
    return { ...entry, answerIds: resolveAnswer(entry.answer, file, line, entry.id, 'answer') };
  });
}

/** One problem for every entry whose id an earlier entry of the same file already has. */
function duplicateIds(
  file: string,
  parsed: ParsedFile<unknown>,
  items: readonly { id: string }[],
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, i);
      return;
    }
    const at = parsed.lineOf([earlier, 'id']);
    problems.push({
      file,
      line: parsed.lineOf([i, 'id']),
      entry: item.id,
      field: 'id',
      message: `duplicate id: ${at ? `already used at line ${at}; ` : ''}each entry needs its own id`,
    });
  });
  return problems;
}

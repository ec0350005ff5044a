/**
 * Reading the files of a knowledge folder: text, YAML with the line of every node (so a
 * problem can name its line), and schema validation with messages for people.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { contentHash } from '../text/hash.ts';
import type { Problem } from './problems.ts';
import { yamlSyntaxProblem } from './yaml-errors.ts';

export interface ParsedFile<T> {
  /** The content, when it passed the schema. */
  value: T | undefined;
  /** The file was there and is valid YAML (its content may still have failed the schema). */
  parsed: boolean;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  entryOf(path: readonly PropertyKey[]): string | undefined;
}

/** A list file, validated entry by entry: one bad entry does not hide the others. */
export interface ParsedList<T> extends Omit<ParsedFile<T[]>, 'value'> {
  /** The entries that passed the schema, each with its position in the file (for lines). */
  entries: { index: number; value: T }[];
  /** The id written in each entry, valid or not, by position: for references and duplicates. */
  ids: (string | undefined)[];
  /** The file parsed as a list and every entry passed the schema. */
  complete: boolean;
}

/** An optional file that is not there. */
const ABSENT = Symbol('absent');

interface YamlDocument {
  raw: unknown;
  lineOf: ParsedFile<unknown>['lineOf'];
  entryOf: ParsedFile<unknown>['entryOf'];
}

/** Reads the files of one knowledge folder, collecting every problem; hashes what it read. */
export class Reader {
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

  /** A YAML file holding one object (article.yaml, settings.yaml, bot.yaml). */
  yaml<S extends z.ZodType>(file: string, schema: S, optional = false): ParsedFile<z.infer<S>> {
    const doc = this.document(file, optional);
    if (!doc || doc === ABSENT)
      return { value: undefined, parsed: false, lineOf: () => undefined, entryOf: () => undefined };
    const { raw, lineOf, entryOf } = doc;
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) this.problems.push(this.issue(file, issue, lineOf, entryOf));
      return { value: undefined, parsed: true, lineOf, entryOf };
    }
    return { value: result.data as z.infer<S>, parsed: true, lineOf, entryOf };
  }

  /**
   * A YAML file holding a list of entries (entities.yaml, qa.yaml, ...), each validated on its
   * own so that every entry's problems are reported, and the valid entries can still be checked.
   * An empty file (or one with only comments) is an empty list.
   */
  list<S extends z.ZodType>(file: string, item: S, optional = false): ParsedList<z.infer<S>> {
    const doc = this.document(file, optional);
    const none = { entries: [], ids: [], lineOf: () => undefined, entryOf: () => undefined };
    // An optional file that is not there is an empty list; one that cannot be read or parsed is unknown.
    if (doc === ABSENT) return { ...none, parsed: true, complete: true };
    if (!doc) return { ...none, parsed: false, complete: false };
    const { raw, lineOf, entryOf } = doc;
    if (raw === null || raw === undefined) return { ...none, parsed: true, complete: true };
    if (!Array.isArray(raw)) {
      const result = z.array(item).safeParse(raw, { reportInput: true });
      for (const issue of result.error?.issues ?? [])
        this.problems.push(this.issue(file, issue, lineOf, entryOf));
      return { ...none, lineOf, entryOf, parsed: true, complete: false };
    }
    const entries: { index: number; value: z.infer<S> }[] = [];
    raw.forEach((value: unknown, index) => {
      const result = item.safeParse(value, { reportInput: true });
      if (result.success) entries.push({ index, value: result.data as z.infer<S> });
      else
        for (const issue of result.error.issues)
          this.problems.push(this.issue(file, { ...issue, path: [index, ...issue.path] }, lineOf, entryOf));
    });
    const ids = raw.map((value: unknown) => {
      const id = (value as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    });
    return { entries, ids, lineOf, entryOf, parsed: true, complete: entries.length === raw.length };
  }

  /** Reads and parses a YAML file; a syntax error is reported with its line and column. */
  private document(file: string, optional: boolean): YamlDocument | typeof ABSENT | null {
    const problems = this.problems.length;
    const content = this.text(file, optional);
    if (content === undefined) return this.problems.length === problems ? ABSENT : null;
    const lineCounter = new LineCounter();
    const doc = parseDocument(content, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      this.problems.push(yamlSyntaxProblem(file, content, doc.errors, lineCounter));
      return null;
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
    return { raw, lineOf, entryOf };
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

/** A zod issue in words a person editing the file understands. */
export function humanIssue(issue: z.core.$ZodIssue): string {
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

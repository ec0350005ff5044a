/**
 * Reading the files of a knowledge folder: text, YAML with the line of every node (so a
 * problem can name its line), and schema validation with messages for people.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { ZodArray, type z } from 'zod';
import { contentHash } from '../text/hash.ts';
import type { Problem } from './problems.ts';

export interface ParsedFile<T> {
  value: T | undefined;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  entryOf(path: readonly PropertyKey[]): string | undefined;
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

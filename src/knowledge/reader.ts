/**
 * Reading the files of a knowledge folder: text, YAML with the line of every node (so a
 * problem can name its line), and schema validation with messages for people.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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

/**
 * What a Reader parsed last time, by file, with the content it parsed: the next load of the same
 * folder (a reload, an edit validated) reuses the parse of every file whose content is the same
 * string, problems included. Kept by the caller (see LoadMemo in load.ts); results are never
 * modified by their users, so sharing them between loads is safe.
 */
export interface ParseMemo {
  files: Map<string, { content: string | null; result: unknown; problems: Problem[] }>;
  /** Each list file's entries as parsed alone, by their text (see Reader.chunked). */
  entries: Map<string, Map<string, unknown>>;
  /**
   * Files read before and unchanged since, by name (see Reader.read): at 50,000 passages a
   * reload after a one-entry edit of qa.yaml would otherwise read every source's files again
   * (tens of megabytes) only to find them the same (issue 15).
   */
  contents?: Map<string, { stat: string; content: string; hash: string }>;
  /**
   * A list entry's value as it passed its schema, by the entry as parsed (the same object while
   * its text is the same, see entries): an unchanged entry is not validated again, and stays the
   * same object from one load to the next (issue 15).
   */
  valid?: WeakMap<object, { schema: unknown; value: unknown }>;
}

/**
 * How long after its last change a file's status is trusted to tell a later change: a write in
 * the same tick of the file system's clock as the read would not change it (as git's "racily
 * clean" files). Generous, for file systems that count in seconds.
 */
const SETTLED_MS = 3000;

/** Reads the files of one knowledge folder, collecting every problem; hashes what it read (the version). */
export class Reader {
  readonly problems: Problem[] = [];
  readonly hash = createHash('sha256');
  /** Every file read, with the hash of its content (for the compiled snapshot). */
  readonly sources: Record<string, string> = {};
  /** Contents looked at with peek() and not read yet: text() takes them from here. */
  private readonly peeked = new Map<string, string>();
  /** While set, every file text() reads is listed here with its content (see LoadMemo). */
  reads: [string, string | undefined][] | null = null;
  constructor(
    readonly dir: string,
    private readonly overrides: Readonly<Record<string, string>> = {},
    private readonly memo?: ParseMemo,
  ) {}

  text(file: string, optional = false): string | undefined {
    try {
      const content = this.peeked.get(file) ?? this.overrides[file] ?? this.read(file);
      this.peeked.delete(file);
      const known = this.memo?.contents?.get(file);
      const digest = known?.content === content ? known.hash : contentHash(content);
      this.sources[file] = digest;
      // The version is a hash of every file's own hash, in order, not of every file's content:
      // a file read before and unchanged since is not hashed again (at 50,000 passages, 25 MB of
      // sentences at every reload after a one-entry edit; issue 15).
      this.hash.update(file).update('\0').update(digest).update('\0');
      this.reads?.push([file, content]);
      return content;
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.reads?.push([file, undefined]);
        return undefined;
      }
      this.problems.push({ file, message: `cannot read the file (${(error as Error).message})` });
      return undefined;
    }
  }

  /**
   * A file's content without reading it (not hashed, not counted): the next text() of that file
   * returns this same content. undefined when it cannot be read.
   */
  peek(file: string): string | undefined {
    const known = this.peeked.get(file) ?? this.overrides[file];
    if (known !== undefined) return known;
    try {
      const content = this.read(file);
      this.peeked.set(file, content);
      return content;
    } catch {
      return undefined;
    }
  }

  /**
   * A file's content from the disk, or the content read last time when its status (inode, size,
   * times of change) is the same and was settled then (see SETTLED_MS). Throws as readFileSync.
   */
  private read(file: string): string {
    const path = join(this.dir, file);
    const contents = this.memo?.contents;
    const status = contents && statSync(path, { throwIfNoEntry: false });
    if (!contents || !status) return readFileSync(path, 'utf8');
    const stat = `${status.ino}:${status.size}:${status.mtimeMs}:${status.ctimeMs}`;
    const known = contents.get(file);
    if (known?.stat === stat) return known.content;
    const content = readFileSync(path, 'utf8');
    if (Date.now() - Math.max(status.mtimeMs, status.ctimeMs) > SETTLED_MS)
      contents.set(file, { stat, content, hash: contentHash(content) });
    else contents.delete(file);
    return content;
  }

  /** A file read and parsed by `parse`, or the parse of the same content from the memo. */
  private memoised<T>(file: string, optional: boolean, parse: (content: string | undefined) => T): T {
    const before = this.problems.length;
    const content = this.text(file, optional);
    // An optional file that is not there is remembered too (null); one that cannot be read is not.
    const key = content ?? (this.problems.length === before ? null : undefined);
    const known = key === undefined ? undefined : this.memo?.files.get(file);
    if (known && known.content === key) {
      this.problems.push(...known.problems);
      return known.result as T;
    }
    const result = parse(content);
    if (key !== undefined && this.memo)
      this.memo.files.set(file, { content: key, result, problems: this.problems.slice(before) });
    return result;
  }

  /** A YAML file holding one object (article.yaml, settings.yaml, bot.yaml). */
  yaml<S extends z.ZodType>(file: string, schema: S, optional = false): ParsedFile<z.infer<S>> {
    const before = this.problems.length;
    return this.memoised(file, optional, (content) => this.yamlOf(file, schema, content, before));
  }

  private yamlOf<S extends z.ZodType>(
    file: string,
    schema: S,
    content: string | undefined,
    before: number,
  ): ParsedFile<z.infer<S>> {
    const doc = this.document(file, content, before);
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
    const before = this.problems.length;
    return this.memoised(file, optional, (content) => this.listOf(file, item, content, before));
  }

  private listOf<S extends z.ZodType>(
    file: string,
    item: S,
    content: string | undefined,
    before: number,
  ): ParsedList<z.infer<S>> {
    const doc =
      (content !== undefined && this.chunked(file, content)) || this.document(file, content, before);
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
    if (this.memo && !this.memo.valid) this.memo.valid = new WeakMap();
    const valid = this.memo?.valid;
    raw.forEach((value: unknown, index) => {
      const known = typeof value === 'object' && value !== null ? valid?.get(value) : undefined;
      if (known?.schema === item) {
        entries.push({ index, value: known.value as z.infer<S> });
        return;
      }
      const result = item.safeParse(value, { reportInput: true });
      if (result.success) {
        entries.push({ index, value: result.data as z.infer<S> });
        if (typeof value === 'object' && value !== null)
          valid?.set(value, { schema: item, value: result.data });
      } else
        for (const issue of result.error.issues)
          this.problems.push(this.issue(file, { ...issue, path: [index, ...issue.path] }, lineOf, entryOf));
    });
    const ids = raw.map((value: unknown) => {
      const id = (value as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    });
    return { entries, ids, lineOf, entryOf, parsed: true, complete: entries.length === raw.length };
  }

  /**
   * A list file parsed entry by entry, each entry's text parsed alone unless the last parse of the
   * file had the same text (a one-entry edit of a 50,000-entry qa.yaml parses one entry, not the
   * file: issue 15). Only with a memo, and only for the plain layout every list file has: each
   * entry a "- " line at the left margin, then lines indented or blank or comments, and nothing a
   * part parsed alone could read differently (anchors, aliases, tags, directives, flow style at
   * the left margin). Anything else, or any entry that does not parse alone as one entry: null,
   * and the whole file is parsed as it always was. Lines of problems are those of the file.
   */
  private chunked(file: string, content: string): YamlDocument | null {
    if (!this.memo) return null;
    const lines = content.split('\n');
    const starts: number[] = [];
    for (const [n, line] of lines.entries()) {
      if (line.startsWith('- ') || line === '-') starts.push(n);
      else if (line !== '' && line[0] !== ' ' && line[0] !== '#' && line !== '\r') return null;
    }
    const first = starts[0];
    if (first === undefined) return null;
    // Comments and blank lines before the first entry belong to no entry.
    const known = this.memo.entries?.get(file);
    const parsed = new Map<string, unknown>();
    const raw: unknown[] = [];
    const texts: string[] = [];
    for (const [k, start] of starts.entries()) {
      const text = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
      let value = parsed.get(text) ?? known?.get(text);
      if (value === undefined) {
        // An alias of an anchor in another entry does not parse alone: the whole file is parsed.
        let js: unknown;
        try {
          const doc = parseDocument(text, { prettyErrors: false });
          js = doc.errors.length === 0 && doc.warnings.length === 0 ? doc.toJS() : undefined;
        } catch {
          return null;
        }
        if (!Array.isArray(js) || js.length !== 1 || js[0] === undefined) return null;
        value = js[0];
      }
      parsed.set(text, value);
      raw.push(value);
      texts.push(text);
    }
    this.memo.entries.set(file, parsed);
    // Lines only when a problem is reported: the entry's text parsed again, its lines shifted.
    const docs = new Map<number, { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter }>();
    const lineOf = (path: readonly PropertyKey[]) => {
      const k = path[0];
      if (typeof k !== 'number' || !texts[k]) return first + 1;
      let parsedEntry = docs.get(k);
      if (!parsedEntry) {
        const lineCounter = new LineCounter();
        parsedEntry = {
          doc: parseDocument(texts[k] as string, { lineCounter, prettyErrors: false }),
          lineCounter,
        };
        docs.set(k, parsedEntry);
      }
      const { doc, lineCounter } = parsedEntry;
      const inner = [0, ...path.slice(1)];
      for (let n = inner.length; n >= 1; n--) {
        const node = doc.getIn(inner.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range)
          return (starts[k] as number) + lineCounter.linePos(node.range[0]).line;
      }
      return (starts[k] as number) + 1;
    };
    return { raw, lineOf, entryOf: (path) => entryOfRaw(raw, path) };
  }

  /**
   * Parses a YAML file's content; a syntax error is reported with its line and column. No
   * content: ABSENT when the file is optional and not there, null when it could not be read
   * (reading it reported a problem since `before`).
   */
  private document(
    file: string,
    content: string | undefined,
    before: number,
  ): YamlDocument | typeof ABSENT | null {
    if (content === undefined) return this.problems.length === before ? ABSENT : null;
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
    return { raw, lineOf, entryOf: (path) => entryOfRaw(raw, path) };
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

/** The entry a path of a list file is in: its id (or sentence), else its position. */
function entryOfRaw(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (!Array.isArray(raw) || typeof path[0] !== 'number') return undefined;
  const item = raw[path[0]] as { id?: unknown; sentence?: unknown } | undefined;
  const id = item?.id ?? item?.sentence;
  return typeof id === 'string' && id ? id : `#${path[0] + 1}`;
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

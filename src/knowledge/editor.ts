/**
 * Edits of knowledge/qa.yaml made from Discord (or any program), safe next to hand edits:
 *
 *   lock -> read the file as it is on disk now -> change only the entry concerned in the
 *   YAML document (comments and layout of every other entry stay byte for byte) ->
 *   validate the whole knowledge base with the new text -> record the change as pending in
 *   the audit trail -> write it to a temporary file -> if qa.yaml is still the text the change
 *   was made on, rename over it, else start again on the new text -> mark the record done ->
 *   unlock.
 *
 * Validating the whole knowledge base is the slow step (hundreds of milliseconds): whoever
 * serves the knowledge passes a `validate` that does it off the thread answering questions (the
 * application's knowledge worker), and the editor only waits for it. Without one it validates
 * here, which suits the command-line tools.
 *
 * The lock (store/file-lock.ts) holds across processes, containers and hosts. Because every
 * edit re-reads the file under the lock and checks it again just before the rename, a hand
 * edit saved since the bot loaded, or while the edit was being validated, is never
 * overwritten: the change is applied on top of it. An edit that would make the knowledge
 * invalid is refused with the exact problems, and nothing is written. A process killed
 * between the write and the record leaves a pending record, which reconcile() settles by
 * comparing it with the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { markStep } from '../reload-marks.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { withFileLock } from '../store/file-lock.ts';
import { type LoadResult, loadKnowledge } from './load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from './model.ts';
import type { Problem } from './problems.ts';
import type { QaEntry } from './schema.ts';

/** How yaml re-prints a document so that untouched parts come out exactly as they went in. */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The fields of a Q&A entry as written in the file. */
export type QaFields = Pick<QaEntry, 'id' | 'question' | 'paraphrases' | 'answer'> &
  Partial<Pick<QaEntry, 'note' | 'topic' | 'more'>>;

export type QaChange = Partial<Omit<QaFields, 'id'>>;

export type EditOutcome =
  | {
      ok: true;
      before: QaFields | null;
      after: QaFields | null;
      kb: KnowledgeBase;
    }
  | {
      ok: false;
      /**
       * changing: qa.yaml kept changing under the edit; unrecorded: the audit trail refused it;
       * refused: the `check` option refused the knowledge it would make; unavailable: the shared
       * knowledge database cannot be reached (app/shared-knowledge.ts).
       */
      reason:
        | 'not-found'
        | 'exists'
        | 'conflict'
        | 'invalid'
        | 'changing'
        | 'unrecorded'
        | 'refused'
        | 'unavailable';
      message: string;
      problems: Problem[];
    };

/** Validates the knowledge folder with some files replaced by new text (the edit), as loadKnowledge does. */
export type Validate = (overrides: Readonly<Record<string, string>>, entryId: string) => Promise<LoadResult>;

/** A change about to be written, as the audit trail records it (sha-256 of the whole file). */
export interface PendingEdit {
  entryId: string;
  before: QaFields | null;
  after: QaFields | null;
  beforeHash: string;
  afterHash: string;
  knowledgeVersion: string;
}

/** A recorded change not yet settled (AppDatabase.pendingChanges). */
export interface PendingRecord {
  id: number;
  /** What was done: the audit action ("add", "source-add", ...). */
  action?: string;
  entryId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  beforeHash: string | null;
  afterHash: string | null;
}

/** The audit trail as the editor sees it (AppDatabase and every Store are one): sync or async. */
export interface EditLedger {
  pendingChanges(): readonly PendingRecord[] | Promise<readonly PendingRecord[]>;
  settleChange(id: number, state: 'done' | 'aborted'): void | Promise<void>;
}

/** How one edit is recorded (AppDatabase.recorder): before the write, so a crash cannot skip it. */
export interface EditRecorder {
  ledger: EditLedger;
  /** Records the change as pending; returns its id. If it throws (or rejects), nothing is written. */
  begin(edit: PendingEdit): number | Promise<number>;
}

export interface QaEditorOptions {
  /** Validates an edit (default: loadKnowledge on this thread). See Validate. */
  validate?: Validate;
  /** Makes the change in the file's text (default: applyQaOperation on this thread). */
  apply?: (text: string, operation: QaOperation) => Promise<AppliedQaOperation>;
  /**
   * A last look at the valid knowledge an edit would make, before anything is recorded or
   * written: a message refuses the edit (e.g. the file on disk lost most of its entries since the
   * version served, which an edit must not make current), null lets it through.
   */
  check?: (kb: KnowledgeBase) => string | null;
  /** Called each time an edit is over, whatever its outcome (see editsInFlight). */
  onSettled?: () => void;
  /**
   * For tests: called under the lock once the change is validated and recorded, just before it is
   * written, and once it is written (before the record is marked done).
   */
  hooks?: {
    beforeWrite?: () => void | Promise<void>;
    afterWrite?: () => void | Promise<void>;
  };
}

/** Starts over on the new text at most this many times while someone keeps saving qa.yaml. */
const MAX_ATTEMPTS = 5;

export class QaEditor {
  readonly file: string;
  private inFlight = 0;

  constructor(
    readonly dir: string,
    private readonly options: QaEditorOptions = {},
  ) {
    this.file = join(dir, KNOWLEDGE_FILES.qa);
  }

  /**
   * Settles the changes a process recorded but could not mark done (it died between writing and
   * recording): done if the file is as they left it (or holds their entry as they wrote it),
   * otherwise aborted. Run at start and before reading the history; every edit also does it.
   * Returns how many were settled.
   */
  async reconcile(ledger: EditLedger): Promise<number> {
    if (!(await ledger.pendingChanges()).some((row) => !isSourceChange(row))) return 0;
    return withFileLock(this.file, () => settlePending(ledger, readFileSync(this.file, 'utf8')));
  }

  /** How many edits are under way in this process (waiting for the lock, validating, writing). */
  get editsInFlight(): number {
    return this.inFlight;
  }

  /** The entries as they are on disk now. */
  entries(): QaFields[] {
    const doc = parseDocument(readFileSync(this.file, 'utf8'));
    return (doc.toJS() as QaFields[] | null) ?? [];
  }

  add(entry: QaFields, record?: EditRecorder): Promise<EditOutcome> {
    return this.change(entry.id, record, { op: 'add', entry });
  }

  edit(id: string, change: QaChange, record?: EditRecorder): Promise<EditOutcome> {
    return this.change(id, record, { op: 'edit', id, change });
  }

  remove(id: string, record?: EditRecorder): Promise<EditOutcome> {
    return this.change(id, record, { op: 'remove', id });
  }

  /**
   * Puts an entry back as it was (undo): `entry` null removes it, otherwise adds or replaces it.
   * `unchangedSince` is checked under the lock against the entry on disk, so a hand edit saved
   * after the change being undone is never overwritten.
   */
  restore(
    id: string,
    entry: QaFields | null,
    unchangedSince?: (current: QaFields | null) => boolean,
    record?: EditRecorder,
  ): Promise<EditOutcome> {
    return this.change(id, record, { op: 'restore', id, entry }, unchangedSince);
  }

  private change(
    id: string,
    record: EditRecorder | undefined,
    operation: QaOperation,
    unchangedSince?: (current: QaFields | null) => boolean,
  ): Promise<EditOutcome> {
    this.inFlight++;
    const settled = () => {
      this.inFlight--;
      this.options.onSettled?.();
    };
    const edit = withFileLock(this.file, async (): Promise<EditOutcome> => {
      markStep('edit: lock taken');
      for (let attempt = 1; ; attempt++) {
        const text = readFileSync(this.file, 'utf8');
        const applied = this.options.apply
          ? await this.options.apply(text, operation)
          : applyQaOperation(text, operation);
        if ('unreadable' in applied) return invalid(applied.unreadable, []);
        if ('refused' in applied) return { ok: false as const, ...applied.refused, problems: [] };
        const { next, before, after } = applied;
        if (unchangedSince && !unchangedSince(before)) {
          return {
            ok: false,
            reason: 'conflict',
            message: `"${id}" was changed after that change (by hand in qa.yaml): undoing it would lose that edit.`,
            problems: [],
          };
        }
        markStep('edit: change made in the text');
        const overrides = { [KNOWLEDGE_FILES.qa]: next };
        const result = this.options.validate
          ? await this.options.validate(overrides, id)
          : loadKnowledge(this.dir, { overrides });
        markStep('edit: validated');
        if (!result.ok) {
          const mine = result.problems.filter(
            (p) => p.file !== KNOWLEDGE_FILES.qa || !p.entry || p.entry === id,
          );
          return invalid(
            'the change would make the knowledge invalid.',
            mine.length > 0 ? mine : result.problems,
          );
        }
        const refusal = this.options.check?.(result.kb);
        if (refusal) return { ok: false, reason: 'refused', message: refusal, problems: [] };
        const done = { ok: true as const, before, after, kb: result.kb };
        if (next === text) return done;

        // Recorded before it is written: a crash after the rename leaves a pending record, never none.
        let recordId: number | undefined;
        if (record) {
          try {
            // Changes left pending by a writer that died are settled against the file as it is
            // now, before this edit changes it.
            await settlePending(record.ledger, text);
            recordId = await record.begin({
              entryId: id,
              before,
              after,
              beforeHash: sha256(text),
              afterHash: sha256(next),
              knowledgeVersion: result.kb.version,
            });
          } catch (error) {
            return {
              ok: false,
              reason: 'unrecorded',
              message: `the change could not be recorded in the audit trail (${(error as Error).message}).`,
              problems: [],
            };
          }
        }
        await this.options.hooks?.beforeWrite?.();
        let written: boolean;
        try {
          // Compared with the file just before the rename: a hand save during validation is kept.
          written = writeFileAtomic(this.file, next, { basedOn: text });
        } catch (error) {
          if (recordId !== undefined) await settleQuietly(record, recordId, 'aborted');
          throw error;
        }
        if (!written) {
          if (recordId !== undefined) await settleQuietly(record, recordId, 'aborted');
          if (attempt < MAX_ATTEMPTS) continue; // Start again on the text saved meanwhile.
          return {
            ok: false,
            reason: 'changing',
            message:
              'qa.yaml kept changing on disk while the change was being saved (is someone editing it by hand?); try again in a moment.',
            problems: [],
          };
        }
        markStep('edit: written');
        await this.options.hooks?.afterWrite?.();
        if (recordId !== undefined) await settleQuietly(record, recordId, 'done');
        return done;
      }
    });
    edit.then(settled, settled);
    return edit;
  }
}

/**
 * One change of qa.yaml as data, made by applyQaOperation: by the editor, or on another thread
 * (see QaEditorOptions.apply).
 */
export type QaOperation =
  | { op: 'add'; entry: QaFields }
  | { op: 'edit'; id: string; change: QaChange }
  | { op: 'remove'; id: string }
  /** Puts an entry back as it was: null removes it, otherwise it is added or replaced. */
  | { op: 'restore'; id: string; entry: QaFields | null };

/** The text of qa.yaml with an operation made, the entry before and after it; or why not. */
export type AppliedQaOperation =
  | { next: string; before: QaFields | null; after: QaFields | null }
  | { refused: { reason: 'not-found' | 'exists'; message: string } }
  | { unreadable: string };

/**
 * Makes one change in the text of qa.yaml, changing only the entry concerned in the YAML
 * document (comments and layout of every other entry stay byte for byte). Pure: no file is read
 * or written. At 50,000 passages qa.yaml is large enough that parsing and printing it takes the
 * better part of a second, which is why LiveKnowledge has it done on the knowledge worker, and
 * why an edit is made in the entry's own lines when the layout allows it (editInPlace).
 */
export function applyQaOperation(
  text: string,
  operation: QaOperation,
  /** false: the whole document parsed and printed even for an edit (tests compare both ways). */
  inPlace = true,
): AppliedQaOperation {
  if (operation.op === 'edit' && inPlace) {
    const edited = editInPlace(text, operation);
    if (edited) return edited;
  }
  const doc: Document = parseDocument(text);
  if (doc.errors.length > 0) {
    return {
      unreadable: `qa.yaml cannot be read right now (${doc.errors[0]?.message.split('\n')[0]}); fix the file first.`,
    };
  }
  if (!doc.contents) doc.contents = doc.createNode([]) as YAMLSeq;
  const seq = doc.contents;
  if (!isSeq(seq)) return { unreadable: 'qa.yaml must be a list of entries; fix the file first.' };
  const id = operation.op === 'add' ? operation.entry.id : operation.id;
  const index = seq.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
  const before = index >= 0 ? ((seq.items[index] as YAMLMap).toJSON() as QaFields) : null;
  switch (operation.op) {
    case 'add': {
      if (index >= 0)
        return { refused: { reason: 'exists', message: `An entry "${id}" already exists: use /kb edit.` } };
      const node = doc.createNode(clean(operation.entry)) as YAMLMap;
      flowLists(node);
      node.spaceBefore = seq.items.length > 0;
      seq.items.push(node);
      break;
    }
    case 'edit': {
      const node = seq.items[index];
      if (index < 0 || !isMap(node)) return { refused: notFound(id) };
      changeEntry(doc, node, operation.change);
      break;
    }
    case 'remove': {
      if (index < 0) return { refused: notFound(id) };
      const [removed] = seq.items.splice(index, 1);
      // Keep the comment that sat above the removed entry (a section title) with the next one.
      const next = seq.items[index] as YAMLMap | undefined;
      if (removed && isMap(removed) && removed.commentBefore && next && !next.commentBefore) {
        next.commentBefore = removed.commentBefore;
      }
      break;
    }
    case 'restore': {
      if (operation.entry === null) {
        if (index >= 0) seq.items.splice(index, 1);
        break;
      }
      const node = doc.createNode(clean(operation.entry)) as YAMLMap;
      flowLists(node);
      const old = seq.items[index];
      if (index >= 0 && isMap(old)) {
        node.commentBefore = old.commentBefore;
        node.spaceBefore = old.spaceBefore;
        seq.items[index] = node;
      } else {
        node.spaceBefore = seq.items.length > 0;
        seq.items.push(node);
      }
      break;
    }
  }
  const after = (doc.toJS() as QaFields[]).find((e) => e.id === id) ?? null;
  return { next: doc.toString(PRINT), before, after };
}

/** An edit's change made in an entry's node (an empty value removes the field). */
function changeEntry(doc: Document, node: YAMLMap, change: QaChange): void {
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value === '' || (Array.isArray(value) && value.length === 0 && key !== 'answer')) node.delete(key);
    else {
      const valueNode = doc.createNode(value);
      if (isSeq(valueNode)) valueNode.flow = key === 'answer';
      node.set(key, valueNode);
    }
  }
}

/**
 * applyQaOperation's edit made in the entry's own lines only: the entry found, parsed, changed
 * and printed alone, every other line kept as it is (which the whole document printed keeps
 * too), so that a /kb edit of a 50,000-passage qa.yaml does not parse and print the whole file
 * (issue 15). Only for the plain layout Reader.chunked reads entry by entry (each entry a "- "
 * line at the left margin, then lines indented, blank or comments), and an entry whose id is
 * written as it is; anything else: null, and the whole document is edited.
 */
function editInPlace(text: string, operation: { id: string; change: QaChange }): AppliedQaOperation | null {
  // Lines ending in \r\n: the whole document's printer ends every line in \n, so it does it.
  if (text.includes('\r')) return null;
  const lines = text.split('\n');
  const starts: number[] = [];
  for (const [n, line] of lines.entries()) {
    if (line.startsWith('- ') || line === '-') starts.push(n);
    else if (line !== '' && line[0] !== ' ' && line[0] !== '#' && line !== '\r') return null;
  }
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1] ?? lines.length;
    // An entry holding the id as written, then parsed to be sure (the first such entry, as the
    // whole document's edit finds the first entry of that id).
    const entryLines = lines.slice(start, end);
    if (!entryLines.some((line) => line.includes(operation.id))) continue;
    // The comments and blank lines after the entry belong to what follows it: kept as they are.
    let last = entryLines.length;
    while (last > 1 && /^(#.*)?\r?$/.test(entryLines[last - 1] as string)) last--;
    const body = entryLines.slice(0, last).join('\n');
    const doc = parseDocument(body);
    if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
    const seq = doc.contents;
    const node = isSeq(seq) && seq.items.length === 1 ? seq.items[0] : undefined;
    if (!isMap(node)) return null;
    if (String(node.get('id')) !== operation.id) {
      // Another entry mentions the id: an earlier one with this id written otherwise is not possible
      // to rule out here, so only a plain `id:` line of another id lets the search go on.
      if (typeof node.get('id') === 'string') continue;
      return null;
    }
    const before = node.toJSON() as QaFields;
    changeEntry(doc, node, operation.change);
    const printed = doc.toString(PRINT).replace(/\n$/, '');
    const after = ((doc.toJS() as QaFields[])[0] ?? null) as QaFields | null;
    const next = [...lines.slice(0, start), printed, ...entryLines.slice(last), ...lines.slice(end)].join(
      '\n',
    );
    return { next, before, after };
  }
  return null;
}

/** A recorded change of sources.yaml (/kb source add or remove), not of qa.yaml. */
export function isSourceChange(row: PendingRecord): boolean {
  return row.action?.startsWith('source-') === true;
}

/** A record that cannot be settled now stays pending, and the next reconcile settles it. */
async function settleQuietly(
  record: EditRecorder | undefined,
  id: number,
  state: 'done' | 'aborted',
): Promise<void> {
  try {
    await record?.ledger.settleChange(id, state);
  } catch {
    // See above.
  }
}

/**
 * Settles every pending record against `text`, the file as it is now (under the lock): done
 * when the file is what the change wrote, aborted when it is what the change started from;
 * when it has changed since either way (a hand edit), done if the entry reads as the change
 * left it, otherwise aborted. Returns how many were settled.
 */
async function settlePending(ledger: EditLedger, text: string): Promise<number> {
  // Source changes are settled against sources.yaml (SourceEditor.reconcile), not qa.yaml.
  const pending = (await ledger.pendingChanges()).filter((row) => !isSourceChange(row));
  if (pending.length === 0) return 0;
  const hash = sha256(text);
  let entries: Record<string, unknown>[] | undefined;
  const entryOnDisk = (id: string | null) => {
    entries ??= parseEntries(text);
    return entries.find((e) => e.id === id) ?? null;
  };
  for (const row of pending) {
    let landed: boolean;
    if (row.afterHash === hash) landed = true;
    else if (row.beforeHash === hash) landed = false;
    else {
      const current = entryOnDisk(row.entryId);
      landed = sameFields(current, row.after) && !sameFields(current, row.before);
    }
    await ledger.settleChange(row.id, landed ? 'done' : 'aborted');
  }
  return pending.length;
}

function parseEntries(text: string): Record<string, unknown>[] {
  const doc = parseDocument(text);
  const js = doc.errors.length > 0 ? null : (doc.toJS() as unknown);
  return Array.isArray(js)
    ? js.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    : [];
}

/** The same entry, field for field; a missing optional field is an empty one. */
function sameFields(a: Record<string, unknown> | null, b: Record<string, unknown> | null): boolean {
  if (a === null || b === null) return a === b;
  const canonical = (e: Record<string, unknown>) =>
    JSON.stringify(clean({ ...(e as unknown as QaFields), paraphrases: (e.paraphrases as string[]) ?? [] }));
  return canonical(a) === canonical(b);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function notFound(id: string) {
  return { reason: 'not-found' as const, message: `There is no entry "${id}". /kb list shows the ids.` };
}

function invalid(message: string, problems: Problem[]): EditOutcome {
  return { ok: false, reason: 'invalid', message, problems };
}

/** Field order as a person would write it; empty optional fields left out. */
function clean(entry: QaFields): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entry.id };
  if (entry.topic) out.topic = entry.topic;
  out.question = entry.question;
  if (entry.paraphrases.length > 0) out.paraphrases = entry.paraphrases;
  out.answer = entry.answer;
  if (entry.more) out.more = true;
  if (entry.note) out.note = entry.note;
  return out;
}

/** `answer: [p4.s1, p4.s2]` on one line, as in the hand-written entries. */
function flowLists(node: YAMLMap): void {
  const answer = node.get('answer', true);
  if (isSeq(answer)) answer.flow = true;
}

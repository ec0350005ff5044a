/**
 * Edits of knowledge/qa.yaml made from Discord (or any program), safe next to hand edits:
 *
 *   lock -> read the file as it is on disk now -> change only the entry concerned in the
 *   YAML document (comments and layout of every other entry stay byte for byte) ->
 *   validate the whole knowledge base with the new text -> write atomically -> unlock.
 *
 * Because every edit re-reads the file under the lock, a hand edit saved since the bot
 * loaded is never overwritten: the change is applied on top of it. An edit that would make
 * the knowledge invalid is refused with the exact problems, and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { withFileLock } from '../store/file-lock.ts';
import { loadKnowledge } from './load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from './model.ts';
import type { Problem } from './problems.ts';
import type { QaEntry } from './schema.ts';

/** How yaml re-prints a document so that untouched parts come out exactly as they went in. */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The fields of a Q&A entry as written in the file. */
export type QaFields = Pick<QaEntry, 'id' | 'question' | 'paraphrases' | 'answer'> &
  Partial<Pick<QaEntry, 'note' | 'topic'>>;

export type QaChange = Partial<Omit<QaFields, 'id'>>;

export type EditOutcome =
  | { ok: true; before: QaFields | null; after: QaFields | null; kb: KnowledgeBase }
  | {
      ok: false;
      reason: 'not-found' | 'exists' | 'conflict' | 'invalid';
      message: string;
      problems: Problem[];
    };

export class QaEditor {
  readonly file: string;

  constructor(readonly dir: string) {
    this.file = join(dir, KNOWLEDGE_FILES.qa);
  }

  /** The entries as they are on disk now. */
  entries(): QaFields[] {
    const doc = parseDocument(readFileSync(this.file, 'utf8'));
    return (doc.toJS() as QaFields[] | null) ?? [];
  }

  add(entry: QaFields): Promise<EditOutcome> {
    return this.change(entry.id, (doc, seq, index) => {
      if (index >= 0)
        return { reason: 'exists', message: `An entry "${entry.id}" already exists: use /kb edit.` };
      const node = doc.createNode(clean(entry)) as YAMLMap;
      flowLists(node);
      node.spaceBefore = seq.items.length > 0;
      seq.items.push(node);
      return null;
    });
  }

  edit(id: string, change: QaChange): Promise<EditOutcome> {
    return this.change(id, (doc, seq, index) => {
      const node = seq.items[index];
      if (index < 0 || !isMap(node)) return notFound(id);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined) continue;
        if (value === '' || (Array.isArray(value) && value.length === 0 && key !== 'answer'))
          node.delete(key);
        else {
          const valueNode = doc.createNode(value);
          if (isSeq(valueNode)) valueNode.flow = key === 'answer';
          node.set(key, valueNode);
        }
      }
      return null;
    });
  }

  remove(id: string): Promise<EditOutcome> {
    return this.change(id, (_doc, seq, index) => {
      if (index < 0) return notFound(id);
      const [removed] = seq.items.splice(index, 1);
      // Keep the comment that sat above the removed entry (a section title) with the next one.
      const next = seq.items[index] as YAMLMap | undefined;
      if (removed && isMap(removed) && removed.commentBefore && next && !next.commentBefore) {
        next.commentBefore = removed.commentBefore;
      }
      return null;
    });
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
  ): Promise<EditOutcome> {
    return this.change(id, (doc, seq, index) => {
      const current = index >= 0 ? ((seq.items[index] as YAMLMap).toJSON() as QaFields) : null;
      if (unchangedSince && !unchangedSince(current)) {
        return {
          reason: 'conflict',
          message: `"${id}" was changed after that change (by hand in qa.yaml): undoing it would lose that edit.`,
        };
      }
      if (entry === null) {
        if (index >= 0) seq.items.splice(index, 1);
        return null;
      }
      const node = doc.createNode(clean(entry)) as YAMLMap;
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
      return null;
    });
  }

  private change(
    id: string,
    apply: (
      doc: Document,
      seq: YAMLSeq,
      index: number,
    ) => { reason: 'not-found' | 'exists' | 'conflict'; message: string } | null,
  ): Promise<EditOutcome> {
    return withFileLock(this.file, () => {
      const text = readFileSync(this.file, 'utf8');
      const doc: Document = parseDocument(text);
      if (doc.errors.length > 0) {
        return invalid(
          `qa.yaml cannot be read right now (${doc.errors[0]?.message.split('\n')[0]}); fix the file first.`,
          [],
        );
      }
      if (!doc.contents) doc.contents = doc.createNode([]) as YAMLSeq;
      const seq = doc.contents;
      if (!isSeq(seq)) return invalid('qa.yaml must be a list of entries; fix the file first.', []);
      const index = seq.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
      const before = index >= 0 ? ((seq.items[index] as YAMLMap).toJSON() as QaFields) : null;
      const refused = apply(doc, seq, index);
      if (refused) return { ok: false as const, ...refused, problems: [] };
      const next = doc.toString(PRINT);
      const result = loadKnowledge(this.dir, { overrides: { [KNOWLEDGE_FILES.qa]: next } });
      if (!result.ok) {
        const mine = result.problems.filter(
          (p) => p.file !== KNOWLEDGE_FILES.qa || !p.entry || p.entry === id,
        );
        return invalid(
          'The change was not saved: it would make the knowledge invalid.',
          mine.length > 0 ? mine : result.problems,
        );
      }
      if (next !== text) writeFileAtomic(this.file, next);
      const after = (doc.toJS() as QaFields[]).find((e) => e.id === id) ?? null;
      return { ok: true as const, before, after, kb: result.kb };
    });
  }
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
  if (entry.note) out.note = entry.note;
  return out;
}

/** `answer: [p4.s1, p4.s2]` on one line, as in the hand-written entries. */
function flowLists(node: YAMLMap): void {
  const answer = node.get('answer', true);
  if (isSeq(answer)) answer.flow = true;
}

/**
 * Adding and removing sources (sources.yaml and each source's files), from the command line
 * (`npm run knowledge:add-source`, `knowledge:remove-source`) or Discord (`/kb source`), as safely
 * as QaEditor edits qa.yaml, and under the same lock, so that the two never interleave:
 *
 *   lock -> read sources.yaml as it is on disk now -> check the source (text, fields, not held
 *   already) -> split it into sentences and attribute their speakers -> validate the whole
 *   knowledge with the new files -> record the change as pending in the audit trail -> write the
 *   source's text and sentences, then sources.yaml only if it is still the text the change was
 *   made on (else start again on the new text) -> mark the record done -> unlock.
 *
 * sources.yaml is written last, in one rename: until then the new files are not part of the
 * knowledge, so a reload at any moment sees the folder before the change or after it, never half.
 * Removing writes sources.yaml first, then deletes the source's files. A source whose sentences
 * other files cite (qa.yaml, contested.yaml, facts.yaml, timeline.yaml, attributions.yaml) is not
 * removed: the refusal lists every citation.
 *
 * New names in the source are proposed (propose-entities.ts), written next to it for a moderator
 * to review, never added to entities.yaml by themselves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { writeFileAtomic } from '../store/atomic-file.ts';
import { withFileLock } from '../store/file-lock.ts';
import { Lexicon } from '../text/lexicon.ts';
import { normalizeForCompare } from '../text/normalize.ts';
import { sourcePrefixOf } from '../text/sentence-id.ts';
import { buildSentenceFile, folderReader, readBuildContext } from './build-folder.ts';
import { articleInfo, sourceInfo, sourceLayout, textKey } from './check/sources.ts';
import { type EditLedger, isSourceChange, type Validate } from './editor.ts';
import { type LoadResult, loadKnowledge } from './load.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase, SOURCES_DIR, type SourceInfo } from './model.ts';
import type { Problem } from './problems.ts';
import { type Proposals, proposalsFile, proposeEntities } from './propose-entities.ts';
import {
  ArticleMetaSchema,
  type Passage,
  PassagesFileSchema,
  type SourceEntry,
  SourceSchema,
} from './schema.ts';
import { decodeSourceText, type HeldSource, prepareSource, type SourceFields } from './source-input.ts';

const F = KNOWLEDGE_FILES;

/** How yaml re-prints a document so that untouched parts come out exactly as they went in. */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Starts over on the new text at most this many times while someone keeps saving sources.yaml. */
const MAX_ATTEMPTS = 5;

/** A new source whose sentences are nearly all (this share) in a held source is that source again. */
const DUPLICATE_SHARE = 0.8;

/** The top of a new sources.yaml. */
const SOURCES_HEADER = `# The sources that followed the article (article.yaml), one entry each; their texts are in
# sources/. Add one with npm run knowledge:add-source or /kb source add: a source's sentence ids
# start with its id (wire.p2.s1). After editing by hand, run npm run knowledge:build.
`;

/** A source change about to be written, as the audit trail records it (sha-256 of sources.yaml). */
export interface PendingSourceEdit {
  /** `source:<id>`. */
  entryId: string;
  before: SourceEntry | null;
  after: SourceEntry | null;
  beforeHash: string;
  afterHash: string;
  knowledgeVersion: string;
}

/** How a source change is recorded: before the write, so a crash cannot skip it (see QaEditor). */
export interface SourceRecorder {
  ledger: EditLedger;
  begin(edit: PendingSourceEdit): number | Promise<number>;
}

export interface SourceEditorOptions {
  /** Validates the folder with some files replaced (default: loadKnowledge on this thread). */
  validate?: Validate;
  /** A last look at the knowledge a change would start from or make (see QaEditorOptions.check). */
  check?: (kb: KnowledgeBase) => string | null;
}

export type SourceOutcome =
  | {
      ok: true;
      entry: SourceEntry;
      info: SourceInfo;
      /** The knowledge with the change, validated. */
      kb: KnowledgeBase;
      /** Added: the source's sentences, the names proposed and the file they were written to. */
      passages: Passage[];
      proposals: Proposals;
      proposalsFile: string | null;
    }
  | {
      ok: false;
      /**
       * refused: the source or the fields are not acceptable (said in `message`); invalid: the
       * knowledge would not be valid (`problems`); cited: other files cite its sentences
       * (`problems`); changing: sources.yaml kept changing; unrecorded: the audit trail refused it;
       * unavailable: the shared knowledge database cannot be reached (app/shared-knowledge.ts).
       */
      reason: 'refused' | 'not-found' | 'invalid' | 'cited' | 'changing' | 'unrecorded' | 'unavailable';
      message: string;
      problems: Problem[];
    };

type Failed = Extract<SourceOutcome, { ok: false }>;

function refused(message: string, reason: Failed['reason'] = 'refused', problems: Problem[] = []): Failed {
  return { ok: false, reason, message, problems };
}

/** Where a source's generated names file goes: next to its text. */
export function proposalsFileOf(id: string): string {
  return `${SOURCES_DIR}/${id}.proposed-entities.yaml`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class SourceEditor {
  private readonly lockFile: string;

  constructor(
    readonly dir: string,
    private readonly options: SourceEditorOptions = {},
  ) {
    // The lock of qa.yaml's editor: a source change and a Q&A edit never interleave.
    this.lockFile = join(dir, F.qa);
  }

  /**
   * Settles the source changes a process recorded but could not mark done (it died between
   * writing sources.yaml and the record): done if sources.yaml is as they left it, or holds (or,
   * for a removal, no longer holds) their source; otherwise aborted. Returns how many.
   */
  async reconcile(ledger: EditLedger): Promise<number> {
    if (!(await ledger.pendingChanges()).some(isSourceChange)) return 0;
    return withFileLock(this.lockFile, () => settlePendingSources(ledger, readSourcesText(this.dir)));
  }

  /** Adds a source from its text file's bytes and the fields typed with it. */
  add(bytes: Uint8Array, fields: SourceFields, record?: SourceRecorder): Promise<SourceOutcome> {
    const decoded = decodeSourceText(bytes);
    if (!decoded.ok) return Promise.resolve(refused(decoded.message));
    return withFileLock(this.lockFile, async () => {
      for (let attempt = 1; ; attempt++) {
        const read = this.readSources();
        if (!read.ok) return read;
        const { doc, text: before, entries, article } = read;
        const held: HeldSource[] = [article, ...entries].map((s) => ({
          id: s.id,
          url: s.url ?? null,
          headline: s.headline,
          publisher: s.publisher,
          date: s.date,
        }));
        const prepared = prepareSource(decoded.text, fields, held);
        if (!prepared.ok) return refused(prepared.message);
        const { entry, text } = prepared;
        const info = sourceInfo(entry);
        const files = folderReader(this.dir);
        let context: ReturnType<typeof readBuildContext>;
        try {
          context = readBuildContext(files);
        } catch (error) {
          return refused(
            `the knowledge folder cannot be read right now (${(error as Error).message.split('\n')[0]}); run npm run knowledge:check and fix it first.`,
          );
        }
        const built = buildSentenceFile(
          text,
          sourceLayout(entry),
          { source: entry.id, file: info.file, passagesFile: info.passagesFile },
          context,
        );
        const duplicate = this.duplicateOf(text, built.sentenceFile.passages, [
          { id: article.id, file: article.file, passagesFile: F.passages },
          ...entries.map((e) => sourceInfo(e)),
        ]);
        if (duplicate) return refused(duplicate);
        for (const file of [info.file, info.passagesFile]) {
          const there = files(file);
          if (there !== undefined && file === info.file && there !== text)
            return refused(
              `${file} already exists and is not this text (a file no source names): move it away or give another id.`,
            );
        }
        const proposals = proposeEntities(
          built.sentenceFile.passages,
          context.entities,
          new Lexicon({ entities: context.entities, synonyms: context.synonyms }),
        );
        const proposalsText = proposalsFile(entry.id, proposals, built.sentenceFile.passages);
        const next = withEntry(doc, before, entry);
        const result = await this.validate(
          { [F.sources]: next, [info.file]: text, [info.passagesFile]: built.sentenceFile.content },
          `source ${entry.id}`,
        );
        if (!result.ok)
          return refused('the source would make the knowledge invalid.', 'invalid', result.problems);
        const refusal = this.options.check?.(result.kb);
        if (refusal) return refused(refusal);
        const recorded = await this.begin(record, {
          entryId: `source:${entry.id}`,
          before: null,
          after: entry,
          beforeHash: sha256(before ?? ''),
          afterHash: sha256(next),
          knowledgeVersion: result.kb.version,
        });
        if (!recorded.ok) return recorded;
        const written: string[] = [];
        const hadBefore = new Set([info.file, info.passagesFile].filter((f) => files(f) !== undefined));
        let done = false;
        try {
          mkdirSync(join(this.dir, SOURCES_DIR), { recursive: true });
          mkdirSync(dirname(join(this.dir, info.file)), { recursive: true });
          for (const [file, content] of [
            [info.file, text],
            [info.passagesFile, built.sentenceFile.content],
          ] as const) {
            writeFileAtomic(join(this.dir, file), content);
            written.push(file);
          }
          done = writeFileAtomic(join(this.dir, F.sources), next, { basedOn: before });
        } finally {
          if (!done) {
            for (const file of written)
              if (!hadBefore.has(file)) rmSync(join(this.dir, file), { force: true });
            await settleQuietly(record, recorded.id, 'aborted');
          }
        }
        if (!done) {
          if (attempt < MAX_ATTEMPTS) continue; // Start again on the sources.yaml saved meanwhile.
          return refused(
            'sources.yaml kept changing on disk while the source was being added (is someone editing it by hand?); try again in a moment.',
            'changing',
          );
        }
        await settleQuietly(record, recorded.id, 'done');
        let proposalsPath: string | null = null;
        if (proposals.entities.length > 0 || proposals.aliases.length > 0) {
          // Not part of the knowledge (the loader never reads it): a failure here loses nothing.
          try {
            writeFileAtomic(join(this.dir, proposalsFileOf(entry.id)), proposalsText);
            proposalsPath = proposalsFileOf(entry.id);
          } catch {
            proposalsPath = null;
          }
        }
        const served = result.kb.sources.find((s) => s.id === entry.id);
        return {
          ok: true,
          entry,
          info: served ?? { ...info, sentences: built.sentenceFile.passages.length },
          kb: result.kb,
          passages: built.sentenceFile.passages,
          proposals,
          proposalsFile: proposalsPath,
        };
      }
    });
  }

  /** Removes a source of sources.yaml and its files, unless other files cite its sentences. */
  remove(id: string, record?: SourceRecorder): Promise<SourceOutcome> {
    return withFileLock(this.lockFile, async () => {
      for (let attempt = 1; ; attempt++) {
        const read = this.readSources();
        if (!read.ok) return read;
        const { doc, text: before, entries, article } = read;
        if (id === article.id)
          return refused(
            `"${id}" is the story's article (article.yaml): it cannot be removed, only the sources that followed it.`,
          );
        const index = entries.findIndex((e) => e.id === id);
        const entry = entries[index];
        if (!entry || before === null)
          return refused(
            `there is no source "${id}". Sources: ${[article.id, ...entries.map((e) => e.id)].join(', ')}.`,
            'not-found',
          );
        const current = await this.validate({}, `source ${id}`);
        if (!current.ok)
          return refused('the knowledge folder has problems; fix them first.', 'invalid', current.problems);
        const refusal = this.options.check?.(current.kb);
        if (refusal) return refused(refusal);
        const citations = citationsOf(current.kb, id);
        if (citations.length > 0)
          return refused(
            `other files cite sentences of "${id}": change or remove these first, then remove the source.`,
            'cited',
            citations,
          );
        const next = withoutEntry(doc, id);
        const result = await this.validate({ [F.sources]: next }, `source ${id}`);
        if (!result.ok)
          return refused('removing it would make the knowledge invalid.', 'invalid', result.problems);
        const recorded = await this.begin(record, {
          entryId: `source:${id}`,
          before: entry,
          after: null,
          beforeHash: sha256(before),
          afterHash: sha256(next),
          knowledgeVersion: result.kb.version,
        });
        if (!recorded.ok) return recorded;
        let done = false;
        try {
          done = writeFileAtomic(join(this.dir, F.sources), next, { basedOn: before });
        } finally {
          if (!done) await settleQuietly(record, recorded.id, 'aborted');
        }
        if (!done) {
          if (attempt < MAX_ATTEMPTS) continue;
          return refused(
            'sources.yaml kept changing on disk while the source was being removed (is someone editing it by hand?); try again in a moment.',
            'changing',
          );
        }
        await settleQuietly(record, recorded.id, 'done');
        // No longer part of the knowledge: its files go (the audit trail keeps its entry).
        const info = sourceInfo(entry);
        for (const file of [info.passagesFile, proposalsFileOf(id), info.file])
          rmSync(join(this.dir, file), { force: true });
        return {
          ok: true,
          entry,
          info: { ...info, sentences: current.kb.sources.find((s) => s.id === id)?.sentences ?? 0 },
          kb: result.kb,
          passages: [],
          proposals: { entities: [], aliases: [] },
          proposalsFile: null,
        };
      }
    });
  }

  private validate(overrides: Readonly<Record<string, string>>, what: string): Promise<LoadResult> {
    return this.options.validate
      ? this.options.validate(overrides, what)
      : Promise.resolve(loadKnowledge(this.dir, { overrides }));
  }

  private async begin(
    record: SourceRecorder | undefined,
    edit: PendingSourceEdit,
  ): Promise<{ ok: true; id: number | undefined } | Failed> {
    if (!record) return { ok: true, id: undefined };
    try {
      // Changes left pending by a writer that died are settled against the file as it is now.
      await settlePendingSources(record.ledger, readSourcesText(this.dir));
      return { ok: true, id: await record.begin(edit) };
    } catch (error) {
      return refused(
        `the change could not be recorded in the audit trail (${(error as Error).message}).`,
        'unrecorded',
      );
    }
  }

  /** sources.yaml as a YAML document (to edit keeping comments), its entries, and the article's record. */
  private readSources():
    | {
        ok: true;
        doc: Document;
        text: string | null;
        entries: SourceEntry[];
        article: Omit<SourceInfo, 'sentences'>;
      }
    | Failed {
    let meta: ReturnType<typeof ArticleMetaSchema.parse>;
    try {
      meta = ArticleMetaSchema.parse(parseDocument(readFileSync(join(this.dir, F.meta), 'utf8')).toJS());
    } catch {
      return refused(`${F.meta} cannot be read right now; run npm run knowledge:check and fix it first.`);
    }
    const text = readSourcesText(this.dir);
    const doc: Document = parseDocument(text ?? SOURCES_HEADER);
    if (doc.errors.length > 0)
      return refused(
        `${F.sources} cannot be read right now (${doc.errors[0]?.message.split('\n')[0]}); fix the file first.`,
      );
    if (!doc.contents) doc.contents = doc.createNode([]) as YAMLSeq;
    if (!isSeq(doc.contents)) return refused(`${F.sources} must be a list of sources; fix the file first.`);
    const entries: SourceEntry[] = [];
    for (const item of doc.contents.items) {
      const parsed = SourceSchema.safeParse(isMap(item) ? item.toJSON() : item);
      if (!parsed.success)
        return refused(
          `${F.sources} has an entry that is not valid; run npm run knowledge:check and fix it first.`,
        );
      entries.push(parsed.data);
    }
    return { ok: true, doc, text, entries, article: articleInfo(meta) };
  }

  /**
   * Why a text is a source already held, if it is: the same text (spacing aside), or nearly all
   * of its sentences word for word in one source.
   */
  private duplicateOf(
    text: string,
    passages: readonly Passage[],
    held: readonly { id: string; file: string; passagesFile: string }[],
  ): string | null {
    const key = textKey(text);
    const mine = passages.filter((p) => p.paragraph > 1).map((p) => normalizeForCompare(p.text));
    for (const source of held) {
      let heldText: string;
      try {
        heldText = readFileSync(join(this.dir, source.file), 'utf8');
      } catch {
        continue;
      }
      if (textKey(heldText) === key) return `this text is already held as source "${source.id}".`;
      if (mine.length === 0) continue;
      const sentences = new Set(heldSentences(this.dir, source.passagesFile).map(normalizeForCompare));
      const same = mine.filter((s) => sentences.has(s)).length;
      if (same / mine.length >= DUPLICATE_SHARE)
        return `this is source "${source.id}" again: ${same} of its ${mine.length} sentences are already in it, word for word.`;
    }
    return null;
  }
}

/** sources.yaml as it is now; null when there is none. */
function readSourcesText(dir: string): string | null {
  try {
    return readFileSync(join(dir, F.sources), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Settles every pending source change against sources.yaml as it is now (see reconcile). */
async function settlePendingSources(ledger: EditLedger, text: string | null): Promise<number> {
  const pending = (await ledger.pendingChanges()).filter(isSourceChange);
  if (pending.length === 0) return 0;
  const hash = sha256(text ?? '');
  const doc = text === null ? null : parseDocument(text);
  const listed = new Set(
    doc && doc.errors.length === 0 && isSeq(doc.contents)
      ? doc.contents.items.map((item) => (isMap(item) ? String(item.get('id')) : ''))
      : [],
  );
  for (const row of pending) {
    const id = row.entryId?.replace(/^source:/, '') ?? '';
    let landed: boolean;
    if (row.afterHash === hash) landed = true;
    else if (row.beforeHash === hash) landed = false;
    else landed = row.after !== null ? listed.has(id) : !listed.has(id);
    await ledger.settleChange(row.id, landed ? 'done' : 'aborted');
  }
  return pending.length;
}

function heldSentences(dir: string, passagesFile: string): string[] {
  try {
    const parsed = PassagesFileSchema.safeParse(JSON.parse(readFileSync(join(dir, passagesFile), 'utf8')));
    return parsed.success ? parsed.data.passages.map((p) => p.text) : [];
  } catch {
    return [];
  }
}

/** sources.yaml's text with `entry` appended (every other entry and comment as it was). */
function withEntry(doc: Document, before: string | null, entry: SourceEntry): string {
  const seq = doc.contents as YAMLSeq;
  const node = doc.createNode(entry) as YAMLMap;
  node.spaceBefore = seq.items.length > 0;
  seq.items.push(node);
  const text = doc.toString(PRINT);
  return before === null && !text.startsWith('#') ? `${SOURCES_HEADER}${text}` : text;
}

/** sources.yaml's text without the entry `id`; a comment above it stays with the next one. */
function withoutEntry(doc: Document, id: string): string {
  const seq = doc.contents as YAMLSeq;
  const index = seq.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
  const [removed] = seq.items.splice(index, 1);
  const next = seq.items[index] as YAMLMap | undefined;
  if (removed && isMap(removed) && removed.commentBefore && next && !next.commentBefore)
    next.commentBefore = removed.commentBefore;
  return doc.toString(PRINT);
}

/** Every place the knowledge cites a sentence of source `id`: curated answers, sides, facts, events, attributions. */
export function citationsOf(kb: KnowledgeBase, id: string): Problem[] {
  const of = (ids: readonly string[]) => ids.filter((s) => sourcePrefixOf(s) === id);
  const found: Problem[] = [];
  const cite = (file: string, entry: string, ids: readonly string[]) => {
    const mine = of(ids);
    if (mine.length > 0) found.push({ file, entry, message: `cites ${mine.join(', ')}` });
  };
  for (const q of kb.qa) cite(F.qa, q.id, q.answerIds);
  for (const c of kb.contested)
    cite(
      F.contested,
      c.id,
      c.sides.flatMap((s) => s.ids),
    );
  for (const f of kb.facts) cite(F.facts, f.id, f.answerIds);
  for (const t of kb.timeline) cite(F.timeline, t.id, t.answerIds);
  for (const p of kb.passages)
    if (p.source === id && p.attribution === 'curated')
      found.push({ file: F.attributions, entry: p.id, message: `names the speaker of ${p.id}` });
  return found;
}

async function settleQuietly(
  record: SourceRecorder | undefined,
  id: number | undefined,
  state: 'done' | 'aborted',
): Promise<void> {
  if (!record || id === undefined) return;
  try {
    await record.ledger.settleChange(id, state);
  } catch {
    // Left pending: the next reconcile settles it against sources.yaml.
  }
}

/**
 * An answer in qa.yaml, contested.yaml, facts.yaml or timeline.yaml is a list of sentence ids or
 * of sentences (or parts of one) pasted verbatim from the article. Every list is resolved to
 * sentence ids by the same rules, here.
 */
import { normalizeForCompare } from '../../text/normalize.ts';
import { SENTENCE_ID } from '../../text/sentence-id.ts';
import type { Problem } from '../problems.ts';
import type { Passage } from '../schema.ts';
import { unknownSentenceId } from './sentence-ids.ts';

export interface AnswerPlace {
  file: string;
  entry: string;
  /** The field holding the list, e.g. "answer" or "sides[1].answer". */
  field: string;
  /** The line of the k-th item. */
  line: (k: number) => number | undefined;
}

/**
 * Each passage's text as normalizeForCompare, by passages list: the lists of a folder's next load
 * are the same list while no source changed (see LoadMemo), so a reload does not normalise every
 * sentence again.
 */
const comparableTexts = new WeakMap<readonly Passage[], string[]>();

function comparable(passages: readonly Passage[]): string[] {
  let texts = comparableTexts.get(passages);
  if (!texts) {
    texts = passages.map((p) => normalizeForCompare(p.text));
    comparableTexts.set(passages, texts);
  }
  return texts;
}

/** Each passages list's passages by id, kept as comparableTexts is. */
const byIdOf = new WeakMap<readonly Passage[], ReadonlyMap<string, Passage>>();

function byId(passages: readonly Passage[]): ReadonlyMap<string, Passage> {
  let map = byIdOf.get(passages);
  if (!map) {
    map = new Map(passages.map((p) => [p.id, p]));
    byIdOf.set(passages, map);
  }
  return map;
}

/**
 * The passages holding a pasted text, by passages list and by the text as normalizeForCompare: a
 * reload does not look for the same text in every sentence again (at 50,000 passages each text
 * looked for is a pass over 50,000 sentences, for every pasted answer of contested.yaml, facts.yaml
 * and timeline.yaml, at every reload: issue 15).
 */
const hitsOf = new WeakMap<readonly Passage[], Map<string, readonly Passage[]>>();

function passagesHolding(passages: readonly Passage[], wanted: string): readonly Passage[] {
  let known = hitsOf.get(passages);
  if (!known) {
    known = new Map();
    hitsOf.set(passages, known);
  }
  let hits = known.get(wanted);
  if (!hits) {
    const texts = comparable(passages);
    hits = passages.filter((_, i) => (texts[i] as string).includes(wanted));
    known.set(wanted, hits);
  }
  return hits;
}

export class AnswerResolver {
  private readonly passageById: ReadonlyMap<string, Passage>;

  /** `passages` undefined: passages.json is unusable, so only what can be checked without it is. */
  constructor(
    readonly passages: readonly Passage[] | undefined,
    private readonly problems: Problem[],
  ) {
    this.passageById = byId(passages ?? []);
  }

  /** The sentence ids of an answer list, in its order, each once; a problem for each bad item. */
  resolve(refs: readonly string[], place: AnswerPlace): string[] {
    const { file, entry, field, line } = place;
    const ids: string[] = [];
    refs.forEach((ref, k) => {
      // Its line only for a problem: finding lines costs more than resolving.
      const where = () => ({ file, line: line(k), entry, field: `${field}[${k}]` });
      if (SENTENCE_ID.test(ref.trim())) {
        if (this.passageById.has(ref.trim())) ids.push(ref.trim());
        else if (this.passages)
          this.problems.push({ ...where(), message: unknownSentenceId(ref, this.passages) });
        return;
      }
      const wanted = normalizeForCompare(ref);
      const hits = passagesHolding(this.passages ?? [], wanted);
      if (hits.length === 1 && hits[0]) ids.push(hits[0].id);
      else if (hits.length > 1)
        this.problems.push({
          ...where(),
          message: `"${ref.slice(0, 60)}" is in ${hits.length} sentences (${hits.map((h) => h.id).join(', ')}): quote more of it or use the id`,
        });
      else if (this.passages)
        this.problems.push({
          ...where(),
          message: `not verbatim in the article: "${ref.slice(0, 80)}". Paste the sentence exactly, or use its id (e.g. p4.s1)`,
        });
    });
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup)
      this.problems.push({ file, line: line(0), entry, field, message: `sentence ${dup} is listed twice` });
    return [...new Set(ids)];
  }
}

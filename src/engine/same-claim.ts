/**
 * The same thing said by several sources: "Damascus and Moscow put the death toll to 62." in one
 * report and "Syria and Russia put the toll at 62." in the next. Quoting both would spend two of
 * the three quotes on one claim; the answer quotes the one that answers best (ranked first, or
 * first in the curated answer) and mentions the others as "also reported by".
 *
 * Which source a sentence is from plays no part in which one is quoted. With one source there is
 * nothing to do, and nothing is done.
 */
import type { Term } from '../text/lexicon.ts';
import { MAX_QUOTES } from './answer.ts';
import { type Corpus, perCorpus } from './corpus.ts';
import { TUNING } from './tuning.ts';

export interface SameClaims {
  /** The ids to quote, best first, without those another source's sentence already says. */
  ordered: string[];
  /** For each of the first quotes other sources also report: their sentence ids, best first. */
  also: Map<string, string[]>;
}

/**
 * `ordered`: the answer's ids, best first. `candidates`: other passages the question matched,
 * best first (where a sentence saying the same thing in another source is found). `keep`: ids
 * that stay quoted whatever they resemble (every side of a contested point).
 */
export function gatherSameClaims(
  corpus: Corpus,
  ordered: readonly string[],
  candidates: readonly string[],
  keep: ReadonlySet<string> = new Set(),
): SameClaims {
  const also = new Map<string, string[]>();
  if (corpus.sourceCount < 2) return { ordered: [...ordered], also };
  const kept: string[] = [];
  const attached = new Set<string>();
  const attach = (to: string, id: string) => {
    also.set(to, [...(also.get(to) ?? []), id]);
    attached.add(id);
  };
  // Each passage's facts looked up once here, not once a pair compared (a candidate is compared
  // with each quote shown).
  const keptFacts: (ClaimFacts | null)[] = [];
  /** The first of these passages that says what `id` says, or undefined. */
  const sameAs = (ids: readonly string[], facts: readonly (ClaimFacts | null)[], id: string) => {
    const fb = factsOf(corpus, id);
    if (fb === null) return undefined;
    return ids.find((_, j) => {
      const fa = facts[j] as ClaimFacts | null;
      return fa !== null && sameClaimOf(corpus, fa, fb);
    });
  };
  for (const id of ordered) {
    const same = keep.has(id) ? undefined : sameAs(kept, keptFacts, id);
    if (same) attach(same, id);
    else {
      kept.push(id);
      keptFacts.push(factsOf(corpus, id));
    }
  }
  const shown = kept.slice(0, MAX_QUOTES);
  const shownFacts = keptFacts.slice(0, MAX_QUOTES);
  // Where another source's sentence saying the same is found: among the question's own matches,
  // and among the passages closest to each quote shown (the question may reach only one wording).
  const nearby = shown.flatMap((id) => closestPassages(corpus, id));
  for (const id of [...candidates, ...nearby]) {
    if (attached.has(id) || kept.includes(id)) continue;
    const same = sameAs(shown, shownFacts, id);
    if (same) attach(same, id);
  }
  return { ordered: kept, also };
}

/** Figures ("62", "2.4"): two reports of the same claim give the same ones. */
const FIGURES = /\d+(?:[.,]\d+)*/g;
/** A denial is not the claim it denies: "never told" and "told" share every other word. */
const NEGATION = /\b(?:not|never|no|none|nor|cannot|without|den(?:y|ies|ied))\b|n't\b/i;

function figures(text: string): string {
  return [...new Set(text.match(FIGURES) ?? [])].sort().join(' ');
}

/**
 * What sameClaim reads of a passage, worked out once per corpus (it is asked of every candidate).
 * Its figures and whether it denies are read when first compared: most candidates are told
 * apart before (same source) or by their figures alone.
 */
interface ClaimFacts {
  id: string;
  source: string;
  text: string;
  negated?: boolean;
  figures?: string;
  /** Its document in the index, -1 for a headline (not indexed). */
  doc: number;
}

const factsOf = perCorpus((corpus, id): ClaimFacts | null => {
  const p = corpus.kb.passageById.get(id);
  return p ? { id, source: p.source, text: p.text, doc: corpus.reusable.passageDoc.get(id) ?? -1 } : null;
});

const figuresOf = (f: ClaimFacts): string => {
  f.figures ??= figures(f.text);
  return f.figures;
};
const negatedOf = (f: ClaimFacts): boolean => {
  f.negated ??= NEGATION.test(f.text);
  return f.negated;
};

/** [shared, weight of one, weight of the other], reused by every sameClaim. */
const weighed = new Float64Array(3);

/** Two sentences of different sources that say the same thing (see TUNING.answer.sameClaimOverlap). */
export function sameClaim(corpus: Corpus, a: string, b: string): boolean {
  const fa = factsOf(corpus, a);
  const fb = factsOf(corpus, b);
  return fa !== null && fb !== null && sameClaimOf(corpus, fa, fb);
}

/** sameClaim of two passages' facts. */
function sameClaimOf(corpus: Corpus, fa: ClaimFacts, fb: ClaimFacts): boolean {
  if (fa.source === fb.source) return false;
  if (figuresOf(fa) !== figuresOf(fb) || negatedOf(fa) !== negatedOf(fb)) return false;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  if (fa.doc >= 0 && fb.doc >= 0) {
    // Both indexed: the same sums, read off the index's storage.
    corpus.index.sharedWeight(fa.doc, fb.doc, weighed);
    shared = weighed[0] as number;
    wa = weighed[1] as number;
    wb = weighed[2] as number;
  } else {
    const ta = corpus.passageTerms.get(fa.id);
    const tb = corpus.passageTerms.get(fb.id);
    if (!ta || !tb) return false;
    const weight = (t: Term) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
    for (const t of ta) {
      const w = weight(t);
      wa += w;
      if (tb.has(t)) shared += w;
    }
    for (const t of tb) wb += weight(t);
  }
  const lighter = Math.min(wa, wb);
  return (
    lighter > 0 &&
    shared / lighter >= TUNING.answer.sameClaimOverlap &&
    (2 * shared) / (wa + wb) >= TUNING.answer.sameClaimDice
  );
}

/**
 * No passage scoring under this (qc * dc) next to another can say the same (sameClaim). Sharing
 * weight s with a passage of weight a, one of weight b has qc = s / a and dc = s / b; sameClaim
 * asks s / min(a, b) = max(qc, dc) >= sameClaimOverlap (O) and Dice 2s / (a + b) = 2 / (1 / qc +
 * 1 / dc) >= sameClaimDice (D). The least qc * dc under both: D^2 (qc = dc = D) when O <= D, else
 * at qc = O (or dc = O): O / (2 / D - 1 / O). Less a margin for the same sums in another order.
 */
const SAME_CLAIM_FLOOR = (() => {
  const { sameClaimOverlap: o, sameClaimDice: d } = TUNING.answer;
  return (o <= d ? d * d : o / (2 / d - 1 / o)) * (1 - 1e-9);
})();

/**
 * The passages that share the most of a passage's terms (itself left out), best first, of those
 * that could say the same; per corpus and passage: the same for every question that quotes it.
 */
const closestPassages = perCorpus((corpus, id) => searchClosest(corpus, id));

/** closestPassages, for the tests: the saved neighbours (compiled.json) against the search. */
export const sameClaimNeighbours = closestPassages;

function searchClosest(corpus: Corpus, id: string): string[] {
  const doc = factsOf(corpus, id)?.doc ?? -1;
  // Indexed (every passage but a headline), and not the exhaustive reference: found when the
  // index was compiled (knowledge:build), else the index's own search for a document's
  // neighbours, the same as the general search below.
  if (doc >= 0 && !corpus.exhaustive) {
    const table = neighbourTable(corpus);
    const found = table
      ? table.docs.subarray(table.starts[doc] as number, table.starts[doc + 1] as number)
      : corpus.index
          .closest(doc, 'passage', TUNING.answer.sameClaimNeighbours, SAME_CLAIM_FLOOR)
          .filter((d) => d !== doc);
    return Array.from(found, (d) => corpus.index.ref(d));
  }
  const terms = corpus.passageTerms.get(id);
  if (!terms) return [];
  const list = [...terms];
  const questionWeight = list.reduce((sum, t) => sum + (corpus.index.has(t) ? corpus.index.idf(t) : 0), 0);
  if (questionWeight === 0) return [];
  return corpus.index
    .search(
      { terms: list, questionWeight },
      {
        kind: 'passage',
        shape: (qc, dc) => qc * dc,
        k: TUNING.answer.sameClaimNeighbours,
        floor: SAME_CLAIM_FLOOR,
        exhaustive: corpus.exhaustive,
      },
    )
    .map((hit) => hit.doc.ref)
    .filter((ref) => ref !== id);
}

/**
 * Every indexed passage's neighbours as searchClosest finds them, found once when the knowledge
 * is compiled (`npm run knowledge:build`: 50,000 searches, about 8 s at 50,000 passages) and saved
 * with the index in compiled.json, so that a question quoting a passage for the first time does
 * not search (at 50,000 passages, two thirds of the postings a question reads). They hold only
 * for the very index they were found in: every idf changes with every knowledge change, so a
 * reload searches again, as before.
 */
export interface SavedNeighbours {
  /** NEIGHBOURS_VERSION. */
  version: number;
  /** TUNING.answer.sameClaimNeighbours and SAME_CLAIM_FLOOR they were found with. */
  k: number;
  floor: number;
  /** TermIndex.fingerprint() of the index they were found in. */
  index: number;
  /** For each passage document in order (the index's first documents): how many, then which. */
  lists: number[];
}

/**
 * The version of SavedNeighbours: bump it when the same index could give other neighbours
 * (closest(), searchClosest, SAME_CLAIM_FLOOR's formula), so that those saved before are not read.
 */
const NEIGHBOURS_VERSION = 1;

/** Every indexed passage's neighbours (see SavedNeighbours). */
export function saveNeighbours(corpus: Corpus): SavedNeighbours {
  const { index } = corpus;
  const k = TUNING.answer.sameClaimNeighbours;
  const lists: number[] = [];
  for (let doc = 0; doc < corpus.reusable.passageDocs; doc++) {
    const found = index.closest(doc, 'passage', k, SAME_CLAIM_FLOOR);
    lists.push(found.length - (found.includes(doc) ? 1 : 0));
    for (const d of found) if (d !== doc) lists.push(d);
  }
  return { version: NEIGHBOURS_VERSION, k, floor: SAME_CLAIM_FLOOR, index: index.fingerprint(), lists };
}

/** SavedNeighbours read back: passage document `d`'s are docs[starts[d]..starts[d + 1]). */
interface NeighbourTable {
  starts: Int32Array;
  docs: Int32Array;
}

const neighbourTables = new WeakMap<Corpus, NeighbourTable | null>();

/** The corpus's saved neighbours, read when first asked; null when none or not of this index. */
function neighbourTable(corpus: Corpus): NeighbourTable | null {
  let table = neighbourTables.get(corpus);
  if (table !== undefined) return table;
  table = readNeighbours(corpus.savedNeighbours, corpus);
  neighbourTables.set(corpus, table);
  // Read once: the corpus keeps the table, not the saved numbers.
  corpus.savedNeighbours = undefined;
  return table;
}

function readNeighbours(saved: unknown, corpus: Corpus): NeighbourTable | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { version, k, floor, index, lists } = saved as Partial<SavedNeighbours>;
  if (version !== NEIGHBOURS_VERSION) return null;
  if (k !== TUNING.answer.sameClaimNeighbours || floor !== SAME_CLAIM_FLOOR || !Array.isArray(lists))
    return null;
  const n = corpus.reusable.passageDocs;
  if (lists.length < n) return null;
  const starts = new Int32Array(n + 1);
  const docs = new Int32Array(lists.length - n);
  let at = 0;
  let found = 0;
  for (let doc = 0; doc < n; doc++) {
    const count = lists[at++];
    if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > k) return null;
    if (at + (count as number) > lists.length) return null;
    starts[doc] = found;
    for (let j = 0; j < (count as number); j++) {
      const d = lists[at++];
      if (!Number.isInteger(d) || (d as number) < 0 || (d as number) >= n) return null;
      docs[found++] = d as number;
    }
  }
  if (at !== lists.length) return null;
  starts[n] = found;
  return index === corpus.index.fingerprint() ? { starts, docs } : null;
}

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
  for (const id of ordered) {
    const same = keep.has(id) ? undefined : kept.find((k) => sameClaim(corpus, k, id));
    if (same) attach(same, id);
    else kept.push(id);
  }
  const shown = kept.slice(0, MAX_QUOTES);
  // Where another source's sentence saying the same is found: among the question's own matches,
  // and among the passages closest to each quote shown (the question may reach only one wording).
  const nearby = shown.flatMap((id) => closestPassages(corpus, id));
  for (const id of [...candidates, ...nearby]) {
    if (attached.has(id) || kept.includes(id)) continue;
    const same = shown.find((k) => sameClaim(corpus, k, id));
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

/** What sameClaim reads of a passage, worked out once per corpus (it is asked of every candidate). */
interface ClaimFacts {
  source: string;
  negated: boolean;
  figures: string;
  /** Its document in the index, -1 for a headline (not indexed). */
  doc: number;
}

const factsOf = perCorpus((corpus, id): ClaimFacts | null => {
  const p = corpus.kb.passageById.get(id);
  return p
    ? {
        source: p.source,
        negated: NEGATION.test(p.text),
        figures: figures(p.text),
        doc: corpus.reusable.passageDoc.get(id) ?? -1,
      }
    : null;
});

/** [shared, weight of one, weight of the other], reused by every sameClaim. */
const weighed = new Float64Array(3);

/** Two sentences of different sources that say the same thing (see TUNING.answer.sameClaimOverlap). */
export function sameClaim(corpus: Corpus, a: string, b: string): boolean {
  const fa = factsOf(corpus, a);
  const fb = factsOf(corpus, b);
  if (!fa || !fb || fa.source === fb.source) return false;
  if (fa.negated !== fb.negated || fa.figures !== fb.figures) return false;
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
    const ta = corpus.passageTerms.get(a);
    const tb = corpus.passageTerms.get(b);
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

function searchClosest(corpus: Corpus, id: string): string[] {
  const doc = factsOf(corpus, id)?.doc ?? -1;
  // Indexed (every passage but a headline), and not the exhaustive reference: the index's own
  // search for a document's neighbours, the same as the general search below.
  if (doc >= 0 && !corpus.exhaustive)
    return corpus.index
      .closest(doc, 'passage', TUNING.answer.sameClaimNeighbours, SAME_CLAIM_FLOOR)
      .filter((d) => d !== doc)
      .map((d) => corpus.index.ref(d));
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

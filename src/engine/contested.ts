/**
 * Contested points (contested.yaml): where sources disagree, every side is quoted with its
 * speaker, and the side the question names leads.
 */
import type { Term } from '../text/lexicon.ts';
import { type ContestedPoint, MAX_QUOTES } from './answer.ts';
import type { Corpus } from './corpus.ts';
import { TUNING } from './tuning.ts';

/**
 * A curated answer keeps its order, except on a contested point, where the side of whom
 * the question names comes first: "Moscow's figure for the dead" leads with Moscow's 62.
 */
export function leadWithNamedSide(corpus: Corpus, ids: readonly string[], known: readonly Term[]): string[] {
  const named = known.filter((t) => t.startsWith('e:'));
  if (named.length === 0 || !ids[0] || !corpus.contestedBySentence.has(ids[0])) return [...ids];
  const overlap = (id: string) => {
    const terms = corpus.passageTerms.get(id);
    return terms ? named.reduce((sum, t) => sum + (terms.has(t) ? corpus.index.idf(t) : 0), 0) : 0;
  };
  const scores = new Map(ids.map((id) => [id, overlap(id)]));
  return [...ids].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/** If the first quote is on a contested point, make sure every side is quoted within the first three. */
export function withEverySide(
  corpus: Corpus,
  ids: string[],
  known: readonly Term[],
): { ordered: string[]; contested: ContestedPoint | null } {
  const first = ids[0];
  const point = first ? corpus.contestedBySentence.get(first) : undefined;
  // Only when the question is about the disputed point: "how long did the raid last" is
  // answered by the sentence that also gives one of the tolls, but not about the toll.
  if (!point || !asksAbout(corpus, point.id, known)) return { ordered: ids, contested: null };
  const ordered = [...ids];
  for (const side of point.sides) {
    const head = ordered.slice(0, MAX_QUOTES);
    if (side.ids.some((id) => head.includes(id))) continue;
    const pick = side.ids.find((id) => ordered.includes(id)) ?? side.ids[0];
    if (!pick) continue;
    const without = ordered.filter((id) => id !== pick);
    // Insert after the quotes of sides already represented, replacing the weakest.
    const at = Math.min(without.length, MAX_QUOTES - 1);
    without.splice(at, 0, pick);
    ordered.splice(0, ordered.length, ...without);
  }
  // Keep the sides within the first three, in the order they were placed.
  const sideOf = (id: string) => point.sides.findIndex((s) => s.ids.includes(id));
  const head = ordered.slice(0, MAX_QUOTES);
  const missing = point.sides.filter((s) => !s.ids.some((id) => head.includes(id)));
  if (missing.length > 0) {
    const firstOfEach = point.sides
      .map((s) => s.ids.find((id) => ordered.includes(id)) ?? s.ids[0])
      .filter(Boolean) as string[];
    const rest = ordered.filter((id) => !firstOfEach.includes(id));
    ordered.splice(0, ordered.length, ...firstOfEach.sort((a, b) => sideOf(a) - sideOf(b)), ...rest);
  }
  return {
    ordered,
    contested: {
      id: point.id,
      topic: point.topic,
      sides: point.sides.map((s) => ({
        label: s.label,
        quoteIds: s.ids.filter((id) => ordered.slice(0, MAX_QUOTES).includes(id)),
        sources: [],
      })),
    },
  };
}

/** Does the question cover at least half of the contested point's topic (by weight)? */
function asksAbout(corpus: Corpus, pointId: string, known: readonly Term[]): boolean {
  const topic = corpus.topicTerms.get(pointId);
  if (!topic || topic.size === 0) return true;
  let total = 0;
  let covered = 0;
  for (const t of topic) {
    const w = corpus.index.has(t) ? corpus.index.idf(t) : 0;
    total += w;
    if (known.includes(t)) covered += w;
  }
  return total === 0 || covered / total >= TUNING.scoring.topicShare;
}

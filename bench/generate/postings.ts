/** Postings of the pseudo-words, to know which passages a set of rare words points to. */
import type { Written } from './article.ts';

export class PseudoWordPostings {
  private readonly postings = new Map<string, number[]>();

  /** Indexes `written` by position. */
  constructor(written: readonly Written[]) {
    written.forEach((w, i) => {
      for (const pw of new Set(w.s?.pws ?? [])) {
        const list = this.postings.get(pw);
        if (list) list.push(i);
        else this.postings.set(pw, [i]);
      }
    });
  }

  /** Distinct pseudo-words in the article. */
  get size(): number {
    return this.postings.size;
  }

  /** In how many sentences a pseudo-word is. */
  frequency(pw: string): number {
    return this.postings.get(pw)?.length ?? 0;
  }

  /** Positions (in `written`) of the sentences that have every one of these pseudo-words. */
  sharing(pws: readonly string[]): number[] {
    const lists = pws.map((w) => this.postings.get(w) ?? []).sort((a, b) => a.length - b.length);
    const [first, ...rest] = lists;
    const sets = rest.map((l) => new Set(l));
    return (first ?? []).filter((i) => sets.every((s) => s.has(i)));
  }
}

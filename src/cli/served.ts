/**
 * The answers an engine serves at each of several abstention thresholds (eval --calibrate and
 * --fit), without asking every question at every threshold. The threshold steers an answer only
 * through comparisons of a confidence with it (Engine's onThreshold): a question whose
 * comparisons at one threshold all come out the same at the next is served the same answer
 * there (the engine is deterministic), so it is asked again only where one of them flips.
 */

/** Each comparison made while answering: a confidence and the margin over the threshold it needed. */
export type Comparisons = [confidence: number, margin: number][];

/** Whether every comparison made at threshold `from` comes out the same at `to` (as Engine computes it). */
export function sameAt(comparisons: Comparisons, from: number, to: number): boolean {
  return comparisons.every(([c, m]) => c < from + m === c < to + m);
}

/**
 * The answer to each question at each threshold (answers[k][i]: thresholds[k], questions[i]).
 * `answer` answers a question at the k-th threshold, telling `told` each comparison it makes.
 * `asked` counts the questions answered, the rest reused from the threshold before.
 */
export function answersAtThresholds<Q, A>(
  questions: readonly Q[],
  thresholds: readonly number[],
  answer: (question: Q, k: number, told: (confidence: number, margin: number) => void) => A,
): { answers: A[][]; asked: number } {
  const answers = thresholds.map(() => new Array<A>(questions.length));
  let asked = 0;
  questions.forEach((q, i) => {
    let last: { at: number; answer: A; comparisons: Comparisons } | undefined;
    thresholds.forEach((t, k) => {
      const row = answers[k] as A[];
      if (last && sameAt(last.comparisons, last.at, t)) {
        row[i] = last.answer;
        return;
      }
      const comparisons: Comparisons = [];
      const a = answer(q, k, (c, m) => comparisons.push([c, m]));
      asked++;
      last = { at: t, answer: a, comparisons };
      row[i] = a;
    });
  });
  return { answers, asked };
}

/**
 * The planted passage: one known sentence in the middle of every corpus, and the questions that
 * must find it even misspelt.
 */

export const PLANTED = {
  text: 'The zelphorian convoy was intercepted near Quorvath late on Saturday night, officials said.',
  question: 'when was the zelforian convoi stopped near quorvat',
  keywords: 'zelphorian convoy quorvath',
} as const;
/** Words of the planted passage that no generated word may come close to, so its typos stay unambiguous. */
export const RESERVED = ['zelphorian', 'quorvath'];

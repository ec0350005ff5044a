/**
 * A table looked up by words people type. A plain object literal answers "constructor" (and any
 * other name Object.prototype has) with a function; a table made here has no prototype, so a word
 * it does not list is `undefined`, whatever the word.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** `record[word]` for a record that may have a prototype (one parsed from a file): own entries only. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(record, word) ? record[word] : undefined;
}

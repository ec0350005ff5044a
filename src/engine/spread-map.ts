/**
 * A Map of string keys for a memo that grows while questions are answered (a passage's facts, a
 * word's terms, worked out when first needed): the same get / has / set, its keys spread over
 * SHARDS smaller Maps. A Map doubles its table when it is full and copies every entry into the new
 * one, all at once: at 50,000 passages the question that added the 4,097th passage's facts to
 * one Map paid about a millisecond for it (issue 15). Spread, each table holds a 64th of the keys
 * and copies a 64th of them when it grows; the total work is the same.
 */
const SHARDS = 64;

/** Which of the SHARDS Maps holds a key: a hash of every character (ids differ in any of them). */
function shardOf(key: string): number {
  let hash = key.length;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 7)) & (SHARDS - 1);
}

export class SpreadMap<V> {
  private readonly maps: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  /** The number of keys, as Map.size. */
  size = 0;

  get(key: string): V | undefined {
    return (this.maps[shardOf(key)] as Map<string, V>).get(key);
  }

  has(key: string): boolean {
    return (this.maps[shardOf(key)] as Map<string, V>).has(key);
  }

  set(key: string, value: V): this {
    const map = this.maps[shardOf(key)] as Map<string, V>;
    const before = map.size;
    map.set(key, value);
    this.size += map.size - before;
    return this;
  }

  /**
   * The value kept for a key, else `make(context, key)`'s, kept: a memo's look-up hashes the key
   * once (a `has`, then a `get` or a `set`, hashed it twice, and 50,000 passages' memos are
   * looked up thousands of times a question).
   */
  got<C>(key: string, context: C, make: (context: C, key: string) => V): V {
    const map = this.maps[shardOf(key)] as Map<string, V>;
    const kept = map.get(key);
    if (kept !== undefined || map.has(key)) return kept as V;
    const value = make(context, key);
    const before = map.size;
    map.set(key, value);
    this.size += map.size - before;
    return value;
  }

  clear(): void {
    for (const map of this.maps) map.clear();
    this.size = 0;
  }
}

/**
 * A cache of values computed per sentence or per term during judging (term indexes, lookup keys,
 * marks), holding only the most recently used entries. A WeakMap would keep one entry for every
 * sentence that was ever a candidate, as long as the sentence lives: for the whole check, which
 * at scale doubled the memory of the corpus. Claims are judged article by article and meet the
 * same few hundred sources again and again, so a few thousand recent entries keep nearly every
 * hit.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value for `key`, computed by `compute` on a miss. */
  get(key: K, compute: (key: K) => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      // Moved to the end, the most recent place, so that what is in use is evicted last.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const value = compute(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

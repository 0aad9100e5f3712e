/**
 * A memo of the entries used most recently, for facts about a sentence that judging reads many
 * times in a row (a claim against each of its candidates, a source met by the claims around it).
 * Two generations of at most `capacity` entries: an entry read again since the last turnover
 * survives it, the rest is let go. A WeakMap keyed by sentence instead held an entry for every
 * sentence of a large corpus, hundreds of thousands, which each full collection had to trace.
 */
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.capacity) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}

/** Sentences a memo keeps: more than a claim and its candidates, or the claims of an article, read together. */
export const RECENT_SENTENCES = 1024;

/**
 * `compute` remembered for the last value it was given: judging asks the same question of a claim
 * once for each of its candidates, one claim after another, so one entry answers nearly every call
 * and nothing of an earlier claim is kept.
 */
export function lastOne<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined;
  let lastValue: V;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}

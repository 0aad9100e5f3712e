/** Small helpers over sorted arrays, shared by the corpus (its dates) and the claim store (its postings). */

/** The first position in ascending `list` whose item is not below `item` (binary search). */
export function firstAtLeast<T extends string | number>(list: ArrayLike<T>, item: T): number {
  return firstAtLeastWithin(list, item, 0, list.length);
}

/**
 * `firstAtLeast` for an item known to lie at or after `from`, found by galloping: steps of 1, 2,
 * 4, ... from there, then a binary search of the last step. Walking a long sorted list for a few
 * ascending items costs about their number times the log of the gaps between them, not the list.
 */
export function firstAtLeastFrom(list: ArrayLike<number>, item: number, from: number): number {
  let low = from;
  let step = 1;
  while (low < list.length && list[low] < item) {
    const next = low + step;
    if (next >= list.length || list[next] >= item) return firstAtLeastWithin(list, item, low + 1, Math.min(next, list.length));
    low = next;
    step *= 2;
  }
  return low;
}

function firstAtLeastWithin<T extends string | number>(list: ArrayLike<T>, item: T, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < item) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Strings sorted and kept one after another in one string (key k is `text.slice(starts[k],
 * starts[k + 1])`): the keys of a stored snapshot, which hundreds of thousands of separate strings
 * would make slow to read back.
 */
export interface SortedKeys {
  readonly text: string;
  readonly starts: Int32Array;
}

/** `keys` (sorted here) as `SortedKeys`. */
export function sortedKeys(keys: readonly string[]): SortedKeys {
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Int32Array(sorted.length + 1);
  sorted.forEach((key, k) => (starts[k + 1] = starts[k] + key.length));
  return { text: sorted.join(''), starts };
}

/** The position of `key` in sorted keys, or -1 (binary search). */
export function indexOfKey(keys: SortedKeys, key: string): number {
  let low = 0;
  let high = keys.starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const other = keys.text.slice(keys.starts[middle], keys.starts[middle + 1]);
    if (other === key) return middle;
    if (other < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function keyAt(keys: SortedKeys, k: number): string {
  return keys.text.slice(keys.starts[k], keys.starts[k + 1]);
}

/**
 * Whether lists keyed by sorted keys, read back from a file, agree with themselves: key k's list
 * is `postings` from the previous key's end to `ends[k]`.
 */
export function isKeyedPostings(keys: SortedKeys | undefined, ends: unknown, postings: unknown): boolean {
  if (typeof keys?.text !== 'string' || !(keys.starts instanceof Int32Array) || !(ends instanceof Int32Array) || !(postings instanceof Int32Array)) return false;
  const n = ends.length;
  return keys.starts.length === n + 1 && keys.starts[n] === keys.text.length && (n === 0 ? postings.length === 0 : ends[n - 1] === postings.length);
}

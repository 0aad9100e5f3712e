/**
 * The claim store's retrieval as plain data (`RetrievalSnapshot`): the articles in indexing order,
 * how many sentences each has, and every key's postings. It is what `candidates` and `idf` read
 * besides the sentences' features, so a store restored from it answers every query as the store
 * it was taken from, while the features of each article are loaded only when a query needs them
 * (the CLI's cache re-checks one edited article of 10,000 without reading the other 9,999).
 *
 * The keys are kept sorted, in one string (`SortedKeys`), and looked up by binary search: a
 * snapshot of 10,000 articles has some 300,000 keys, and a map of them (or an array of their
 * strings) would cost more to rebuild than a re-check spends on everything else.
 */
import type { StoredSentence } from './store';
import { retrievalKeys } from './features';
import { indexOfKey, isKeyedPostings, keyAt, type SortedKeys, sortedKeys } from '../sorted';

export interface RetrievalSnapshot {
  /** The articles with stored sentences, in the order they were indexed. */
  readonly articleIds: readonly string[];
  /** How many sentences each article has, in the same order. */
  readonly sentenceCounts: Int32Array;
  /** Each sentence's number of keys (its length normalisation), by sentence number. */
  readonly keyCounts: Int32Array;
  /** The keys, sorted (see `SortedKeys`). */
  readonly keys: SortedKeys;
  /** Where each key's postings end in `postings` (they start where the previous key's end). */
  readonly postingsEnds: Int32Array;
  /** Every key's postings in turn: sentence numbers, counted from 0 across the articles in order. */
  readonly postings: Int32Array;
}

/** Whether a value read back from a file has the shape of a snapshot (and agrees with itself). */
export function isRetrievalSnapshot(value: unknown): value is RetrievalSnapshot {
  const s = value as RetrievalSnapshot | undefined;
  if (!s || !Array.isArray(s.articleIds) || !isKeyedPostings(s.keys, s.postingsEnds, s.postings)) return false;
  if (!(s.sentenceCounts instanceof Int32Array) || !(s.keyCounts instanceof Int32Array)) return false;
  return s.sentenceCounts.length === s.articleIds.length && s.keyCounts.length === s.sentenceCounts.reduce((sum, n) => sum + n, 0);
}

/** A snapshot of `lists` (key to ascending sentence numbers) for articles with these sentence counts. */
export function snapshotOf(articleIds: readonly string[], sentenceCounts: Int32Array, keyCounts: Int32Array, lists: Iterable<readonly [string, ArrayLike<number>]>): RetrievalSnapshot {
  const byKey = new Map(lists);
  const keys = sortedKeys([...byKey.keys()]);
  const postingsEnds = new Int32Array(byKey.size);
  let length = 0;
  for (let k = 0; k < byKey.size; k++) postingsEnds[k] = length += byKey.get(keyAt(keys, k))!.length;
  const postings = new Int32Array(length);
  let at = 0;
  for (let k = 0; k < byKey.size; k++) {
    const list = byKey.get(keyAt(keys, k))!;
    for (let i = 0; i < list.length; i++) postings[at++] = list[i];
  }
  return { articleIds, sentenceCounts, keyCounts, keys, postingsEnds, postings };
}

/** The document frequency (number of postings) of each of `keys` in a snapshot. */
export function documentFrequencies(snapshot: RetrievalSnapshot, keys: Iterable<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const key of keys) {
    const k = indexOfKey(snapshot.keys, key);
    if (k >= 0) found.set(key, snapshot.postingsEnds[k] - (k ? snapshot.postingsEnds[k - 1] : 0));
  }
  return found;
}

/**
 * The postings of a snapshot's articles with some of them replaced by new versions (at the same
 * place in the order), as a store that indexed the articles afresh in that order would hold them:
 * sentence numbers move as the replaced articles' counts change, the replaced articles' old
 * postings go and their new sentences' keys come in, each list still in ascending order. When
 * no replaced article changed its sentences' keys, the snapshot's lists are used as they are.
 */
export class SnapshotPostings {
  /** The first sentence number of each article, and the total after the last. */
  readonly starts: Int32Array;
  /** Each sentence's number of keys, by sentence number. */
  readonly keyCounts: Int32Array;
  private readonly postings: Int32Array;
  private readonly ends: Int32Array;
  /** The lists of the keys the replaced articles' new sentences have. */
  private readonly merged = new Map<string, number[]>();

  constructor(private readonly snapshot: RetrievalSnapshot, replaced: ReadonlyMap<string, readonly StoredSentence[]>) {
    const articleCount = snapshot.articleIds.length;
    const oldStarts = new Int32Array(articleCount + 1);
    const starts = new Int32Array(articleCount + 1);
    const replacedAt: number[] = [];
    for (let a = 0; a < articleCount; a++) {
      const now = replaced.get(snapshot.articleIds[a]);
      if (now) replacedAt.push(a);
      oldStarts[a + 1] = oldStarts[a] + snapshot.sentenceCounts[a];
      starts[a + 1] = starts[a] + (now ? now.length : snapshot.sentenceCounts[a]);
    }
    this.starts = starts;
    const unchanged = replacedAt.every((a) => sameKeys(snapshot, oldStarts[a], snapshot.sentenceCounts[a], replaced.get(snapshot.articleIds[a])!));
    if (unchanged) {
      this.postings = snapshot.postings;
      this.ends = snapshot.postingsEnds;
      this.keyCounts = snapshot.keyCounts;
      return;
    }
    // Each old sentence number's new one, or -1 for a replaced article's old sentences.
    const moved = new Int32Array(oldStarts[articleCount]);
    const keyCounts = new Int32Array(starts[articleCount]);
    for (let a = 0; a < articleCount; a++) {
      const dropped = replaced.has(snapshot.articleIds[a]);
      const shift = starts[a] - oldStarts[a];
      for (let g = oldStarts[a]; g < oldStarts[a + 1]; g++) {
        moved[g] = dropped ? -1 : g + shift;
        if (!dropped) keyCounts[g + shift] = snapshot.keyCounts[g];
      }
    }
    const added = new Map<string, number[]>();
    for (const a of replacedAt) {
      replaced.get(snapshot.articleIds[a])!.forEach((sentence, index) => {
        const gid = starts[a] + index;
        const keys = retrievalKeys(sentence.features);
        keyCounts[gid] = keys.length;
        for (const key of keys) {
          const list = added.get(key);
          if (list) list.push(gid);
          else added.set(key, [gid]);
        }
      });
    }
    this.keyCounts = keyCounts;
    const postings = new Int32Array(snapshot.postings.length);
    const ends = new Int32Array(snapshot.postingsEnds.length);
    let kept = 0;
    let from = 0;
    for (let k = 0; k < ends.length; k++) {
      const start = kept;
      for (let i = from; i < snapshot.postingsEnds[k]; i++) {
        const gid = moved[snapshot.postings[i]];
        if (gid >= 0) postings[kept++] = gid;
      }
      ends[k] = kept;
      from = snapshot.postingsEnds[k];
      const key = keyAt(snapshot.keys, k);
      const extra = added.get(key);
      if (extra) {
        this.merged.set(key, mergeAscending(postings.subarray(start, kept), extra));
        added.delete(key);
      }
    }
    for (const [key, extra] of added) this.merged.set(key, extra);
    this.postings = postings;
    this.ends = ends;
  }

  /** A key's postings, ascending; undefined when no sentence has it. */
  get(key: string): ArrayLike<number> | undefined {
    const merged = this.merged.get(key);
    if (merged) return merged;
    const k = indexOfKey(this.snapshot.keys, key);
    if (k < 0) return undefined;
    const from = k ? this.ends[k - 1] : 0;
    return this.ends[k] > from ? this.postings.subarray(from, this.ends[k]) : undefined;
  }

  /** Every key with postings, and its list. */
  *entries(): IterableIterator<[string, ArrayLike<number>]> {
    for (let k = 0; k < this.ends.length; k++) {
      const key = keyAt(this.snapshot.keys, k);
      if (this.merged.has(key)) continue;
      const from = k ? this.ends[k - 1] : 0;
      if (this.ends[k] > from) yield [key, this.postings.subarray(from, this.ends[k])];
    }
    yield* this.merged;
  }
}

/**
 * Whether an article's new sentences have the snapshot's keys, sentence by sentence (so the same
 * postings). A sentence's keys are distinct, so it keeps its postings exactly when it has as many
 * keys as before and each of them lists it.
 */
function sameKeys(snapshot: RetrievalSnapshot, start: number, oldCount: number, sentences: readonly StoredSentence[]): boolean {
  if (oldCount !== sentences.length) return false;
  for (let g = start; g < start + oldCount; g++) {
    const keys = retrievalKeys(sentences[g - start].features);
    if (snapshot.keyCounts[g] !== keys.length) return false;
    for (const key of keys) if (!listsSentence(snapshot, key, g)) return false;
  }
  return true;
}

/** Whether the snapshot's postings of `key` list sentence `gid` (a binary search in the key's list). */
function listsSentence(snapshot: RetrievalSnapshot, key: string, gid: number): boolean {
  const k = indexOfKey(snapshot.keys, key);
  if (k < 0) return false;
  let low = k ? snapshot.postingsEnds[k - 1] : 0;
  let high = snapshot.postingsEnds[k] - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = snapshot.postings[middle];
    if (value === gid) return true;
    if (value < gid) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function mergeAscending(a: ArrayLike<number>, b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return merged;
}

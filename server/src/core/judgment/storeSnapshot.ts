/**
 * The claim store's retrieval as plain data (`RetrievalSnapshot`): the articles in indexing order,
 * how many sentences each has, and every key's postings. It is what `candidates` and `idf` read
 * besides the sentences' features, so a store restored from it answers every query as the store
 * it was taken from, while the features of each article are loaded only when a query needs them
 * (the CLI's cache re-checks one edited article of 10,000 without reading the other 9,999).
 */
import type { StoredSentence } from './store';

export interface RetrievalSnapshot {
  /** The articles with stored sentences, in the order they were indexed. */
  readonly articleIds: readonly string[];
  /** How many sentences each article has, in the same order. */
  readonly sentenceCounts: Int32Array;
  readonly keys: readonly string[];
  /** Where each key's postings end in `postings` (they start where the previous key's end). */
  readonly postingsEnds: Int32Array;
  /** Every key's postings in turn: sentence numbers, counted from 0 across the articles in order. */
  readonly postings: Int32Array;
}

/** Postings rebuilt for a restored store: each key's sentence numbers, ascending. */
export interface RestoredPostings {
  readonly lists: Map<string, Int32Array | number[]>;
  /** Each sentence's number of keys (the length normalisation of `candidates`), by sentence number. */
  readonly keyCounts: Int32Array;
  /** The first sentence number of each article, and the total after the last. */
  readonly starts: Int32Array;
}

/** Whether a value read back from a file has the shape of a snapshot (and agrees with itself). */
export function isRetrievalSnapshot(value: unknown): value is RetrievalSnapshot {
  const s = value as RetrievalSnapshot | undefined;
  if (!s || !Array.isArray(s.articleIds) || !Array.isArray(s.keys)) return false;
  if (!(s.sentenceCounts instanceof Int32Array) || !(s.postingsEnds instanceof Int32Array) || !(s.postings instanceof Int32Array)) return false;
  return s.sentenceCounts.length === s.articleIds.length && s.postingsEnds.length === s.keys.length && (s.keys.length === 0 || s.postingsEnds[s.keys.length - 1] === s.postings.length);
}

/**
 * The postings of the snapshot's articles with some of them replaced by new versions (at the
 * same place in the order): sentence numbers move as the replaced articles' counts change, the
 * replaced articles' old postings go and their new sentences' keys come in, each list still in
 * ascending order, as a store that indexed the articles afresh in that order would hold them.
 */
export function restorePostings(snapshot: RetrievalSnapshot, replaced: ReadonlyMap<string, readonly StoredSentence[]>): RestoredPostings {
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
  // Each old sentence number's new one, or -1 for a replaced article's old sentences.
  const oldTotal = oldStarts[articleCount];
  const moved = new Int32Array(oldTotal);
  for (let a = 0; a < articleCount; a++) {
    const dropped = replaced.has(snapshot.articleIds[a]);
    const shift = starts[a] - oldStarts[a];
    for (let g = oldStarts[a]; g < oldStarts[a + 1]; g++) moved[g] = dropped ? -1 : g + shift;
  }
  // The replaced articles' new sentences, by key, in ascending order.
  const added = new Map<string, number[]>();
  const keyCounts = new Int32Array(starts[articleCount]);
  for (const a of replacedAt) {
    replaced.get(snapshot.articleIds[a])!.forEach((sentence, index) => {
      const gid = starts[a] + index;
      keyCounts[gid] = sentence.features.keys.length;
      for (const key of sentence.features.keys) {
        const list = added.get(key);
        if (list) list.push(gid);
        else added.set(key, [gid]);
      }
    });
  }
  const identity = replacedAt.length === 0;
  const remapped = identity ? snapshot.postings : new Int32Array(snapshot.postings.length);
  const lists = new Map<string, Int32Array | number[]>();
  let from = 0;
  for (let k = 0; k < snapshot.keys.length; k++) {
    const to = snapshot.postingsEnds[k];
    let kept = from;
    if (identity) {
      kept = to;
    } else {
      for (let i = from; i < to; i++) {
        const gid = moved[snapshot.postings[i]];
        if (gid >= 0) remapped[kept++] = gid;
      }
    }
    for (let i = from; i < kept; i++) keyCounts[remapped[i]]++;
    const key = snapshot.keys[k];
    const extra = added.get(key);
    if (extra) {
      lists.set(key, mergeAscending(remapped.subarray(from, kept), extra));
      added.delete(key);
    } else if (kept > from) {
      lists.set(key, remapped.subarray(from, kept));
    }
    from = to;
  }
  for (const [key, extra] of added) lists.set(key, extra);
  return { lists, keyCounts, starts };
}

function mergeAscending(a: Int32Array, b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return merged;
}

/** The document frequency (number of postings) of each of `keys` in a snapshot. */
export function documentFrequencies(snapshot: RetrievalSnapshot, keys: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  snapshot.keys.forEach((key, k) => {
    if (keys.has(key)) found.set(key, snapshot.postingsEnds[k] - (k ? snapshot.postingsEnds[k - 1] : 0));
  });
  return found;
}

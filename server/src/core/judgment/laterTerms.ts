/**
 * Ranking a query's found sentences by the terms it did not read in full. Retrieval reads a
 * claim's rarest terms first within a budget of postings (`store.ts`), and at 10,000 articles the
 * rarest term alone can spend it (a bridge's name in 75 sentences, then "lorry" in 523 with its
 * WordNet senses): the sentences found were then ranked by that one word, and the story's sentence
 * that shares every other word ranked no higher than any sentence naming the bridge. Here each
 * later term's rarest list is searched for the sentences found, sorted, by galloping
 * (`firstAtLeastFrom`): the cost is their number times a log, not the lists' lengths, so a claim
 * still costs about the same whatever the corpus size.
 */
import { firstAtLeastFrom } from '../sorted';

/** A term of a query: its keys' postings, and the length of the shortest (its document frequency). */
export interface QueryGroup {
  readonly lists: ReadonlyArray<ArrayLike<number>>;
  readonly df: number;
}

/** Scratch kept from one query to the next: the found sentences, sorted. */
let found = new Int32Array(1024);

/**
 * Adds to each found sentence's score (`tallies[2 * gid]`) the weight of every group from `from`
 * on whose rarest key it has: `log((size + 1) / (df + 0.5))`, as the groups read in full give.
 */
export function rankByLaterTerms(tallies: Float64Array, touched: readonly number[], touchedCount: number, groups: readonly QueryGroup[], from: number, size: number): void {
  if (found.length < touchedCount) found = new Int32Array(Math.max(touchedCount, 2 * found.length));
  const sorted = found.subarray(0, touchedCount);
  for (let t = 0; t < touchedCount; t++) sorted[t] = touched[t];
  sorted.sort();
  for (let g = from; g < groups.length; g++) {
    const { lists, df } = groups[g];
    const rarest = lists.find((gids) => gids.length === df)!;
    const weight = Math.log((size + 1) / (df + 0.5));
    let at = 0;
    for (let t = 0; t < touchedCount && at < rarest.length; t++) {
      const gid = sorted[t];
      at = firstAtLeastFrom(rarest, gid, at);
      if (rarest[at] === gid) tallies[2 * gid] += weight;
    }
  }
}

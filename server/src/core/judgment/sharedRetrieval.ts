/**
 * Retrieval answered on another thread. Once a check has indexed every article, the claim store's
 * postings are packed side by side into one shared buffer (`ClaimStore.packPostings`), which
 * another thread can read without a copy. The store still works out each claim's query (which
 * keys, in which order: that needs the claim's features), and encodes it as positions in that
 * buffer (`encodeQuery`); the other thread scores it (`answerQueries`) with the very functions the
 * store uses (`queryScoring.ts`), so the answer is the store's own, sentence for sentence.
 *
 * Plain data only, no thread of its own: the CLI owns the thread (`cli/retrievalThread.ts`).
 */
import { bestScored, type QueryScratch, scratchFor, tallyQuery } from './queryScoring';
import type { QueryGroup } from './laterTerms';

/** What another thread needs to answer a store's queries: all of it plain numbers, the arrays shared. */
export interface SharedPostings {
  /** Every postings list, side by side: a query names its lists as (offset, length) in here. */
  readonly gids: Int32Array;
  /** Each sentence's length normalisation, by gid (the store's `norms`). */
  readonly norms: Float64Array;
  /** The corpus size retrieval reads (`ClaimStore.retrievalSize`). */
  readonly size: number;
  readonly postingsBudget: number;
}

/**
 * Appends one claim's query to `out`: its gid, the candidates wanted, the number of groups, then
 * each group's document frequency, its number of lists and each list's offset and length in
 * `shared.gids`. Returns false, appending nothing, when a list is not part of the shared buffer
 * (the store changed since it was packed): that claim is then answered by the store itself.
 */
export function encodeQuery(out: number[], shared: SharedPostings, ownGid: number, limit: number, groups: readonly QueryGroup[]): boolean {
  const start = out.length;
  out.push(ownGid, limit, groups.length);
  for (const group of groups) {
    out.push(group.df, group.lists.length);
    for (const list of group.lists) {
      if (!(list instanceof Int32Array) || list.buffer !== shared.gids.buffer) {
        out.length = start;
        return false;
      }
      out.push(list.byteOffset / Int32Array.BYTES_PER_ELEMENT - shared.gids.byteOffset / Int32Array.BYTES_PER_ELEMENT, list.length);
    }
  }
  return true;
}

/** One thread's answering state: the shared arrays and its own scratch. */
export interface QueryAnswerer {
  readonly shared: SharedPostings;
  readonly scratch: QueryScratch;
}

export function queryAnswerer(shared: SharedPostings): QueryAnswerer {
  return { shared, scratch: scratchFor({ tallies: new Float64Array(0), touched: [], groupTouched: [] }, shared.norms.length) };
}

/**
 * Answers every query of `queries` (as `encodeQuery` wrote them, one after another): for each,
 * its gid, the number of candidates found, and their gids, best first, as `ClaimStore.candidates`
 * orders them.
 */
export function answerQueries(answerer: QueryAnswerer, queries: Int32Array): Int32Array<ArrayBuffer> {
  const { shared, scratch } = answerer;
  const answers: number[] = [];
  let at = 0;
  while (at < queries.length) {
    const ownGid = queries[at++];
    const limit = queries[at++];
    const groupCount = queries[at++];
    const groups: QueryGroup[] = [];
    for (let g = 0; g < groupCount; g++) {
      const df = queries[at++];
      const listCount = queries[at++];
      const lists: Int32Array[] = [];
      for (let l = 0; l < listCount; l++) {
        const offset = queries[at++];
        const length = queries[at++];
        lists.push(shared.gids.subarray(offset, offset + length));
      }
      groups.push({ lists, df });
    }
    const touched = tallyQuery(groups, scratch, ownGid, limit, shared.size, shared.postingsBudget);
    // Every gid in the packed lists is a live sentence: the store drops a removed article's gids
    // from its postings, and a change after packing leaves its lists out of the shared buffer.
    const best = bestScored(scratch, touched, shared.norms, limit, (gid) => gid);
    answers.push(ownGid, best.length, ...best);
  }
  return Int32Array.from(answers);
}

/** Reads `answerQueries`' answers: calls `take` with each claim's gid and its candidates' gids. */
export function readAnswers(answers: Int32Array, take: (gid: number, candidates: Int32Array) => void): void {
  let at = 0;
  while (at < answers.length) {
    const gid = answers[at];
    const count = answers[at + 1];
    take(gid, answers.subarray(at + 2, at + 2 + count));
    at += 2 + count;
  }
}

/**
 * Answers another thread gave (`answerQueries`), by claim gid, for queries of one number of
 * candidates: the store reads each once (`take`), and drops the lot when it changes.
 */
export class PrefetchedCandidates {
  private readonly byGid = new Map<number, Int32Array>();
  private limit = 0;

  accept(answers: Int32Array, limit: number): void {
    if (limit !== this.limit) this.byGid.clear();
    this.limit = limit;
    readAnswers(answers, (gid, candidates) => this.byGid.set(gid, candidates));
  }

  /** The candidates found for `gid` in a query of `limit`, once. */
  take(gid: number, limit: number): Int32Array | undefined {
    if (limit !== this.limit) return undefined;
    const found = this.byGid.get(gid);
    if (found) this.byGid.delete(gid);
    return found;
  }

  forget(gids: Iterable<number>): void {
    for (const gid of gids) this.byGid.delete(gid);
  }

  clear(): void {
    this.byGid.clear();
  }
}

/**
 * Lists copied side by side into one array of `total` numbers on a shared buffer: `fill` hands
 * each list to `place`, which copies it in and returns its view. Returns the whole array.
 */
export function packShared(total: number, fill: (place: (list: ArrayLike<number>) => Int32Array) => void): Int32Array {
  const gids = new Int32Array(new SharedArrayBuffer(total * Int32Array.BYTES_PER_ELEMENT));
  let at = 0;
  fill((list) => {
    gids.set(list, at);
    at += list.length;
    return gids.subarray(at - list.length, at);
  });
  return gids;
}

/** A copy of the first `length` numbers of `values` on a shared buffer. */
export function sharedCopy(values: Float64Array, length: number): Float64Array {
  const copy = new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
  copy.set(values.subarray(0, length));
  return copy;
}

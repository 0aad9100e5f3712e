/**
 * Scoring one retrieval query (`ClaimStore.candidates`): which of a claim's terms are looked up,
 * the summed idf each sentence gets from the terms it shares (BM25-like, a term counting once at
 * the weight of its rarest shared key), and the best few by score over length. Kept apart from the
 * store's bookkeeping (articles, postings, snapshots): these are the numbers that decide which
 * sentences a claim is compared with, and every one of them is read for every claim.
 */
import { type QueryGroup, rankByLaterTerms } from './laterTerms';

/**
 * Keys found in more sentences than this say little about which sentences match, and would make
 * each lookup cost a share of the corpus: they are never looked up.
 */
const MAX_KEY_DF = 1500;
/** In a smaller corpus, keys more common than a multiple of the square root of its size are skipped too. */
const DF_CAP_FACTOR = 4;
const MIN_DF_CAP = 64;
/**
 * Postings read per claim, at most (beyond the rarest key's own): a constant, so that each claim
 * costs the same whatever the corpus size and a check grows linearly with it. The rarest keys are
 * read first, so the budget drops only the commonest of a claim's keys.
 */
export const POSTINGS_BUDGET = 1000;
/** How many of a claim's rarest terms are looked up: at least the first few, at most this many. */
const MAX_QUERY_KEYS = 16;
const MIN_QUERY_KEYS = 6;
/** Candidates gathered (as a multiple of those kept) after which lookups stop. */
const ENOUGH_CANDIDATES = 8;

/**
 * One query's scratch, kept from one query to the next (a query touches up to thousands of
 * sentences). `tallies` holds two numbers per sentence number side by side: at 2 * gid the
 * sentence's score (`touched` lists the gids to read and reset), at 2 * gid + 1 the weight the
 * current term has already given it (reset after each term). Reading a posting touches both: in
 * one array they share a cache line, where two arrays of a 10k corpus's 400,000 sentences cost
 * two misses a posting.
 */
export interface QueryScratch {
  tallies: Float64Array;
  readonly touched: number[];
  readonly groupTouched: number[];
}

/** Scratch for sentence numbers below `gids`, grown when the store has grown past it. */
export function scratchFor(scratch: QueryScratch, gids: number): QueryScratch {
  if (scratch.tallies.length < 2 * gids) scratch.tallies = new Float64Array(gids * 4);
  return scratch;
}

/**
 * A claim's query terms (its key groups, each with its keys' postings) that are worth looking up
 * in a store of `size`, rarest first: no key so common that its postings would dominate.
 */
export function lookupGroups(keyGroups: readonly string[][], listOf: (key: string) => ArrayLike<number> | undefined, size: number): QueryGroup[] {
  const cap = queryCap(size);
  // Each key's postings, looked up once: their length is the key's document frequency.
  const groups: QueryGroup[] = [];
  for (const keys of keyGroups) {
    let lists: Array<ArrayLike<number>> | undefined;
    let rarest = Infinity;
    for (const key of keys) {
      const gids = listOf(key);
      if (gids === undefined || gids.length <= 1 || gids.length > cap) continue;
      (lists ??= []).push(gids);
      rarest = Math.min(rarest, gids.length);
    }
    if (lists) groups.push({ lists, df: rarest });
  }
  // A stable sort: groups of equal rarity keep the claim's order.
  groups.sort((a, b) => a.df - b.df);
  if (groups.length > MAX_QUERY_KEYS) groups.length = MAX_QUERY_KEYS;
  return groups;
}

/**
 * Tallies the groups' weights into `scratch` for every sentence they list but `ownGid`, the
 * rarest first, within `budget` postings; the terms past the budget still rank the sentences
 * found (`laterTerms.ts`). Returns how many sentences were touched (`scratch.touched`).
 */
export function tallyQuery(groups: readonly QueryGroup[], scratch: QueryScratch, ownGid: number, limit: number, size: number, budget: number): number {
  const { tallies, touched, groupTouched } = scratch;
  let touchedCount = 0;
  let read = 0;
  let g = 0;
  for (; g < groups.length; g++) {
    // The rarest terms decide the ranking; once they have found plenty of candidates, the
    // commoner ones would only add cost.
    if (g >= MIN_QUERY_KEYS && touchedCount >= limit * ENOUGH_CANDIDATES) break;
    const group = groups[g];
    const cost = group.lists.reduce((sum, gids) => sum + gids.length, 0);
    if (g > 0 && read + cost > budget) break;
    read += cost;
    // One term counts once per sentence, at the weight of its rarest shared key: a word with
    // four WordNet senses is not four matches. `credited` holds what this term gave a sentence.
    let groupCount = 0;
    for (const gids of group.lists) {
      const weight = Math.log((size + 1) / (gids.length + 0.5));
      for (let i = 0; i < gids.length; i++) {
        const gid = gids[i];
        const at = 2 * gid;
        const credited = tallies[at + 1];
        if (gid === ownGid || credited >= weight) continue;
        if (credited === 0) {
          if (tallies[at] === 0) touched[touchedCount++] = gid;
          groupTouched[groupCount++] = gid;
        }
        tallies[at] += weight - credited;
        tallies[at + 1] = weight;
      }
    }
    for (let i = 0; i < groupCount; i++) tallies[2 * groupTouched[i] + 1] = 0;
  }
  if (g < groups.length && touchedCount > 0) rankByLaterTerms(tallies, touched, touchedCount, groups, g, size);
  return touchedCount;
}

/**
 * The best `limit` of the touched sentences by score over length (long sentences share many keys
 * by chance: BM25 normalises by length too), best first, resetting their tallies. Kept by
 * insertion into a short sorted list, with no sort of every candidate; `sentenceOf` is asked only
 * for those that enter it.
 */
export function bestScored<S>(scratch: QueryScratch, touchedCount: number, norms: Float64Array, limit: number, sentenceOf: (gid: number) => S | undefined): S[] {
  const { tallies, touched } = scratch;
  const best: S[] = [];
  const bestScores: number[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const gid = touched[t];
    const normalised = tallies[2 * gid] / norms[gid];
    tallies[2 * gid] = 0;
    if (best.length === limit && normalised <= bestScores[limit - 1]) continue;
    const s = sentenceOf(gid);
    if (s === undefined) continue;
    if (best.length === limit) {
      best.pop();
      bestScores.pop();
    }
    // Equal scores keep the order they were found in, as a stable sort would. Shifted by hand:
    // `splice` makes an array of what it removes, even of nothing.
    let at = best.length;
    while (at > 0 && bestScores[at - 1] < normalised) {
      best[at] = best[at - 1];
      bestScores[at] = bestScores[at - 1];
      at--;
    }
    best[at] = s;
    bestScores[at] = normalised;
  }
  return best;
}

/** Keys in more sentences than this are never looked up in a store of `size` (see `lookupGroups`). */
function queryCap(size: number): number {
  return Math.min(MAX_KEY_DF, Math.max(MIN_DF_CAP, Math.round(DF_CAP_FACTOR * Math.sqrt(size))));
}

/**
 * Whether a key whose document frequency went from `before` to `after`, in a store of `size`
 * (its `retrievalSize`) either way, leaves every claim's candidates and idf as they were: it is
 * too common to be looked up either way, and its rounded frequency, which idf reads, is the same.
 */
export function sameRetrievalWeight(before: number, after: number, size: number): boolean {
  const cap = queryCap(size);
  return before > cap && after > cap && roundedSize(before) === roundedSize(after);
}

/**
 * A count rounded to two significant figures (corpus size and document frequency, as idf reads
 * them), so that adding or removing one sentence leaves every other verdict unchanged.
 */
export function roundedSize(n: number): number {
  if (n < 100) return n;
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
}

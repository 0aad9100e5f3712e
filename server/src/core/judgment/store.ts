/**
 * The claim index of a corpus: every prose sentence's features, and an inverted index from terms
 * and concepts to the sentences that mention them, so that each claim is compared only with its
 * likely matches (cost grows with the corpus, not with its square). Incremental: an article's
 * sentences can be replaced or removed without touching the others.
 */
import type { ParsedArticle } from '../article/parse';
import { adoptCopiedFeatures } from './copies';
import { type FeatureContext, retrievalKeys, type SentenceFeatures } from './features';
import { firstAtLeast } from '../sorted';
import { bestScored, lookupGroups, POSTINGS_BUDGET, type QueryScratch, roundedSize, scratchFor, tallyQuery } from './queryScoring';
import { GrowingPostings } from './growingPostings';
import { articleSentences, queryGroups } from './storedSentences';
import { type RetrievalSnapshot, SnapshotPostings, snapshotOf } from './storeSnapshot';
import { encodeQuery, packShared, PrefetchedCandidates, sharedCopy, type SharedPostings } from './sharedRetrieval';

export { articleSentences, isClaim } from './storedSentences';
export { sameRetrievalWeight } from './queryScoring';

export interface StoredSentence {
  /** A number unique in the store, for score arrays (-1 until the sentence is indexed). */
  readonly gid: number;
  readonly articleId: string;
  /** Position among the article's stored sentences. */
  readonly index: number;
  readonly features: SentenceFeatures;
  /** Whether the sentence is a claim to judge (not only a possible source). */
  readonly isClaim: boolean;
  readonly kind: 'headline' | 'prose';
}

/** What retrieval may read per claim; a test lowers the budget to meet it with a few sentences. */
export interface RetrievalLimits {
  readonly postingsBudget: number;
}

export class ClaimStore {
  private readonly sentences = new Map<string, StoredSentence[]>();
  /**
   * For each key, the gids of the sentences that have it, in the order they were indexed (an
   * article's sentences are indexed together, so its gids sit side by side). The length of a
   * list is its key's document frequency. A list grows as articles are indexed, and is packed
   * (`packPostings`) for a spell of reading.
   */
  private readonly postings = new Map<string, GrowingPostings | Int32Array>();
  private total = 0;
  private nextGid = 0;
  /** One query's scratch (`queryScoring.ts`), kept from one query to the next. */
  private scratch: QueryScratch = { tallies: new Float64Array(2048), touched: [], groupTouched: [] };
  private readonly byGid: Array<StoredSentence | undefined> = [];
  /**
   * Each sentence's length normalisation (the divisor of its score in `candidates`), by gid: read for every sentence a
   * query touches, so it sits in one flat array rather than behind each sentence's features.
   */
  private norms: Float64Array<ArrayBufferLike> = new Float64Array(1024);
  /**
   * A store restored from a snapshot (`restored`): the articles in order, where each one's
   * sentence numbers start, and how to load an article's sentences when a query first needs them.
   */
  private lazy?: {
    readonly order: readonly string[];
    readonly position: Map<string, number>;
    readonly starts: Int32Array;
    /** Its postings, read in place from the snapshot (the map above stays empty). */
    readonly postings: SnapshotPostings;
    readonly load: (articleId: string) => readonly StoredSentence[] | undefined;
  };

  /**
   * The postings packed into one shared buffer (`packPostings`), while the store has not changed
   * since; and the candidates another thread found from them (`acceptCandidates`).
   */
  private shared?: SharedPostings;
  private readonly prefetched = new PrefetchedCandidates();

  constructor(private readonly limits: RetrievalLimits = { postingsBudget: POSTINGS_BUDGET }) {}

  /**
   * A store that answers as the one `snapshot` was taken of, with some articles replaced by new
   * versions at the same place in the order (as a store indexing the articles afresh would hold
   * them). Other articles' sentences are loaded by `load` when first read; it must give the
   * sentences the snapshot was taken of (a different number of them throws `RestoreError`).
   */
  static restored(snapshot: RetrievalSnapshot, replaced: ReadonlyMap<string, readonly StoredSentence[]>, load: (articleId: string) => readonly StoredSentence[] | undefined): ClaimStore {
    const store = new ClaimStore();
    const postings = new SnapshotPostings(snapshot, replaced);
    const { keyCounts, starts } = postings;
    const total = starts[snapshot.articleIds.length];
    store.norms = new Float64Array(Math.max(1024, total));
    for (let gid = 0; gid < total; gid++) store.norms[gid] = Math.sqrt(Math.max(8, keyCounts[gid]));
    store.nextGid = total;
    store.total = total;
    store.size = roundedSize(total);
    store.lazy = { order: snapshot.articleIds, position: new Map(snapshot.articleIds.map((id, i) => [id, i])), starts, postings, load };
    for (const [id, sentences] of replaced) {
      if (!store.lazy.position.has(id)) throw new RestoreError(`${id} has no sentences in the snapshot`);
      store.placeLoaded(id, sentences);
    }
    return store;
  }

  /** The retrieval of this store as plain data, to restore it later without the features (see `restored`). */
  retrievalSnapshot(): RetrievalSnapshot {
    const articleIds = this.articleIds();
    const sentenceCounts = new Int32Array(articleIds.length);
    const lazy = this.lazy;
    // A restored store's sentence numbers already count from 0 in indexing order (and its
    // articles are not loaded for this); an ordinary store's are renumbered so.
    if (lazy) {
      articleIds.forEach((_id, a) => (sentenceCounts[a] = lazy.starts[a + 1] - lazy.starts[a]));
      return snapshotOf(articleIds, sentenceCounts, lazy.postings.keyCounts, lazy.postings.entries());
    }
    const dense = new Int32Array(this.nextGid).fill(-1);
    const keyCounts: number[] = [];
    articleIds.forEach((id, a) => {
      const sentences = this.sentencesOf(id);
      sentenceCounts[a] = sentences.length;
      for (const sentence of sentences) {
        dense[sentence.gid] = keyCounts.length;
        keyCounts.push(retrievalKeys(sentence.features).length);
      }
    });
    const lists = [...this.postings].map(([key, list]) => [key, idsOf(list).map((gid) => dense[gid])] as const);
    return snapshotOf(articleIds, sentenceCounts, Int32Array.from(keyCounts), lists);
  }

  setArticle(articleId: string, parsed: ParsedArticle, ctx: FeatureContext): void {
    this.removeArticle(articleId);
    if (!parsed.analysable) return;
    this.setSentences(articleId, articleSentences(articleId, parsed, ctx));
  }

  /**
   * Indexes sentences computed earlier by `articleSentences` (the CLI's cache and index store
   * them), replacing any earlier version of the article. The sentences are re-stamped with this
   * article's id and their positions, so that stored ones can be reused under another path.
   */
  setSentences(articleId: string, sentences: readonly StoredSentence[]): void {
    adoptCopiedFeatures(sentences);
    this.materialise();
    this.removeArticle(articleId);
    this.changed();
    // Each indexing gives the sentences fresh numbers for the score arrays.
    const stored: StoredSentence[] = sentences.map((s, index) => ({ ...s, articleId, index, gid: this.nextGid++ }));
    if (this.norms.length < this.nextGid) {
      const grown = new Float64Array(this.nextGid * 2);
      grown.set(this.norms);
      this.norms = grown;
    }
    for (const entry of stored) {
      this.byGid[entry.gid] = entry;
      const keys = retrievalKeys(entry.features);
      this.norms[entry.gid] = Math.sqrt(Math.max(8, keys.length));
      for (const key of keys) {
        const list = this.growableList(key);
        if (list) list.push(entry.gid);
        else this.postings.set(key, GrowingPostings.starting(entry.gid));
      }
    }
    this.total += stored.length;
    this.size = roundedSize(this.total);
    this.sentences.set(articleId, stored);
  }

  /**
   * Packs every postings list into one typed array, side by side, without the room a growing
   * list keeps, for a spell of reading (a check's judging). The array sits on a shared buffer,
   * so that another thread can answer queries from it (`sharedPostings`). A list changed later
   * grows again, at the cost of a copy.
   */
  packPostings(): void {
    if (this.lazy) return;
    let total = 0;
    for (const list of this.postings.values()) total += list.length;
    const gids = packShared(total, (place) => {
      for (const [key, list] of this.postings) this.postings.set(key, place(idsOf(list)));
    });
    this.norms = sharedCopy(this.norms, this.nextGid);
    this.changed();
    this.shared = { gids, norms: this.norms, size: this.size, postingsBudget: this.limits.postingsBudget };
  }

  /** The packed postings, for another thread to answer queries from, unless the store changed since `packPostings`. */
  sharedPostings(): SharedPostings | undefined {
    return this.shared;
  }

  /**
   * Appends to `out` the queries of these claims (`sharedRetrieval.ts`) for `limit` candidates
   * each, for another thread to answer from `sharedPostings`; claims it cannot encode are left
   * to `candidates`. Returns whether any was appended.
   */
  encodeQueries(claims: readonly StoredSentence[], limit: number, out: number[]): boolean {
    const shared = this.shared;
    if (!shared) return false;
    const before = out.length;
    for (const claim of claims) {
      const groups = lookupGroups(queryGroups(claim.features), (key) => this.listOf(key), this.size);
      encodeQuery(out, shared, claim.gid, limit, groups);
    }
    return out.length > before;
  }

  /** Answers to `encodeQueries`' queries, for `candidates` to return once each unless the store changes. */
  acceptCandidates(answers: Int32Array, limit: number): void {
    if (this.shared) this.prefetched.accept(answers, limit);
  }

  /** Drops the answers `acceptCandidates` took for these claims that `candidates` has not read. */
  forgetCandidates(claims: readonly StoredSentence[]): void {
    this.prefetched.forget(claims.map((claim) => claim.gid));
  }

  /** Forgets the shared postings and what was answered from them: the store is about to change. */
  private changed(): void {
    this.shared = undefined;
    this.prefetched.clear();
  }

  /** A key's postings as a list that can grow and shrink (unpacked if `packPostings` packed it). */
  private growableList(key: string): GrowingPostings | undefined {
    const list = this.postings.get(key);
    if (list === undefined || list instanceof GrowingPostings) return list;
    const growable = GrowingPostings.of(list);
    this.postings.set(key, growable);
    return growable;
  }

  /**
   * The articles with stored sentences, in the order they were indexed: with their contents,
   * this order fixes everything the store answers (it breaks ties between equal candidates).
   */
  articleIds(): string[] {
    return this.lazy ? [...this.lazy.order] : [...this.sentences.keys()];
  }

  /**
   * What `candidates` and `idf` read besides the postings of the claim's own keys: the rounded
   * corpus size. Two stores with the same size and the same postings for a claim's keys give that
   * claim the same candidates (a cache of verdicts relies on it: keep it in step).
   */
  get retrievalSize(): number {
    return this.size;
  }

  removeArticle(articleId: string): void {
    this.materialise();
    const stored = this.sentences.get(articleId);
    if (!stored) return;
    this.changed();
    // An article's gids were given together, so they form one run [first, last]; and every
    // postings list is in gid order. Each list drops that run with a binary search and one
    // splice, rather than a pass over a list that, for a common key, spans much of the corpus.
    const first = stored.length ? stored[0].gid : 0;
    const last = stored.length ? stored[stored.length - 1].gid : -1;
    const keys = new Set<string>();
    for (const sentence of stored) {
      this.byGid[sentence.gid] = undefined;
      for (const key of retrievalKeys(sentence.features)) keys.add(key);
    }
    for (const key of keys) {
      const list = this.growableList(key);
      if (!list) continue;
      const ids = list.view();
      const from = firstAtLeast(ids, first);
      const to = firstAtLeast(ids, last + 1);
      if (to - from === list.length) this.postings.delete(key);
      else list.remove(from, to);
    }
    this.total -= stored.length;
    this.size = roundedSize(this.total);
    this.sentences.delete(articleId);
  }

  sentencesOf(articleId: string): readonly StoredSentence[] {
    return this.sentences.get(articleId) ?? this.loadLazily(articleId) ?? [];
  }

  get(articleId: string, index: number): StoredSentence | undefined {
    return (this.sentences.get(articleId) ?? this.loadLazily(articleId))?.[index];
  }

  /** A restored store's article, loaded now (undefined when the store has no such article). */
  private loadLazily(articleId: string): StoredSentence[] | undefined {
    const lazy = this.lazy;
    const position = lazy?.position.get(articleId);
    if (lazy === undefined || position === undefined) return undefined;
    const sentences = lazy.load(articleId);
    const expected = lazy.starts[position + 1] - lazy.starts[position];
    if (!sentences || sentences.length !== expected) throw new RestoreError(`the sentences loaded for ${articleId} are not those of the snapshot`);
    return this.placeLoaded(articleId, sentences);
  }

  /** A restored store's sentence by number, its article loaded now. */
  private loadGid(gid: number): StoredSentence | undefined {
    const at = this.lazyArticleAt(gid);
    return at === undefined ? undefined : this.loadLazily(this.lazy!.order[at])?.[gid - this.lazy!.starts[at]];
  }

  /** In a restored store, the position of the article whose run of sentence numbers holds `gid`. */
  private lazyArticleAt(gid: number): number | undefined {
    const lazy = this.lazy;
    if (!lazy || gid < 0 || gid >= lazy.starts[lazy.order.length]) return undefined;
    // The last start at or below `gid`.
    let low = 0;
    let high = lazy.order.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lazy.starts[middle] <= gid) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** How many sentences have `key` (its postings). */
  documentFrequency(key: string): number {
    return this.frequencyOf(key);
  }

  /** A key's postings, ascending (in a restored store, read in place from its snapshot). */
  private listOf(key: string): ArrayLike<number> | undefined {
    if (this.lazy) return this.lazy.postings.get(key);
    const list = this.postings.get(key);
    return list && idsOf(list);
  }

  /** How many sentences have `key`, without a view of a growing list. */
  private frequencyOf(key: string): number {
    return (this.lazy ? this.lazy.postings.get(key) : this.postings.get(key))?.length ?? 0;
  }

  /** The articles with a sentence that has one of `keys` (none is loaded for it). */
  articlesWithKeys(keys: Iterable<string>): Set<string> {
    const articles = new Set<string>();
    for (const key of keys) {
      const list = this.listOf(key) ?? [];
      for (let i = 0; i < list.length; i++) {
        const gid = list[i];
        const at = this.lazyArticleAt(gid);
        const id = at === undefined ? this.byGid[gid]?.articleId : this.lazy!.order[at];
        if (id !== undefined) articles.add(id);
      }
    }
    return articles;
  }

  /** Stamps a restored store's article with its place: its id, positions and sentence numbers. */
  private placeLoaded(articleId: string, sentences: readonly StoredSentence[]): StoredSentence[] {
    adoptCopiedFeatures(sentences);
    const start = this.lazy!.starts[this.lazy!.position.get(articleId)!];
    const stored = sentences.map((s, index) => ({ ...s, articleId, index, gid: start + index }));
    for (const sentence of stored) this.byGid[sentence.gid] = sentence;
    this.sentences.set(articleId, stored);
    return stored;
  }

  /** Turns a restored store into an ordinary one (every article loaded) before it is changed. */
  private materialise(): void {
    const lazy = this.lazy;
    if (!lazy) return;
    const loaded = lazy.order.map((id) => this.sentences.get(id) ?? this.loadLazily(id) ?? []);
    this.lazy = undefined;
    // In indexing order again, which `articleIds` then reads from the map.
    this.sentences.clear();
    lazy.order.forEach((id, i) => this.sentences.set(id, loaded[i]));
    for (const [key, list] of lazy.postings.entries()) this.postings.set(key, Int32Array.from(list));
  }

  /**
   * Inverse document frequency of a key. The corpus size, and a common key's document frequency,
   * are rounded to two significant figures, so that adding or removing one sentence leaves every
   * other verdict (and its cache) unchanged: a re-check after an edit that adds a "said" need not
   * judge again every claim that has one.
   */
  readonly idf = (key: string): number => Math.log((this.size + 1) / (roundedSize(this.frequencyOf(key)) + 0.5));

  /** The corpus size idf reads, rounded (see `idf`); kept in step with `total`. */
  private size = 0;

  /**
   * The sentences most likely to speak to `claim` (BM25-like: summed idf of shared keys), best
   * first, excluding the claim itself. Very common keys are skipped: they would touch every
   * sentence and rank none.
   */
  candidates(claim: StoredSentence, limit: number): StoredSentence[] {
    const answered = this.prefetched.take(claim.gid, limit);
    if (answered) {
      const found: StoredSentence[] = [];
      for (const gid of answered) {
        const sentence = this.byGid[gid];
        if (sentence) found.push(sentence);
      }
      return found;
    }
    // Only the rarest terms of the claim are looked up, and no key so common that its postings
    // would dominate: each claim then costs a bounded amount, and a check grows linearly.
    const groups = lookupGroups(queryGroups(claim.features), (key) => this.listOf(key), this.size);
    const scratch = scratchFor(this.scratch, this.nextGid);
    const touched = tallyQuery(groups, scratch, claim.gid, limit, this.size, this.limits.postingsBudget);
    return bestScored(scratch, touched, this.norms, limit, (gid) => this.byGid[gid] ?? this.loadGid(gid));
  }
}

/** A list's entries, as they are now. */
function idsOf(list: GrowingPostings | Int32Array): Int32Array {
  return list instanceof GrowingPostings ? list.view() : list;
}

/** A restored store's loader gave other sentences than the snapshot was taken of. */
export class RestoreError extends Error {}

/** The corpus size `idf` reads for a store with a snapshot's sentences (see `retrievalSize`). */
export function retrievalSizeOf(snapshot: RetrievalSnapshot): number {
  return roundedSize(snapshot.sentenceCounts.reduce((sum, n) => sum + n, 0));
}

/**
 * The quote index as plain data (`QuotesSnapshot`), and an index restored from it that reads it in
 * place (`RestoredQuotes`): a quote's words are worked out only when a lookup meets it, so that a
 * re-check of one edited article does not tokenise every quote of the corpus again.
 */
import type { Quote } from './model';
import { indexOfKey, isKeyedPostings, keyAt, type SortedKeys, sortedKeys } from '../sorted';
import { type Indexed, indexedQuote, SAME_QUOTE_SHARE, sharedPairs } from './twins';

export interface QuotesSnapshot {
  /** Each article's indexed quotes, in the order the index holds them; their numbers run on across articles. */
  readonly articles: ReadonlyArray<readonly [articleId: string, quotes: readonly Quote[]]>;
  /** Each quote's number of distinct word pairs, by number. */
  readonly pairCounts: Int32Array;
  /** The word pairs, sorted, and each one's quotes (by number, ascending), ending at `gramEnds`. */
  readonly grams: SortedKeys;
  readonly gramEnds: Int32Array;
  readonly postings: Int32Array;
}

/** Whether a value read back from a file has the shape of a quotes snapshot. */
export function isQuotesSnapshot(value: unknown): value is QuotesSnapshot {
  const s = value as QuotesSnapshot | undefined;
  if (!s || !Array.isArray(s.articles) || !isKeyedPostings(s.grams, s.gramEnds, s.postings) || !(s.pairCounts instanceof Int32Array)) return false;
  return s.pairCounts.length === s.articles.reduce((n, [, q]) => n + q.length, 0);
}

/** The snapshot of an index's entries (by article, in order) and postings (each in that order). */
export function quotesSnapshotOf(byArticle: ReadonlyMap<string, readonly Indexed[]>, postings: ReadonlyMap<string, Iterable<Indexed>>): QuotesSnapshot {
  const number = new Map<Indexed, number>();
  const articles: Array<readonly [string, readonly Quote[]]> = [];
  for (const [id, entries] of byArticle) {
    articles.push([id, entries.map((e) => e.entry.quote)]);
    for (const entry of entries) number.set(entry, number.size);
  }
  const pairCounts = Int32Array.from(number.keys(), (entry) => entry.pairSet.size);
  const grams = sortedKeys([...postings.keys()]);
  const gramEnds = new Int32Array(grams.starts.length - 1);
  const lists: number[] = [];
  for (let g = 0; g < gramEnds.length; g++) {
    for (const entry of postings.get(keyAt(grams, g))!) lists.push(number.get(entry)!);
    gramEnds[g] = lists.length;
  }
  return { articles, pairCounts, grams, gramEnds, postings: Int32Array.from(lists) };
}

/**
 * The index of a snapshot with some articles' quotes replaced (at the same place in the order).
 * A snapshot quote's number is its place in the order; a replaced article's new quotes come
 * between the numbers of the articles around it, so twins are ordered as a fresh index orders them.
 */
export class RestoredQuotes {
  /** Where each article's quotes start among the numbers, and the total after the last. */
  private readonly starts: Int32Array;
  private readonly articleAt: Int32Array;
  private readonly position = new Map<string, number>();
  private readonly replacedAt = new Set<number>();
  private readonly fresh = new Map<string, Indexed[]>();
  private readonly freshByGram = new Map<string, Indexed[]>();
  private readonly made = new Map<number, Indexed>();

  constructor(private readonly snapshot: QuotesSnapshot, replaced: ReadonlyMap<string, readonly Quote[]>) {
    const { articles } = snapshot;
    this.starts = new Int32Array(articles.length + 1);
    articles.forEach(([id, quotes], a) => {
      this.position.set(id, a);
      this.starts[a + 1] = this.starts[a] + quotes.length;
    });
    this.articleAt = new Int32Array(this.starts[articles.length]);
    for (let a = 0; a < articles.length; a++) this.articleAt.fill(a, this.starts[a], this.starts[a + 1]);
    for (const [id, quotes] of replaced) {
      const a = this.position.get(id);
      if (a === undefined) continue;
      this.replacedAt.add(a);
      const entries = quotes.map((q) => indexedQuote(id, q, 0)).filter((e): e is Indexed => e !== undefined);
      const fresh = entries.map((e, i) => ({ ...e, sequence: this.starts[a] - 1 + (i + 1) / (entries.length + 1) }));
      this.fresh.set(id, fresh);
      for (const entry of fresh) {
        for (const gram of entry.pairSet) {
          const list = this.freshByGram.get(gram);
          if (list) list.push(entry);
          else this.freshByGram.set(gram, [entry]);
        }
      }
    }
  }

  /** The articles in order, each with its quotes (replaced ones new): what a fresh index would be given. */
  quotesInOrder(): Array<[articleId: string, quotes: readonly Quote[]]> {
    return this.snapshot.articles.map(([id, quotes]) => [id, this.fresh.get(id)?.map((e) => e.entry.quote) ?? quotes]);
  }

  entriesOf(articleId: string): readonly Indexed[] {
    const fresh = this.fresh.get(articleId);
    if (fresh) return fresh;
    const a = this.position.get(articleId);
    if (a === undefined) return [];
    const entries: Indexed[] = [];
    for (let n = this.starts[a]; n < this.starts[a + 1]; n++) entries.push(this.entry(n));
    return entries;
  }

  /** How many quotes hold a word pair (without working out their words). */
  postingsCount(gram: string): number {
    let count = this.freshByGram.get(gram)?.length ?? 0;
    this.forEachNumber(gram, () => count++);
    return count;
  }

  postings(gram: string): Indexed[] {
    const found: Indexed[] = [];
    this.forEachNumber(gram, (n) => found.push(this.entry(n)));
    return found.concat(this.freshByGram.get(gram) ?? []);
  }

  /**
   * The articles with a quote that counts one of `quotes` among its twins (see
   * `QuoteIndex.articlesWithTwinsOf`). The word pairs a snapshot quote shares are counted from the
   * postings, and only a quote that shares enough of them has its words worked out.
   */
  articlesWithTwinsOf(quotes: readonly Quote[]): Set<string> {
    const articles = new Set<string>();
    for (const quote of quotes) {
      const theirs = indexedQuote('', quote, -1);
      if (!theirs) continue;
      const shared = new Map<number, number>();
      const freshMet = new Set<Indexed>();
      for (const gram of theirs.pairSet) {
        this.forEachNumber(gram, (n) => shared.set(n, (shared.get(n) ?? 0) + 1));
        for (const entry of this.freshByGram.get(gram) ?? []) freshMet.add(entry);
      }
      for (const [n, count] of shared) {
        if (count < Math.max(1, Math.ceil(this.snapshot.pairCounts[n] * SAME_QUOTE_SHARE))) continue;
        const mine = this.entry(n);
        if (sharedPairs(mine, theirs).twin) articles.add(mine.entry.articleId);
      }
      for (const mine of freshMet) if (sharedPairs(mine, theirs).twin) articles.add(mine.entry.articleId);
    }
    return articles;
  }

  /** The snapshot quotes (not of a replaced article) that hold a word pair, by number. */
  private forEachNumber(gram: string, visit: (n: number) => void): void {
    const g = indexOfKey(this.snapshot.grams, gram);
    if (g < 0) return;
    for (let i = g ? this.snapshot.gramEnds[g - 1] : 0; i < this.snapshot.gramEnds[g]; i++) {
      const n = this.snapshot.postings[i];
      if (!this.replacedAt.has(this.articleAt[n])) visit(n);
    }
  }

  /** A snapshot quote's index entry, worked out once. */
  private entry(n: number): Indexed {
    let entry = this.made.get(n);
    if (!entry) {
      const [id, quotes] = this.snapshot.articles[this.articleAt[n]];
      entry = indexedQuote(id, quotes[n - this.starts[this.articleAt[n]]], n)!;
      this.made.set(n, entry);
    }
    return entry;
  }
}

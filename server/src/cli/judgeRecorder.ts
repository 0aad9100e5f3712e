/**
 * Recording what judging an article reads, so that a cached verdict can be proven current.
 *
 * Judging an article's claims is a pure function of what it reads from the claim store (the
 * article's sentences, each claim's candidate sources, the idf of terms) and of the dates of
 * other articles. Sources are noted sentence by sentence: an edit elsewhere in a source article
 * leaves a verdict standing when the sentences it read are unchanged. The recorder hands the judge a view of the store that notes every read; on a
 * later run the reads are replayed against the new store, and the cached verdicts are reused
 * only if every read gives the same answer. This stays exact whatever the judge does: a read
 * through any other part of the store marks the recording unusable, and nothing is cached.
 */
import type { ClaimStore, StoredSentence } from '../core/judgment/store';
import { retrievalKeys } from '../core/judgment/features';

/** Contents as keys: equal keys mean equal stored sentences (and date, for an article). */
export interface ContentKeys {
  article(articleId: string): string;
  sentence(sentence: StoredSentence): string;
}
export type DateOf = (articleId: string) => string | undefined;

/**
 * The reads of one article's judgment, in a form that can be stored and replayed. Articles are
 * referred to by their position in `ids` (their paths would otherwise repeat in every answer).
 */
export interface JudgeReads {
  readonly ids: readonly string[];
  /** Articles whose sentences were all read (the judged one), with their content keys. */
  readonly contents: ReadonlyArray<readonly [article: number, contentKey: string]>;
  /** Single sentences read from other articles: the article's key, then each sentence's. */
  readonly sentences: ReadonlyArray<readonly [article: number, articleKey: string, sentences: ReadonlyArray<readonly [index: number, key: string]>]>;
  readonly dates: ReadonlyArray<readonly [article: number, date: string | undefined]>;
  readonly idf: ReadonlyArray<readonly [key: string, value: number]>;
  /** Each candidates query: the claim (article, index), the limit, and the answer (article, index, article, index, ...). */
  readonly candidates: ReadonlyArray<readonly [article: number, index: number, limit: number, answer: readonly number[]]>;
}

/**
 * Article ids by number, shared by the recorders of one article's claims: the stored reads then
 * hold one table of paths per article (the serialiser writes a shared array once) rather than
 * one per claim, which made up much of a large corpus's cache.
 */
export class ArticleRefs {
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();

  ref(articleId: string): number {
    let n = this.numbers.get(articleId);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(articleId);
      this.numbers.set(articleId, n);
    }
    return n;
  }
}

export class JudgeRecorder {
  /** The store as the judge should see it. */
  readonly store: ClaimStore;
  /** False once the judge read something the recording cannot replay. */
  replayable = true;
  private readonly contents = new Map<string, string>();
  private readonly sentences = new Map<string, { key: string; read: Map<number, string> }>();
  private readonly dates = new Map<string, string | undefined>();
  private readonly idfs = new Map<string, number>();
  private readonly queries: Array<readonly [number, number, number, readonly number[]]> = [];

  constructor(target: ClaimStore, private readonly datesOf: DateOf, private readonly keys: ContentKeys, private readonly refs = new ArticleRefs()) {
    const idf = (key: string): number => {
      const value = target.idf(key);
      if (!this.idfs.has(key)) this.idfs.set(key, value);
      return value;
    };
    const sentencesOf = (articleId: string): readonly StoredSentence[] => {
      this.noteContents(articleId);
      return target.sentencesOf(articleId);
    };
    const get = (articleId: string, index: number): StoredSentence | undefined => {
      const sentence = target.get(articleId, index);
      if (sentence) this.noteSentence(sentence);
      else this.noteContents(articleId);
      return sentence;
    };
    const candidates = (claim: StoredSentence, limit: number): StoredSentence[] => {
      // A claim that is not the stored sentence itself could not be found again on replay.
      if (target.get(claim.articleId, claim.index) !== claim) this.replayable = false;
      this.noteSentence(claim);
      const answer = target.candidates(claim, limit);
      for (const source of answer) this.noteSentence(source);
      this.queries.push([this.ref(claim.articleId), claim.index, limit, answer.flatMap((s) => [this.ref(s.articleId), s.index])]);
      return answer;
    };
    const known: Record<string, unknown> = { idf, sentencesOf, get, candidates };
    this.store = new Proxy(target, {
      get: (store, property, receiver) => {
        if (typeof property === 'string' && Object.hasOwn(known, property)) return known[property];
        this.replayable = false;
        const value: unknown = Reflect.get(store, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(store) : value;
      },
      set: () => {
        this.replayable = false;
        return false;
      },
    });
  }

  /** The judge's view of other articles' dates, recorded like the store's answers. */
  readonly dateOf: DateOf = (articleId) => {
    const date = this.datesOf(articleId);
    if (!this.dates.has(articleId)) this.dates.set(articleId, date);
    return date;
  };

  reads(): JudgeReads {
    const ref = (id: string): number => this.ref(id);
    const contents = [...this.contents].map(([id, key]) => [ref(id), key] as const);
    const sentences = [...this.sentences].map(([id, { key, read }]) => [ref(id), key, [...read]] as const);
    const dates = [...this.dates].map(([id, date]) => [ref(id), date] as const);
    return { ids: this.refs.ids, contents, sentences, dates, idf: [...this.idfs], candidates: this.queries };
  }

  private ref(articleId: string): number {
    return this.refs.ref(articleId);
  }

  private noteContents(articleId: string): void {
    if (!this.contents.has(articleId)) this.contents.set(articleId, this.keys.article(articleId));
  }

  private noteSentence(sentence: StoredSentence): void {
    let article = this.sentences.get(sentence.articleId);
    if (!article) this.sentences.set(sentence.articleId, (article = { key: this.keys.article(sentence.articleId), read: new Map() }));
    if (!article.read.has(sentence.index)) article.read.set(sentence.index, this.keys.sentence(sentence));
  }
}

/**
 * What is known of how the store's retrieval changed since reads were recorded: not at all, only
 * in the postings of some keys (the keys of the articles added, removed or changed), or unknown.
 */
export type RetrievalChange = { readonly kind: 'none' } | { readonly kind: 'keys'; readonly keys: ReadonlySet<string> } | { readonly kind: 'unknown' };

/**
 * Whether every recorded read gives the same answer now. The cheap reads are compared first, so
 * an article that depends on a changed one fails fast; candidate queries are run again last, and
 * only those that retrieval changes can reach: a claim none of whose keys changed their postings
 * meets the same candidates (`ClaimStore.retrievalSize` is the only other thing they read).
 */
export function replayReads(
  reads: JudgeReads, store: ClaimStore, dateOf: DateOf, keys: ContentKeys, retrieval: RetrievalChange = { kind: 'unknown' }, counts?: { queriesAsked: number },
): boolean {
  const { ids } = reads;
  for (const [ref, key] of reads.contents) if (keys.article(ids[ref]) !== key) return false;
  for (const [ref, articleKey, sentences] of reads.sentences) {
    const articleId = ids[ref];
    // An unchanged article has unchanged sentences; in a changed one, each sentence read is compared.
    if (keys.article(articleId) === articleKey) continue;
    for (const [index, key] of sentences) {
      const now = store.get(articleId, index);
      if (!now || keys.sentence(now) !== key) return false;
    }
  }
  for (const [ref, date] of reads.dates) if (dateOf(ids[ref]) !== date) return false;
  if (retrieval.kind === 'none') return true;
  for (const [key, value] of reads.idf) if (!Object.is(store.idf(key), value)) return false;
  for (const [ref, index, limit, answer] of reads.candidates) {
    const claim = store.get(ids[ref], index);
    if (!claim) return false;
    if (retrieval.kind === 'keys' && !retrievalKeys(claim.features).some((key) => retrieval.keys.has(key))) continue;
    if (counts) counts.queriesAsked++;
    const now = store.candidates(claim, limit);
    if (now.length * 2 !== answer.length) return false;
    for (let i = 0; i < now.length; i++) if (now[i].articleId !== ids[answer[2 * i]] || now[i].index !== answer[2 * i + 1]) return false;
  }
  return true;
}

/** A sentence (by position) of another article that a judgment read, or all of that article. */
export interface OtherArticleRead {
  readonly id: string;
  readonly index: number | 'all';
}

/**
 * What an article's stored reads read of other articles: each sentence (by position), or all of
 * an article whose sentences were listed; undefined when a claim's reads were not recordable.
 * Dates are left out: a re-check from a run's snapshot keeps every article's date.
 */
export function readsOfOthers(articleId: string, reads: ReadonlyArray<readonly [index: number, reads: JudgeReads | null]>): OtherArticleRead[] | undefined {
  const read = new Map<string, OtherArticleRead>();
  const note = (id: string, index: number | 'all'): void => {
    if (id === articleId) return;
    const key = `${id}\0${index}`;
    if (!read.has(key)) read.set(key, { id, index });
  };
  for (const [, r] of reads) {
    if (r === null) return undefined;
    for (const [ref] of r.contents) note(r.ids[ref], 'all');
    for (const [ref, , sentences] of r.sentences) for (const [index] of sentences) note(r.ids[ref], index);
  }
  return [...read.values()];
}

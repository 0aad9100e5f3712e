/**
 * The check cache (`--cache`) and the corpus index (`--index`): stored analyses and verdicts that
 * make a check faster and never different.
 *
 * - **Analyses** (an article's parse, quotes and sentence features) are keyed by the SHA-256 of
 *   the file's bytes, in a file stamped with the program and the settings: an unchanged article
 *   is not parsed or analysed again. The index holds the same entries for a whole corpus.
 * - **Verdicts** (the judgment of each claim) are kept with what judging that claim read (see
 *   `judgeRecorder.ts`). When no article of the corpus changed, they are reused as they are;
 *   otherwise each claim's reads are replayed, and only the claims that now meet a different
 *   candidate, a changed source, another idf or another date are judged again. Candidates are
 *   asked for again only for claims whose keys an edit touched (`retrievalChange.ts`).
 */
import { readFileSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis, ClaimJudge, Corpus } from '../core/corpus';
import type { ParsedArticle } from '../core/article/parse';
import type { CorroborateConfig } from '../core/config';
import { articleFromBytes } from '../core/article/unreadable';
import { judgeArticle, judgeClaim, type OneClaimJudge } from '../core/judgment/judge';
import type { ClaimStore, StoredSentence } from '../core/judgment/store';
import { readArticleFile } from '../io/readArticle';
import { tokensOf } from '../core/judgment/tokenColumns';
import { termsOf } from '../core/judgment/termColumns';
import { EntryFile, type FileStamp, sha256, shortHash } from './cacheFile';
import type { ArticleLoader, LoadedArticle } from './articleLoader';
import { fileStamp } from './cacheIdentity';
import {
  type AnalysisEntry, asClaimReads, asJudged, canonicalJson, type ClaimReads, contentKeyOf, previousClaims, type PreviousClaim,
  PROOFS_KEY, readAnalysisEntry, sameProofs, storedAnalysis, type VerdictProofs,
} from './cacheEntries';
import { ArticleRefs, type ContentKeys, JudgeRecorder, type OtherArticleRead, readsOfOthers, replayReads, type RetrievalChange } from './judgeRecorder';

export type { OtherArticleRead } from './judgeRecorder';
import { asRetrievalState, keysChangedSince, RETRIEVAL_PREFIX, type RetrievalState } from './retrievalChange';

export { canonicalJson } from './cacheEntries';

export interface CacheStats {
  analysesReused: number;
  analysesComputed: number;
  /** Verdicts reused because no article of the corpus changed. */
  verdictsReused: number;
  /** Verdicts reused after replaying what judging them read. */
  verdictsReplayed: number;
  verdictsComputed: number;
  /** Claims judged again, in the articles counted in `verdictsComputed` (the others' verdicts were proven). */
  claimsJudged: number;
  /** Candidate queries asked again to prove verdicts (those that an edit's keys can reach). */
  queriesAsked: number;
  /** Articles whose reports were reused as they were, unread: no change could reach them (`recheck.ts`). */
  reportsReused: number;
}

export interface CheckCacheOptions {
  readonly config: CorroborateConfig;
  readonly version: string;
  /** YYYY-MM-DD: undated articles are parsed relative to it. */
  readonly today: string;
  /** The cache file to read and (on `save`) write, if any. */
  readonly cacheFile?: string;
  /** An index written by `corroborate index`, read only. */
  readonly indexFile?: string;
  /** Where notes about unusable files go. */
  readonly warn: (message: string) => void;
}

export class CheckCache implements ArticleLoader {
  readonly stats: CacheStats = { analysesReused: 0, analysesComputed: 0, verdictsReused: 0, verdictsReplayed: 0, verdictsComputed: 0, claimsJudged: 0, queriesAsked: 0, reportsReused: 0 };
  private readonly cache?: EntryFile;
  private readonly index?: EntryFile;
  private readonly contentKeys = new WeakMap<ParsedArticle, string>();
  /** Content keys known without the article's parse (a re-check's unchanged articles, which stay unread). */
  private readonly knownContentKeys = new Map<string, string>();
  /**
   * What each article's judgment read of other articles, as recorded or proven in this run: a
   * later re-check finds the readers of an edited article's changed sentences in them
   * (`recheck.ts`). Dates are left out: a re-check keeps every article's date.
   */
  readonly readsOf = new Map<string, readonly OtherArticleRead[]>();
  private readonly sentenceKeys = new WeakMap<StoredSentence, string>();
  private readonly states = new WeakMap<ClaimStore, { state: string; retrieval: string }>();
  private proofs?: VerdictProofs;
  /** Articles judged in this run: the proofs of others are dropped on saving, like their entries. */
  private readonly judgedNow = new Set<string>();
  private saved = false;
  /** The entry holding each article's analysis as the corpus has it (after placing undated ones). */
  private readonly analysisKeys = new Map<string, string>();
  /** Keys whose postings changed since an earlier retrieval state, by that state's hash. */
  private readonly changes = new Map<string, RetrievalChange>();

  /** Whether the cache's folder did not exist before this run (entries written during the run create it). */
  private readonly freshFolder: boolean;

  constructor(private readonly options: CheckCacheOptions) {
    this.freshFolder = options.cacheFile !== undefined && !existsSync(path.dirname(options.cacheFile));
    const stamp = (kind: FileStamp['kind']): FileStamp => fileStamp(kind, options.config, options.version);
    if (options.cacheFile) {
      this.cache = EntryFile.open(options.cacheFile, stamp('cache'));
      const outcome = this.cache.outcome;
      if (outcome.status === 'unusable' && outcome.damaged) options.warn(`the cache ${options.cacheFile} is ${outcome.reason}: checking without it (it will be rewritten)`);
      this.cache.onDamage = (reason) => options.warn(`the cache ${options.cacheFile} is ${reason}: that part is computed again (the file will be rewritten)`);
    }
    if (options.indexFile) {
      this.index = EntryFile.open(options.indexFile, stamp('index'));
      const outcome = this.index.outcome;
      if (outcome.status === 'missing') options.warn(`no index at ${options.indexFile}: every article is analysed here`);
      if (outcome.status === 'unusable') options.warn(`the index ${options.indexFile} is ${outcome.reason}: every article is analysed here (run corroborate index again)`);
      this.index.onDamage = (reason) => options.warn(`the index ${options.indexFile} is ${reason}: those articles are analysed here`);
    }
  }

  load(absolute: string, reference?: string): LoadedArticle {
    const { maxFileBytes } = this.options.config;
    let bytes: Buffer;
    try {
      if (statSync(absolute).size > maxFileBytes) return { parsed: readArticleFile(absolute, maxFileBytes, this.options.today, reference) };
      bytes = readFileSync(absolute);
    } catch {
      return { parsed: readArticleFile(absolute, maxFileBytes, this.options.today, reference) };
    }
    const key = 'a:' + sha256(bytes);
    this.analysisKeys.set(absolute, key);
    const entry = this.analysisEntry(key, reference);
    if (entry) {
      this.stats.analysesReused++;
      return { parsed: entry.parsed, analysis: entry.analysis, key, reference };
    }
    this.stats.analysesComputed++;
    return { parsed: articleFromBytes(bytes, { fallbackDate: this.options.today, referenceDate: reference }), key, reference };
  }

  analysed(loaded: LoadedArticle, analysis: ArticleAnalysis): void {
    if (!loaded.key || !this.cache) return;
    const entry: AnalysisEntry = { today: this.options.today, reference: loaded.reference, parsed: loaded.parsed, analysis };
    this.cache.put(loaded.key, storedAnalysis(entry));
  }

  /** All analyses, for the index command (which keeps every one it computed). */
  keepAnalysis(loaded: LoadedArticle, analysis: ArticleAnalysis, into: EntryFile): void {
    if (loaded.key) into.put(loaded.key, storedAnalysis({ today: this.options.today, reference: loaded.reference, parsed: loaded.parsed, analysis }));
  }

  /**
   * The judge to give `Corpus.report` for this corpus: cached verdicts, proven current. When the
   * corpus changed, each claim's verdict is proven by replaying what judging that claim read, and
   * only the claims whose reads now answer differently are judged again.
   */
  judgeFor(corpus: Corpus): ClaimJudge {
    return (articleId, store, settings, dateOf) => {
      const cache = this.cache;
      if (!cache) return judgeArticle(articleId, store, settings, dateOf);
      const keys: ContentKeys = { article: (id) => this.contentKey(corpus, id), sentence: (s) => this.sentenceKey(s) };
      const now = this.corpusState(corpus, store);
      const proofs = this.verdictProofs();
      const proof = proofs.get(articleId);
      this.judgedNow.add(articleId);
      // The verdicts and the reads that prove them are separate entries: a verdict reused as it
      // is costs no reading of its (larger) reads.
      const verdictKey = 'v:' + articleId;
      const readsKey = 'r:' + articleId;
      if (proof && proof.state === now.state && cache.keep(readsKey) && (this.readsOf.has(articleId) || this.noteReads(articleId, asClaimReads(cache.get(readsKey))))) {
        const judged = asJudged(cache.get(verdictKey));
        if (judged) {
          this.stats.verdictsReused++;
          return judged;
        }
      }
      const storedReads = proof ? asClaimReads(cache.get(readsKey)) : undefined;
      const before = proof ? previousClaims(asJudged(cache.get(verdictKey)), storedReads) : new Map<number, PreviousClaim>();
      const retrieval = proof ? this.retrievalChange(corpus, store, proof.retrieval, now.retrieval) : { kind: 'unknown' as const };
      const claimReads: ClaimReads = [];
      const refs = new ArticleRefs();
      let judgedAgain = 0;
      let replayable = true;
      const judgeOne: OneClaimJudge = (claim, claimStore, claimSettings, claimDateOf) => {
        const previous = before.get(claim.index);
        if (previous?.reads && replayReads(previous.reads, claimStore, claimDateOf, keys, retrieval, this.stats)) {
          claimReads.push([claim.index, previous.reads]);
          return previous.verdict;
        }
        judgedAgain++;
        const recorder = new JudgeRecorder(claimStore, claimDateOf, keys, refs);
        const verdict = judgeClaim(claim, recorder.store, claimSettings, recorder.dateOf);
        replayable &&= recorder.replayable;
        claimReads.push([claim.index, recorder.replayable ? recorder.reads() : null]);
        return verdict;
      };
      const judged = judgeArticle(articleId, store, settings, dateOf, judgeOne);
      this.stats.claimsJudged += judgedAgain;
      // Every claim proven, and the same claims as stored: the stored entries stand as they are.
      if (judgedAgain === 0 && proof && claimReads.length === before.size) {
        this.stats.verdictsReplayed++;
        proofs.set(articleId, now);
        this.noteReads(articleId, storedReads);
        return judged;
      }
      this.stats.verdictsComputed++;
      cache.put(verdictKey, judged);
      cache.put(readsKey, claimReads);
      // A claim whose reads could not be recorded is never reused: nor is the article as a whole.
      if (replayable) proofs.set(articleId, now);
      else proofs.delete(articleId);
      if (replayable) this.noteReads(articleId, claimReads);
      else this.readsOf.delete(articleId);
      return judged;
    };
  }

  /**
   * Notes the articles an article's stored reads refer to; false when there are none to go by
   * (then the article cannot be left unread by a re-check).
   */
  private noteReads(articleId: string, reads: ClaimReads | undefined): boolean {
    const others = reads && readsOfOthers(articleId, reads);
    if (others) this.readsOf.set(articleId, others);
    else this.readsOf.delete(articleId);
    return others !== undefined;
  }

  /**
   * Articles of a re-check known without reading them: their analysis entries and content keys
   * (from the last run's snapshot), and the articles their judgments read.
   */
  knowArticles(rows: Iterable<{ readonly id: string; readonly entry: string; readonly content: string; readonly reads?: readonly OtherArticleRead[] }>): void {
    for (const row of rows) {
      this.analysisKeys.set(row.id, row.entry);
      this.knownContentKeys.set(row.id, row.content);
      if (row.reads) this.readsOf.set(row.id, row.reads);
    }
  }

  /**
   * A stored analysis by its entry key, or undefined when it is missing or damaged; it is kept
   * in the cache. (A re-check loads unchanged articles with it, only when it reads them.)
   */
  storedAnalysisEntry(key: string): AnalysisEntry | undefined {
    return readAnalysisEntry(this.cache?.get(key));
  }

  /**
   * Articles of a re-check that no change could reach: their stored analyses, verdicts and reads
   * stand as they are, proven under the corpus as it is now, without being read.
   */
  provenUnaffected(corpus: Corpus, store: ClaimStore, ids: Iterable<string>): void {
    const cache = this.cache;
    if (!cache) return;
    const now = this.corpusState(corpus, store);
    const proofs = this.verdictProofs();
    for (const id of ids) {
      const entry = this.analysisKeys.get(id);
      if (!entry || !cache.keep(entry) || !cache.keep('v:' + id) || !cache.keep('r:' + id) || !proofs.has(id)) continue;
      proofs.set(id, now);
      this.judgedNow.add(id);
      this.stats.verdictsReused++;
    }
  }

  /** The entry holding an article's analysis as this run read it, if it was read whole. */
  analysisKeyOf(id: string): string | undefined {
    return this.analysisKeys.get(id);
  }

  /** A stored sentence's content key (see `sentenceKey`): a re-check tells changed sentences by it. */
  sentenceKeyOf(sentence: StoredSentence): string {
    return this.sentenceKey(sentence);
  }

  /** An article's content key (see `contentKey`), as a run's snapshot records it. */
  contentKeyIn(corpus: Corpus, id: string): string {
    return this.contentKey(corpus, id);
  }

  /** The cache's entry file (the re-check keeps its own entries in it), if there is one. */
  get entries(): EntryFile | undefined {
    return this.cache;
  }

  /** Closes the files without writing (a check that failed): nothing of this run is kept. */
  abandon(): void {
    this.saved = true;
    this.cache?.close();
    this.index?.close();
  }

  /** Writes the cache file, if this run changed it, and closes the files; returns whether it wrote. */
  save(): boolean {
    this.index?.close();
    if (!this.cache || this.saved) return false;
    this.saved = true;
    if (this.proofs) {
      for (const id of this.proofs.keys()) if (!this.judgedNow.has(id)) this.proofs.delete(id);
      const before = this.cache.get(PROOFS_KEY);
      if (!(before instanceof Map) || !sameProofs(before as VerdictProofs, this.proofs)) this.cache.put(PROOFS_KEY, this.proofs);
    }
    if (!this.cache.changed) {
      this.cache.close();
      return false;
    }
    const folder = path.dirname(this.cache.file);
    this.cache.save();
    // A cache folder of our own is kept out of version control, as tools' caches usually are.
    if (this.freshFolder && path.basename(folder).startsWith('.corroborate')) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, '.gitignore'), '# Written by corroborate check --cache.\n*\n');
    }
    return true;
  }

  private verdictProofs(): VerdictProofs {
    if (!this.proofs) {
      const stored = this.cache?.get(PROOFS_KEY);
      this.proofs = stored instanceof Map ? new Map(stored as VerdictProofs) : new Map();
    }
    return this.proofs;
  }

  private analysisEntry(key: string, reference: string | undefined): AnalysisEntry | undefined {
    for (const file of [this.cache, this.index]) {
      const entry = readAnalysisEntry(file?.get(key));
      const undatedFits = entry?.today === this.options.today && entry?.reference === reference;
      if (entry && (entry.parsed.header !== undefined || !entry.parsed.analysable || undatedFits)) {
        // Found in the index only: keep it in the cache too.
        if (file === this.index) this.cache?.put(key, storedAnalysis(entry));
        return entry;
      }
    }
    return undefined;
  }

  /**
   * An article's contents as judging sees them: its text and dates (under the program and
   * settings the file is stamped with). '' for an article not in the corpus.
   */
  private contentKey(corpus: Corpus, id: string): string {
    const known = this.knownContentKeys.get(id);
    if (known !== undefined) return known;
    const parsed = corpus.get(id)?.parsed;
    if (!parsed) return '';
    let key = this.contentKeys.get(parsed);
    if (key === undefined) {
      key = contentKeyOf(parsed);
      this.contentKeys.set(parsed, key);
    }
    return key;
  }

  /**
   * A stored sentence's contents (its features, and whether it is a claim), as a canonical text
   * hashed: equal values give equal keys however they were made (computed, or read back from the
   * cache). Its article and position are left out.
   */
  private sentenceKey(sentence: StoredSentence): string {
    let key = this.sentenceKeys.get(sentence);
    if (key === undefined) {
      // Its own tokens, not the article's columns they sit in: another sentence's edit leaves the key.
      // Terms by what they say, without their word's number, which each process gives in the
      // order it meets words (the rest of a word follows from its key and part of speech).
      const terms = termsOf(sentence.features).map((t) => [t.key, t.pos, t.start, t.end, t.token, t.flags]);
      const features = { ...sentence.features, tokens: tokensOf(sentence.features), terms };
      key = shortHash(canonicalJson([features, sentence.isClaim, sentence.kind]));
      this.sentenceKeys.set(sentence, key);
    }
    return key;
  }

  /**
   * Everything a verdict can depend on, for the whole corpus at once: the articles in the order
   * the store indexed them (the order breaks ties between candidates) and in the corpus's order,
   * each with its contents. Equal states give equal answers to every read. The retrieval state
   * (the store's size and its articles in order with their contents, which fix their sentences'
   * keys) is kept in an entry of its own, so that a later run can tell which keys changed since.
   */
  private corpusState(corpus: Corpus, store: ClaimStore): { state: string; retrieval: string } {
    let state = this.states.get(store);
    if (state === undefined) {
      const indexed = store.articleIds().map((id) => `${id}\0${this.contentKey(corpus, id)}`);
      const all = corpus.ids().map((id) => `${id}\0${this.contentKey(corpus, id)}`);
      const retrieval: RetrievalState = { size: store.retrievalSize, articles: store.articleIds().map((id) => [id, this.contentKey(corpus, id), this.analysisKeys.get(id) ?? null]) };
      const retrievalHash = sha256(JSON.stringify([retrieval.size, retrieval.articles.map(([id, content]) => [id, content])]));
      state = { state: sha256(`${indexed.join('\n')}\n\n${all.join('\n')}`), retrieval: retrievalHash };
      if (this.cache && !this.cache.keep(RETRIEVAL_PREFIX + retrievalHash)) this.cache.put(RETRIEVAL_PREFIX + retrievalHash, retrieval);
      this.states.set(store, state);
    }
    return state;
  }

  /**
   * How retrieval changed between an earlier state (by hash) and now: the keys of every article
   * added, removed or changed since, old version and new. Unknown when the earlier state or an
   * old version's analysis is no longer stored, when the size differs, or when the unchanged
   * articles were indexed in another order.
   */
  private retrievalChange(corpus: Corpus, store: ClaimStore, before: string, now: string): RetrievalChange {
    if (before === now) return { kind: 'none' };
    let change = this.changes.get(before);
    if (change === undefined) {
      const old = asRetrievalState(this.cache?.get(RETRIEVAL_PREFIX + before));
      const analysisIn = (entry: string): AnalysisEntry | undefined => readAnalysisEntry(this.cache?.get(entry));
      change = (old && keysChangedSince(old, store, (id) => this.contentKey(corpus, id), analysisIn)) ?? { kind: 'unknown' };
      this.changes.set(before, change);
    }
    return change;
  }

}

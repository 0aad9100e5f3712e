/**
 * A corpus: the articles that are judged against each other. It keeps each article's parse and
 * answers, per article, the findings (and later the claims and quotes) that the front ends show.
 * It is incremental: setting or deleting one article leaves the others' parses untouched, so the
 * language server can keep one corpus per workspace folder current as files change.
 */
import type { Finding } from './types';
import { type CorroborateConfig, DEFAULT_CONFIG, severityFor } from './config';
import { type ParsedArticle, parseArticle } from './article/parse';
import { applyDirectives } from './article/directives';
import { inferDateFromBody } from './article/inferDate';
import { middleOf, referenceDates } from './article/dateReference';
export { referenceDates } from './article/dateReference';
import { firstAtLeast } from './sorted';
import { LineIndex } from './text/lineIndex';
import type { ClaimVerdict } from './judgment/types';
import { articleSentences, ClaimStore, RestoreError, type StoredSentence } from './judgment/store';
import type { RetrievalSnapshot } from './judgment/storeSnapshot';
import { portableSentences } from './judgment/copies';
import { judgeArticle } from './judgment/judge';
import { analyseQuotes, type Quote } from './quotes/index';
import { QuoteIndex, type QuoteAppearance } from './quotes/corpus';
import type { QuotesSnapshot } from './quotes/quoteSnapshot';

export interface CorpusArticle {
  readonly id: string;
  readonly parsed: ParsedArticle;
  /** Reference articles are compared with but not reported on (`--against`). */
  readonly reference: boolean;
  readonly lines: LineIndex;
  /** The article's quotations with their single-article findings. */
  readonly quotes: readonly Quote[];
  readonly quoteFindings: readonly Finding[];
}

/** A quotation as reported: who said it, and where else in the corpus it appears. */
export interface QuoteReport extends Quote {
  readonly appearances: readonly QuoteAppearance[];
}

export interface ArticleReport {
  readonly id: string;
  readonly article: CorpusArticle;
  /** Findings after severity settings and suppression comments, in text order. */
  readonly findings: readonly Finding[];
  /** The verdict on every claim of the article, in text order. */
  readonly claims: readonly ClaimVerdict[];
  readonly quotes: readonly QuoteReport[];
}

/**
 * What indexing an article computes from its parse (quotes and sentence features): plain data,
 * so that a front end can keep it (the CLI's cache and index) and hand it back to `setParsed`.
 */
export interface ArticleAnalysis {
  readonly quotes: readonly Quote[];
  readonly quoteFindings: readonly Finding[];
  readonly sentences: readonly StoredSentence[];
}

/** The analysis as plain data to send to another thread or write to a file (see `portableSentences`). */
export function portableAnalysis(analysis: ArticleAnalysis): ArticleAnalysis {
  return { ...analysis, sentences: portableSentences(analysis.sentences) };
}

/** An article's parse and analysis, as a restored corpus loads them (see `Corpus.restored`). */
export interface AnalysedArticle {
  readonly parsed: ParsedArticle;
  readonly analysis: ArticleAnalysis;
}

/**
 * What judging reads of a corpus besides each article's own analysis: the claim store's
 * retrieval, the quotes as the quote index holds them, and every article's date, in order.
 */
export interface CorpusSnapshot {
  readonly retrieval: RetrievalSnapshot;
  readonly quotes: QuotesSnapshot;
  /** `date` is the header's; `inferred`, for an undated article, the one its body suggests. */
  readonly articles: ReadonlyArray<readonly [id: string, reference: boolean, date: string | null, inferred: string | null]>;
}

/** Judges the claims of one article against the store: `judgeArticle`, or a caller's wrapper of it (the CLI's cache). */
export type ClaimJudge = typeof judgeArticle;

export interface CorpusOptions {
  readonly config?: CorroborateConfig;
  /** Today (YYYY-MM-DD): the fallback for placing a weekday-qualified date when no article is dated. */
  readonly referenceDate?: string;
}

/**
 * What indexing an article computes from its parse alone (its quotes and its sentences'
 * features): pure, so that it can run anywhere (a worker thread) and be handed to `setParsed`.
 */
export function analyseArticle(id: string, parsed: ParsedArticle, config: CorroborateConfig): ArticleAnalysis {
  if (!parsed.analysable) return { quotes: [], quoteFindings: [], sentences: [] };
  const paragraphs = parsed.blocks.filter((b) => b.kind === 'prose').map((b) => b.span);
  const quotes = analyseQuotes({ text: parsed.text, paragraphs }, config.quotes);
  // Without a date header, the article's day is a guess from its body.
  const guessedDate = parsed.date === undefined && parsed.header === undefined && parsed.inferredDate !== undefined;
  const quoteSpans = quotes.quotes.map((quote) => quote.span);
  const sentences = articleSentences(id, parsed, { articleDate: parsed.date ?? parsed.inferredDate?.date, guessedDate, tolerance: config.judgment.numberTolerance, quoteSpans });
  return { quotes: quotes.quotes, quoteFindings: quotes.findings, sentences };
}

export class Corpus {
  private readonly articles = new Map<string, CorpusArticle>();
  private claims = new ClaimStore();
  private quoteIndex = new QuoteIndex();
  /**
   * The dates of the dated articles, sorted, kept in step with `articles`: the median is read on
   * every `setText`, and sorting every date each time made indexing a large corpus quadratic.
   */
  private readonly sortedDates: string[] = [];
  readonly config: CorroborateConfig;
  private readonly referenceDate?: string;
  /**
   * A restored corpus (`restored`): every article's place, kind and date, and how to load its
   * parse and analysis when it is first read. Undefined once every article is loaded.
   */
  private lazy?: { readonly order: readonly string[]; readonly articles: ReadonlyMap<string, { readonly reference: boolean; readonly date?: string; readonly inferred?: string }>; readonly load: (id: string) => AnalysedArticle | undefined };

  constructor(options: CorpusOptions = {}) {
    this.config = options.config ?? DEFAULT_CONFIG;
    this.referenceDate = options.referenceDate;
  }

  /**
   * A corpus that reports as the one `snapshot` was taken of, with some articles replaced by new
   * versions (same place, same date): the CLI's cache re-checks an edit without reading every
   * article. Other articles are loaded by `load` when first read; it must give the parse and
   * analysis the snapshot was taken of (else `RestoreError` is thrown). Changing the corpus
   * loads every article first.
   */
  static restored(options: CorpusOptions, snapshot: CorpusSnapshot, replaced: ReadonlyMap<string, AnalysedArticle>, load: (id: string) => AnalysedArticle | undefined): Corpus {
    const corpus = new Corpus(options);
    const loaded = new Map<string, AnalysedArticle | undefined>();
    const loadOnce = (id: string): AnalysedArticle | undefined => {
      if (!loaded.has(id)) loaded.set(id, replaced.get(id) ?? load(id));
      return loaded.get(id);
    };
    const articles = new Map(snapshot.articles.map(([id, reference, date, inferred]) => [id, { reference, date: date ?? undefined, inferred: inferred ?? undefined }]));
    for (const [id, article] of replaced) {
      const known = articles.get(id);
      if (!known || known.date !== article.parsed.date) throw new RestoreError(`${id} is not in the snapshot with the same date`);
      articles.set(id, { ...known, inferred: article.parsed.inferredDate?.date });
    }
    corpus.lazy = { order: snapshot.articles.map(([id]) => id), articles, load: loadOnce };
    const sentences = new Map([...replaced].filter(([, a]) => a.parsed.analysable).map(([id, a]) => [id, a.analysis.sentences] as const));
    corpus.claims = ClaimStore.restored(snapshot.retrieval, sentences, (id) => loadOnce(id)?.analysis.sentences);
    corpus.quoteIndex = QuoteIndex.restored(snapshot.quotes, new Map([...replaced].map(([id, a]) => [id, a.analysis.quotes])));
    corpus.sortedDates.push(...[...articles.values()].flatMap((a) => (a.date ? [a.date] : [])).sort());
    return corpus;
  }

  /** What a restored corpus needs (see `restored`); the articles are not loaded for it. */
  snapshot(): CorpusSnapshot {
    return { retrieval: this.claims.retrievalSnapshot(), quotes: this.quotesSnapshot(), articles: this.articlesSnapshot() };
  }

  /** The snapshot's quotes: each article's, as the quote index holds them, in its order. */
  quotesSnapshot(): QuotesSnapshot {
    return this.quoteIndex.snapshot();
  }

  /** The snapshot's articles: each one's id, kind and date, in the corpus's order. */
  articlesSnapshot(): CorpusSnapshot['articles'] {
    return this.ids().map((id) => {
      const known = this.lazy?.articles.get(id);
      const article = known ? undefined : this.articles.get(id);
      return [id, known ? known.reference : article!.reference, (known ? known.date : article!.parsed.date) ?? null, (known ? known.inferred : article!.parsed.inferredDate?.date) ?? null] as const;
    });
  }

  /** Every article's id, in the corpus's order (no article is loaded for it). */
  ids(): string[] {
    return this.lazy ? [...this.lazy.order] : [...this.articles.keys()];
  }

  /** The articles with a sentence that has one of these retrieval keys (none is loaded for it). */
  articlesWithKeys(keys: Iterable<string>): Set<string> {
    return this.claims.articlesWithKeys(keys);
  }

  /**
   * Makes the claim index compact for a spell of reading (`ClaimStore.packPostings`): a check
   * calls it once every article is in, before judging. The corpus stays changeable.
   */
  packIndex(): void {
    this.claims.packPostings();
  }

  /** The claim index, to read (a front end's cache proves verdicts against it); change it through the corpus. */
  get claimStore(): ClaimStore {
    return this.claims;
  }

  /**
   * The articles whose quote reports a change of these quotes (removed or added) can reach: those
   * with a quote that counts one of them among its twins.
   */
  articlesWithTwinsOf(quotes: readonly Quote[]): Set<string> {
    return this.quoteIndex.articlesWithTwinsOf(quotes);
  }

  /** A restored corpus's article, loaded now. */
  private loadLazily(id: string): CorpusArticle | undefined {
    const known = this.lazy?.articles.get(id);
    if (!this.lazy || !known) return undefined;
    const loaded = this.lazy.load(id);
    if (!loaded || loaded.parsed.date !== known.date) throw new RestoreError(`the article loaded for ${id} is not the snapshot's`);
    const article = articleOf(id, loaded.parsed, known.reference, loaded.analysis);
    this.articles.set(id, article);
    return article;
  }

  /** Loads every article of a restored corpus, in its order, so that it can be changed like any other. */
  private materialise(): void {
    const lazy = this.lazy;
    if (!lazy) return;
    const all = lazy.order.map((id) => this.articles.get(id) ?? this.loadLazily(id)!);
    this.lazy = undefined;
    this.articles.clear();
    for (const article of all) this.articles.set(article.id, article);
  }

  /** The date judging goes by: the header's, or for an undated article the one its body suggests. */
  private dateOf(id: string): string | undefined {
    const known = this.lazy?.articles.get(id);
    if (known) return known.date ?? known.inferred;
    const parsed = this.articles.get(id)?.parsed;
    return parsed?.date ?? parsed?.inferredDate?.date;
  }

  /** Parses and stores an article's text (replacing any earlier version of it). */
  setText(id: string, text: string, options: { reference?: boolean } = {}): CorpusArticle {
    const parsed = parseArticle(text, { referenceDate: this.medianDate(), fallbackDate: this.referenceDate });
    return this.setParsed(id, parsed, options);
  }

  /**
   * Stores an article parsed elsewhere (an unreadable file, or one parsed by a worker). `analysis`
   * is what `analysisOf` returned for the same parse under the same config (from a cache): given,
   * it is used instead of being computed again.
   */
  setParsed(id: string, parsed: ParsedArticle, options: { reference?: boolean; analysis?: ArticleAnalysis } = {}): CorpusArticle {
    this.materialise();
    const analysis = options.analysis ?? analyseArticle(id, parsed, this.config);
    const article = articleOf(id, parsed, options.reference ?? false, analysis);
    this.forgetDate(this.articles.get(id));
    this.articles.set(id, article);
    if (parsed.date) this.sortedDates.splice(firstAtLeast(this.sortedDates, parsed.date), 0, parsed.date);
    this.quoteIndex.setArticle(id, article.quotes);
    if (parsed.analysable) this.claims.setSentences(id, analysis.sentences);
    else this.claims.removeArticle(id);
    return article;
  }

  /** The analysis of a stored article, as plain data to keep and pass back to `setParsed` later. */
  analysisOf(id: string): ArticleAnalysis | undefined {
    const article = this.get(id);
    if (!article) return undefined;
    return { quotes: article.quotes, quoteFindings: article.quoteFindings, sentences: this.claims.sentencesOf(id) };
  }

  /**
   * Places the year-less body dates of undated articles again, near the dates of their folders
   * or the corpus (`referenceDates`), once those are known (an article read before the others had
   * only the fallback date to go by).
   */
  refreshUndated(): string[] {
    const placed: string[] = [];
    if (this.sortedDates.length === 0) return placed;
    this.materialise();
    const referenceOf = referenceDates([...this.articles.values()].map((a) => [a.id, a.parsed.date] as const));
    for (const article of [...this.articles.values()]) {
      const { parsed } = article;
      const reference = referenceOf(article.id);
      if (reference && placedAgainBy(parsed, reference)) {
        this.setParsed(article.id, parseArticle(parsed.text, { referenceDate: reference }), { reference: article.reference });
        placed.push(article.id);
      }
    }
    return placed;
  }

  delete(id: string): boolean {
    this.materialise();
    this.claims.removeArticle(id);
    this.quoteIndex.removeArticle(id);
    this.forgetDate(this.articles.get(id));
    return this.articles.delete(id);
  }

  get(id: string): CorpusArticle | undefined {
    return this.articles.get(id) ?? this.loadLazily(id);
  }

  get size(): number {
    return this.lazy ? this.lazy.order.length : this.articles.size;
  }

  /** Ids of the articles reported on (not the reference ones), in insertion order. */
  reportedIds(): string[] {
    const lazy = this.lazy;
    if (lazy) return lazy.order.filter((id) => !lazy.articles.get(id)!.reference);
    return [...this.articles.values()].filter((a) => !a.reference).map((a) => a.id);
  }

  allArticles(): IterableIterator<CorpusArticle> {
    this.materialise();
    return this.articles.values();
  }

  /** The report of one article; `judge` judges its claims (by default `judgeArticle` on this corpus's store). */
  report(id: string, judge: ClaimJudge = judgeArticle): ArticleReport | undefined {
    const article = this.get(id);
    if (!article) return undefined;
    const judged = judge(id, this.claims, this.config.judgment, (other) => this.dateOf(other));
    const claims = judged.claims.map((claim) => (this.isVerified(article, claim.text) ? { ...claim, verdict: 'supported' as const, verified: true } : claim));
    const verifiedSpans = new Set(claims.filter((c) => c.verified).map((c) => c.span.start));
    const claimFindings = judged.findings.filter((f) => !verifiedSpans.has(f.span.start));
    const acrossCorpus = this.quoteIndex.judgeArticle(id);
    const quotes = article.quotes.map((quote) => ({ ...quote, appearances: acrossCorpus.appearances.get(quote.span.start) ?? [] }));
    const findings = this.finalise(article, [...article.parsed.findings, ...claimFindings, ...article.quoteFindings, ...acrossCorpus.findings]);
    return { id, article, findings, claims, quotes };
  }

  /** Applies severity settings and suppression comments, and orders findings by position. */
  private finalise(article: CorpusArticle, findings: Finding[]): Finding[] {
    const configured: Finding[] = [];
    for (const finding of findings) {
      const severity = severityFor(this.config, finding.code, finding.severity);
      if (severity === 'off') continue;
      configured.push(severity === finding.severity ? finding : { ...finding, severity });
    }
    const { lines, parsed } = article;
    const nextContentLine = (d: { span: { end: number } }): number => {
      const next = parsed.blocks.find((b) => b.span.start >= d.span.end && b.kind !== 'directive');
      return next ? lines.positionAt(next.span.start).line : -1;
    };
    const kept = applyDirectives(configured, parsed.directives, (offset) => lines.positionAt(offset).line, nextContentLine);
    return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  /** Whether an editor marked this claim verified in the config (matched by its text, ignoring case and spacing). */
  private isVerified(article: CorpusArticle, text: string): boolean {
    if (this.config.verified.length === 0) return false;
    const normal = normaliseClaimText(text);
    return this.config.verified.some((v) => normaliseClaimText(v.text) === normal && (!v.file || article.id.replace(/\\/g, '/').endsWith(v.file.replace(/^\.\//, ''))));
  }

  /** The median date of the dated articles: the best guess for the year of a year-less date. */
  medianDate(): string | undefined {
    return middleOf(this.sortedDates);
  }

  private forgetDate(article: CorpusArticle | undefined): void {
    const date = article?.parsed.date;
    if (!date) return;
    const at = firstAtLeast(this.sortedDates, date);
    if (this.sortedDates[at] === date) this.sortedDates.splice(at, 1);
  }
}

/**
 * Whether `refreshUndated` parses an article again against `reference`: an undated one whose
 * inferred date would come out otherwise. The reference date changes only the inferred date (and
 * the finding that reports it): when that comes out the same, so does the whole analysis, which is
 * kept. Inferring the date alone reads only the top of the body, a fraction of parsing again.
 */
export function placedAgainBy(parsed: ParsedArticle, reference: string): boolean {
  if (!parsed.analysable || parsed.header || parsed.inferredDate?.evidence === 'full date') return false;
  return JSON.stringify(inferDateFromBody(parsed.text, parsed.body, reference)) !== JSON.stringify(parsed.inferredDate);
}

function articleOf(id: string, parsed: ParsedArticle, reference: boolean, analysis: ArticleAnalysis): CorpusArticle {
  return { id, parsed, reference, lines: new LineIndex(parsed.text), quotes: analysis.quotes, quoteFindings: analysis.quoteFindings };
}

function normaliseClaimText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

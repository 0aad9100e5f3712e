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
import { firstAtLeast } from './sorted';
import { LineIndex } from './text/lineIndex';
import type { ClaimVerdict } from './judgment/types';
import { articleSentences, ClaimStore, type StoredSentence } from './judgment/store';
import { judgeArticle } from './judgment/judge';
import { analyseQuotes, type Quote } from './quotes/index';
import { QuoteIndex, type QuoteAppearance } from './quotes/corpus';

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
  const sentences = articleSentences(id, parsed, { articleDate: parsed.date ?? parsed.inferredDate?.date, tolerance: config.judgment.numberTolerance });
  return { quotes: quotes.quotes, quoteFindings: quotes.findings, sentences };
}

export class Corpus {
  private readonly articles = new Map<string, CorpusArticle>();
  private readonly claims = new ClaimStore();
  private readonly quoteIndex = new QuoteIndex();
  /**
   * The dates of the dated articles, sorted, kept in step with `articles`: the median is read on
   * every `setText`, and sorting every date each time made indexing a large corpus quadratic.
   */
  private readonly sortedDates: string[] = [];
  readonly config: CorroborateConfig;
  private readonly referenceDate?: string;

  constructor(options: CorpusOptions = {}) {
    this.config = options.config ?? DEFAULT_CONFIG;
    this.referenceDate = options.referenceDate;
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
    const analysis = options.analysis ?? analyseArticle(id, parsed, this.config);
    const article: CorpusArticle = {
      id, parsed, reference: options.reference ?? false, lines: new LineIndex(parsed.text),
      quotes: analysis.quotes, quoteFindings: analysis.quoteFindings,
    };
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
    const article = this.articles.get(id);
    if (!article) return undefined;
    return { quotes: article.quotes, quoteFindings: article.quoteFindings, sentences: this.claims.sentencesOf(id) };
  }

  /**
   * Places the year-less body dates of undated articles again, near the corpus's own dates, once
   * those are known (an article read before the others had only the fallback date to go by).
   */
  refreshUndated(): void {
    const reference = this.medianDate();
    if (!reference) return;
    for (const article of [...this.articles.values()]) {
      const { parsed } = article;
      if (parsed.analysable && !parsed.header && parsed.inferredDate?.evidence !== 'full date') {
        // The reference date changes only the inferred date (and the finding that reports it):
        // when that comes out the same, so does the whole analysis, which is kept. Inferring the
        // date alone reads only the top of the body, a fraction of parsing the article again.
        const inferred = inferDateFromBody(parsed.text, parsed.body, reference);
        if (JSON.stringify(inferred) === JSON.stringify(parsed.inferredDate)) continue;
        this.setParsed(article.id, parseArticle(parsed.text, { referenceDate: reference }), { reference: article.reference });
      }
    }
  }

  delete(id: string): boolean {
    this.claims.removeArticle(id);
    this.quoteIndex.removeArticle(id);
    this.forgetDate(this.articles.get(id));
    return this.articles.delete(id);
  }

  get(id: string): CorpusArticle | undefined {
    return this.articles.get(id);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Ids of the articles reported on (not the reference ones), in insertion order. */
  reportedIds(): string[] {
    return [...this.articles.values()].filter((a) => !a.reference).map((a) => a.id);
  }

  allArticles(): IterableIterator<CorpusArticle> {
    return this.articles.values();
  }

  /** The report of one article; `judge` judges its claims (by default `judgeArticle` on this corpus's store). */
  report(id: string, judge: ClaimJudge = judgeArticle): ArticleReport | undefined {
    const article = this.articles.get(id);
    if (!article) return undefined;
    const judged = judge(id, this.claims, this.config.judgment, (other) => this.articles.get(other)?.parsed.date);
    const claims = judged.claims.map((claim) => (this.isVerified(article, claim.text) ? { ...claim, verdict: 'supported' as const, verified: true } : claim));
    const verifiedSpans = new Set(claims.filter((c) => c.verified).map((c) => c.span.start));
    const claimFindings = judged.findings.filter((f) => !verifiedSpans.has(f.span.start));
    const acrossCorpus = this.quoteIndex.judgeArticle(id);
    const quotes = article.quotes.map((quote) => ({ ...quote, appearances: acrossCorpus.appearances.get(quote) ?? [] }));
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
  private medianDate(): string | undefined {
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
 * The median of some dates (YYYY-MM-DD): the reference a corpus places year-less dates of undated
 * articles against. A front end that knows the dates before reading the articles (from their
 * headers) parses undated ones against it at once, instead of placing them again afterwards.
 */
export function medianDate(dates: readonly string[]): string | undefined {
  return middleOf([...dates].sort());
}

function middleOf(sorted: readonly string[]): string | undefined {
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
}

function normaliseClaimText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * The quotes of an article as the editor features need them: which one is under the cursor, which
 * are uncited (for the code lens), and which speakers the article names near an uncited quote (for
 * the attribution fix). The core decides who said what; this only selects from its report.
 */
import type { ArticleReport, QuoteReport } from '../core/corpus';
import type { Span } from '../core/types';
import { itemsAt } from './convert';

/** A quote inside another quote (a quote within speech) belongs to the outer one. */
function isNested(quote: QuoteReport, quotes: readonly QuoteReport[]): boolean {
  return quotes.some((other) => other !== quote && other.span.start <= quote.outerSpan.start && quote.outerSpan.end <= other.span.end);
}

/** Quoted speech (scare quotes and titles left out), outermost quotes only, in text order. */
export function speechQuotes(report: ArticleReport): QuoteReport[] {
  return report.quotes.filter((q) => q.kind === 'speech' && !isNested(q, report.quotes));
}

/**
 * Speech nobody is said to have spoken, counted once per quote: the later paragraphs of a
 * multi-paragraph quote share its first part's attribution (the core reports the first part only).
 */
export function uncitedQuotes(report: ArticleReport): QuoteReport[] {
  return speechQuotes(report).filter((q) => !q.cited && q.continuesFrom === undefined);
}

/** The innermost speech quote at an offset (marks included). */
export function quoteAt(report: ArticleReport, offset: number): QuoteReport | undefined {
  const here = itemsAt(report.quotes.filter((q) => q.kind === 'speech'), (q) => q.outerSpan, offset);
  return here.sort((a, b) => (a.outerSpan.end - a.outerSpan.start) - (b.outerSpan.end - b.outerSpan.start))[0];
}

/** The quote a finding is about (the core reports quote findings on the quote's span or its marks). */
export function quoteOfFinding(report: ArticleReport, span: Span): QuoteReport | undefined {
  return report.quotes.find((q) => (q.outerSpan.start === span.start && q.outerSpan.end === span.end) || (q.span.start === span.start && q.span.end === span.end));
}

/** The speaker of a quote, or of the quote it continues. */
export function speakerOf(quote: QuoteReport, quotes: readonly QuoteReport[]): string | undefined {
  if (quote.speaker) return quote.speaker;
  const first = quote.continuesFrom === undefined ? undefined : quotes[quote.continuesFrom];
  return first && first !== quote ? first.speaker : undefined;
}

/** Pronouns are resolved by the core when it can; one it could not resolve names nobody. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

export interface SpeakerSuggestion {
  readonly speaker: string;
  /** The articles that attribute these very words to the speaker; empty for a speaker quoted nearby. */
  readonly articleIds: readonly string[];
}

/**
 * Likely speakers of an uncited quote, best first: whoever other articles attribute the same words
 * to, then the people this article quotes, nearest first (an uncited quote is most often a further
 * word from someone quoted just before). Named speakers come before unnamed ones ("a US official"),
 * which are offered only when nobody is named.
 */
export function attributionSpeakers(report: ArticleReport, quote: { outerSpan: Span; appearances?: QuoteReport['appearances'] }, limit = 3): SpeakerSuggestion[] {
  const suggestions = new Map<string, { speaker: string; articleIds: string[] }>();
  const add = (speaker: string, articleId?: string): void => {
    const key = speaker.toLowerCase();
    const entry = suggestions.get(key) ?? { speaker, articleIds: [] };
    if (articleId && !entry.articleIds.includes(articleId)) entry.articleIds.push(articleId);
    suggestions.set(key, entry);
  };
  for (const appearance of quote.appearances ?? []) {
    const speaker = appearance.speaker?.trim();
    if (speaker && !PRONOUN.test(speaker)) add(speaker, appearance.articleId);
  }
  for (const speaker of nearbySpeakers(report, quote, limit)) add(speaker);
  return [...suggestions.values()].slice(0, limit);
}

/** The people this article quotes, nearest to `quote` first (see `attributionSpeakers`). */
export function nearbySpeakers(report: ArticleReport, quote: { outerSpan: Span }, limit = 3): string[] {
  const at = quote.outerSpan;
  const cited = speechQuotes(report).filter((q) => q.cited && q.speaker && !PRONOUN.test(q.speaker.trim()) && q.outerSpan.start !== at.start);
  const named = cited.filter((q) => !q.anonymous);
  // Half a character more for a later quote: at equal distance the earlier speaker wins.
  const distance = (q: QuoteReport): number => (q.outerSpan.end <= at.start ? at.start - q.outerSpan.end : q.outerSpan.start - at.end + 0.5);
  const ordered = (named.length > 0 ? named : cited).sort((a, b) => distance(a) - distance(b));
  const speakers = new Map<string, string>();
  for (const q of ordered) {
    const speaker = q.speaker!.trim();
    if (!speakers.has(speaker.toLowerCase())) speakers.set(speaker.toLowerCase(), speaker);
  }
  return [...speakers.values()].slice(0, limit);
}

/**
 * A speaker as it reads after the quote ("…,” the spokesperson said.): a leading article is
 * lower-cased, since it was capitalised only because it began its sentence.
 */
export function speakerInSentence(speaker: string): string {
  return speaker.replace(/^(The|A|An)\b/, (word) => word.toLowerCase());
}

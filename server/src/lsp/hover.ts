/**
 * Hover: on the date header, the day and the corpus's dates; on a quote, its speaker and where else
 * it appears; on a claim, its verdict and sources; on boilerplate, what kind it is; on a finding,
 * the help text of its code. Several may apply at one place (a finding on a claim): they are shown
 * in that order, separated by rules.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver';
import { BOILERPLATE_DESCRIPTIONS } from '../core/article/boilerplate';
import { codeHelpUrl, codeInfo } from '../core/codes';
import type { Corpus } from '../core/corpus';
import type { Span } from '../core/types';
import { claimMarkdown } from './claimHover';
import { itemsAt, type Locate, spanTouches, toRange } from './convert';
import { plural } from './markdown';
import { quoteMarkdown } from './quoteHover';
import { quoteAt } from './quotes';
import type { ArticleView } from './workspace';

interface HoverSection {
  readonly span: Span;
  readonly markdown: string;
}

export function hoverAt(view: ArticleView, offset: number, locate: Locate): Hover | null {
  const sections = [
    ...headerSection(view, offset),
    // The quote first: it is the narrower of the two under the cursor, and its range is the one shown.
    ...quoteSections(view, offset, locate),
    ...itemsAt(view.report.claims, (c) => c.span, offset).map((c) => ({ span: c.span, markdown: claimMarkdown(c, locate) })),
    ...boilerplateSections(view, offset),
    ...findingSections(view, offset),
  ];
  if (sections.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.map((s) => s.markdown).join('\n\n---\n\n') },
    range: toRange(view.report.article.lines, sections[0].span),
  };
}

function headerSection(view: ArticleView, offset: number): HoverSection[] {
  const header = view.report.article.parsed.header;
  if (!header || !spanTouches(header.span, offset)) return [];
  const written = view.report.article.parsed.text.slice(header.dateSpan.start, header.dateSpan.end);
  let day: string;
  if (!header.date) day = `\`${written}\` is not a date`;
  else if (header.wellFormed) day = `**${longDate(header.date)}**`;
  else day = `**${longDate(header.date)}** (read from \`${written}\`; write \`date ${header.date}\`)`;
  return [{ span: header.span, markdown: `${day} · ${corpusDates(view.corpus)}` }];
}

/** "corpus: 5 articles, 2024-02-22 … 2024-02-25" (with the undated ones counted apart). */
export function corpusDates(corpus: Corpus): string {
  const articles = [...corpus.allArticles()];
  const dates = articles.map((a) => a.parsed.date).filter((d): d is string => d !== undefined).sort();
  let text = `corpus: ${plural(articles.length, 'article')}`;
  if (dates.length) text += `, ${dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} … ${dates[dates.length - 1]}`}`;
  const undated = articles.length - dates.length;
  if (undated > 0) text += ` (${undated} undated)`;
  return text;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-02-22` -> "Thursday 22 February 2024" (the date is valid: the parser checked it). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
}

function quoteSections(view: ArticleView, offset: number, locate: Locate): HoverSection[] {
  const quote = quoteAt(view.report, offset);
  return quote ? [{ span: quote.outerSpan, markdown: quoteMarkdown(quote, view.report.quotes, locate) }] : [];
}

function boilerplateSections(view: ArticleView, offset: number): HoverSection[] {
  return view.report.article.parsed.boilerplate
    .filter((b) => spanTouches(b.span, offset))
    .map((b) => ({ span: b.span, markdown: `**Boilerplate**: ${BOILERPLATE_DESCRIPTIONS[b.kind]}. It is left out of claim and quote checks.` }));
}

/** The help of each code found here; boilerplate is described above, so its code is not repeated. */
function findingSections(view: ArticleView, offset: number): HoverSection[] {
  const seen = new Set<string>();
  const sections: HoverSection[] = [];
  for (const finding of view.report.findings) {
    if (!spanTouches(finding.span, offset) || finding.code === 'format/boilerplate' || seen.has(finding.code)) continue;
    seen.add(finding.code);
    const info = codeInfo(finding.code);
    const help = info ? `${info.summary} ${info.help}` : finding.message;
    sections.push({ span: finding.span, markdown: `**\`${finding.code}\`**: ${help}\n\n[Documentation](${codeHelpUrl(finding.code)})` });
  }
  return sections;
}

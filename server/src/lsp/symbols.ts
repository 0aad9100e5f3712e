/**
 * Document symbols, for the outline and breadcrumbs: the date header, the headline, headings and
 * paragraphs (named by their first words), with each paragraph's quotes as its children (named by
 * their first words, their speaker as the detail).
 */
import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { Span } from '../core/types';
import { toRange } from './convert';
import { longDate } from './hover';
import { speakerOf, speechQuotes } from './quotes';
import type { ArticleView } from './workspace';

const PARAGRAPH_NAME_WORDS = 6;
const HEADLINE_NAME_CHARS = 80;
const QUOTE_NAME_WORDS = 8;

export function documentSymbols(view: ArticleView): DocumentSymbol[] {
  const { parsed, lines } = view.report.article;
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span): DocumentSymbol => {
    const range = toRange(lines, span);
    return { name, detail, kind, range, selectionRange: range };
  };
  const symbols: DocumentSymbol[] = [];
  if (parsed.header) {
    const written = parsed.text.slice(parsed.header.span.start, parsed.header.span.end);
    symbols.push(symbol(written, parsed.header.date ? longDate(parsed.header.date) : 'not a valid date', SymbolKind.Event, parsed.header.span));
  }
  const paragraphs: Array<{ span: Span; symbol: DocumentSymbol }> = [];
  for (const block of parsed.blocks) {
    const text = parsed.text.slice(block.span.start, block.span.end).replace(/\s+/g, ' ');
    if (block.kind === 'headline') symbols.push(symbol(shorten(text, HEADLINE_NAME_CHARS), 'headline', SymbolKind.Class, block.span));
    else if (block.kind === 'heading') symbols.push(symbol(shorten(text, HEADLINE_NAME_CHARS), 'heading', SymbolKind.Namespace, block.span));
    else if (block.kind === 'prose') {
      const paragraph = symbol(firstWords(text, PARAGRAPH_NAME_WORDS), 'paragraph', SymbolKind.String, block.span);
      paragraphs.push({ span: block.span, symbol: paragraph });
      symbols.push(paragraph);
    }
  }
  // Each quote goes under the paragraph it opens in (the core finds quotes paragraph by paragraph).
  for (const quote of speechQuotes(view.report)) {
    const detail = speakerOf(quote, view.report.quotes) ?? (quote.cited ? 'unnamed source' : 'uncited');
    const child = symbol(`“${firstWords(quote.text.replace(/\s+/g, ' '), QUOTE_NAME_WORDS)}”`, detail, SymbolKind.String, quote.outerSpan);
    const parent = paragraphs.find((p) => p.span.start <= quote.outerSpan.start && quote.outerSpan.start < p.span.end)?.symbol;
    if (parent) (parent.children ??= []).push(child);
    else symbols.push(child);
  }
  return symbols;
}

/** The flat form, for clients without hierarchical symbol support. */
export function symbolInformation(view: ArticleView, uri: string): SymbolInformation[] {
  const flat = (symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] =>
    symbols.flatMap((s) => [
      { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...((container ?? s.detail) ? { containerName: container ?? s.detail } : {}) },
      ...flat(s.children ?? [], s.name),
    ]);
  return flat(documentSymbols(view));
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

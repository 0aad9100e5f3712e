/**
 * Document symbols, for the outline and breadcrumbs: the date header, the headline, headings and
 * paragraphs (named by their first words). Quotes will join them once the core reports them.
 */
import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { Span } from '../core/types';
import { toRange } from './convert';
import { longDate } from './hover';
import type { ArticleView } from './workspace';

const PARAGRAPH_NAME_WORDS = 6;
const HEADLINE_NAME_CHARS = 80;

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
  for (const block of parsed.blocks) {
    const text = parsed.text.slice(block.span.start, block.span.end).replace(/\s+/g, ' ');
    if (block.kind === 'headline') symbols.push(symbol(shorten(text, HEADLINE_NAME_CHARS), 'headline', SymbolKind.Class, block.span));
    else if (block.kind === 'heading') symbols.push(symbol(shorten(text, HEADLINE_NAME_CHARS), 'heading', SymbolKind.Namespace, block.span));
    else if (block.kind === 'prose') symbols.push(symbol(firstWords(text), 'paragraph', SymbolKind.String, block.span));
  }
  // TODO(quotes): add each quote (SymbolKind.String, detail: its speaker) as a child of its paragraph.
  return symbols;
}

/** The flat form, for clients without hierarchical symbol support. */
export function symbolInformation(view: ArticleView, uri: string): SymbolInformation[] {
  return documentSymbols(view).map((s) => ({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: s.detail }));
}

function firstWords(text: string): string {
  const words = text.trim().split(' ');
  return words.length <= PARAGRAPH_NAME_WORDS ? words.join(' ') : `${words.slice(0, PARAGRAPH_NAME_WORDS).join(' ')} …`;
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

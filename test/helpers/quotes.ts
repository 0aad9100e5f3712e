/** Builds an article from paragraphs (joined by blank lines) and analyses its quotes. */
import { analyseQuotes, type QuoteAnalysis, type QuoteOptions } from '../../server/src/core/quotes/index';
import type { Span } from '../../server/src/core/types';

export function analyseParagraphs(paragraphs: string[], options?: QuoteOptions): QuoteAnalysis & { text: string; paragraphs: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text !== '') text += '\n\n';
    spans.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs: spans, ...analyseQuotes({ text, paragraphs: spans }, options) };
}

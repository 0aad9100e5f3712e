/**
 * The hover of a quote: who said it and with which words the article says so, then where else in
 * the corpus the same words appear (file, date, a link to the line, the speaker that article names,
 * and whether it words the quote differently).
 */
import type { QuoteReport } from '../core/corpus';
import type { QuoteAppearance } from '../core/quotes/corpus';
import type { Locate } from './convert';
import { dateLabel, escapeMarkdown, excerpt, placeLink } from './markdown';
import { speakerOf } from './quotes';
import { fileName } from './uris';

const MAX_APPEARANCES = 8;

export function quoteMarkdown(quote: QuoteReport, quotes: readonly QuoteReport[], locate: Locate): string {
  const lines = [speakerLine(quote, quotes)];
  if (quote.appearances.length === 0) {
    lines.push('', 'No other article of the corpus carries this quote.');
    return lines.join('\n');
  }
  lines.push('', `Also in ${quote.appearances.length === 1 ? '1 other article' : `${quote.appearances.length} other articles`}:`, '');
  for (const appearance of quote.appearances.slice(0, MAX_APPEARANCES)) lines.push(appearanceLine(appearance, locate));
  if (quote.appearances.length > MAX_APPEARANCES) lines.push(`- and ${quote.appearances.length - MAX_APPEARANCES} more`);
  return lines.join('\n');
}

function speakerLine(quote: QuoteReport, quotes: readonly QuoteReport[]): string {
  const speaker = speakerOf(quote, quotes);
  if (!quote.cited && !speaker) return '**Uncited quote**: nobody is said to have spoken it.';
  let line = `**Quote** by **${escapeMarkdown(speaker ?? 'an unnamed source')}**`;
  if (quote.anonymous) line += ' (not named)';
  if (quote.cue) line += `, cue \`${quote.cue.replace(/`/g, "'")}\``;
  if (quote.continuesFrom !== undefined && quotes[quote.continuesFrom] !== quote) line += ' (continues an earlier quote)';
  return line;
}

function appearanceLine(appearance: QuoteAppearance, locate: Locate): string {
  const target = locate(appearance.articleId);
  const name = escapeMarkdown(fileName(target?.uri ?? appearance.articleId));
  const link = target ? `[${name}](${placeLink(target.uri, target.lines, appearance.span.start)})` : name;
  const date = ` (${dateLabel(undefined, target)})`;
  const how = appearance.relation === 'same' ? 'the same words' : 'worded differently';
  const who = appearance.speaker ? `, attributed to ${escapeMarkdown(appearance.speaker)}` : ', not attributed';
  return `- ${link}${date}: ${how}${who}: "${excerpt(appearance.text)}"`;
}

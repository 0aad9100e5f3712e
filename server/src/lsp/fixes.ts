/**
 * The text edits of the quick fixes, computed on the analysed article: inserting or rewriting the
 * date header, removing boilerplate, and the suppression comments. Each returns LSP text edits
 * (or undefined when the fix does not apply), so that tests can apply them and re-parse.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { CorpusArticle } from '../core/corpus';
import type { Finding, Span } from '../core/types';
import { lineBreakOf, toTextEdit } from './convert';

/** ` date YYYY-MM-DD` on a line of its own at the start of the file (the form the corpora use). */
export function insertDateHeader(article: CorpusArticle, date: string): TextEdit {
  return toTextEdit(article.lines, { start: 0, end: 0 }, ` date ${date}${lineBreakOf(article.parsed.text)}`);
}

/** Replaces the finding's span (or the span the hint names) with the hint's replacement. */
export function applyReplacement(article: CorpusArticle, finding: Finding): TextEdit | undefined {
  const replacement = finding.fix?.replacement;
  if (replacement === undefined) return undefined;
  const span = finding.fix?.replaceSpan ?? finding.span;
  if (span.end > article.parsed.text.length) return undefined;
  return toTextEdit(article.lines, span, replacement);
}

/**
 * Removes boilerplate. A span that fills its lines takes the lines and their break with it; one
 * that is only part of a line (an agency credit before the prose) takes itself and the spaces next
 * to it, so that the article's own words stay.
 */
export function removeBoilerplate(article: CorpusArticle, span: Span): TextEdit {
  const { text } = article.parsed;
  const { lines } = article;
  const first = lines.positionAt(span.start).line;
  const last = lines.positionAt(span.end).line;
  const before = text.slice(lines.lineStart(first), span.start);
  const after = text.slice(span.end, lines.lineContentEnd(last));
  if (before.trim() === '' && after.trim() === '') {
    if (last + 1 < lines.lineCount) return toTextEdit(lines, { start: lines.lineStart(first), end: lines.lineStart(last + 1) }, '');
    // The last line has no break after it: take the break before it instead.
    const start = first > 0 ? lines.lineContentEnd(first - 1) : 0;
    return toTextEdit(lines, { start, end: text.length }, '');
  }
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u00a0')) end++;
  let start = span.start;
  if (end === lines.lineContentEnd(last)) {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '\u00a0')) start--;
  }
  return toTextEdit(lines, { start, end }, '');
}

/** `<!-- corroborate-disable-next-line CODE -->` on its own line above the finding's line. */
export function suppressForLine(article: CorpusArticle, finding: Finding): TextEdit {
  const { text } = article.parsed;
  const line = article.lines.positionAt(finding.span.start).line;
  const start = article.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(text.slice(start, article.lines.lineContentEnd(line)))?.[0] ?? '';
  return toTextEdit(article.lines, { start, end: start }, `${indent}<!-- corroborate-disable-next-line ${finding.code} -->${lineBreakOf(text)}`);
}

/** `<!-- corroborate-disable CODE -->` at the top of the file, after the header line if there is one. */
export function suppressForFile(article: CorpusArticle, code: string): TextEdit {
  const { text, header } = article.parsed;
  const eol = lineBreakOf(text);
  const comment = `<!-- corroborate-disable ${code} -->`;
  if (!header) return toTextEdit(article.lines, { start: 0, end: 0 }, comment + eol);
  const headerLine = article.lines.positionAt(header.span.start).line;
  if (headerLine + 1 < article.lines.lineCount) {
    const at = article.lines.lineStart(headerLine + 1);
    return toTextEdit(article.lines, { start: at, end: at }, comment + eol);
  }
  return toTextEdit(article.lines, { start: text.length, end: text.length }, eol + comment);
}

/** Whether a finding sits on the header's line, where a comment above would displace the header. */
export function onHeaderLine(article: CorpusArticle, finding: Finding): boolean {
  const header = article.parsed.header;
  return header !== undefined && article.lines.positionAt(header.span.start).line === article.lines.positionAt(finding.span.start).line;
}

/**
 * Conversions shared by the output formats: spans to LSP ranges, severities to LSP numbers,
 * and related locations to the paths and ranges of the articles they point into.
 */
import { pathToFileURL } from 'node:url';
import type { ReportContext } from '../checkRun';
import type { Finding, RelatedLocation, Severity, Span } from '../../core/types';
import type { LineIndex, LineRange } from '../../core/text/lineIndex';

export const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export interface ResolvedLocation {
  readonly path: string;
  readonly uri: string;
  readonly range: LineRange;
  readonly message: string;
}

export function rangeOf(lines: LineIndex, span: Span): LineRange {
  return lines.rangeOf(span);
}

/** Resolves a related location to its article's display path and line range. */
export function resolveRelated(result: ReportContext, related: RelatedLocation): ResolvedLocation {
  const file = result.files.get(related.articleId);
  const lines = findLines(result, related.articleId);
  const range = lines ? lines.rangeOf(related.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    path: file?.display ?? related.articleId,
    uri: file ? pathToFileURL(file.absolute).href : related.articleId,
    range,
    message: related.message,
  };
}

function findLines(result: ReportContext, id: string): { rangeOf(span: Span): LineRange } | undefined {
  const known = result.linesOf?.(id);
  if (known) return known;
  for (const corpus of result.corpora) {
    const article = corpus.get(id);
    if (article) return article.lines;
  }
  return undefined;
}

export function countBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The one place where core data becomes protocol data: spans to ranges, positions to offsets,
 * findings to diagnostics, text changes to edits. Every LSP feature converts through here, so
 * positions agree across features (and with the CLI, which converts through the same LineIndex).
 */
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../core/types';
import type { LineIndex } from '../core/text/lineIndex';
import { codeHelpUrl } from '../core/codes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where another article is, for links and labels in diagnostics and hovers. */
export interface Located {
  /** The URI the client knows the article by. */
  readonly uri: string;
  readonly lines: LineIndex;
  /** Its date: the header's, else the one its body suggests (then `dateInferred`). */
  readonly date?: string;
  readonly dateInferred?: boolean;
}

/** Resolves an article id to where the client finds it (undefined: not in any corpus). */
export type Locate = (articleId: string) => Located | undefined;

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

/** The offset of a client position; positions outside the text clamp to it, never throw. */
export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

export function toSpan(lines: LineIndex, range: Range): Span {
  const start = toOffset(lines, range.start);
  const end = toOffset(lines, range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

export function toTextEdit(lines: LineIndex, span: Span, newText: string): TextEdit {
  return { range: toRange(lines, span), newText };
}

/** Whether an offset touches a span (its end included, so a cursor just after a word counts). */
export function spanTouches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * The items under an offset: those it lies inside, or, when there are none, those ending right
 * there (a cursor just after a word). A position between two sentences thus means the one it
 * starts, not both.
 */
export function itemsAt<T>(items: readonly T[], spanOf: (item: T) => Span, offset: number): T[] {
  const inside = items.filter((item) => spanOf(item).start <= offset && offset < spanOf(item).end);
  return inside.length > 0 ? inside : items.filter((item) => spanTouches(spanOf(item), offset));
}

/** Whether two spans overlap or touch. */
export function spansMeet(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** `locate` resolves a related article id to its URI and line index (undefined drops the entry). */
export function toDiagnostic(lines: LineIndex, finding: Finding, locate: Locate): Diagnostic {
  const related = (finding.related ?? []).flatMap((r) => {
    const target = locate(r.articleId);
    return target ? [{ location: { uri: target.uri, range: toRange(target.lines, r.span) }, message: r.message }] : [];
  });
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: codeHelpUrl(finding.code) },
    source: 'corroborate',
    message: finding.message,
    ...(finding.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(related.length ? { relatedInformation: related } : {}),
    ...(finding.fix ? { data: { fix: finding.fix } } : {}),
  };
}

/** The line break a text uses (the first one found), for inserting whole lines that match it. */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

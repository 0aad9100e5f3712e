/**
 * The one place where core data becomes protocol data: spans to ranges, findings to diagnostics.
 * Every LSP feature converts through here, so positions agree across features.
 */
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag, type Range } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../core/types';
import type { LineIndex } from '../core/text/lineIndex';
import { codeHelpUrl } from '../core/codes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

/** `locate` resolves a related article id to its URI and line index (undefined drops the entry). */
export function toDiagnostic(
  lines: LineIndex,
  finding: Finding,
  locate: (articleId: string) => { uri: string; lines: LineIndex } | undefined,
): Diagnostic {
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

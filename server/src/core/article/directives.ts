/**
 * Suppression comments, which the parser strips from the analysed text:
 *
 *     <!-- corroborate-disable-next-line claim/unsupported -->
 *     <!-- corroborate-disable quote/anonymous, claim/unsupported -->   (from here to the end, or to an enable)
 *     <!-- corroborate-enable -->
 *
 * With no codes, a directive applies to every code. The syntax is an HTML comment so that
 * articles rendered as HTML or Markdown do not show it.
 */
import type { Finding, Span } from '../types';

export interface Directive {
  readonly span: Span;
  readonly kind: 'disable-next-line' | 'disable' | 'enable';
  /** Codes it applies to; empty means all. */
  readonly codes: readonly string[];
}

const DIRECTIVE = /^<!--\s*corroborate-(disable-next-line|disable|enable)\b([^>]*?)\s*-->$/;

export function readDirective(line: string, span: Span): Directive | undefined {
  const match = DIRECTIVE.exec(line);
  if (!match) return undefined;
  const codes = match[2].split(/[\s,]+/).filter(Boolean);
  return { span, kind: match[1] as Directive['kind'], codes };
}

/**
 * Drops the findings that directives suppress. `lineOf` maps an offset to its line number, and
 * `nextLine` maps a directive to the line it governs (the next non-blank line).
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lineOf: (offset: number) => number,
  nextContentLine: (directive: Directive) => number,
): Finding[] {
  if (directives.length === 0) return [...findings];
  const applies = (d: Directive, code: string): boolean => d.codes.length === 0 || d.codes.includes(code);
  return findings.filter((finding) => {
    const line = lineOf(finding.span.start);
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        if (nextContentLine(d) === line && applies(d, finding.code)) return false;
      } else if (d.span.start <= finding.span.start && applies(d, finding.code)) {
        disabled = d.kind === 'disable';
      }
    }
    return !disabled;
  });
}

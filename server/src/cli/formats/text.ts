/**
 * The format for people: one line per finding, `path:line:col  severity  message  code`, as
 * eslint and tsc print them (editors and terminals turn `path:line:col` into links), then a
 * summary line. Hints (boilerplate) are counted but only listed with `--show-hints`.
 */
import type { CheckResult } from '../checkRun';
import type { Severity } from '../../core/types';
import { countBySeverity, resolveRelated } from './ranges';

export interface TextOptions {
  readonly showHints: boolean;
  readonly quiet: boolean;
  readonly color: boolean;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', information: '\u001b[36m', hint: '\u001b[2m' };
const RESET = '\u001b[0m';

export function formatText(result: CheckResult, options: TextOptions): string {
  const out: string[] = [];
  const shown = (s: Severity): boolean => (options.quiet ? s === 'error' : s !== 'hint' || options.showHints);
  for (const { file, report } of result.articles) {
    for (const finding of report.findings) {
      if (!shown(finding.severity)) continue;
      const { line, character } = report.article.lines.positionAt(finding.span.start);
      const label = options.color ? `${COLOR[finding.severity]}${LABEL[finding.severity]}${RESET}` : LABEL[finding.severity];
      out.push(`${file.display}:${line + 1}:${character + 1}: ${label} ${finding.message} [${finding.code}]`);
      for (const related of finding.related ?? []) {
        const where = resolveRelated(result, related);
        out.push(`    ${where.path}:${where.range.start.line + 1}:${where.range.start.character + 1}: ${where.message}`);
      }
    }
  }
  const counts = countBySeverity(result.articles.flatMap((a) => a.report.findings));
  out.push(summaryLine(result.articles.length, counts, options));
  return out.join('\n') + '\n';
}

function summaryLine(articles: number, counts: Record<Severity, number>, options: TextOptions): string {
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.information, 'info'),
    plural(counts.hint, 'hint') + (counts.hint && !options.showHints ? ' (not listed; --show-hints lists them)' : ''),
  ];
  return `${plural(articles, 'article')} checked: ${parts.join(', ')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request
 * (`::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=code::message`).
 * Hints are left out: boilerplate annotations would bury the real ones.
 */
import type { CheckResult } from '../checkRun';
import type { Severity } from '../../core/types';

const COMMAND: Record<Severity, string | undefined> = { error: 'error', warning: 'warning', information: 'notice', hint: undefined };

export function formatGithub(result: CheckResult): string {
  const out: string[] = [];
  for (const { file, report } of result.articles) {
    for (const finding of report.findings) {
      const command = COMMAND[finding.severity];
      if (!command) continue;
      const range = report.article.lines.rangeOf(finding.span);
      const properties = [
        `file=${escapeProperty(file.display)}`,
        `line=${range.start.line + 1}`,
        `col=${range.start.character + 1}`,
        `endLine=${range.end.line + 1}`,
        `endColumn=${range.end.character + 1}`,
        `title=${escapeProperty(finding.code)}`,
      ];
      out.push(`::${command} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** The escaping GitHub's runner expects in a command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties additionally escape the separators of the property list. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

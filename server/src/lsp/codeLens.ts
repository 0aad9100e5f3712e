/**
 * A code lens on the first line summarising the article: the verdicts on its claims, its uncited
 * quotes and its format findings ("3 supported · 1 conflicting · 4 unsupported · 1 uncited quote ·
 * 2 boilerplate lines").
 */
import type { CodeLens } from 'vscode-languageserver';
import type { Severity } from '../core/types';
import { plural } from './markdown';
import { uncitedQuotes } from './quotes';
import type { ArticleView } from './workspace';

export function codeLenses(view: ArticleView): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // An empty command id makes the lens a label: there is nothing to run, only something to read.
  return [{ range, command: { title: articleSummary(view), command: '' } }];
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['notice', 'notices'],
  hint: ['hint', 'hints'],
};

export function articleSummary(view: ArticleView): string {
  const { claims, findings } = view.report;
  const parts: string[] = [];
  if (claims.length > 0) {
    const count = (verdict: string): number => claims.filter((c) => c.verdict === verdict).length;
    parts.push(`${count('supported')} supported`, `${count('conflicting')} conflicting`, `${count('unsupported')} unsupported`);
  }
  // Counted from the quotes rather than the findings: a quote stays uncited in the text even when
  // its finding is turned off or suppressed, and the lens describes the text.
  const uncited = uncitedQuotes(view.report).length;
  if (uncited > 0) parts.push(plural(uncited, 'uncited quote'));
  const boilerplate = findings.filter((f) => f.code === 'format/boilerplate').length;
  if (boilerplate > 0) parts.push(plural(boilerplate, 'boilerplate line'));
  const others = findings.filter((f) => f.code.startsWith('format/') && f.code !== 'format/boilerplate');
  for (const severity of ['error', 'warning', 'information', 'hint'] as const) {
    const n = others.filter((f) => f.severity === severity).length;
    if (n > 0) parts.push(`${n} format ${SEVERITY_WORDS[severity][n === 1 ? 0 : 1]}`);
  }
  return parts.length ? parts.join(' · ') : 'corroborate: no findings';
}

/**
 * Baselines: `--baseline <file>` reports (and fails on) only the findings that are not in the
 * file; `--update-baseline` writes the current findings into it. A desk adopting corroborate on
 * years of copy can then fail CI on new problems only.
 *
 * A finding is known by its code, its article's path (relative to the baseline file) and the
 * normalised text of the sentence it is in (the line, outside sentences), plus the words it points
 * at when they are only part of that sentence (a quote). Positions are left out, so that edits
 * elsewhere in the article do not break the match; the same key may occur several times, and each
 * occurrence in the file covers one finding.
 *
 * The file (JSON, sorted, so that it diffs well):
 *
 *     { "version": 1, "tool": "corroborate",
 *       "findings": [ { "path": "stories/a.txt", "code": "quote/uncited",
 *                       "text": "\"we will rebuild,\" the statement read.", "span": "we will rebuild,",
 *                       "count": 1, "fingerprint": "3f0c9e51d2a47b86" } ] }
 *
 * `span` is present only when it differs from `text`; `fingerprint` is a hash of the other keys
 * (the SARIF output's `partialFingerprints` use the same one) and is informative only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CheckResult, CheckedArticle } from './checkRun';
import type { CorpusArticle } from '../core/corpus';
import type { Finding } from '../core/types';
import { sha256 } from './cacheFile';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly path: string;
  readonly code: string;
  readonly text: string;
  readonly span?: string;
  readonly count: number;
  readonly fingerprint: string;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly tool: 'corroborate';
  readonly findings: readonly BaselineEntry[];
}

export class BaselineError extends Error {}

/** Case, white space, and curly or straight quotes and dashes do not matter. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The text a finding is known by: its sentence (or line), and its own words when they are less. */
export function findingText(article: CorpusArticle, finding: Finding): { text: string; span?: string } {
  const { parsed, lines } = article;
  const { start, end } = finding.span;
  const sentence = parsed.sentences.find((s) => s.span.start <= start && (start < s.span.end || (start === end && start === s.span.end)));
  let context: string;
  if (sentence) {
    context = sentence.text;
  } else {
    const line = lines.positionAt(start).line;
    context = parsed.text.slice(lines.lineStart(line), lines.lineContentEnd(line));
  }
  const text = normaliseText(context);
  const own = normaliseText(parsed.text.slice(start, end));
  return own && own !== text ? { text, span: own } : { text };
}

export function fingerprintOf(relativePath: string, code: string, text: string, span: string | undefined): string {
  return sha256([relativePath, code, text, span ?? ''].join('\0')).slice(0, 16);
}

/** A finding's key within its article: code, text and span. */
function keyOf(entry: { code: string; text: string; span?: string }): string {
  return [entry.code, entry.text, entry.span ?? ''].join('\0');
}

export function relativeTo(baselineFile: string, absolute: string): string {
  return path.relative(path.dirname(baselineFile), absolute).split(path.sep).join('/');
}

export function readBaseline(file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new BaselineError(missing ? `no baseline at ${file} (write one with --update-baseline)` : `the baseline ${file} is not valid JSON`);
  }
  const baseline = raw as Baseline;
  if (!baseline || baseline.version !== BASELINE_VERSION || !Array.isArray(baseline.findings)) {
    throw new BaselineError(`the baseline ${file} is not a corroborate baseline of version ${BASELINE_VERSION}`);
  }
  for (const entry of baseline.findings) {
    if (typeof entry?.path !== 'string' || typeof entry.code !== 'string' || typeof entry.text !== 'string' || !(Number.isInteger(entry.count) && entry.count > 0)) {
      throw new BaselineError(`the baseline ${file} has a malformed entry: ${JSON.stringify(entry).slice(0, 120)}`);
    }
  }
  return baseline;
}

/**
 * The baseline of a run's findings. Entries of `previous` for articles this run did not check
 * (another shard, a narrower set of paths) are kept while their files exist.
 */
export function baselineOf(result: CheckResult, baselineFile: string, previous?: Baseline): Baseline {
  const counts = new Map<string, { path: string; code: string; text: string; span?: string; count: number }>();
  const checked = new Set<string>();
  for (const checkedArticle of result.articles) {
    const relative = relativeTo(baselineFile, checkedArticle.file.absolute);
    checked.add(relative);
    for (const finding of checkedArticle.report.findings) {
      const { text, span } = findingText(checkedArticle.report.article, finding);
      const id = relative + '\0' + keyOf({ code: finding.code, text, span });
      const entry = counts.get(id);
      if (entry) entry.count++;
      else counts.set(id, { path: relative, code: finding.code, text, span, count: 1 });
    }
  }
  const kept = (previous?.findings ?? []).filter((e) => !checked.has(e.path) && existsSync(path.resolve(path.dirname(baselineFile), e.path)));
  const findings: BaselineEntry[] = [
    ...kept,
    ...[...counts.values()].map((e) => ({ ...e, fingerprint: fingerprintOf(e.path, e.code, e.text, e.span) })),
  ].map((e) => (e.span === undefined ? { path: e.path, code: e.code, text: e.text, count: e.count, fingerprint: e.fingerprint } : { path: e.path, code: e.code, text: e.text, span: e.span, count: e.count, fingerprint: e.fingerprint }));
  findings.sort((a, b) => compare(a.path, b.path) || compare(a.code, b.code) || compare(a.text, b.text) || compare(a.span ?? '', b.span ?? ''));
  return { version: BASELINE_VERSION, tool: 'corroborate', findings };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n');
}

/**
 * The run with only the findings the baseline does not cover (each baseline entry covers as many
 * findings as its count, in text order). Claims and quotes are left as they are.
 */
export function applyBaseline(result: CheckResult, baseline: Baseline, baselineFile: string): { result: CheckResult; known: number } {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const id = entry.path + '\0' + keyOf(entry);
    remaining.set(id, (remaining.get(id) ?? 0) + entry.count);
  }
  let known = 0;
  const articles: CheckedArticle[] = result.articles.map((checked) => {
    const relative = relativeTo(baselineFile, checked.file.absolute);
    const fresh = checked.report.findings.filter((finding) => {
      const { text, span } = findingText(checked.report.article, finding);
      const id = relative + '\0' + keyOf({ code: finding.code, text, span });
      const left = remaining.get(id) ?? 0;
      if (left === 0) return true;
      remaining.set(id, left - 1);
      known++;
      return false;
    });
    return fresh.length === checked.report.findings.length ? checked : { ...checked, report: { ...checked.report, findings: fresh } };
  });
  return { result: { ...result, articles }, known };
}

/**
 * Fingerprints of an article's findings for SARIF `partialFingerprints`: the baseline key (with
 * the path as displayed) and the occurrence number among equal keys, so that code scanning tracks
 * a finding across runs even when lines move.
 */
export function findingFingerprints(checked: CheckedArticle): string[] {
  const seen = new Map<string, number>();
  return checked.report.findings.map((finding) => {
    const { text, span } = findingText(checked.report.article, finding);
    const fingerprint = fingerprintOf(checked.file.display, finding.code, text, span);
    const occurrence = seen.get(fingerprint) ?? 0;
    seen.set(fingerprint, occurrence + 1);
    return `${fingerprint}:${occurrence}`;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What the `check` command writes besides the report's contents: `--timing`'s phase times, and a
 * JSON report written article by article as the check runs.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { CacheStats } from './cache';
import type { CheckedArticle, ReportContext } from './checkRun';
import { articleLine, JsonReportStream } from './formats/json';
import type { Finding, Severity } from '../core/types';

/**
 * `--timing`: how long each phase took, for finding where a slow check spends its time. With a
 * streamed JSON report, writing each article is counted in "judge and report".
 */
export class PhaseTimes {
  private readonly times = new Map<string, number>();
  private readonly started = performance.now();

  readonly add = (phase: string, milliseconds: number): void => {
    this.times.set(phase, (this.times.get(phase) ?? 0) + milliseconds);
  };

  time(phase: string, work: () => void): void {
    const start = performance.now();
    work();
    this.add(phase, performance.now() - start);
  }

  summary(cache: CacheStats | undefined): string {
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    const lines = [...this.times].map(([phase, ms]) => `corroborate: timing: ${phase.padEnd(18)} ${seconds(ms)}`);
    lines.push(`corroborate: timing: ${'total'.padEnd(18)} ${seconds(performance.now() - this.started)} (peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`);
    if (cache) {
      lines.push(`corroborate: cache: analyses ${cache.analysesReused} reused, ${cache.analysesComputed} computed; verdicts ${cache.verdictsReused} reused, ${cache.verdictsReplayed} proven by replay (${cache.queriesAsked} candidate queries asked again), ${cache.verdictsComputed} judged; reports ${cache.reportsReused} reused unread`);
    }
    return lines.join('\n') + '\n';
  }
}

/** Writes text to a file created (or emptied) now, synchronously, piece by piece. */
export function fileWriter(file: string): ((text: string) => void) & { close: () => void } {
  const fd = openSync(file, 'w');
  return Object.assign((text: string) => void writeSync(fd, text), { close: () => closeSync(fd) });
}

/**
 * The JSON report written as the check goes: each article as soon as it is judged. What the run
 * keeps of an article is then only the severity of each of its findings, which decides the exit
 * code and which the cache counts (`writtenFinding`).
 */
export function streamJson(write: ((text: string) => void) & { close?: () => void }, keepLine?: (line: string) => void) {
  const stream = new JsonReportStream();
  write(stream.begin());
  return {
    article: (article: CheckedArticle, context: ReportContext): CheckedArticle => {
      const line = articleLine(article, context);
      keepLine?.(line);
      write(stream.line(line));
      return { ...article, report: { ...article.report, claims: [], quotes: [], findings: article.report.findings.map((f) => writtenFinding(f.severity)) } };
    },
    end: () => {
      write(stream.end());
      write.close?.();
    },
  };
}

/**
 * A finding already written to the report, as the run keeps it: its severity, in one object
 * shared by all of that severity. A 10k-article check writes some 240,000 findings, and with
 * their messages, spans and related locations kept they grew the heap all through judging by
 * tens of megabytes, at the check's peak of memory.
 */
function writtenFinding(severity: Severity): Finding {
  return (WRITTEN[severity] ??= { code: 'written', severity, message: 'a finding written to the report', span: { start: 0, end: 0 } });
}
const WRITTEN: Partial<Record<Severity, Finding>> = {};

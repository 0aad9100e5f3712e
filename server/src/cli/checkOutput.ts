/**
 * What the `check` command writes besides the report's contents: `--timing`'s phase times, and a
 * JSON report written article by article as the check runs.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { CacheStats } from './cache';
import type { CheckedArticle, ReportContext } from './checkRun';
import { articleLine, JsonReportStream } from './formats/json';

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
 * keeps of an article is then only its findings, which decide the exit code.
 */
export function streamJson(write: ((text: string) => void) & { close?: () => void }, keepLine?: (line: string) => void) {
  const stream = new JsonReportStream();
  write(stream.begin());
  return {
    article: (article: CheckedArticle, context: ReportContext): CheckedArticle => {
      const line = articleLine(article, context);
      keepLine?.(line);
      write(stream.line(line));
      return { ...article, report: { ...article.report, claims: [], quotes: [] } };
    },
    end: () => {
      write(stream.end());
      write.close?.();
    },
  };
}

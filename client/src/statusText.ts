/**
 * What the status bar and the check command say about the corpus. No `vscode` import, so that the
 * wording is unit-tested in plain Node; codicons (`$(name)`) are rendered by VS Code. The status
 * is read defensively: a server older or newer than the client may send fewer or other counts.
 */
import type { CorpusStatus } from './protocol';

export interface StatusText {
  text: string;
  tooltip: string;
}

/** A `CorpusStatus` as it may arrive: any field can be missing. */
export interface StatusLike {
  indexing?: boolean;
  articles?: number;
  totals?: { severities?: Record<string, unknown>; verdicts?: Record<string, unknown> };
}

const SEVERITY_NOUNS: ReadonlyArray<[string, string]> = [['error', 'error'], ['warning', 'warning'], ['information', 'information'], ['hint', 'hint']];
const VERDICT_WORDS: ReadonlyArray<[string, string]> = [['conflicting', 'conflicting'], ['unsupported', 'unsupported'], ['supported', 'supported']];

function count(record: Record<string, unknown> | undefined, key: string): number {
  const value = record?.[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 || noun === 'information' ? '' : 's'}`;
}

/** `2 errors, 1 warning` (severity counts above zero), or undefined when there are none. */
export function describeSeverities(status: StatusLike): string | undefined {
  const parts = SEVERITY_NOUNS.map(([key, noun]) => [count(status.totals?.severities, key), noun] as const)
    .filter(([n]) => n > 0)
    .map(([n, noun]) => plural(n, noun));
  return parts.length ? parts.join(', ') : undefined;
}

/** `3 conflicting, 12 unsupported, 40 supported` (claims by verdict), or undefined when there are none. */
export function describeVerdicts(status: StatusLike): string | undefined {
  const parts = VERDICT_WORDS.map(([key, word]) => [count(status.totals?.verdicts, key), word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  return parts.length ? parts.join(', ') : undefined;
}

function articles(status: StatusLike): string {
  return typeof status.articles === 'number' ? plural(status.articles, 'article') : 'articles';
}

/**
 * The status bar shows what the Problems counter cannot: how many claims of the corpus conflict or
 * stand alone. The severity counts go to the tooltip.
 */
export function statusText(status: StatusLike): StatusText {
  if (status.indexing) {
    return { text: `$(sync~spin) corroborate: ${articles(status)}`, tooltip: `corroborate is reading the corpus (${articles(status)} so far).` };
  }
  const conflicting = count(status.totals?.verdicts, 'conflicting');
  const unsupported = count(status.totals?.verdicts, 'unsupported');
  const claims = conflicting || unsupported
    ? `: ${[conflicting ? `${conflicting} conflicting` : '', unsupported ? `${unsupported} unsupported` : ''].filter(Boolean).join(', ')}`
    : '';
  const tooltip = [
    `corroborate: ${articles(status)}.`,
    `Claims: ${describeVerdicts(status) ?? 'none judged yet'}.`,
    `Findings: ${describeSeverities(status) ?? 'none'}.`,
    'Click to check the whole corpus.',
  ].join('\n');
  const counted = typeof status.articles === 'number' ? articles(status) : 'corroborate';
  return { text: `$(checklist) ${counted}${claims}`, tooltip };
}

/** The message shown after `corroborate.checkCorpus`. */
export function checkSummary(result: CorpusStatus | StatusLike | null | undefined): string {
  if (!result || typeof result !== 'object') return 'corroborate: the server returned no totals.';
  const status = result as StatusLike;
  const claims = describeVerdicts(status);
  const findings = describeSeverities(status) ?? 'no findings';
  return `corroborate checked ${articles(status)}: ${claims ? `claims ${claims}; ` : ''}${findings}.`;
}

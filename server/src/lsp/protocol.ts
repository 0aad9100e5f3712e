/**
 * The parts of the protocol that corroborate adds to LSP, typed once and imported by both the
 * server and the VS Code client (`client/src/`), so that the two sides cannot drift apart.
 *
 * This file must stay free of server code: it imports only the protocol library, which the client
 * bundle carries too.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type VerdictName = 'supported' | 'conflicting' | 'unsupported';

/** Counts over the reported articles of one or more corpora. */
export interface CorpusTotals {
  readonly severities: Record<SeverityName, number>;
  readonly verdicts: Record<VerdictName, number>;
}

export interface CorpusStatus {
  /** True while the workspace's articles are being read. */
  readonly indexing: boolean;
  /** Reported articles counted in `totals`. */
  readonly articles: number;
  readonly totals: CorpusTotals;
}

export interface CheckCorpusParams {
  /**
   * A workspace folder or an article: the totals of the corpora it holds (or belongs to). Without
   * it, the totals of every corpus. An unknown URI gives zero totals, not an error.
   */
  readonly uri?: string;
}

/** `corroborate/checkCorpus`: the totals per severity and verdict (the status bar asks for them). */
export const CheckCorpusRequest = new RequestType<CheckCorpusParams, CorpusStatus, void>('corroborate/checkCorpus');

export interface StoryReportParams {
  /**
   * A workspace folder or an article: the report of the corpora it holds (or belongs to). Without
   * it, every corpus of the workspace, one story each. An unknown URI gives a report of no articles.
   */
  readonly uri?: string;
}

export interface StoryReport {
  /** The CLI's HTML story report, with a policy that lets it run no script (fit for a webview). */
  readonly html: string;
}

/** `corroborate/storyReport`: the HTML story report of the corpus as the server holds it now. */
export const StoryReportRequest = new RequestType<StoryReportParams, StoryReport, void>('corroborate/storyReport');

/** `corroborate/status`: sent when indexing starts and ends and whenever the totals may have changed. */
export const StatusNotification = new NotificationType<CorpusStatus>('corroborate/status');

/** `workspace/executeCommand` commands the server implements. */
export const Commands = {
  /** Arguments: one `MarkVerifiedArguments`. Adds the claim to `verified` in `.corroborate.json`. */
  markVerified: 'corroborate.markVerified',
} as const;

export interface MarkVerifiedArguments {
  /** The article the claim was marked in (finds the `.corroborate.json` of its corpus). */
  readonly uri: string;
  /** The claim's sentence, as written. */
  readonly text: string;
}

/**
 * The editor settings, section `corroborate`, read per resource. Severities and include globs
 * from the corpus's `.corroborate.json` win over these, so that the editor and CI judge alike.
 */
export interface CorroborateSettings {
  /** Whether to check articles at all. */
  readonly enable: boolean;
  /** Check while typing (debounced) or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** Milliseconds of quiet after an edit before the article is checked again. */
  readonly debounceMs: number;
  /** Publish diagnostics for open articles only, or for every article of the workspace. */
  readonly reportScope: 'open' | 'workspace';
  /** Severity per diagnostic code (`"format/boilerplate": "off"`), overridden by the config file. */
  readonly severities: Readonly<Record<string, SeverityName | 'off'>>;
  /** Globs of article files, used when the config file does not set `include`. Empty: the defaults. */
  readonly include: readonly string[];
  /** Path of the config file (absolute, or relative to the workspace folder). Empty: the nearest `.corroborate.json`. */
  readonly configFile: string;
}

/**
 * Plain data shared by every part of the analysis. Nothing here knows about the language server
 * protocol or the file system: front ends convert these values to whatever they speak.
 *
 * All positions are UTF-16 code unit offsets into an article's decoded text (the indices of a
 * JavaScript string), half-open: `text.slice(span.start, span.end)` is the covered text.
 */

/** A half-open range `[start, end)` of UTF-16 code units in one article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Severities, named as the LSP names them so that conversion stays a lookup. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in another (or the same) article that a finding refers to. */
export interface RelatedLocation {
  /** The article's id: a path for the CLI, a URI for the language server. */
  readonly articleId: string;
  readonly span: Span;
  readonly message: string;
}

/** Data a front end needs to offer a quick fix; every field is optional and plain. */
export interface FixHint {
  /** A replacement text for the finding's span (or `replaceSpan` when given). */
  readonly replacement?: string;
  readonly replaceSpan?: Span;
  /** An ISO date (YYYY-MM-DD) the article's body suggests, for a missing header. */
  readonly suggestedDate?: string;
  /** Human-readable label of the fix ("Insert date header 2024-02-22"). */
  readonly title?: string;
}

/** One problem (or hint) found in an article. */
export interface Finding {
  /** Stable code such as `format/missing-date`; documented in the module that emits it. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** Text that is not the article's own prose: editors fade it (LSP tag Unnecessary). */
  readonly unnecessary?: boolean;
  readonly fix?: FixHint;
}

/** What a diagnostic code means: the single source for README, SARIF rules and help links. */
export interface CodeInfo {
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One line: what the finding says. */
  readonly summary: string;
  /** A short paragraph: why it matters and what to do. */
  readonly help: string;
}

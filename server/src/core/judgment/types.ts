/**
 * The verdicts of the judgment engine: for each claim of an article, whether the rest of the
 * corpus supports it, contradicts it or is silent, and the sentences that decide it.
 */
import type { Span } from '../types';

export type Verdict = 'supported' | 'conflicting' | 'unsupported';

/** Which slot of two aligned statements disagrees. */
export type ConflictKind = 'number' | 'count' | 'duration' | 'date' | 'polarity' | 'certainty' | 'antonym' | 'actor' | 'object';

export interface ConflictDetail {
  readonly kind: ConflictKind;
  /** The value as the claim states it ("a fourth time"), and as the source does ("twice"). */
  readonly claimValue: string;
  readonly sourceValue: string;
  /** Where the values sit: in the claim's article and in the source's. */
  readonly claimSpan?: Span;
  readonly sourceSpan?: Span;
}

export interface SourceSentence {
  readonly articleId: string;
  readonly span: Span;
  readonly text: string;
  readonly relation: 'corroborates' | 'contradicts';
  /** Alignment score in [0, 1]: how much of the claim the source speaks to. */
  readonly score: number;
  /** Sources with the same origin number carry the same wire copy or statement. */
  readonly origin: number;
  readonly conflict?: ConflictDetail;
  /** The source article's date: its header's, or for an undated article the one its body suggests (`format/missing-date`). */
  readonly date?: string;
}

export interface ClaimVerdict {
  readonly span: Span;
  readonly text: string;
  readonly verdict: Verdict;
  /** Corroborating sources first, best first; then contradicting ones. */
  readonly sources: readonly SourceSentence[];
  /** Distinct origins among the corroborating sources. */
  readonly independentOrigins: number;
  /** For a conflicting claim: the decisive disagreement. */
  readonly conflict?: ConflictDetail;
  /** Marked verified by an editor (`verified` in .corroborate.json): reported as supported, no finding. */
  readonly verified?: boolean;
}

/**
 * The values quote analysis takes and returns. They live apart from the entry point so that
 * detection and attribution can share them without importing each other's entry point.
 */
import type { Finding, Span } from '../types';

export interface QuoteInput {
  /** The whole article text (already decoded). */
  text: string;
  /** The article's own prose paragraphs in order (boilerplate lines and the header excluded). */
  paragraphs: readonly Span[];
}

export interface Quote {
  /** The quoted words, without the quote marks (surrounding white space trimmed). */
  span: Span;
  /** The quoted words including the marks; an unclosed quote ends at its paragraph's end. */
  outerSpan: Span;
  text: string;
  /** `scare`: scare quotes and titles (1-3 words or a title, no speech verb nearby). */
  kind: 'speech' | 'scare';
  /** The speaker as written, e.g. 'an unnamed UK official'; a pronoun is resolved when it can be. */
  speaker?: string;
  /** Where `speaker` is written: `text.slice(speakerSpan.start, speakerSpan.end) === speaker`. */
  speakerSpan?: Span;
  /** The words that attribute the quote: 'said', 'told', 'according to', 'as quoted by', ':' ... */
  cue?: string;
  /** Where the cue is written (the cue of the quote continued, for an inheriting quote). */
  cueSpan?: Span;
  /** A speaker is attributed (an anonymous one counts). */
  cited: boolean;
  /** The speaker is not named: 'an unnamed UK official', 'diplomats say'. */
  anonymous: boolean;
  /** Index of the quote this one continues: the next paragraph of a multi-paragraph quote, a
   * quote resumed after an attribution inside it, or a quote paragraph inheriting attribution. */
  continuesFrom?: number;
}

export interface QuoteAnalysis {
  quotes: Quote[];
  findings: Finding[];
}

export interface QuoteOptions {
  /** Emit `quote/scare` hints for scare quotes and titles (default false). */
  reportScareQuotes?: boolean;
  /** Emit `quote/anonymous` information findings for anonymous attributions (default true). */
  reportAnonymous?: boolean;
}

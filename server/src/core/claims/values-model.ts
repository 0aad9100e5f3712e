/**
 * Types of the value-slot extractor and the arithmetic that turns "about 20" or "more than 30"
 * into an interval. Shared by the number classifier, the date reader and the comparison.
 */
import type { Span } from '../types';

export type ValueKind = 'quantity' | 'count' | 'duration' | 'date' | 'ordinal' | 'age' | 'percent' | 'money';
export type Approx = 'exact' | 'about' | 'atLeast' | 'atMost' | 'range';
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';

/**
 * One number-like value found in a text.
 *
 * `low`/`high` bound what the text commits to. Units are normalised so that equal values compare
 * equal: durations and ages are in years, dates are days since 1970-01-01 (UTC), percentages are
 * in percent, money in its currency's units. `high` is `Infinity` for open-ended phrases
 * ("more than 30", "for months").
 */
export interface ValueMention {
  readonly kind: ValueKind;
  readonly span: Span;
  readonly text: string;
  readonly low: number;
  readonly high: number;
  /** The best single value: the stated number, a range's midpoint, a date's first day. */
  readonly value: number;
  /**
   * 'year' for durations and ages; 'USD', 'EUR', 'GBP', 'JPY'... for money; '%' (or
   * 'percentage point') for percentages; the singular head noun for quantities ('member',
   * 'people'), or a measurement unit ('km').
   */
  readonly unit?: string;
  /** The unit the text used before normalisation ('month' in "18 months"). */
  readonly sourceUnit?: string;
  readonly approx: Approx;
  /** The noun the value quantifies, lower-case and singular ('member', 'term', 'time'). */
  readonly head?: string;
  readonly granularity?: Granularity;
  /** Set for vague amounts ("hundreds of", "for months"): never evidence of an exact figure. */
  readonly vague?: boolean;
  /** Set for a proportion of an unnamed whole ("two-thirds of members", "one in five"). */
  readonly share?: boolean;
  /** Set for a strict bound ("more than 232", "less than $127 million"): the stated figure itself is excluded, when the other side states it precisely. */
  readonly strictBound?: boolean;
  /** Set for an average or a rate ("averaged 22.8 points", "$4 million a year", "300 per day"): no total of its own. */
  readonly rate?: boolean;
}

/** A mention before its text is cut out, plus bookkeeping for overlap resolution. */
export interface Candidate extends Omit<ValueMention, 'span' | 'text'> {
  readonly start: number;
  readonly end: number;
  /** May contain other mentions: "two-thirds of 31 members" keeps "31 members" as well. */
  readonly nests?: boolean;
  /** A date-like phrase that could not be resolved: it hides numbers inside it, and is not reported. */
  readonly hidden?: boolean;
}

/** How a number was qualified in the text, before interval arithmetic. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'atLeast' | 'atMost';

/** Settings for `interval`. */
export interface IntervalOptions {
  /** Relative widening for "about" (0.1 = ±10 %). */
  readonly tolerance: number;
  /** Widen "about" by at least one unit: right for counts of things, wrong for percentages. */
  readonly wholeUnits: boolean;
  /** Rounding implied by the notation ("5 million" ±0.5 million). */
  readonly precision: number;
  /** "more than 30" excludes 30: move the bound by one whole unit. */
  readonly strict: boolean;
}

/** The interval a qualified number commits to, in the number's own unit. */
export function interval(value: number, qualifier: Qualifier, o: IntervalOptions): { low: number; high: number; approx: Approx } {
  const whole = o.wholeUnits && Number.isInteger(value) && o.precision === 0;
  const widen = Math.max(o.tolerance * Math.abs(value), whole ? 1 : 0, o.precision);
  switch (qualifier) {
    case 'about':
      return { low: Math.max(0, value - widen), high: value + widen, approx: 'about' };
    case 'nearly':
      // "nearly 30" is a little under 30: the text commits to the upper bound, not past it.
      return { low: Math.max(0, value - widen), high: value, approx: 'about' };
    // A strict bound on a figure rounded for print does not exclude it: "more than 230,000 dead"
    // and "230,000 dead" are one count in two papers' words.
    case 'atLeast':
      return { low: o.strict && whole && !roundedForPrint(value) ? value + 1 : value, high: roundedForPrint(value) ? value * (1 + ROUNDED_BOUND_REACH) : Infinity, approx: 'atLeast' };
    case 'atMost':
      return { low: roundedForPrint(value) ? value * (1 - ROUNDED_BOUND_REACH) : 0, high: o.strict && whole && !roundedForPrint(value) ? value - 1 : value, approx: 'atMost' };
    default:
      return { low: value - o.precision, high: value + o.precision, approx: 'exact' };
  }
}

/**
 * A bound on a figure rounded for print reaches a little past it: "more than 230,000 households"
 * is a count of 230,000 and some, as a writer who knew of 435,419 would have said "more than
 * 400,000". A number of two or more significant digits with zeros after them (230,000, 1,500,
 * 2.5 million) was rounded; one of a single digit (50, 100, "more than half") or with no zeros
 * (38) is a threshold, and the bound stays open.
 */
export function roundedForPrint(value: number): boolean {
  if (!Number.isInteger(value) || value < 100) return false;
  let rest = value;
  while (rest % 10 === 0) rest /= 10;
  return rest !== value && rest >= 10;
}
/** How far past its figure a rounded bound reaches: "more than 2.5 million" still holds 2.7 million. */
const ROUNDED_BOUND_REACH = 0.25;

/**
 * Value slots of the claim engine: every number-like value in an English news text (counts,
 * quantities, durations, dates, ordinals, ages, percentages, money), normalised to an interval so
 * that two articles' values can be compared.
 *
 * - `extractValues(text, ctx)` finds the values, sentence by sentence. Offsets are UTF-16 indices
 *   into `text`. Mentions do not overlap, except that a fraction of a stated base ("two-thirds of
 *   31 members") also lets its base ("31 members") through as a mention of its own.
 * - `compareValues(a, b)` says whether two values state the same thing, could both be true, or
 *   contradict each other.
 *
 * Conventions (see `values-model.ts` for the fields): durations and ages are in years; dates are
 * UTC epoch days; a share of an unnamed whole is a percentage with `share: true`; "about" widens
 * by `tolerance` (default 10 %, at least one whole unit for counts); "more than 30 members"
 * starts at 31; numbers written with a scale ("5 million", "2.5%") cover what rounds to them.
 * Date resolution rules are documented in `values-dates.ts`.
 */
import { civil, parseDayRef } from './values-calendar';
import { dateBound, scanDates } from './values-dates';
import { type Candidate, roundedForPrint, type ValueMention } from './values-model';
import { markFraming } from './values-framing';
import { unitName } from './values-numbers';
import { matchPhrase } from './values-phrases';
import { matchNumber } from './values-quantities';
import { splitSentences, tokenize } from './values-tokens';

export type { Approx, Granularity, ValueKind, ValueMention } from './values-model';

/** What `extractValues` may know about the text. */
export interface ValueContext {
  /** The article's date, `YYYY-MM-DD`: the reference for "last year" or "on Thursday". */
  readonly articleDate?: string;
  /** Relative widening of "about" values; default 0.1. */
  readonly tolerance?: number;
}

export type ValueRelation = 'same' | 'compatible' | 'different' | 'incomparable';

const DEFAULT_TOLERANCE = 0.1;
const FOUR_DIGITS = /\d{4}/;
// A superset of what the number readers can start from: digits and number, fraction, ordinal,
// occurrence and time-unit words.
const VALUE_CUE = new RegExp('\\d|\\b(?:' + [
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen',
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?',
  'tens|several|few|half|thirds?|quarters?|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth',
  '(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth',
  'fifths|sixths|sevenths|eighths|ninths|tenths|twice|thrice|once|decades?|century|centuries|years?|yrs?|months?',
  'weeks?|days?|hours?|minutes?|fortnights?',
].join('|') + ')\\b', 'i');

/** Every number-like value in `text`, in text order. Never throws. */
export function extractValues(text: string, ctx: ValueContext = {}): ValueMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return extract(text, ctx ?? {});
  } catch {
    return []; // Defensive: a bug here must cost one article's values, not the whole run.
  }
}

function extract(text: string, ctx: ValueContext): ValueMention[] {
  const ref = parseDayRef(ctx.articleDate);
  const t = ctx.tolerance;
  const options = { tolerance: typeof t === 'number' && Number.isFinite(t) && t >= 0 ? t : DEFAULT_TOLERANCE };
  const mentions: ValueMention[] = [];
  // The last year the article named with digits: the anchor of "the previous year".
  let lastYear: number | undefined;
  for (const sentence of splitSentences(text)) {
    const numbers: Candidate[] = [];
    // Most sentences hold no number at all: skip tokenising them.
    const tokens = VALUE_CUE.test(text.slice(sentence.start, sentence.end)) ? tokenize(text, sentence.start, sentence.end) : [];
    for (let i = 0; i < tokens.length;) {
      const next = matchPhrase(tokens, i, numbers, options) ?? matchNumber(tokens, i, numbers, options);
      i = next !== undefined && next > i ? next : i + 1;
    }
    const yearsHere = numbers.filter((c) => c.kind === 'date').map((c) => ({ at: c.start, year: anchorYear(c) }));
    const lastExplicitYear = (at: number) => {
      let found = lastYear;
      for (const y of yearsHere) if (y.at < at) found = y.year;
      return found;
    };
    const dates = scanDates(text, sentence.start, sentence.end, { ref, lastExplicitYear });
    const telephones = numbers.length > 0 ? telephoneNumbers(text, sentence.start, sentence.end) : [];
    const kept = resolveOverlaps(dates.concat(numbers));
    markFraming(text, sentence, kept, options.tolerance);
    for (const c of kept) {
      if (c.hidden || !isSane(c) || telephones.some(([from, to]) => from < c.end && c.start < to)) continue;
      const mention = toMention(text, dateBound(text, c));
      mentions.push(mention);
      if (c.kind === 'date' && FOUR_DIGITS.test(mention.text)) lastYear = anchorYear(c);
    }
  }
  return mentions;
}

/**
 * Telephone numbers are no figures ("call police on 0845 125 2222", "(555) 123-4567", "+44 20 7946
 * 0018": a trunk 0, an area code in brackets, a country code or three groups make one): two
 * articles that give two help lines do not disagree on a count. Their groups are read as numbers
 * one by one, so the whole number is found in the sentence's text.
 */
const TELEPHONE_NUMBERS = /(?:\+\d{1,3}(?:[\s.-]\(?\d{1,5}\)?){2,4}|(?:\(\d{2,5}\)\s?|\b0\d{2,4}[\s.-])\d{2,4}(?:[\s.-]\d{2,4}){0,2}|\b\d{3}[.-]\d{3}[.-]\d{4})\b/g;

function telephoneNumbers(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.slice(start, end).matchAll(TELEPHONE_NUMBERS)) spans.push([start + match.index, start + match.index + match[0].length]);
  return spans;
}

function anchorYear(c: Candidate): number {
  return civil(c.approx === 'range' ? c.high : c.value).year;
}

/**
 * Keeps the longest of overlapping candidates (dates first on ties, since "January 31, 1892"
 * must beat the "31" inside it), except that a nesting candidate keeps what lies inside it.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const clash = kept.some((k) => k.start < c.end && c.start < k.end && !(k.nests && !c.nests && c.start >= k.start && c.end <= k.end));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function rank(c: Candidate): number {
  return c.kind === 'date' ? 0 : 1;
}

function isSane(c: Candidate): boolean {
  return !Number.isNaN(c.low) && !Number.isNaN(c.high) && Number.isFinite(c.value) && c.low <= c.high;
}

function toMention(text: string, c: Candidate): ValueMention {
  const m: Record<string, unknown> = {
    kind: c.kind, span: { start: c.start, end: c.end }, text: text.slice(c.start, c.end),
    low: c.low, high: c.high, value: c.value, approx: c.approx,
  };
  // Only defined optional fields, so that mentions stay small and compare cleanly.
  for (const key of ['unit', 'sourceUnit', 'head', 'granularity', 'vague', 'share', 'strictBound', 'rate'] as const) {
    if (c[key] !== undefined) m[key] = c[key];
  }
  // One name for each unit of measure, however it is written: "200m" and "150 meters".
  if (c.kind === 'quantity') {
    if (c.unit !== undefined) m.unit = unitName(c.unit);
    if (c.head !== undefined) m.head = unitName(c.head);
  }
  return m as unknown as ValueMention;
}

/** How many times the larger of two figures is the smaller (Infinity when the smaller is 0). */
export function timesLarger(x: number, y: number): number {
  const [small, large] = Math.abs(x) < Math.abs(y) ? [Math.abs(x), Math.abs(y)] : [Math.abs(y), Math.abs(x)];
  return small > 0 ? large / small : Infinity;
}

/**
 * How two values relate. Values of different kinds, units, currencies or head nouns are
 * 'incomparable' (a missing unit or head on one side does not block the comparison: the caller
 * has matched the two claims already). Otherwise the intervals decide: equal intervals are
 * 'same', overlapping ones 'compatible', disjoint ones 'different'. `tolerance` (relative, default
 * 0) widens both intervals before that test; dates are never widened.
 */
export function compareValues(a: ValueMention, b: ValueMention, tolerance = 0): ValueRelation {
  if (!a || !b || a.kind !== b.kind) return 'incomparable';
  if ([a.low, a.high, b.low, b.high].some(Number.isNaN)) return 'incomparable';
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return 'incomparable';
  if (a.kind === 'money' && a.unit !== b.unit) return 'incomparable';
  if (a.head !== undefined && b.head !== undefined && a.head !== b.head) return 'incomparable';
  if ((a.rate === true) !== (b.rate === true)) return 'incomparable';
  // A quake's magnitude is no more than ten: "600 were killed" is no magnitude ("a 6.4-magnitude quake").
  if (beyondMagnitudes(a, b) || beyondMagnitudes(b, a)) return 'incomparable';
  if (close(a.low, b.low) && close(a.high, b.high)) return 'same';
  // "fewer than 232 dead" does not agree with "232 dead": a strict bound excludes the figure it
  // states, when that figure is precise (`excludedByBound`); "under 114,000" and "more than
  // 114,000" bound one figure from two sides.
  if (excludedByBound(a, b) || excludedByBound(b, a) || opposedBounds(a, b)) return 'different';
  const slack = a.kind === 'date' || !(tolerance > 0) ? 0 : tolerance;
  const widen = (x: number, sign: number) => (Number.isFinite(x) ? x + sign * slack * Math.abs(x) : x);
  const lo = Math.max(widen(a.low, -1), widen(b.low, -1));
  const hi = Math.min(widen(a.high, 1), widen(b.high, 1));
  const eps = epsilonFor(lo, hi);
  if (lo > hi + eps) return 'different';
  // "2%" covers 1.5-2.5 and "3%" 2.5-3.5: rounding intervals that only touch do not agree.
  const rounded = (m: ValueMention) => m.approx === 'exact' && m.low < m.high && m.kind !== 'date';
  if (hi - lo <= eps && rounded(a) && rounded(b)) return 'different';
  return 'compatible';
}

function beyondMagnitudes(magnitude: ValueMention, other: ValueMention): boolean {
  return magnitude.head === 'magnitude' && other.low > MAX_MAGNITUDE;
}
const MAX_MAGNITUDE = 10;

/**
 * One side bounds the very figure the other states, and the bound denies it: strictly on the same
 * number ("under 71 reviews" / "based on 71 reviews"), just short of it ("more than 240 deaths" /
 * "232 deaths"), or the other way from the other side's bound ("under 114,000 cases" / "more than
 * 114,000 cases"). A number that close names the same figure, as a matching verb would.
 */
export function boundExcludesFigure(a: ValueMention, b: ValueMention): boolean {
  return excludedByBound(a, b) || excludedByBound(b, a) || boundMissesNearFigure(a, b) || boundMissesNearFigure(b, a) || opposedBounds(a, b);
}

function opposedBounds(a: ValueMention, b: ValueMention): boolean {
  const bounds = new Set([a.approx, b.approx]);
  return bounds.has('atLeast') && bounds.has('atMost') && (a.strictBound === true || b.strictBound === true) && close(a.value, b.value);
}

/** A bound set just short of the figure ("more than 240 deaths" / "232 deaths"): a writer bounds a figure near its value. */
function boundMissesNearFigure(bound: ValueMention, other: ValueMention): boolean {
  if ((bound.approx !== 'atLeast' && bound.approx !== 'atMost') || other.approx !== 'exact') return false;
  const beyond = bound.approx === 'atLeast' ? other.value < bound.low : other.value > bound.high;
  return beyond && Math.abs(bound.value - other.value) <= NEAR_BOUND * Math.max(Math.abs(bound.value), Math.abs(other.value));
}

const NEAR_BOUND = 0.1;

function excludedByBound(bound: ValueMention, other: ValueMention): boolean {
  // Only against the figure stated exactly: "more than 330,000 homes" and "roughly 330,000 homes"
  // are the same report in two papers' words. A figure written in a large unit or rounded for
  // print covers the figures it was rounded from ("$2.6 million" is $2.55-2.65 million, "killed
  // 230,000" a count of about that), and "over $2.6 million" is among them; a percentage is read
  // as the figure reported.
  return bound.strictBound === true && other.approx === 'exact' && close(bound.value, other.value) && !roundedInItsUnit(other);
}

/**
 * A figure whose notation rounds it ("2.6 million", "$5bn"), or rounded for print ("230,000"):
 * the text commits to an interval around it.
 */
function roundedInItsUnit(value: ValueMention): boolean {
  return value.kind !== 'percent' && (value.low < value.high || roundedForPrint(value.value) || roundLength(value));
}

/**
 * A length in tens of its unit ("30 hours", "20 years"), which news copy writes for about that
 * long: "more than 30 hours of deliberations" is among the "30 hours" of another report. (The
 * value is held in years, so the figure is read from the words.)
 */
function roundLength(value: ValueMention): boolean {
  if (value.kind !== 'duration') return false;
  const figure = /\d+/.exec(value.text)?.[0];
  return figure !== undefined && Number(figure) >= 10 && Number(figure) % 10 === 0;
}

/** Two numbers equal up to the float error of arithmetic on them ("66.9 million" is 66900000.00000001). */
export function close(x: number, y: number): boolean {
  if (x === y) return true;
  return Math.abs(x - y) <= epsilonFor(x, y);
}

function epsilonFor(x: number, y: number): number {
  const scale = Math.max(1, Number.isFinite(x) ? Math.abs(x) : 0, Number.isFinite(y) ? Math.abs(y) : 0);
  return 1e-9 * scale;
}

/**
 * The sentence's values with its wholly relative dates marked vague: those it gives only when read
 * against a day (without one, the value reader does not report them) and that name no month or
 * figure ("today", "on Sunday", "last week"). "In February next year" still names its month.
 */
export function withRelativeDatesVague(sentence: string, values: readonly ValueMention[], tolerance: number | undefined): ValueMention[] {
  const wholly = (v: ValueMention) => v.kind === 'date' && !v.vague && (!NAMED_IN_DATE.test(v.text) || SPAN_AGO.test(v.text));
  if (!values.some(wholly)) return values as ValueMention[];
  const absolute = new Set(extractValues(sentence, { tolerance }).filter((v) => v.kind === 'date').map((v) => `${v.span.start}:${v.span.end}`));
  return values.map((v) => (wholly(v) && !absolute.has(`${v.span.start}:${v.span.end}`) ? { ...v, vague: true } : v));
}

/** A figure or a month name in a date's words. */
const NAMED_IN_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
/** A span back from the day ("6 months ago", "about 10 years ago"): its figure is a length, not a date's. */
const SPAN_AGO = /^(?:\p{L}+\s+)*\d+(?:\.\d+)?\s+(?:days?|weeks?|months?|years?|decades?)\s+ago$/iu;

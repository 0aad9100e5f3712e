/**
 * Values two sentences give alike outright, in whatever frame: the same words after the same
 * word, the same count of the same noun, the very figure or the very date. Such a source value is
 * the claim value's own (`agreedValues`), and a figure given otherwise beside it disputes nothing
 * (`valueSlots.ts`).
 */
import { compareValues, type ValueMention } from '../claims/values';
import type { SentenceFeatures } from './features';

/** A value of the source with the claim value's kind and text, after the same word (a date, read against each article's own day, may differ). */
export function sameMention(claim: SentenceFeatures, a: ValueMention, source: SentenceFeatures, b: ValueMention): boolean {
  return a.kind !== 'date' && !b.vague && b.kind === a.kind && b.text === a.text && wordBefore(claim, a) === wordBefore(source, b);
}

/** The same figure, counting nothing else: of one kind, or an age and a bare number ("aged 15" / "ages 12 and 15"). */
export function sameFigure(a: ValueMention, b: ValueMention): boolean {
  if (b.vague || a.kind === 'date' || a.kind === 'duration') return false;
  // "$334M" and "approximately $334 million" state one figure, the second with leeway.
  const stated = a.value === b.value && STATED.has(a.approx) && STATED.has(b.approx);
  if (!stated && (a.low !== b.low || a.high !== b.high)) return false;
  if (a.kind !== b.kind && !(NUMBERS.has(a.kind) && NUMBERS.has(b.kind))) return false;
  if (a.kind === 'money' && a.unit !== b.unit) return false;
  return a.head === undefined || b.head === undefined || a.head === b.head;
}
const NUMBERS = new Set<ValueMention['kind']>(['quantity', 'age']);
const STATED = new Set<ValueMention['approx']>(['exact', 'about']);

/** The very date, told to the same day, month or year, or within the other ("2001" / "November 2001"). */
export function sameDate(a: ValueMention, b: ValueMention, nested = true): boolean {
  if (a.kind !== 'date' || b.kind !== 'date' || b.vague) return false;
  const relation = compareValues(a, b, 0);
  // "in 2001" and "in November 2001" tell one date, once less closely.
  return relation === 'same' || (nested && relation === 'compatible' && a.approx === 'exact' && b.approx === 'exact' && (within(a, b) || within(b, a)));
}

function within(inner: ValueMention, outer: ValueMention): boolean {
  return outer.low <= inner.low && inner.high <= outer.high;
}

/** A value of the source that counts the same noun as the claim value and agrees with it ("Out of 23 arrested pirates" / "Of the 23 pirates arrested"). */
function sameCount(a: ValueMention, b: ValueMention): boolean {
  if (a.head === undefined || a.head !== b.head || a.kind !== b.kind || a.kind === 'date' || b.vague) return false;
  const relation = compareValues(a, b, 0);
  return relation === 'same' || relation === 'compatible';
}

/**
 * The source values each claim value agrees with outright (the same words, the same count of the
 * same noun, the very figure: "6. 1 magnitude" / "magnitude - 6. 1", or the very date: "on Nov.
 * 1, 2004" / "between Nov. 1, 2004, and Oct. 8, 2008"): such a value is that
 * claim value's, and no other claim value is compared with it ("Four robbers - two dressed as
 * women -" / "four robbers, some in drag": the "two" is not the robbers' count). A value in a
 * clause about another subject (`aside`) is none of the claim's.
 */
export function agreedValues(claim: SentenceFeatures, source: SentenceFeatures, aside: ReadonlySet<ValueMention> | undefined): Map<ValueMention, ValueMention> {
  const owner = new Map<ValueMention, ValueMention>();
  // A date owns one told more or less closely only if the claim tells no date more closely:
  // "Tidewater (2015 film) was released in August" leaves "July 8, 2015" to the August.
  const finest = Math.min(...claim.values.map(closeness));
  for (const a of claim.values) {
    if (a.vague) continue;
    const nested = closeness(a) === finest;
    for (const b of source.values) if (!owner.has(b) && !aside?.has(b) && (sameMention(claim, a, source, b) || sameCount(a, b) || sameFigure(a, b) || sameDate(a, b, nested))) owner.set(b, a);
  }
  return owner;
}

/** How closely a date is told: a day 0, up to a decade; other values never nest. */
function closeness(value: ValueMention): number {
  return value.kind === 'date' && !value.vague ? GRANULARITIES.indexOf(value.granularity ?? 'day') : Infinity;
}
const GRANULARITIES: ReadonlyArray<NonNullable<ValueMention['granularity']>> = ['day', 'week', 'month', 'season', 'year', 'decade'];

function wordBefore(features: SentenceFeatures, value: ValueMention): string {
  const before = features.text.slice(0, value.span.start - features.span.start);
  return /(\S*)\s*$/.exec(before)![1].toLowerCase();
}

/**
 * Values written without a plain numeral: fractions ("two-thirds of 31 members", "half the
 * seats"), ratios ("one in five"), vague amounts ("hundreds of"), occurrence words ("twice"),
 * and durations named by their unit ("a decade", "decade-long", "for months").
 *
 * A share of an unnamed whole ("two-thirds of NATO member states") is reported as a percentage
 * (kind 'percent', unit '%', value 66.67, `share: true`), so that it compares with "67%".
 */
import {
  currencyOfWord, headAfter, readCurrencyBefore, readPercentAfter, readQualifier, skipDeterminers, timeUnit,
} from './values-context';
import { type Candidate, type Qualifier, interval } from './values-model';
import { readNumber, readVague } from './values-numbers';
import { MULTIPLIER_NEXT, type ReadOptions } from './values-quantities';
import { type Token, SKIPPED_MODIFIERS, glued, wordsAt } from './values-tokens';

/** Tries every phrase reader at token `i`; returns the next token index when one matched. */
export function matchPhrase(tokens: readonly Token[], i: number, out: Candidate[], o: ReadOptions): number | undefined {
  const t = tokens[i];
  if (t.type === 'sym') return undefined;
  return vague(tokens, i, out) ?? fraction(tokens, i, out, o) ?? ratio(tokens, i, out) ??
    occurrenceWord(tokens, i, out, o) ?? unitDuration(tokens, i, out, o);
}

function vague(tokens: readonly Token[], i: number, out: Candidate[]): number | undefined {
  const v = readVague(tokens, i);
  if (!v) return undefined;
  // "millions of dollars" is money; "hundreds of soldiers" a quantity of soldiers.
  const currency = currencyOfWord(tokens[v.end]?.lower);
  const head = currency ? undefined : headAfter(tokens, v.end, false);
  const lastWord = tokens[v.end - 1].lower === 'of' ? v.end - 2 : v.end - 1;
  out.push({
    kind: currency ? 'money' : 'quantity', start: tokens[i].start, end: tokens[currency ? v.end : lastWord].end,
    low: v.low, high: v.high, value: v.low, approx: 'range', unit: currency ?? head, head, vague: true,
  });
  return currency ? v.end + 1 : v.end;
}

const DENOMINATORS = new Map<string, [number, boolean]>([
  ['half', [2, false]], ['halves', [2, true]], ['third', [3, false]], ['thirds', [3, true]], ['quarter', [4, false]],
  ['quarters', [4, true]], ['fifth', [5, false]], ['fifths', [5, true]], ['sixth', [6, false]], ['sixths', [6, true]],
  ['seventh', [7, false]], ['sevenths', [7, true]], ['eighth', [8, false]], ['eighths', [8, true]],
  ['ninth', [9, false]], ['ninths', [9, true]], ['tenth', [10, false]], ['tenths', [10, true]],
]);
const NUMERATORS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9],
]);
const HALF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'these', 'those']);

/** "two-thirds", "a third of", "half of", "three quarters": the fraction and where it ends. */
function readFraction(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const w = tokens[i].lower;
  if (w === 'half') {
    const next = tokens[i + 1]?.lower ?? '';
    const prev = tokens[i - 1]?.lower;
    // "the second half of 2023" is a date; "half a million" a number; "half-hour" a compound.
    if (prev === 'first' || prev === 'second' || glued(tokens[i], tokens[i + 1])) return undefined;
    const ofUnit = (next === 'a' || next === 'an') && readPercentAfter(tokens, i + 2) !== undefined;
    return next === 'of' || HALF_DETERMINERS.has(next) || ofUnit ? { value: 0.5, end: i + 1 } : undefined;
  }
  const numerator = NUMERATORS.get(w);
  if (numerator === undefined) return undefined;
  const hyphen = tokens[i + 1]?.text === '-' && glued(tokens[i], tokens[i + 1]) && glued(tokens[i + 1], tokens[i + 2]);
  const at = hyphen ? i + 2 : i + 1;
  const den = DENOMINATORS.get(tokens[at]?.lower ?? '');
  if (!den || den[1] !== numerator > 1 || numerator >= den[0]) return undefined;
  // "a third term" is an ordinal; a singular fraction without a hyphen needs "of".
  if (!den[1] && !hyphen && tokens[at + 1]?.lower !== 'of') return undefined;
  return { value: numerator / den[0], end: at + 1 };
}

function fraction(tokens: readonly Token[], i: number, out: Candidate[], o: ReadOptions): number | undefined {
  const f = readFraction(tokens, i);
  if (!f) return undefined;
  const q = readQualifier(tokens, i);
  const start = tokens[q.start].start;
  const hasOf = tokens[f.end]?.lower === 'of';
  let at = skipDeterminers(tokens, hasOf ? f.end + 1 : f.end);
  // "half a percentage point", "a quarter of a percentage point": a share of the unit itself.
  const ofUnit = readPercentAfter(tokens, tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an' ? at + 1 : at);
  if (ofUnit) {
    const value = f.value * (ofUnit.scale ?? 1);
    const r = interval(value, q.qualifier, { tolerance: o.tolerance, wholeUnits: false, precision: 0, strict: q.strict });
    out.push({ kind: 'percent', start, end: tokens[ofUnit.end - 1].end, ...r, value, unit: ofUnit.unit });
    return ofUnit.end;
  }
  // "half of the $10 million": a currency sign (possibly "US$") may open the base.
  let currency = readCurrencyBefore(tokens, at + 1);
  if (currency) at += 1;
  else {
    currency = readCurrencyBefore(tokens, at + 2);
    if (currency && currency.start === at) at += 2;
    else currency = undefined;
  }
  const base = hasOf || tokens[i].lower === 'half' ? readNumber(tokens, at) : undefined;
  if (base && !base.ordinal && !base.yearLike && !base.decade) {
    // "two-thirds of 31 members": a number of members; the base stays a mention of its own.
    const percent = readPercentAfter(tokens, base.end);
    const head = percent ? undefined : headAfter(tokens, base.end, false);
    const value = f.value * base.value;
    const exact = q.qualifier === 'exact' && Number.isInteger(value) && base.precision === 0;
    const qualifier: Qualifier = exact ? 'exact' : q.qualifier === 'exact' ? 'about' : q.qualifier;
    const r = interval(value, qualifier, { tolerance: o.tolerance, wholeUnits: !percent && !currency, precision: base.precision * f.value, strict: q.strict });
    const kind = percent ? 'percent' : currency ? 'money' : 'quantity';
    const unit = percent ? percent.unit : currency ? currency.code : head;
    out.push({ kind, start, end: tokens[base.end - 1].end, ...r, value, unit, head, nests: true });
    return at;
  }
  const head = headAfter(tokens, hasOf ? skipDeterminers(tokens, f.end + 1) : f.end, true);
  const r = interval(f.value * 100, q.qualifier, { tolerance: o.tolerance, wholeUnits: false, precision: 0, strict: q.strict });
  // A share cannot pass the whole: "more than two-thirds" stops at 100 %.
  out.push({ kind: 'percent', start, end: tokens[f.end - 1].end, ...r, high: Math.min(r.high, 100), value: f.value * 100, unit: '%', head, share: true });
  return f.end;
}

/**
 * "one in five adults", "1 in 10", "one out of every three": a share. "78 out of 100" is a
 * percentage in words (a score on a scale of 100); "20 out of 31 members" stays two counts.
 */
function ratio(tokens: readonly Token[], i: number, out: Candidate[]): number | undefined {
  const t = tokens[i];
  if (t.type !== 'num' && !NUMERATORS.has(t.lower)) return undefined;
  const a = readNumber(tokens, i);
  if (!a || a.ordinal || a.scaled) return undefined;
  let k = a.end;
  let ofHundred = false;
  if (tokens[k]?.lower === 'in') k++;
  else if (wordsAt(tokens, k, ['out', 'of', 'every'])) k += 2;
  else if (wordsAt(tokens, k, ['out', 'of'])) [k, ofHundred] = [k + 2, true];
  else return undefined;
  if (tokens[k]?.lower === 'every') k++;
  const b = readNumber(tokens, k);
  if (ofHundred && b?.value !== 100) return undefined;
  if (!b || b.ordinal || b.yearLike || b.scaled || b.decade || !Number.isInteger(a.value) || !Number.isInteger(b.value) || !(b.value > a.value) || a.value < 1) return undefined;
  const value = (100 * a.value) / b.value;
  out.push({
    kind: 'percent', start: t.start, end: tokens[b.end - 1].end, low: value, high: value, value, approx: 'exact', unit: '%',
    head: headAfter(tokens, b.end, false), share: true,
  });
  return b.end;
}

const ONCE_CUES = [['only'], ['just'], ['exactly'], ['than'], ['least'], ['more', 'than']];

/** "twice", "thrice", "only once": counts of occurrences; "twice as many" is a multiplier. */
function occurrenceWord(tokens: readonly Token[], i: number, out: Candidate[], o: ReadOptions): number | undefined {
  const w = tokens[i].lower;
  const value = w === 'twice' ? 2 : w === 'thrice' ? 3 : w === 'once' ? 1 : 0;
  if (value === 0) return undefined;
  if (MULTIPLIER_NEXT.has(tokens[i + 1]?.lower ?? '')) return i + 1;
  if (value === 1 && !ONCE_CUES.some((cue) => wordsAt(tokens, i - cue.length, cue))) return i + 1;
  const q = readQualifier(tokens, i);
  const r = interval(value, q.qualifier, { tolerance: o.tolerance, wholeUnits: true, precision: 0, strict: q.strict });
  out.push({ kind: 'count', start: tokens[q.start].start, end: tokens[i].end, ...r, value, head: 'time' });
  return i + 1;
}

// Words before "a year" or "months" that make them a length of time, not a rate ("twice a year").
const DURATION_CUES = new Set([
  'for', 'over', 'after', 'within', 'nearly', 'almost', 'about', 'around', 'than', 'least', 'lasting', 'spanning',
  'spent', 'served', 'took', 'takes', 'roughly', 'some', 'barely', 'just', 'only', 'entire', 'whole', 'past',
]);
const VAGUE_CUES = new Set(['for', 'over', 'after', 'within', 'in', 'lasting', 'spanning', 'many', 'several', 'few']);

/** "a decade", "half a century", "decade-long", "for months", "years of talks". */
function unitDuration(tokens: readonly Token[], i: number, out: Candidate[], o: ReadOptions): number | undefined {
  const w = tokens[i].lower;
  const article = w === 'a' || w === 'an';
  const halfA = w === 'half' && tokens[i + 1]?.lower === 'a';
  let unitAt = article ? i + 1 : halfA ? i + 2 : i;
  // "for an additional year", "a full decade": modifiers between the article and the unit.
  if (article && SKIPPED_MODIFIERS.has(tokens[unitAt]?.lower ?? '')) unitAt++;
  const unit = timeUnit(tokens[unitAt]?.lower);
  if (!unit || tokens[unitAt + 1]?.lower === 'ago') return undefined;
  let end = unitAt + 1;
  const long = tokens[end]?.text === '-' && glued(tokens[end - 1], tokens[end]) && tokens[end + 1]?.lower === 'long';
  if (long) end += 2;
  const prev = tokens[i - 1]?.lower ?? '';
  if (unit.plural) {
    if (article || halfA || !(long || VAGUE_CUES.has(prev) || (tokens[end]?.lower === 'of' && tokens[end + 1]?.lower !== 'age'))) return undefined;
    // "for months": at least two of the unit, with no upper bound; "a few years" two to five.
    const few = prev === 'few';
    const start = prev === 'many' || prev === 'several' || few ? tokens[i - (tokens[i - 2]?.lower === 'a' && few ? 2 : 1)].start : tokens[i].start;
    out.push({
      kind: 'duration', start, end: tokens[end - 1].end, low: 2 * unit.years, high: few ? 5 * unit.years : Infinity,
      value: 2 * unit.years, approx: few ? 'range' : 'atLeast', unit: 'year', sourceUnit: unit.name, vague: true,
      head: long ? headAfter(tokens, end, true) : undefined,
    });
    return end;
  }
  if (!article && !halfA && !long) return undefined;
  // "a decade" stands alone; "a year" is a duration only after a cue ("for a year", not "twice a year").
  if (article && !long && unit.name !== 'decade' && unit.name !== 'century' && !DURATION_CUES.has(prev)) return undefined;
  if (prev === 'once' || prev === 'twice' || prev === 'times' || prev === 'per' || tokens[i - 1]?.type === 'num') return undefined;
  let count = halfA ? 0.5 : 1;
  if (!long && wordsAt(tokens, end, ['and', 'a', 'half'])) {
    count += 0.5;
    end += 3;
  }
  const q = readQualifier(tokens, i);
  // Widen "about a decade" by the tolerance (a year), not by a whole decade.
  const r = interval(count, q.qualifier, { tolerance: o.tolerance, wholeUnits: false, precision: 0, strict: q.strict });
  out.push({
    kind: 'duration', start: tokens[q.start].start, end: tokens[end - 1].end, low: r.low * unit.years, high: r.high * unit.years,
    value: count * unit.years, approx: r.approx, unit: 'year', sourceUnit: unit.name, head: long ? headAfter(tokens, end, true) : undefined,
  });
  return end;
}

/**
 * Classifies a number written with digits or number words by its neighbours: a percentage,
 * money, a duration, an age, a count of occurrences, an ordinal, a year, or a plain quantity of
 * some noun. Phrases without a numeral ("two-thirds of", "a decade", "twice") are read in
 * `values-phrases.ts`.
 */
import { dateCandidate, epochDay, yearRange } from './values-calendar';
import {
  type QualifierRead, hasAgeCue, headAfter, readCurrencyAfter, readCurrencyBefore, readPercentAfter, readQualifier,
  deniedAt, isUnitOfMeasure, skipDeterminers, timeUnit,
} from './values-context';
import { type Candidate, type Qualifier, interval } from './values-model';
import { type NumberRead, ORDINAL_WORDS, isNumberWord, readNumber } from './values-numbers';
import { bareAfter, coordinatedBefore, gappedHead, headOfNextInList, moneyMeasure, quantityHead } from './values-heads';
import { isClockOrCode, isIdentifier, labelRangeEnd, magnitudeBefore, namesAKind, rankMarkerAt } from './values-labels';
import { type Token, SKIPPED_MODIFIERS, glued, isCapitalized, isPluralNoun, singular, wordsAt } from './values-tokens';

/** Settings shared by the number readers. */
export interface ReadOptions {
  readonly tolerance: number;
}

// After these words a four-digit number is a year even when a plural noun follows ("in 2000
// homes" is read as a year, the likelier meaning in news). Weaker cues such as "the", "of" or
// "by" are left to the plural test ("a total of 1500 troops", "won by 2000 votes").
const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'during', 'before', 'after', 'through', 'circa', 'c', 'early', 'mid', 'late',
  'spring', 'summer', 'autumn', 'fall', 'winter',
]);
// Plural nouns that follow a year as its modifier ("the 2022 elections"), not as what it counts.
const YEAR_EVENT_NOUNS = new Set([
  'elections', 'games', 'olympics', 'championships', 'finals', 'talks', 'protests', 'riots', 'floods',
  'attacks', 'accords', 'negotiations', 'polls', 'midterms', 'results', 'figures', 'accounts', 'budgets',
  'forecasts', 'sanctions', 'agreements', 'summits', 'reforms', 'rules', 'guidelines', 'levels', 'prices',
]);
// A word after "N times" that makes it a multiplier ("three times as many") or a rate ("twice a year").
export const MULTIPLIER_NEXT = new Set([
  'as', 'more', 'less', 'fewer', 'larger', 'bigger', 'higher', 'greater', 'lower', 'smaller', 'longer',
  'faster', 'the', 'that', 'what', 'a', 'an', 'per', 'each', 'every', 'its', 'their', 'his', 'her', 'than',
  'weekly', 'daily', 'monthly', 'yearly', 'annually', 'over', 'cheaper', 'wider', 'stronger',
]);
const ORDINAL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'every']);
// Before "from X to Y" these words describe a change between two values, not a range of one.
const CHANGE_WORDS = new Set([
  'rose', 'rise', 'risen', 'rising', 'rises', 'grew', 'grow', 'grown', 'growing', 'grows', 'fell', 'fall',
  'fallen', 'falling', 'falls', 'dropped', 'drop', 'drops', 'dropping', 'increased', 'increase', 'increases',
  'decreased', 'decrease', 'climbed', 'climb', 'jumped', 'jump', 'expanded', 'expand', 'expanding', 'shrank',
  'shrunk', 'shrink', 'cut', 'raised', 'raise', 'reduced', 'reduce', 'lowered', 'boosted', 'soared', 'plunged',
  'slipped', 'edged', 'went', 'gone', 'moved', 'swelled', 'declined', 'surged', 'slid', 'doubled', 'up', 'down',
  'widened', 'narrowed', 'changed', 'revised', 'upgraded', 'downgraded',
]);

// Words before "one" that make it a pronoun ("no one came", "every one of them").
const PRONOUN_ONE_BEFORE = new Set(['no', 'any', 'every', 'each', 'the', 'that', 'this', 'which', 'someone', 'anyone', 'such']);

/**
 * "one of Blackmore's wives", "placed one of its running backs on the list": "one of" picks a
 * member of a group, it does not count the group ("19 wives", "its top two running backs"). Only
 * a word that makes it a count ("only one of the 40 councillors") keeps it a figure.
 */
function picksOneOf(tokens: readonly Token[], i: number, end: number): boolean {
  return tokens[end]?.lower === 'of' && !ONE_OF_COUNTED_AFTER.has(tokens[i - 1]?.lower ?? '');
}
const ONE_OF_COUNTED_AFTER = new Set(['only', 'just', 'exactly', 'even', 'but']);

/** Reads the number at token `i` and pushes its candidate; returns the next token index. */
export function matchNumber(tokens: readonly Token[], i: number, out: Candidate[], o: ReadOptions): number | undefined {
  const t = tokens[i];
  if (t.type === 'sym') return undefined;
  if (t.type === 'word' && !(isNumberWord(t.lower) || ORDINAL_WORDS.has(t.lower) || t.lower === 'a' || t.lower === 'an' || t.lower === 'half')) return undefined;
  const n = readNumber(tokens, i);
  if (!n) return t.type === 'num' ? i + 1 : undefined;
  const rank = rankMarkerAt(tokens, i, n.end);
  if (rank >= 0 && Number.isInteger(n.value) && !n.ordinal) {
    out.push({ kind: 'ordinal', start: tokens[rank].start, end: tokens[n.end - 1].end, low: n.value, high: n.value, value: n.value, approx: 'exact' });
    return n.end;
  }
  if (t.type === 'num' && isIdentifier(tokens, i, n.end, n.scaled)) return labelRangeEnd(tokens, n.end);
  if (t.type === 'num' && isClockOrCode(tokens, i, n.end)) return n.end;
  if (n.ordinal) return ordinalOrCount(tokens, i, n, out);
  if (n.decade) return decadeOfLife(tokens, i, n, out);
  return cardinal(tokens, i, n, out, o);
}

/**
 * A bound written after its number ("80 or more yards", "five or fewer", "three-plus seasons",
 * "20+ years"): the qualifier, not strict ("80 or more" takes in 80), and the index after it;
 * "30 or so" is about 30.
 */
function readTrailingBound(tokens: readonly Token[], end: number): { qualifier: Qualifier; end: number } | undefined {
  if (tokens[end]?.text === '+' && glued(tokens[end - 1], tokens[end]) && !(tokens[end + 1]?.type === 'num' && glued(tokens[end], tokens[end + 1]))) return { qualifier: 'atLeast', end: end + 1 };
  if (tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'plus') return { qualifier: 'atLeast', end: end + 2 };
  if (tokens[end]?.lower !== 'or') return undefined;
  const word = tokens[end + 1]?.lower ?? '';
  const qualifier = AT_LEAST_AFTER.has(word) ? 'atLeast' : AT_MOST_AFTER.has(word) ? 'atMost' : word === 'so' ? 'about' : undefined;
  return qualifier && { qualifier, end: end + 2 };
}
const AT_LEAST_AFTER = new Set(['more', 'greater', 'higher', 'above', 'over', 'longer', 'larger']);
const AT_MOST_AFTER = new Set(['fewer', 'less', 'lower', 'below', 'under', 'shorter', 'smaller']);


function ordinalOrCount(tokens: readonly Token[], i: number, n: NumberRead, out: Candidate[]): number {
  let k = n.end;
  while (k < tokens.length && SKIPPED_MODIFIERS.has(tokens[k].lower)) k++;
  const start = tokens[i].start;
  if (tokens[k]?.lower === 'time') {
    // "for a fourth time", "the 10th consecutive time": how often something happened. "Not the
    // first time" says it happened before: at least once more.
    if (n.value === 1 && deniedAt(tokens[i - 2]?.lower ?? '') && tokens[i - 1]?.lower === 'the') {
      out.push({ kind: 'count', start, end: tokens[k].end, low: 2, high: Infinity, value: 2, approx: 'atLeast', head: 'time' });
    } else {
      out.push({ kind: 'count', start, end: tokens[k].end, low: n.value, high: n.value, value: n.value, approx: 'exact', head: 'time' });
    }
    return k + 1;
  }
  // "the 8th of June" is a date, read by chrono; "their first two drives" counts the drives, it
  // ranks none of them.
  const afterOf = tokens[n.end]?.lower === 'of' ? tokens[n.end + 1] : undefined;
  if ((afterOf !== undefined && isCapitalized(afterOf)) || (n.words && cardinalAt(tokens, n.end))) return n.end;
  const prev = tokens[i - 1]?.lower ?? '';
  const determined = ORDINAL_DETERMINERS.has(prev) || /['’]s$/.test(prev);
  const head = headAfter(tokens, n.end, true, true);
  // "First, ..." and "a second" are not ordinals of anything; "first"/"second" need a determiner and a noun.
  if (n.words && (n.value <= 2 ? !(determined && head) : !determined && !head)) return n.end;
  out.push({ kind: 'ordinal', start, end: tokens[n.end - 1].end, low: n.value, high: n.value, value: n.value, approx: 'exact', head });
  return n.end;
}

/** A cardinal number starts at token `k` ("two" of "the first two drives"). */
function cardinalAt(tokens: readonly Token[], k: number): boolean {
  const n = readNumber(tokens, k);
  return n !== undefined && !n.ordinal;
}

/** "in his 50s", "in her early 60s": an age range; other glued-s decades are dates. */
function decadeOfLife(tokens: readonly Token[], i: number, n: NumberRead, out: Candidate[]): number {
  const part = tokens[i - 1]?.lower;
  const hasPart = part === 'early' || part === 'mid' || part === 'late';
  const owner = tokens[i - (hasPart ? 2 : 1)]?.lower;
  if (n.value < 10 || n.value > 90 || n.value % 10 !== 0 || !(owner === 'his' || owner === 'her' || owner === 'their')) return n.end;
  const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
  const start = tokens[hasPart ? i - 1 : i].start;
  out.push({ kind: 'age', start, end: tokens[n.end - 1].end, low: n.value + from, high: n.value + to, value: n.value + (from + to) / 2, approx: 'range', unit: 'year' });
  return n.end;
}

interface RangeRead {
  readonly low: number;
  readonly high: number;
  readonly precision: number;
  readonly second: NumberRead;
  readonly years: boolean;
}

/** "10 to 15", "between 20 and 30", "5-10 million", "two or three", "2019-2021", "2023-24". */
function readRange(tokens: readonly Token[], i: number, n: NumberRead, opener: string | undefined, openerAt: number): RangeRead | undefined {
  // "a 24- to 30-foot dhow": the first number's hyphen waits for the unit after the second.
  const at = tokens[n.end]?.text === '-' && glued(tokens[n.end - 1], tokens[n.end]) && tokens[n.end + 1]?.lower === 'to' ? n.end + 1 : n.end;
  const conn = tokens[at]?.lower;
  const dash = conn === '-' || conn === '–' || conn === '—';
  if (!(conn === 'to' || conn === 'or' || dash || (conn === 'and' && opener === 'between'))) return undefined;
  if (opener === 'from' && CHANGE_WORDS.has(tokens[openerAt - 1]?.lower ?? '')) return undefined;
  const k = skipCurrency(tokens, at + 1);
  const second = readNumber(tokens, k);
  if (!second || second.ordinal || second.decade) return undefined;
  if (dash && (tokens[i].type !== 'num' || tokens[k].type !== 'num')) return undefined;
  const shortYear = dash && n.yearLike && tokens[k].text.length === 2 && glued(tokens[n.end], tokens[k]);
  if (n.yearLike && (second.yearLike || shortYear)) {
    const last = shortYear ? n.value - (n.value % 100) + second.value : second.value;
    return last > n.value ? { low: n.value, high: last, precision: 0, second, years: true } : undefined;
  }
  const low = n.scaled || !second.scaled ? n.value : n.value * second.scale;
  if (!(second.value > low)) return undefined;
  return { low, high: second.value, precision: Math.max(n.precision, second.precision), second, years: false };
}

/**
 * "Over six full seasons, his line reads ...", "Over 10 years, the firm grew": "over" opening the
 * sentence before a count of spells that a comma closes spans them; it bounds nothing.
 */
function acrossSpell(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[first - 1]?.lower !== 'over' || (first > 1 && tokens[first - 2].type !== 'sym')) return false;
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    if (SPELL_WORDS.has(tokens[k].lower)) return tokens[k + 1]?.text === ',';
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}
const SPELL_WORDS = new Set(['seasons', 'years', 'months', 'weeks', 'days', 'decades', 'games', 'matches', 'races', 'starts', 'campaigns']);

/** Index after a currency sign ("$", "US$") at `k`, for the second number of a range. */
function skipCurrency(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined) return k;
  if (readCurrencyBefore(tokens, k + 1)) return k + 1;
  if (t.type === 'word' && tokens[k + 1]?.text === '$' && glued(t, tokens[k + 1])) return k + 2;
  return k;
}

function cardinal(tokens: readonly Token[], i: number, n: NumberRead, out: Candidate[], o: ReadOptions): number {
  const currencyBefore = readCurrencyBefore(tokens, i);
  const first = currencyBefore ? currencyBefore.start : i;
  const before = acrossSpell(tokens, first, n.end) ? { qualifier: 'exact' as const, strict: false, start: first } : readQualifier(tokens, first);
  const opener = tokens[before.start - 1]?.lower;
  const range = readRange(tokens, i, n, opener, before.start - 1);
  const rangeStart = range && (opener === 'between' || opener === 'from') ? before.start - 1 : before.start;
  const trailing = range || before.qualifier !== 'exact' ? undefined : readTrailingBound(tokens, n.end);
  const q = trailing ? { qualifier: trailing.qualifier, strict: false, start: before.start } : before;
  const end = range ? range.second.end : trailing?.end ?? n.end;
  const start = tokens[range ? rangeStart : q.start].start;
  const push = (c: Omit<Candidate, 'start'>) => out.push({ ...c, start });
  // Counts are discrete ("more than 30 members" starts at 31); durations are not.
  const pick = (unitPrecision: number, wholeUnits: boolean, factor = 1, discrete = wholeUnits && factor === 1) =>
    valueInterval(n, range, q, unitPrecision, wholeUnits, o.tolerance, factor, discrete);

  if (range?.years) {
    const [low] = yearRange(range.low);
    const [, high] = yearRange(range.high);
    out.push(dateCandidate(start, tokens[end - 1].end, low, high, 'year', 'range'));
    return end;
  }
  const percent = readPercentAfter(tokens, end);
  if (percent) {
    const of = tokens[percent.end]?.lower === 'of' ? skipDeterminers(tokens, percent.end + 1) : -1;
    const head = of >= 0 ? headAfter(tokens, of, true) : undefined;
    push({ kind: 'percent', end: tokens[percent.end - 1].end, unit: percent.unit, head, ...pick(n.scaled ? n.precision : 0.5 * 10 ** -n.decimals, false, percent.scale) });
    return percent.end;
  }
  const currencyAfter = currencyBefore ? undefined : readCurrencyAfter(tokens, end);
  const currency = currencyBefore?.code ?? currencyAfter?.code;
  if (currency) {
    const moneyEnd = currencyAfter?.end ?? end;
    push({ kind: 'money', end: tokens[moneyEnd - 1].end, unit: currency, head: headAfter(tokens, moneyEnd, true) ?? moneyMeasure(tokens, q.start, moneyEnd), ...pick(n.precision, false) });
    return moneyEnd;
  }
  if (n.gluedUnit) {
    push({ kind: 'quantity', end: tokens[end - 1].end, unit: n.gluedUnit, head: n.gluedUnit, ...pick(n.precision, true) });
    return end;
  }
  const compound = tokens[end]?.text === '-' && ((glued(tokens[end - 1], tokens[end]) && glued(tokens[end], tokens[end + 1])) || spacedCompound(tokens, end)) ? tokens[end + 1] : undefined;
  if (compound?.type === 'word') return hyphenCompound(tokens, end, compound, push, pick, n.precision);
  const unit = timeUnit(tokens[end]?.lower);
  if (unit) {
    const after = tokens[end + 1]?.lower;
    if (after === 'ago') return end + 2; // A date, read by the date reader.
    if (after === 'old' || wordsAt(tokens, end + 1, ['of', 'age'])) {
      const ageEnd = after === 'old' ? end + 2 : end + 3;
      push({ kind: 'age', end: tokens[ageEnd - 1].end, unit: 'year', ...pick(0, true) });
      return ageEnd;
    }
    if (overAsDuring(tokens, q, first)) {
      // The span is the figure alone: "over" is the time something happened in, not a bound.
      const exact: QualifierRead = { qualifier: 'exact', strict: false, start: first };
      out.push({ kind: 'duration', start: tokens[first].start, end: tokens[end].end, unit: 'year', sourceUnit: unit.name, ...valueInterval(n, range, exact, 0, true, o.tolerance, unit.years, false) });
      return end + 1;
    }
    push({ kind: 'duration', end: tokens[end].end, unit: 'year', sourceUnit: unit.name, ...pick(n.precision, true, unit.years, false) });
    return end + 1;
  }
  // Occurrences are whole: "2.5 times" can only be a multiplier.
  if (tokens[end]?.lower === 'times' && Number.isInteger(n.value) && !MULTIPLIER_NEXT.has(tokens[end + 1]?.lower ?? '')) {
    push({ kind: 'count', end: tokens[end].end, head: 'time', ...pick(0, true) });
    return end + 1;
  }
  if (tokens[end]?.lower === 'times') return end + 1;
  if (n.yearLike && isYear(tokens, n, q)) {
    const [low, high] = q.qualifier === 'about' ? yearRange(n.value - 1, n.value + 1) : yearRange(n.value);
    const year = dateCandidate(start, tokens[n.end - 1].end, low, high, 'year', q.qualifier === 'about' ? 'about' : 'exact');
    out.push({ ...year, value: epochDay(n.value, 1, 1) });
    return n.end;
  }
  const stop = tokens[end - 1].end;
  const partner = coordinatedBefore(tokens, q.start, out);
  if (hasAgeCue(tokens, q.start) || (range && hasAgeCue(tokens, rangeStart)) || (!range && isAppositiveAge(tokens, i, n)) || (partner?.kind === 'age' && bareAfter(tokens, end))) {
    push({ kind: 'age', end: stop, unit: 'year', ...pick(0, true) });
    return end;
  }
  const counted = quantityHead(tokens, end, n.value === 1 && !range) ?? headOfNextInList(tokens, end);
  // "the magnitude of 300 deaths" counts deaths; "a 6.1 magnitude quake hits" does not count hits.
  const namedBefore = magnitudeBefore(tokens, q.start);
  if (tokens[end]?.lower === 'magnitude' || (tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'magnitude') || counted === 'magnitude' || namedBefore === 'named' ||
    (counted === undefined && (namedBefore === 'of' || wordsAt(tokens, end, ['on', 'the', 'richter'])))) {
    push({ kind: 'quantity', end: stop, unit: 'magnitude', head: 'magnitude', ...pick(n.precision, false) });
    return end;
  }
  const head = counted ?? gappedHead(tokens, q.start, end, out);
  // "one" is mostly a pronoun ("one of them", "no one", "the one who"): keep it only before a noun.
  if (n.words && n.value === 1 && !range && n.end - i === 1 && (head === undefined || PRONOUN_ONE_BEFORE.has(tokens[i - 1]?.lower ?? '') || picksOneOf(tokens, i, end))) return end;
  push({ kind: 'quantity', end: stop, unit: head, head, ...pick(n.precision, true) });
  return end;
}

type Push = (c: Omit<Candidate, 'start'>) => void;
type PickInterval = (unitPrecision: number, wholeUnits: boolean, factor?: number, discrete?: boolean) => Pick<Candidate, 'low' | 'high' | 'value' | 'approx'>;

/**
 * Words after which "over" before a duration bounds it ("lasted over two weeks", "held for over
 * 24 hours", "has been over a year"). Elsewhere, after a noun or a verb of what happened
 * ("rainfall over 24 hours reached 281 mm", "heard evidence over 13 weeks"), "over" is the time
 * it happened in, and the duration is exact.
 */
const BOUNDING_BEFORE_OVER = new Set([
  'for', 'in', 'after', 'within', 'of', 'than', 'be', 'been', 'is', 'are', 'was', 'were', 'being',
  'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taken', 'taking', 'spend', 'spends', 'spent', 'spending',
  'wait', 'waits', 'waited', 'waiting', 'serve', 'serves', 'served', 'serving', 'run', 'runs', 'ran', 'running',
  'span', 'spans', 'spanned', 'spanning', 'stretch', 'stretches', 'stretched', 'live', 'lived', 'aged',
]);

function overAsDuring(tokens: readonly Token[], q: QualifierRead, first: number): boolean {
  if (q.start + 1 !== first || tokens[q.start].lower !== 'over') return false;
  const before = tokens[q.start - 1];
  return before === undefined || (before.type === 'word' && !BOUNDING_BEFORE_OVER.has(before.lower));
}

/**
 * Tokenised copy writes a compound's hyphens apart ("a 40 - year - old", "the 13 - inch model"),
 * where a hyphen between spaces is as often a dash ("killed 30 - most of them children", "Robyn
 * Mendes, 48 - an ex-girlfriend"): only a unit of time or of measure after it makes a compound,
 * or a word that never opens a clause after a dash ("a 5. 9 - magnitude quake", "a 6. 7 -
 * strength quake", "a 31 - member alliance", "a .50 - caliber rifle").
 */
const SPACED_COMPOUND_UNITS = new Set([
  'inch', 'foot', 'yard', 'mile', 'metre', 'meter', 'point', 'acre',
  'magnitude', 'strength', 'strong', 'caliber', 'calibre', 'gauge', 'member', 'seat',
]);

function spacedCompound(tokens: readonly Token[], end: number): boolean {
  const word = tokens[end + 1];
  if (word?.type !== 'word') return false;
  const unit = timeUnit(word.lower);
  return (unit !== undefined && !unit.plural) || SPACED_COMPOUND_UNITS.has(word.lower);
}

/** "ten-year term", "57-year-old", "31-member alliance", "a 5,000-strong force". */
/** `precision`: the number's own ("a 4-1/2-month term" is told to the half month). */
function hyphenCompound(tokens: readonly Token[], end: number, word: Token, push: Push, pick: PickInterval, precision: number): number {
  const unit = timeUnit(word.lower);
  if (unit && !unit.plural) {
    // "a 12-year-old girl", and "the 11 - year old girl" with its second hyphen left out.
    const oldAt = tokens[end + 2]?.text === '-' ? end + 3 : end + 2;
    const old = tokens[oldAt]?.lower;
    if (old === 'old' || old === 'olds') {
      push({ kind: 'age', end: tokens[oldAt].end, unit: 'year', head: old === 'old' && tokens[oldAt + 1]?.text === tokens[oldAt + 1]?.lower ? headAfter(tokens, oldAt + 1, true) : undefined, ...pick(0, true) });
      return oldAt + 1;
    }
    let k = end + 2;
    if (tokens[k]?.text === '-' && tokens[k + 1]?.lower === 'long') k += 2;
    push({ kind: 'duration', end: tokens[k - 1].end, unit: 'year', sourceUnit: unit.name, head: headAfter(tokens, k, true), ...pick(precision, true, unit.years, false) });
    return k;
  }
  if (word.lower === 'fold' || isNumberWord(word.lower) || namesAKind(word.lower)) return end + 2;
  if (word.lower === 'strong') {
    const head = headAfter(tokens, end + 2, true);
    push({ kind: 'quantity', end: word.end, unit: head, head, ...pick(0, true) });
    return end + 2;
  }
  if (isCapitalized(word)) return end + 2; // "2024-Sweden": not a unit.
  // "a one-sided fight", "a two-pronged attack", "left-handed": an adjective, not a count ("a 40-bed
  // ward" and "a 10-speed bike" still are).
  if (word.lower.length >= 5 && word.lower.endsWith('ed') && !word.lower.endsWith('eed')) return end + 2;
  const noun = singular(word.lower);
  // "a 41-yard touchdown pass", "a 45-yard field goal": the measure of the thing named after it,
  // not a total of its unit ("364 yards"); "the 7-yard line" is a place on the field. A quake's
  // magnitude is its own head, as in every other way of writing it ("a magnitude of 6.1", "a 6.1
  // magnitude quake"), so that "a 5.9-magnitude quake" and "a magnitude of 6.1" are compared.
  const measured = noun !== 'magnitude' && isUnitOfMeasure(noun) ? headAfter(tokens, end + 2, true) : undefined;
  push({ kind: 'quantity', end: word.end, unit: noun, head: measured ?? noun, ...(measured === 'line' ? { vague: true } : {}), ...pick(0, true) });
  return end + 2;
}

function isYear(tokens: readonly Token[], n: NumberRead, q: QualifierRead): boolean {
  if (q.qualifier !== 'exact' && q.qualifier !== 'about') return false; // "more than 2000 people"
  if (DATE_PREPOSITIONS.has(tokens[q.start - 1]?.lower ?? '')) return true;
  const next = tokens[n.end];
  return !(next?.type === 'word' && !isCapitalized(next) && isPluralNoun(next.lower) && !YEAR_EVENT_NOUNS.has(next.lower));
}

/** "John Smith, 57, said": the news convention for a person's age. */
function isAppositiveAge(tokens: readonly Token[], i: number, n: NumberRead): boolean {
  const name = tokens[i - 2];
  const close = tokens[n.end]?.text;
  return !n.words && Number.isInteger(n.value) && n.value >= 1 && n.value <= 120 && tokens[i - 1]?.text === ',' &&
    name !== undefined && isCapitalized(name) && (close === ',' || close === ')' || close === '.');
}

function valueInterval(
  n: NumberRead, range: RangeRead | undefined, q: QualifierRead, unitPrecision: number, wholeUnits: boolean,
  tolerance: number, factor: number, discrete: boolean,
): Pick<Candidate, 'low' | 'high' | 'value' | 'approx' | 'strictBound'> {
  if (range) {
    const p = Math.max(unitPrecision, range.precision);
    return { low: (range.low - p) * factor, high: (range.high + p) * factor, value: ((range.low + range.high) / 2) * factor, approx: 'range' };
  }
  const qualifier: Qualifier = q.qualifier === 'exact' && n.loose ? 'about' : q.qualifier;
  const r = interval(n.value, qualifier, { tolerance, wholeUnits, precision: unitPrecision, strict: q.strict && discrete });
  const strictBound = q.strict && (qualifier === 'atLeast' || qualifier === 'atMost') ? true : undefined;
  return { low: r.low * factor, high: r.high * factor, value: n.value * factor, approx: r.approx, ...(strictBound && { strictBound }) };
}

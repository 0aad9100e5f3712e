/**
 * Dates in one sentence. chrono-node reads month names, weekdays and casual references ("last
 * year", "three weeks ago"); this module decides which year an incomplete date means and adds
 * what chrono does not read (seasons, decades, "mid-2023", "the previous year", "a decade ago").
 * Bare years ("in 2014") are read with the numbers, in `values-quantities.ts`.
 *
 * Resolution rules, relative to the article's date (the reference):
 * - A month or day without a year ("in July", "on June 8") is the latest one on or before the
 *   reference, because news mostly reports the past; when a future cue ("will", "is due to",
 *   "scheduled") comes shortly before it in the sentence, it is the next one on or after it.
 * - A weekday alone ("on Thursday") follows the same rule; "last"/"next" move strictly past it.
 * - "the previous year" / "the following year" count from the last year the article named
 *   explicitly, else (previous only) from the reference year.
 * - Without a reference date, relative dates are not reported, but their words still hide the
 *   numbers inside them ("three years ago" is not a duration).
 */
import * as chrono from 'chrono-node';
import { type DayRef, dateCandidate, epochDay, monthRange, weekRange, yearRange } from './values-calendar';
import { type DateContext, isFuture, scanOwnPatterns } from './values-date-patterns';
import type { Candidate } from './values-model';

export type { DateContext } from './values-date-patterns';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// chrono costs tens of microseconds per sentence, so it only runs when one of these cues is present.
const CHRONO_CUE = new RegExp(
  `\\b(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\\.?\\s*\\d+|${WEEKDAYS})\\b|` +
  '\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago)\\b|' +
  '\\b(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+(?:week|month|year|night|morning|afternoon|evening)\\b|\\d{4}-\\d{1,2}-\\d{1,2}',
);
// Parsers for clock times, "within 3 days", "3 days later" and ambiguous slash dates are dropped:
// news values do not need times, and "later"/"within" count from the story's time, not the
// article's. Matching by class name is only an optimisation; results are filtered by text too.
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'SlashDateFormatParser',
]);
const DROPPED_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner']);
const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
dateParser.refiners = dateParser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
const OFFSET_FROM_STORY = /^(?:within|in)\s|\b(?:later|from now|after)$/i;
const MONTH_NAME_RE = new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\b`);
const ANY_MONTH_RE = new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\b`, 'i');
const WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAYS})\\b`);
const LEADING_PREPOSITION = /^(?:on|in|at|since|by|from|until|till|during|of)\s+/i;
const TRAILING_OF = /\s+of$/i;
const TIME_OF_DAY = /\d\s*[ap]\.?m\b|:\d\d|\bnoon\b|\bmidnight\b|o['’]clock/i;
const TODAY_WORDS = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
const WEEK_WORD = /\bweeks?\b/i;
const THIS_WEEK = /\bthis\s+week\b/i;
const REJECTED = /\b(?:weekend|past|now)\b/i;
const EXPLICIT_YEAR = /\b\d{4}\b|['’]\d\d\b/;
// "May" is also a modal verb and a surname; alone it is a month only after these words.
const MONTH_PREPOSITIONS = /\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|from|through|during|before|after|between|and)[\s-]+$/i;
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
const RELATIVE_BEFORE = /\b(last|next|this)\s+$/i;

/** Date candidates in `text[start, end)`, offsets relative to the full text. */
export function scanDates(text: string, start: number, end: number, ctx: DateContext): Candidate[] {
  const sentence = text.slice(start, end);
  const out: Candidate[] = [];
  scanOwnPatterns(sentence, start, ctx, out);
  if (CHRONO_CUE.test(sentence)) scanChrono(sentence, start, ctx, out);
  return out;
}

const BOUND_BEFORE = /\b(before|prior to|after)\s+$/i;

/**
 * "came out after 2002" places the date past the whole of 2002, "before 2000" ahead of 2000: a
 * strict bound, so that it disagrees with "a 2002 hit" and agrees with "released in 2005".
 */
export function dateBound(text: string, c: Candidate): Candidate {
  if (c.kind !== 'date' || c.hidden || c.approx === 'atLeast' || c.approx === 'atMost') return c;
  const lead = BOUND_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  // "before November's election" bounds the election, which the date only names.
  if (!lead || /^['’]s\b/.test(text.slice(c.end, c.end + 3))) return c;
  const start = c.start - lead[0].length;
  return lead[1].toLowerCase() === 'after'
    ? { ...c, start, low: c.high + 1, high: Infinity, approx: 'atLeast', strictBound: true }
    : { ...c, start, low: -Infinity, high: c.low - 1, approx: 'atMost', strictBound: true };
}

/** A second relative period after a first one ("next month this week"). */
const SECOND_PERIOD = /(?<=\b(?:next|last|this|coming|past)\s+(?:week|weekend|month|year)\s+)(?:next|last|this|coming|past)\s+(?:week|weekend|month|year)\b/i;

function scanChrono(sentence: string, offset: number, ctx: DateContext, out: Candidate[]): void {
  const ref = ctx.ref;
  const instant = new Date(ref ? Date.UTC(ref.year, ref.month - 1, ref.day, 12) : Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = dateParser.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return; // A parser failure must never take the rest of the analysis down.
  }
  for (const r of results) {
    let text = r.text.replace(TRAILING_OF, '').replace(/[,\s]+$/, '');
    // chrono merges lists such as "last week, this week" into one result: keep the first item; so
    // too two periods side by side, where the second tells when the deed was done ("put off the
    // open day until next month this week").
    if (/,\s/.test(text) && !/\d/.test(text)) text = text.slice(0, text.indexOf(','));
    const second = /\d/.test(text) ? undefined : SECOND_PERIOD.exec(text);
    if (second) text = text.slice(0, second.index).trimEnd();
    let index = r.index;
    const lead = LEADING_PREPOSITION.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      index += lead[0].length;
    }
    // A clock time after a full date ("16 December 2008 13:45") is not part of the day.
    if (r.start.isCertain('hour') && r.start.isCertain('year')) text = text.replace(/[\s,]+\d{1,2}(?:[:.]\s?\d\d)?\s*$/, '');
    const c = resolveChrono(r, sentence, index, text, ctx);
    if (c) out.push({ ...c, start: offset + c.start, end: offset + c.end });
  }
}

type Resolved = Candidate | undefined;

function resolveChrono(r: chrono.ParsedResult, sentence: string, index: number, text: string, ctx: DateContext): Resolved {
  const s = r.start;
  const hasDay = s.isCertain('day');
  const hasMonth = s.isCertain('month');
  const hasYear = s.isCertain('year');
  const hasWeekday = s.isCertain('weekday');
  const hidden: Candidate = { kind: 'date', start: index, end: index + text.length, low: 0, high: 0, value: 0, approx: 'exact', hidden: true };
  if (REJECTED.test(text) || OFFSET_FROM_STORY.test(text)) return undefined;
  // Month and weekday names must be capitalised: "they march", "Sat down" are not dates.
  if ((hasMonth && !hasDay && !hasYear && !MONTH_NAME_RE.test(text)) || (hasMonth && ANY_MONTH_RE.test(text) && !MONTH_NAME_RE.test(text))) return undefined;
  if (hasWeekday && !hasDay && !WEEKDAY_RE.test(text)) return undefined;
  if (text === 'May' && !MONTH_PREPOSITIONS.test(sentence.slice(0, index))) return undefined;
  if (!hasDay && !hasMonth && !hasYear && !hasWeekday) {
    if (TIME_OF_DAY.test(text)) return hidden;
    if (!ctx.ref) return TODAY_WORDS.test(text) || WEEK_WORD.test(text) ? hidden : undefined;
    // chrono reads "this week" as its Sunday, which is in the week before ours (weeks start on
    // Monday here, as in ISO and most of the press): the week is the article's own.
    if (WEEK_WORD.test(text)) return week(index, text, THIS_WEEK.test(text) ? ctx.ref.epochDay : epochDay(s.get('year')!, s.get('month')!, s.get('day')!));
    if (TODAY_WORDS.test(text)) return dateCandidate(index, index + text.length, ctx.ref.epochDay, ctx.ref.epochDay, 'day');
    return undefined;
  }
  const explicitYear = hasYear && EXPLICIT_YEAR.test(text);
  const ref = ctx.ref;
  if (!ref && !explicitYear) return hidden;
  const endText = index + text.length;
  if (hasYear && hasMonth && hasDay) {
    if (WEEK_WORD.test(text)) return week(index, text, epochDay(s.get('year')!, s.get('month')!, s.get('day')!));
    const low = epochDay(s.get('year')!, s.get('month')!, s.get('day')!);
    const high = r.end ? endDay(r.end, s.get('year')!) : low;
    return dateCandidate(index, endText, low, Math.max(low, high), 'day', r.end ? 'range' : 'exact');
  }
  if (hasYear && hasMonth) {
    const [low, high] = monthRange(s.get('year')!, s.get('month')!);
    return dateCandidate(index, endText, low, high, 'month');
  }
  if (hasYear) {
    const [low, high] = yearRange(s.get('year')!);
    return dateCandidate(index, endText, low, high, 'year');
  }
  if (!ref) return hidden;
  if (hasMonth) return monthWithoutYear(r, sentence, index, text, ref);
  return weekdayAlone(s.get('weekday')!, sentence, index, text, ref);
}

function week(index: number, text: string, day: number): Candidate {
  const [low, high] = weekRange(day);
  return dateCandidate(index, index + text.length, low, high, 'week');
}

function endDay(end: chrono.ParsedComponents, fallbackYear: number): number {
  return epochDay(end.get('year') ?? fallbackYear, end.get('month') ?? 1, end.get('day') ?? 1);
}

/** "in July", "on June 8", "last July", "July last year": choose the year by the rules above. */
function monthWithoutYear(r: chrono.ParsedResult, sentence: string, index: number, text: string, ref: DayRef): Candidate {
  const month = r.start.get('month')!;
  const day = r.start.isCertain('day') ? r.start.get('day')! : undefined;
  let end = index + text.length;
  let year: number;
  const after = RELATIVE_YEAR_AFTER.exec(sentence.slice(end));
  const before = RELATIVE_BEFORE.exec(sentence.slice(0, index));
  const firstDay = (y: number) => epochDay(y, month, day ?? 1);
  if (after) {
    year = ref.year + (after[1].toLowerCase() === 'last' ? -1 : after[1].toLowerCase() === 'next' ? 1 : 0);
    end += after[0].length;
  } else if (before?.[1].toLowerCase() === 'last') {
    year = firstDay(ref.year) < epochDay(ref.year, ref.month, day === undefined ? 1 : ref.day) ? ref.year : ref.year - 1;
    index -= before[0].length;
  } else if (before?.[1].toLowerCase() === 'next') {
    year = firstDay(ref.year) > ref.epochDay ? ref.year : ref.year + 1;
    index -= before[0].length;
  } else if (before?.[1].toLowerCase() === 'this') {
    year = ref.year;
    index -= before[0].length;
  } else if (isFuture(sentence, index)) {
    const stillAhead = day === undefined ? month >= ref.month : firstDay(ref.year) >= ref.epochDay;
    year = stillAhead ? ref.year : ref.year + 1;
  } else {
    year = firstDay(ref.year) <= ref.epochDay ? ref.year : ref.year - 1;
  }
  if (day !== undefined) {
    const low = firstDay(year);
    const high = r.end?.isCertain('day') ? epochDay(year, r.end.get('month') ?? month, r.end.get('day')!) : low;
    return dateCandidate(index, end, low, Math.max(low, high), 'day', high > low ? 'range' : 'exact');
  }
  const [low, high] = monthRange(year, month);
  return dateCandidate(index, end, low, high, 'month');
}

function weekdayAlone(weekday: number, sentence: string, index: number, text: string, ref: DayRef): Candidate {
  const back = (ref.weekday - weekday + 7) % 7;
  const forward = (weekday - ref.weekday + 7) % 7;
  let day: number;
  if (/^last\s/i.test(text)) day = ref.epochDay - (back === 0 ? 7 : back);
  else if (/^next\s/i.test(text)) day = ref.epochDay + (forward === 0 ? 7 : forward);
  else if (isFuture(sentence, index)) day = ref.epochDay + forward;
  else day = ref.epochDay - back;
  return dateCandidate(index, index + text.length, day, day, 'day');
}

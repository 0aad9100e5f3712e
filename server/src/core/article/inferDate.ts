/**
 * The likely date of an article that has no date header, read from its body: a dateline
 * ("May 03, 2013"), or a weekday next to a day of the month ("on Thursday (Feb 22)"), whose year
 * is the one nearest the reference date in which that day falls on that weekday.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../types';
import { formatIsoDate, isValidDate, parseIsoDate, weekdayOf, WRITTEN_YEAR } from './calendar';

export interface InferredDate {
  readonly date: string;
  /** Where the body names it. */
  readonly span: Span;
  /** How the date was found, for the message ("from the dateline"). */
  readonly evidence: 'full date' | 'weekday and day' | 'day of the month';
}

/** Only the top of the body is read: datelines and the news peg come first in news copy. */
const HEAD_LENGTH = 2500;
/** How far a weekday may be from the day it qualifies ("Thursday (Feb 22)", "Feb 22, Thursday"). */
const WEEKDAY_DISTANCE = 4;
const YEARS_SEARCHED = 30;

/**
 * `referenceDate` is a date known to be near the article's (the corpus's dates); `fallbackDate`
 * (today) is only good enough to solve a weekday puzzle, not to guess the year of a bare "May 9".
 */
export function inferDateFromBody(text: string, body: Span, referenceDate?: string, fallbackDate?: string): InferredDate | undefined {
  const headEnd = Math.min(body.end, body.start + HEAD_LENGTH);
  const head = text.slice(body.start, headEnd);
  const reference = parseIsoDate(referenceDate ?? fallbackDate ?? '');
  const refInstant = reference ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day)) : new Date(Date.UTC(2000, 0, 1));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(head, refInstant);
  } catch {
    return undefined;
  }
  const spanOf = (r: chrono.ParsedResult): Span => ({ start: body.start + r.index, end: body.start + r.index + r.text.length });

  for (const r of results) {
    const c = r.start;
    // Only dates that write their year count: chrono also reads "now", "today" and "in 24 hours"
    // as certain dates (offsets from the reference).
    if (WRITTEN_YEAR.test(r.text) && c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      const [y, m, d] = [c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0];
      if (isValidDate(y, m, d)) return { date: formatIsoDate(y, m, d), span: spanOf(r), evidence: 'full date' };
    }
  }
  if (!reference) return undefined;
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day') || c.isCertain('year')) continue;
    const [m, d] = [c.get('month') ?? 0, c.get('day') ?? 0];
    const weekday = adjacentWeekday(results, r);
    if (weekday !== undefined) {
      const year = nearestYearWithWeekday(m, d, weekday.value, reference.year);
      if (year !== undefined) {
        const start = Math.min(r.index, weekday.result.index);
        const end = Math.max(r.index + r.text.length, weekday.result.index + weekday.result.text.length);
        return { date: formatIsoDate(year, m, d), span: { start: body.start + start, end: body.start + end }, evidence: 'weekday and day' };
      }
    }
  }
  if (!referenceDate) return undefined;
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const [m, d] = [c.get('month') ?? 0, c.get('day') ?? 0];
    if (isValidDate(reference.year, m, d)) return { date: formatIsoDate(reference.year, m, d), span: spanOf(r), evidence: 'day of the month' };
  }
  return undefined;
}

function adjacentWeekday(results: chrono.ParsedResult[], day: chrono.ParsedResult): { value: number; result: chrono.ParsedResult } | undefined {
  for (const other of results) {
    if (other === day || other.start.isCertain('day')) continue;
    const weekday = other.start.get('weekday');
    if (weekday === null || weekday === undefined) continue;
    const gapBefore = day.index - (other.index + other.text.length);
    const gapAfter = other.index - (day.index + day.text.length);
    if ((gapBefore >= 0 && gapBefore <= WEEKDAY_DISTANCE) || (gapAfter >= 0 && gapAfter <= WEEKDAY_DISTANCE)) {
      return { value: weekday, result: other };
    }
  }
  return undefined;
}

/** The year nearest `aroundYear` (earlier years first on a tie: news reports the past). */
function nearestYearWithWeekday(month: number, day: number, weekday: number, aroundYear: number): number | undefined {
  for (let distance = 0; distance <= YEARS_SEARCHED; distance++) {
    for (const year of [aroundYear - distance, aroundYear + distance]) {
      if (isValidDate(year, month, day) && weekdayOf(year, month, day) === weekday) return year;
    }
  }
  return undefined;
}

/**
 * Calendar arithmetic in whole UTC days since 1970-01-01, the unit date mentions are stored in.
 * Every function takes explicit numbers, so results never depend on the machine's clock or zone.
 */
import type { Candidate, Granularity } from './values-model';

/** The article's own date, the reference for "last year" or "on Thursday". */
export interface DayRef {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly epochDay: number;
  /** 0 = Sunday ... 6 = Saturday. */
  readonly weekday: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date (month 1-12); day 0 is the month's eve. */
export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month and day of an epoch day. */
export function civil(days: number): { year: number; month: number; day: number } {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Parses an ISO `YYYY-MM-DD` article date; anything else gives undefined. */
export function parseDayRef(iso: string | undefined): DayRef | undefined {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const days = epochDay(year, month, day);
  const back = civil(days);
  if (back.year !== year || back.month !== month || back.day !== day || year < 1000) return undefined;
  return { year, month, day, epochDay: days, weekday: (((days + 4) % 7) + 7) % 7 };
}

/** A date candidate covering whole days `low..high` (inclusive). */
export function dateCandidate(
  start: number, end: number, low: number, high: number, granularity: Granularity,
  approx: Candidate['approx'] = 'exact',
): Candidate {
  return { kind: 'date', start, end, low, high, value: low, approx, granularity };
}

export function yearRange(first: number, last: number = first): [number, number] {
  return [epochDay(first, 1, 1), epochDay(last, 12, 31)];
}

export function monthRange(year: number, month: number, months = 1): [number, number] {
  return [epochDay(year, month, 1), epochDay(year, month + months, 0)];
}

/** Monday-to-Sunday week containing an epoch day. */
export function weekRange(days: number): [number, number] {
  const weekday = (((days + 4) % 7) + 7) % 7;
  const monday = days - ((weekday + 6) % 7);
  return [monday, monday + 6];
}

const SEASON_START = new Map<string, number>([['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12]]);

/**
 * Meteorological seasons of the northern hemisphere, where most of the press we read is
 * written. "Winter 2023" is ambiguous (2022-23 or 2023-24), so it spans both: December of the
 * year before to February of the year after.
 */
export function seasonRange(season: string, year: number): [number, number] {
  const startMonth = SEASON_START.get(season.toLowerCase()) ?? 6;
  if (startMonth === 12) return [epochDay(year - 1, 12, 1), epochDay(year + 1, 3, 0)];
  return monthRange(year, startMonth, 3);
}

/** The most recent season (by name) that has started on or before `ref`. */
export function latestSeasonYear(season: string, ref: DayRef): number {
  const startMonth = SEASON_START.get(season.toLowerCase()) ?? 6;
  return startMonth <= ref.month ? ref.year : ref.year - 1;
}

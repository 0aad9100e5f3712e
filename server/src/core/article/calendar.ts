/**
 * Calendar arithmetic on plain ISO dates (YYYY-MM-DD), in UTC so that results never depend on the
 * machine's time zone.
 */

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A year written in full ("2013", "May 03, 2013", "2013-05-03"): a date that names one is fixed, not read against another date. */
export const WRITTEN_YEAR = /(?<!\d)(1[6-9]|20)\d\d(?!\d)/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD`; undefined for anything else, including impossible dates. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Month number (1-12) of an English month name or its common abbreviation; undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(lower) && (lower.length >= 3));
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : undefined;
}

/** Weekday number (0 = Sunday) of an English weekday name or abbreviation. */
export function weekdayNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase().startsWith(lower));
  return index >= 0 ? index : undefined;
}

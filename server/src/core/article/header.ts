/**
 * The date header of the dated article format: the first non-blank line is optional leading
 * whitespace, the word `date`, one space and an ISO date `YYYY-MM-DD`; the body may continue on
 * the same line after the date or start on the next line.
 */
import type { CodeInfo, Finding, Span } from '../types';
import { formatIsoDate, isValidDate, monthNumber } from './calendar';

export interface DateHeader {
  /** From the word `date` to the end of the date. */
  readonly span: Span;
  /** The date itself (`2024-02-22`), or the date-like text of a malformed header. */
  readonly dateSpan: Span;
  /** The valid ISO date; undefined when the header is malformed or the date impossible. */
  readonly date?: string;
  readonly wellFormed: boolean;
}

export interface HeaderReading {
  readonly header?: DateHeader;
  /** Where the body starts: after the header (and the spaces after it), or at the first non-blank line. */
  readonly bodyStart: number;
  readonly findings: Finding[];
}

/** `format/impossible-date`: a well-formed header whose date does not exist (2024-02-30). */
export const IMPOSSIBLE_DATE: CodeInfo = {
  code: 'format/impossible-date',
  defaultSeverity: 'error',
  summary: 'The date header names a day that does not exist.',
  help: 'The header has the right shape but the day is impossible (such as 2024-02-30 or 2023-13-01). Relative dates in the article ("on Thursday", "last year") cannot be resolved until it is corrected.',
};

/** `format/malformed-header`: the first line is meant as a date header but is not ` date YYYY-MM-DD`. */
export const MALFORMED_HEADER: CodeInfo = {
  code: 'format/malformed-header',
  defaultSeverity: 'warning',
  summary: 'The date header is not in the form `date YYYY-MM-DD`.',
  help: 'Headers such as `date 22/02/2024`, `Date: 2024-02-22` or `date 2024-2-5` are read as intended where possible, but other tools expect the exact form: the word `date` in lower case, one space, and an ISO date. The quick fix rewrites it.',
};

const HORIZONTAL_SPACE = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const WELL_FORMED = /^date (\d{4})-(\d{2})-(\d{2})(?=[\s\u00a0]|$)/;
/** A first line that starts with the word "date" in any case, maybe followed by a colon or dash. */
const DATE_WORD = /^date\b[ \t\u00a0]*[:\-–—]?[ \t\u00a0]*/i;
const NUMERIC_DATE = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?=[\s\u00a0,.;]|$)/;
const WORDY_DATE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?=[\s\u00a0,.;]|$)/i;

export function readHeader(text: string): HeaderReading {
  const lineStart = firstNonBlankLineStart(text);
  if (lineStart === undefined) return { bodyStart: text.length, findings: [] };
  let at = lineStart;
  while (at < text.length && HORIZONTAL_SPACE.test(text[at])) at++;
  const rest = text.slice(at, Math.min(text.length, at + 80));

  const wellFormed = WELL_FORMED.exec(rest);
  if (wellFormed) {
    const [year, month, day] = [Number(wellFormed[1]), Number(wellFormed[2]), Number(wellFormed[3])];
    const dateSpan = { start: at + 5, end: at + wellFormed[0].length };
    const header = { span: { start: at, end: dateSpan.end }, dateSpan, wellFormed: true };
    const bodyStart = skipSpaceAndOneBreak(text, header.span.end);
    if (isValidDate(year, month, day)) {
      return { header: { ...header, date: formatIsoDate(year, month, day) }, bodyStart, findings: [] };
    }
    const finding: Finding = {
      code: IMPOSSIBLE_DATE.code,
      severity: IMPOSSIBLE_DATE.defaultSeverity,
      message: `The date ${text.slice(dateSpan.start, dateSpan.end)} does not exist${month > 12 ? ' (there is no month ' + month + ')' : ''}.`,
      span: dateSpan,
    };
    return { header, bodyStart, findings: [finding] };
  }

  const malformed = readMalformedHeader(text, at, rest);
  if (malformed) return malformed;
  return { bodyStart: lineStart, findings: [] };
}

/** A line that starts with the word `date` followed by something date-like is a header gone wrong. */
function readMalformedHeader(text: string, at: number, rest: string): HeaderReading | undefined {
  const word = DATE_WORD.exec(rest);
  if (!word) return undefined;
  const afterWord = rest.slice(word[0].length);
  const numeric = NUMERIC_DATE.exec(afterWord);
  const wordy = numeric ? null : WORDY_DATE.exec(afterWord);
  const match = numeric ?? wordy;
  if (!match) return undefined;
  const dateStart = at + word[0].length;
  const dateSpan = { start: dateStart, end: dateStart + match[0].length };
  const date = numeric ? interpretNumericDate(numeric) : interpretWordyDate(match);
  const header: DateHeader = { span: { start: at, end: dateSpan.end }, dateSpan, date, wellFormed: false };
  const raw = text.slice(header.span.start, header.span.end);
  const finding: Finding = {
    code: MALFORMED_HEADER.code,
    severity: MALFORMED_HEADER.defaultSeverity,
    message: date
      ? `Malformed date header "${raw}": write it as "date ${date}".`
      : `Malformed date header "${raw}": write it as "date YYYY-MM-DD" (the day and month are ambiguous).`,
    span: header.span,
    fix: date ? { replacement: `date ${date}`, title: `Rewrite the header as "date ${date}"` } : undefined,
  };
  return { header, bodyStart: skipSpaceAndOneBreak(text, header.span.end), findings: [finding] };
}

/** Year first (2024-2-5), or day first as most of the world writes it (22/02/2024) when unambiguous. */
function interpretNumericDate(match: RegExpExecArray): string | undefined {
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (match[1].length === 4) return isValidDate(a, b, c) ? formatIsoDate(a, b, c) : undefined;
  if (match[3].length !== 4) return undefined;
  const dayFirst = isValidDate(c, b, a);
  const monthFirst = isValidDate(c, a, b);
  if (dayFirst && monthFirst && a !== b) return undefined; // 03/04/2024 could be either.
  if (dayFirst) return formatIsoDate(c, b, a);
  if (monthFirst) return formatIsoDate(c, a, b);
  return undefined;
}

function interpretWordyDate(match: RegExpExecArray): string | undefined {
  const [day, month, year] = match[1]
    ? [Number(match[1]), monthNumber(match[2]), Number(match[3])]
    : [Number(match[5]), monthNumber(match[4]), Number(match[6])];
  return month && isValidDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

function firstNonBlankLineStart(text: string): number | undefined {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') lineStart = i + 1;
    else if (!HORIZONTAL_SPACE.test(c)) return lineStart;
  }
  return undefined;
}

/** The body starts after the header's trailing spaces, and on the next line if the header's line ends. */
function skipSpaceAndOneBreak(text: string, from: number): number {
  let at = from;
  while (at < text.length && HORIZONTAL_SPACE.test(text[at])) at++;
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  if (text[at] === '\r' || text[at] === '\n') return at + 1;
  return at;
}

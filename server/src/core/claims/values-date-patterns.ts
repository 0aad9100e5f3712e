/**
 * Date phrases chrono-node does not read: seasons ("the summer of 2023", "last winter"),
 * decades ("the 1990s", "the early '90s"), parts of years ("mid-2022", "the end of 2023"),
 * quarters ("Q3 2023"), anaphoric years ("the previous year") and "a decade ago". Each rule runs
 * only when a cheap cue shows it could match, because most sentences hold none of these.
 */
import { type DayRef, dateCandidate, epochDay, latestSeasonYear, monthRange, seasonRange, yearRange } from './values-calendar';
import type { Candidate, Granularity } from './values-model';

/** What the date reader needs besides the sentence. */
export interface DateContext {
  readonly ref?: DayRef;
  /** The last year named with digits before offset `at` in the article, if any. */
  readonly lastExplicitYear: (at: number) => number | undefined;
}

// Present progressives ("is stepping down in October") usually announce plans in news prose.
const FUTURE_CUE = /\b(?:will|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|upcoming|plans? to|as soon as|could be|(?:is|are)\s+(?!(?:being|nothing|something|anything|everything)\b)\w+ing)\b|['’]ll\b/i;
const REPORTING_BREAK = /\b(?:said|says|told|announced|reported|added)\b|[,;:]/gi;
/** Whether a future cue sits between the last reporting verb or comma and offset `index`. */
export function isFuture(sentence: string, index: number): boolean {
  const window = sentence.slice(Math.max(0, index - 80), index);
  let from = 0;
  for (const m of window.matchAll(REPORTING_BREAK)) from = m.index + m[0].length;
  return FUTURE_CUE.test(window.slice(from));
}

const YEAR = '((?:1[0-9]|20)\\d\\d)';
const SEASON_YEAR_RE = new RegExp(`\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, 'gi');
const SEASON_RELATIVE_RE = /\b(?:(last|this|next|past)\s+|(?:in|during|over|by|until|through)\s+the\s+)(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?\d)/gi;
const DECADE_RE = /\b(?:(early|mid|late)[\s-]+)?((?:1[0-9]|20)\d0)['’]?s\b/gi;
const SHORT_DECADE_RE = /(?:^|[\s(])(?:(early|mid|late)[\s-]+)?['’](\d0)s\b/gi;
// "the fifties", "the mid-sixties": a decade named in words (after "the": "in his fifties" is an age).
const WORD_DECADE_RE = /\bthe\s+(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_WORDS = new Map<string, number>([['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90]]);
// Temperatures are also told in decades of degrees ("highs in the nineties").
const TEMPERATURE = /\b(?:temperatures?|degrees?|highs?|lows?|heat|fahrenheit|celsius)\b|°/i;
const PART_OF_YEAR_RE = new RegExp(`\\b(early|mid|late)[\\s-]+${YEAR}\\b|\\b(end|start|beginning|middle|close|first half|second half)\\s+of\\s+${YEAR}\\b`, 'gi');
const QUARTER_RE = new RegExp(`\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+${YEAR}\\b|\\bQ([1-4])\\s+${YEAR}\\b`, 'gi');
const ANAPHORIC_YEAR_RE = /\bthe\s+(previous|preceding|prior|following|next)\s+year\b|\bthe\s+year\s+(before|after)\b|\ba\s+year\s+(earlier|later)\b/gi;
const DECADES_AGO_RE = /\b(a|one|two|three|four|five|six|several|\d{1,2})\s+(decades?)\s+ago\b|\b(half\s+a\s+century|a\s+century)\s+ago\b/gi;
const SMALL_WORDS = new Map<string, number>([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['several', 3]]);
const PART_MONTHS = new Map<string, [number, number]>([
  ['early', [1, 4]], ['mid', [5, 4]], ['late', [9, 4]], ['end', [10, 3]], ['close', [10, 3]], ['start', [1, 3]],
  ['beginning', [1, 3]], ['middle', [5, 4]], ['first half', [1, 6]], ['second half', [7, 6]],
]);
const QUARTERS = new Map<string, number>([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4]]);

/** What a rule reads from one match: an interval, or `hidden` for a phrase it cannot resolve. */
interface RuleRead {
  readonly low: number;
  readonly high: number;
  readonly granularity: Granularity;
  readonly approx?: Candidate['approx'];
  /** Characters of the match left out of the span ("in the" before a season, a leading space). */
  readonly skip?: number;
  readonly hidden?: boolean;
}

interface Rule {
  /** A cheap test on the sentence that must pass before `pattern` runs. */
  readonly cue: RegExp;
  /** The pattern also needs a digit somewhere in the sentence. */
  readonly digit: boolean;
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray, at: number, sentence: string, ctx: DateContext) => RuleRead | undefined;
}

const covered = (low: number, high: number, granularity: Granularity, extra?: Partial<RuleRead>): RuleRead => ({ low, high, granularity, ...extra });
const unresolved = (granularity: Granularity): RuleRead => ({ low: 0, high: 0, granularity, hidden: true });

const RULES: readonly Rule[] = [
  {
    cue: /spring|summer|autumn|fall|winter/i, digit: true, pattern: SEASON_YEAR_RE,
    read: (m) => covered(...seasonRange(m[1], Number(m[2])), 'season'),
  },
  { cue: /\d0['’]?s\b/, digit: true, pattern: DECADE_RE, read: (m) => covered(...decadeRange(Number(m[2]), m[1]), 'decade') },
  {
    cue: /['’]\d0s/, digit: true, pattern: SHORT_DECADE_RE,
    read: (m, _at, _s, ctx) => {
      // "the '20s" is the latest such decade that has begun by the article's date.
      const century = ctx.ref && Number(m[2]) + 2000 <= ctx.ref.year ? 2000 : 1900;
      return covered(...decadeRange(century + Number(m[2]), m[1]), 'decade', { skip: m[0].length - m[0].trimStart().length });
    },
  },
  {
    cue: /ties\b/i, digit: false, pattern: WORD_DECADE_RE,
    read: (m, _at, sentence, ctx) => {
      if (TEMPERATURE.test(sentence)) return undefined;
      const decade = DECADE_WORDS.get(m[2].toLowerCase())!;
      // Like "the '20s": the latest such decade that has begun by the article's date.
      const century = ctx.ref && decade + 2000 <= ctx.ref.year ? 2000 : 1900;
      return covered(...decadeRange(century + decade, m[1]), 'decade');
    },
  },
  {
    cue: /\b(?:early|mid|late|end|start|beginning|middle|close|half)\b/i, digit: true, pattern: PART_OF_YEAR_RE,
    read: (m) => {
      const [firstMonth, months] = PART_MONTHS.get((m[1] ?? m[3]).toLowerCase()) ?? [1, 12];
      return covered(...monthRange(Number(m[2] ?? m[4]), firstMonth, months), 'season');
    },
  },
  {
    cue: /quarter|Q[1-4]/i, digit: true, pattern: QUARTER_RE,
    read: (m) => {
      const quarter = m[1] ? QUARTERS.get(m[1].toLowerCase())! : Number(m[3]);
      return covered(...monthRange(Number(m[2] ?? m[4]), quarter * 3 - 2, 3), 'season');
    },
  },
  {
    cue: /year/i, digit: false, pattern: ANAPHORIC_YEAR_RE,
    read: (m, at, _s, ctx) => {
      const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const backward = word === 'previous' || word === 'preceding' || word === 'prior' || word === 'before' || word === 'earlier';
      const anchor = ctx.lastExplicitYear(at) ?? (backward ? ctx.ref?.year : undefined);
      return anchor === undefined ? undefined : covered(...yearRange(anchor + (backward ? -1 : 1)), 'year');
    },
  },
  {
    cue: /spring|summer|autumn|fall|winter/i, digit: false, pattern: SEASON_RELATIVE_RE,
    read: (m, _at, sentence, ctx) => {
      if (!ctx.ref) return unresolved('season');
      const which = m[1]?.toLowerCase();
      if (which === 'past' || (!which && m[2].toLowerCase() === 'fall')) return undefined;
      const [low, high] = relativeSeason(m[2].toLowerCase(), which, ctx.ref, isFuture(sentence, m.index));
      return covered(low, high, 'season', { skip: m[1] ? 0 : m[0].search(/the\s/i) });
    },
  },
  {
    cue: /\bago\b/i, digit: false, pattern: DECADES_AGO_RE,
    read: (m, _at, _s, ctx) => {
      if (!ctx.ref) return unresolved('year');
      const word = m[1]?.toLowerCase();
      const years = m[3] ? (/half/i.test(m[3]) ? 50 : 100) : 10 * (SMALL_WORDS.get(word ?? '') ?? Number(word));
      // "A decade ago" is loose: allow a year either side.
      return covered(...yearRange(ctx.ref.year - years - 1, ctx.ref.year - years + 1), 'year', { approx: 'about' });
    },
  },
];

/** Date candidates of the rules above in `sentence`, whose first character is at `offset`. */
export function scanOwnPatterns(sentence: string, offset: number, ctx: DateContext, out: Candidate[]): void {
  const digit = /\d/.test(sentence);
  for (const rule of RULES) {
    if ((rule.digit && !digit) || !rule.cue.test(sentence)) continue;
    for (const m of sentence.matchAll(rule.pattern)) {
      const r = rule.read(m, offset + m.index, sentence, ctx);
      if (!r) continue;
      const c = dateCandidate(offset + m.index + (r.skip ?? 0), offset + m.index + m[0].length, r.low, r.high, r.granularity, r.approx);
      out.push(r.hidden ? { ...c, hidden: true } : c);
    }
  }
}

function decadeRange(firstYear: number, part: string | undefined): [number, number] {
  const p = part?.toLowerCase();
  const [from, to] = p === 'early' ? [0, 3] : p === 'mid' ? [3, 6] : p === 'late' ? [6, 9] : [0, 9];
  return yearRange(firstYear + from, firstYear + to);
}

/** "last summer", "this spring", "in the winter" relative to the article's date. */
function relativeSeason(season: string, which: string | undefined, ref: DayRef, future: boolean): [number, number] {
  const seasonOf = (year: number): [number, number] =>
    season === 'winter' ? [epochDay(year, 12, 1), epochDay(year + 1, 3, 0)] : seasonRange(season, year);
  // The season of that name which has started by the reference date.
  let year = latestSeasonYear(season, ref);
  if (which === 'this') {
    year = season === 'winter' && ref.month <= 2 ? ref.year - 1 : ref.year;
  } else if (which === 'last') {
    if (seasonOf(year)[1] >= ref.epochDay) year -= 1;
  } else if (which === 'next' || (!which && future)) {
    if (seasonOf(year)[0] <= ref.epochDay) year += 1;
  }
  return seasonOf(year);
}

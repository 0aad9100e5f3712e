/**
 * How far apart in time two articles are, and what that says about their sentences. A story is
 * told within days or weeks; years of copy hold many occurrences of one kind of event (another
 * election of the same candidate, another year's collection at the same school), whose figures
 * and states differ without any article being wrong. Judging reads the articles' header dates
 * through this module only, so that the rules about time sit in one place.
 */
import { parseIsoDate, WRITTEN_YEAR } from '../article/calendar';
import { epochDay } from '../claims/values-calendar';
import type { ConflictDetail, ConflictKind } from './types';
import type { SentenceFeatures } from './features';
import type { Span } from '../types';

/**
 * Articles dated within this many days of each other may tell one story. On the planted 10k
 * corpus, conflicts with a source dated 31-365 days from the claim were false 140 times in 146.
 */
export const SAME_STORY_DAYS = 30;
/**
 * Past this many days, a figure, a count or a state ("has not confirmed") has had time to change
 * or to belong to another occurrence, and two articles that give it otherwise, with nothing else
 * in common that fixes the time (a date given alike), describe two occurrences.
 */
export const SAME_STATE_DAYS = 365;

/** Kinds of conflict whose values stay true once true: who did it, what it is (a date that writes its year, too: see below). */
const LASTING_KINDS: ReadonlySet<ConflictKind> = new Set(['actor', 'object']);

export type DateOf = (articleId: string) => string | undefined;

/** Days between two articles' dates, or undefined when either is undated. */
export function daysBetween(first: string, second: string, dateOf: DateOf): number | undefined {
  const a = dayOf(dateOf(first));
  const b = dayOf(dateOf(second));
  return a === undefined || b === undefined ? undefined : Math.abs(a - b);
}

/** Whether two articles may tell one story: within `SAME_STORY_DAYS`, or either undated. */
export function ofOneTime(first: string, second: string, dateOf: DateOf): boolean {
  const days = daysBetween(first, second, dateOf);
  return days === undefined || days <= SAME_STORY_DAYS;
}

/**
 * Whether a conflict between two articles is most likely two occurrences, not a contradiction:
 * the articles are more than `SAME_STATE_DAYS` apart, the disputed value is of a kind that
 * changes (a figure, a count, a state, a date resolved against each article's own date: "next
 * month", "on Thursday"), and the two sentences give no value alike (a date both name would fix
 * them to one occurrence).
 */
export function anotherOccurrence(conflict: ConflictDetail, agreeingValues: number, daysApart: number | undefined): boolean {
  if (daysApart === undefined || daysApart <= SAME_STATE_DAYS || agreeingValues > 0) return false;
  if (LASTING_KINDS.has(conflict.kind)) return false;
  if (conflict.kind === 'date') return !(WRITTEN_YEAR.test(conflict.claimValue) && WRITTEN_YEAR.test(conflict.sourceValue));
  return true;
}

/**
 * Two lengths of something still running when each article was written ("after four days of
 * riots" / "after eight days of the worst riots", "after 30 hours of deliberation"): each is told
 * up to its own article's day, so they may differ by as much as the days between the articles, and
 * by anything when either article is undated.
 */
export function lengthsRunOn(conflict: ConflictDetail, claim: SentenceFeatures, source: SentenceFeatures, daysApart: number | undefined): boolean {
  if (conflict.kind !== 'duration' || conflict.claimSpan === undefined || conflict.sourceSpan === undefined) return false;
  const mine = runningLength(claim, conflict.claimSpan);
  const theirs = mine === undefined ? undefined : runningLength(source, conflict.sourceSpan);
  if (mine === undefined || theirs === undefined) return false;
  return daysApart === undefined || Math.abs(mine - theirs) * DAYS_A_YEAR <= daysApart;
}
const DAYS_A_YEAR = 365.25;

/** The length in years of a duration at `span` told as running up to the time of writing ("after eight days of"). */
function runningLength(features: SentenceFeatures, span: Span): number | undefined {
  const value = features.values.find((v) => v.kind === 'duration' && v.span.start === span.start);
  if (value === undefined || !Number.isFinite(value.low)) return undefined;
  const before = features.text.slice(Math.max(0, span.start - features.span.start - 16), span.start - features.span.start);
  const after = features.text.slice(span.end - features.span.start, span.end - features.span.start + 4);
  return RUNNING_SINCE.test(before) && /^\s+of\b/.test(after) ? value.low : undefined;
}
const RUNNING_SINCE = /\b(?:after|following|from|into)\s+$/i;

function dayOf(iso: string | undefined): number | undefined {
  const date = iso === undefined ? undefined : parseIsoDate(iso);
  return date && epochDay(date.year, date.month, date.day);
}

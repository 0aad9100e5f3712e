/**
 * When two values stand apart in time, or a date is read with its qualifier: two durations that
 * measure different things, dates told on different days or at different times of day (another
 * event), a weekday against a date, a date bound ("until 2020"). `valueSlots.ts` asks these when
 * it pairs the values of two sentences, and `compare.ts` asks `datesApart` of a figure given
 * otherwise.
 */
import { compareValues, timesLarger, type ValueMention } from '../claims/values';
import type { SentenceFeatures } from './features';
import { lemmaAt, lowerAt, posAt } from './tokenColumns';
import type { Span } from '../types';

/**
 * Two durations that measure different things: a time from an event ("six weeks after Hoover
 * died", "ten minutes later") and a length of something ("ran the bureau for 48 years"); or two
 * lengths so far apart that no report would mistake one for the other ("about three hours to
 * knock the fire down" / "has taken four years"): a slip of a figure stays within a few times
 * the other; or two lengths told of two times ("serving a 12-year sentence ... in 1997" / "after
 * serving five years on the 1959 heroin conviction").
 */
export function durationsApart(claim: SentenceFeatures, a: ValueMention, source: SentenceFeatures, b: ValueMention): boolean {
  if (offsetFromEvent(claim, a) !== offsetFromEvent(source, b) || toldOfTwoTimes(claim, source)) return true;
  const times = timesLarger(a.value, b.value);
  return Number.isFinite(times) && times > DURATIONS_APART;
}
const DURATIONS_APART = 30;
const OFFSET_WORDS = /^\s*(?:after|before|ago|later|earlier)\b/i;

/** "six weeks after", "ten minutes later", "two years ago", but not "led it for ten years before stepping aside". */
function offsetFromEvent(features: SentenceFeatures, value: ValueMention): boolean {
  const at = value.span.end - features.span.start;
  const from = value.span.start - features.span.start;
  return OFFSET_WORDS.test(features.text.slice(at, at + 12)) && !LENGTH_BEFORE.test(features.text.slice(Math.max(0, from - 8), from));
}
const LENGTH_BEFORE = /\b(?:for|over|during|lasting)\s+$/i;

/** "four seasons as the team's director", "12 years as mayor": how long someone held a role. */
export function inARole(features: SentenceFeatures, value: ValueMention): boolean {
  const at = value.span.end - features.span.start;
  return AS_ROLE_AFTER.test(features.text.slice(at, at + 24));
}
/** "as" and a word after the figure, or after the noun it counts ("four seasons as the team's director"). */
const AS_ROLE_AFTER = /^(?:\s+\p{L}+)?\s+as\s+\p{L}/iu;

/**
 * Each sentence gives a date, and none of the one's agrees with any of the other's: what each
 * tells happened at another time ("ended her career in 1957" / "started her career in 1950").
 */
export function toldOfTwoTimes(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  const dates = (f: SentenceFeatures) => f.values.filter((v) => v.kind === 'date' && !v.vague);
  const mine = dates(claim);
  if (mine.length === 0) return false;
  const theirs = dates(source);
  return theirs.length > 0 && mine.every((a) => theirs.every((b) => compareValues(a, b, 0) === 'different'));
}

/**
 * "until 2020", "since May": a date bound, not the date itself. The claim's interval opens
 * towards the past or the future accordingly. ("before" and "after" are read with the value on
 * either side, by `dateBound` in the value reader.)
 */
export function withDateQualifier(features: SentenceFeatures, value: ValueMention): ValueMention {
  if (value.kind !== 'date') return value;
  const before = features.text.slice(Math.max(0, value.span.start - features.span.start - 12), value.span.start - features.span.start).toLowerCase();
  if (/\b(?:until|by)\s*$/.test(before)) return { ...value, low: -Infinity, high: value.low - 1, approx: 'atMost' };
  if (/\b(?:since|following)\s*$/.test(before)) return { ...value, low: value.high + 1, high: Infinity, approx: 'atLeast' };
  return value;
}

/**
 * The same words for a date on both sides ("this week" / "this week", "earlier this year" twice)
 * differ only through the two articles' days they are read against: a copy printed days later, or
 * an undated article whose day was guessed. Nothing in the words disagrees, so they decide
 * nothing: neither a conflict nor an agreement.
 */
export function sameDateWording(a: ValueMention, b: ValueMention): boolean {
  return a.kind === 'date' && a.text.toLowerCase() === b.text.toLowerCase();
}

/**
 * "in October" in two articles of the same week is the same October, whichever year each
 * resolution guessed: without a written year, only the month and day can disagree.
 */
export function sameYearlessDate(a: ValueMention, b: ValueMention): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return false;
  const explicitYear = /\d{4}|\b(?:last|next|previous|this|coming|past)\b|\bago\b/i;
  const yearlessA = !explicitYear.test(a.text);
  const yearlessB = !explicitYear.test(b.text);
  if (!yearlessA && !yearlessB) return false;
  if (yearlessA && yearlessB && a.text.toLowerCase().replace(/^(?:in|on|by|since)\s+/, '') === b.text.toLowerCase().replace(/^(?:in|on|by|since)\s+/, '')) return true;
  // "in October" agrees with "October 30, 2007": without a year, only the month (and day) count.
  const [yearless, other] = yearlessA ? [a, b] : [b, a];
  if (yearless.granularity !== 'month' && yearless.granularity !== 'day') return false;
  if (other.granularity !== 'month' && other.granularity !== 'day') return false;
  const da = new Date(yearless.low * 86_400_000);
  const db = new Date(other.low * 86_400_000);
  if (da.getUTCMonth() !== db.getUTCMonth()) return false;
  return yearless.granularity === 'month' || other.granularity === 'month' || da.getUTCDate() === db.getUTCDate();
}

/**
 * A sentence that tells of something before the story's own event ("Earlier this morning, an
 * earthquake with a preliminary magnitude of 2.0 struck", "Prior to that he had caught 2
 * passes", "Last year, a 6.4-magnitude quake rocked the coast", "Two years ago, ..."): its figures
 * are an earlier occurrence's, not in dispute with the event's. A year or more back is read from
 * the words, since an undated article's "last year" has no day to stand on; a week back is not
 * (a copy printed a week after the event opens with "Last week").
 */
const EARLIER = /^\W*(?:earlier|previously|prior to that|before that|last (?:year|season)|(?:a|one|two|three|four|five|six|several|\d+) (?:years?|decades?) ago)\b|\bearlier (?:this|that|in the) (?:morning|afternoon|evening|day|week|month|year|season)\b/i;

/**
 * One sentence tells of something earlier (`EARLIER`) and the other does not, nor names the same
 * time anywhere ("Last season, Elmley scored 38 goals" / "Elmley scored fifty goals last season"
 * tell one season).
 */
function earlierOnOneSide(a: string, b: string): boolean {
  const inA = EARLIER.exec(a);
  const inB = EARLIER.exec(b);
  if ((inA === null) === (inB === null)) return false;
  const [told, other] = inA ? [inA[0], b] : [inB![0], a];
  return !other.toLowerCase().includes(told.replace(/^\W+/, '').toLowerCase());
}

const WEEKDAY_ONLY = /^(?:on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?$/i;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The two sentences date what they tell on different days: they name weekdays, and none in
 * common ("early Thursday" / "on Sunday morning"; read from the words, since an undated article
 * gives a weekday no day to stand on), or give two days otherwise. A figure given otherwise on
 * another day is another event (two quakes in one county a few days apart), not a dispute over
 * one figure.
 */
export function datesApart(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  const claimDays = weekdaysNamed(claim.text);
  const sourceDays = weekdaysNamed(source.text);
  if (claimDays.length > 0 && sourceDays.length > 0) return !claimDays.some((day) => sourceDays.includes(day));
  if (timesApart(claim.text, source.text) || periodsApart(claim, source) || earlierOnOneSide(claim.text, source.text)) return true;
  for (const a of claim.values) {
    if (a.kind !== 'date' || a.vague || a.granularity !== 'day') continue;
    for (const b of source.values) {
      if (b.kind === 'date' && !b.vague && b.granularity === 'day' && !sameDateWording(a, b) && compareValues(a, b, 0) === 'different') return true;
    }
  }
  return false;
}

/**
 * An ordinal that names a stretch of time ("in the first half", "in the third round", "the second
 * day"), as a date does: it tells when a deed was done, and two of them are one matter only when
 * their verbs tell one deed ("picked up the slack in the first half" / "struck again in the second
 * half" are two).
 */
export function periodOfPlay(features: SentenceFeatures, value: ValueMention): boolean {
  if (value.kind !== 'ordinal' || value.head === undefined || !PERIOD_NOUNS.has(value.head)) return false;
  // "a third round of advertising", "a second round of talks": which attempt it was, not when
  // ("in the third round of the fight" is when).
  const at = value.span.start - features.span.start;
  const after = value.span.end - features.span.start;
  return !(AN_BEFORE.test(features.text.slice(Math.max(0, at - 4), at)) && ROUND_OF.test(features.text.slice(after, after + 24)));
}
const AN_BEFORE = /\ban?\s+$/i;
const ROUND_OF = /^\s*[\p{L}-]+\s+of\b/u;
// Not "season" or "year": "its seventh season" ranks a series, as "its third year" counts a running total.
const PERIOD_NOUNS = new Set(['half', 'quarter', 'period', 'round', 'inning', 'innings', 'set', 'leg', 'stage', 'lap', 'day', 'night', 'session', 'minute', 'hour']);

/**
 * A figure told of a stretch of an occasion against one told of none: "caught five passes for 68
 * yards in the first half", "had five points during a pivotal 15 - 2 run", "189 rushing yards in
 * his last two games", "Since Week 11, Thomas has 498 rushing yards" against "caught five passes
 * for 127 yards", "scored 23 points". The part and the whole are two figures, neither in dispute.
 * Only a stretch in the figure's own clause counts ("scored 23 points, 10 in the first half" still
 * gives 23 for the whole game); two stretches told alike are one (`periodsApart` tells two
 * ordinals of one kind apart).
 */
export function stretchesApart(claim: SentenceFeatures, claimSpan: Span | undefined, source: SentenceFeatures, sourceSpan: Span | undefined): boolean {
  if (claimSpan === undefined || sourceSpan === undefined) return false;
  const mine = stretchOfFigure(claim, claimSpan);
  const theirs = stretchOfFigure(source, sourceSpan);
  return mine?.toLowerCase() !== theirs?.toLowerCase();
}

/**
 * The stretch phrase in the clause of the figure at `span`: after it or before it, with no clause
 * break between ("picked up the slack in the first half as he scored seven points"; the comma
 * after a phrase opening the sentence is none: "On the last drive, he caught 3 passes").
 */
function stretchOfFigure(features: SentenceFeatures, span: Span): string | undefined {
  const text = features.text;
  const at = span.end - features.span.start;
  const after = STRETCH.exec(text.slice(at));
  if (after !== null && !CLAUSE_BREAK.test(text.slice(at, at + after.index))) return after[1];
  const start = span.start - features.span.start;
  const before = STRETCH.exec(text.slice(0, start));
  if (before === null) return undefined;
  // An opening phrase ends at its comma: "On the last drive, he caught 3 passes".
  const between = text.slice(before.index + before[0].length, start);
  return !CLAUSE_BREAK.test(before.index === 0 ? between.replace(/^\s*,/, '') : between) ? before[1] : undefined;
}
const PART_NOUNS = '(?:half|halves|quarters?|periods?|rounds?|innings?|sets?|laps?|run|stretch|spell|overtime)';
const COUNTED_PART_NOUNS = '(?:minutes?|seconds?|games?|matches?|contests?|starts?|outings?|drives?|possessions?)';
const WHICH_PART = '(?:first|second|third|fourth|fifth|opening|final|last|closing|past|previous|next)';
const STRETCH = new RegExp(`\\b(since\\s+(?:the\\s+)?(?:week|game|round|match|race|stage|matchday)\\s+\\d+|(?:in|over|through)\\s+(?:(?:his|her|their|its|the)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\p{L}-]+\\s+){0,2}?${COUNTED_PART_NOUNS}|(?:in|on|during|over|through)\\s+(?:the|a|an|his|her|their|its|those|that|this)\\s+(?:(?:[\\p{L}\\d½.-]+\\s+){0,4}?${PART_NOUNS}|(?:[\\p{L}-]+\\s+)?${WHICH_PART}\\s+(?:[\\d½.]+\\s*½?\\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\\s+)?${COUNTED_PART_NOUNS})\\b)`, 'iu');
const CLAUSE_BREAK = /[,;:\u2013\u2014]|\s-\s|\b(?:but|while|whereas|then|before|after)\b/i;

/** Both sentences tell of stretches of one kind, and none the same ("in the first half" / "in the second half"). */
function periodsApart(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  for (const a of claim.values) {
    if (!periodOfPlay(claim, a)) continue;
    const others = source.values.filter((b) => periodOfPlay(source, b) && b.head === a.head);
    if (others.length > 0 && !others.some((b) => b.value === a.value)) return true;
  }
  return false;
}

/**
 * Both sentences give a time of day, and none within an hour of the other's ("struck at about
 * 7:30 a.m." / "at about 9:30 a.m."): two events. Reports of one event differ by minutes.
 */
function timesApart(claimText: string, sourceText: string): boolean {
  const mine = timesOfDay(claimText);
  if (mine.length === 0) return false;
  const theirs = timesOfDay(sourceText);
  return theirs.length > 0 && !mine.some((a) => theirs.some((b) => Math.abs(a - b) <= SAME_TIME_MINUTES));
}
const SAME_TIME_MINUTES = 60;
/** "7:30 a.m.", "9: 27 am", "21:15", "4pm": minutes after midnight. */
const TIME_OF_DAY = /\b(\d{1,2})(?:\s?[:.]\s?(\d{2}))?\s?([ap])\.?\s?m\b\.?|\b(\d{1,2})\s?:\s?(\d{2})\b(?!\s?[ap]\.?\s?m\b)/gi;

function timesOfDay(text: string): number[] {
  if (!text.includes(':') && !/\d\s?[ap]\.?\s?m\b/i.test(text)) return [];
  const times: number[] = [];
  for (const m of text.matchAll(TIME_OF_DAY)) {
    if (m[3] !== undefined) {
      const hour = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
      if (Number(m[1]) <= 12) times.push(hour * 60 + Number(m[2] ?? 0));
    } else if (Number(m[4]) < 24 && Number(m[5]) < 60) times.push(Number(m[4]) * 60 + Number(m[5]));
  }
  return times;
}

const WEEKDAY_NAMED = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gi');

function weekdaysNamed(text: string): string[] {
  return (text.match(WEEKDAY_NAMED) ?? []).map((day) => day.toLowerCase());
}

/**
 * A bare weekday ("on Tuesday") is placed in a week by tense, which is a guess; what the text
 * commits to is the day of the week. It agrees with a date that falls on that weekday.
 */
export function weekdayRelation(a: ValueMention, b: ValueMention): 'same' | 'different' | undefined {
  if (a.kind !== 'date' || b.kind !== 'date') return undefined;
  const wa = WEEKDAY_ONLY.exec(a.text.trim())?.[1]?.toLowerCase();
  const wb = WEEKDAY_ONLY.exec(b.text.trim())?.[1]?.toLowerCase();
  if (!wa && !wb) return undefined;
  if (wa && wb) return wa === wb ? 'same' : 'different';
  const [name, other] = wa ? [wa, b] : [wb!, a];
  if (other.granularity !== 'day') return undefined;
  const weekday = WEEKDAYS[new Date(other.low * 86_400_000).getUTCDay()];
  return weekday === name ? 'same' : 'different';
}

/**
 * The sentence tells a state rather than an event: its verb is "be" with an adjective or a
 * comparative after it ("Streets were quieter than usual on Saturday", "the museum was open on
 * Monday") or a verb in "-ing" ("people were talking of little else"). A state holds on many
 * days: two reports that date the same state to two days (each its own, as copy written on two
 * days does) are both true, where two days for one event ("the council voted on Monday" / "on
 * Thursday", "was closed on ...", "was on ...", "is due in May") dispute its date.
 */
export function tellsAState(features: SentenceFeatures): boolean {
  const verb = features.verbAt;
  if (verb < 0 || lemmaAt(features.tokens, verb) !== 'be') return false;
  let next = verb + 1;
  while (posAt(features.tokens, next) === 'ADV' || posAt(features.tokens, next) === 'PART') next++;
  const pos = posAt(features.tokens, next);
  const word = lowerAt(features.tokens, next) ?? '';
  // An adjective of what is to come ("is due in May", "is likely to reopen in May") dates that
  // event, not a state.
  if (SCHEDULED.has(word) || lowerAt(features.tokens, next + 1) === 'to') return false;
  // A comparative is an adjective whatever the tagger made of it ("quieter than usual").
  return pos === 'ADJ' || lowerAt(features.tokens, next + 1) === 'than' || (pos === 'VERB' && word.endsWith('ing'));
}
/** Adjectives that say what is to come, whose date is that event's. */
const SCHEDULED = new Set(['due', 'overdue', 'set', 'scheduled', 'slated', 'expected', 'poised', 'about', 'ready', 'likely', 'unlikely', 'certain', 'sure', 'bound']);

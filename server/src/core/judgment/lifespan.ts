/**
 * A life told in brackets after a name ("Iris Murdoch (15 July 1919 - 8 February 1999)", read by
 * `features.ts` `lifespanOf`): its first date is the birth's, its second the death's. A claim of a
 * birth or a death is compared with the one it tells of; a claim of any other deed is told of
 * neither. Split from `valueSlots.ts`, which asks these once per pair whose source gives a life.
 */
import { compareValues, type ValueMention } from '../claims/values';
import type { SentenceFeatures } from './features';
import type { ConflictDetail } from './types';
import { sameYearlessDate, withDateQualifier } from './whenApart';

/** What a claim tells of a life. */
export type LifeEvent = 'born' | 'died' | 'none';

const BORN = /\b(?:born|birth)\b/i;
const DIED = /\b(?:died|dies|death|passed away|killed|murdered|assassinated|executed|slain)\b/i;

/** The claim tells of a birth, a death, or neither ('none'). */
export function lifeEventOf(claim: SentenceFeatures): LifeEvent {
  return BORN.test(claim.text) ? 'born' : DIED.test(claim.text) ? 'died' : 'none';
}

/**
 * The dates of a source's bracketed lifespan are its birth's and its death's: a claim that tells
 * of neither ("Iris Murdoch was murdered in 1919" / "Iris Murdoch (15 July 1919 - 8 February
 * 1999)") is told of another deed, which those dates neither date nor dispute. Returns `aside`
 * with them added (a new set: `aside` may be a cached one).
 */
export function withLifeDates(source: SentenceFeatures, lifeEvent: LifeEvent | undefined, aside: Set<ValueMention> | undefined): Set<ValueMention> | undefined {
  const life = source.lifespan;
  if (life === undefined || lifeEvent !== 'none') return aside;
  const from = life.born?.span.start ?? life.died?.span.start ?? 0;
  const to = life.died?.span.end ?? life.born?.span.end ?? 0;
  const dates = source.values.filter((b) => b.kind === 'date' && b.span.start >= from && b.span.end <= to);
  return dates.length === 0 ? aside : new Set([...(aside ?? []), ...dates]);
}

/**
 * "X was born on 22 September 1917" against the reference-work convention "X (22 September 1917 -
 * 11 June 2006)": the first date of the bracketed span is the birth, the second the death.
 */
export function lifespanComparison(claim: SentenceFeatures, source: SentenceFeatures, event: LifeEvent): { relation: 'same' | 'different'; conflict: ConflictDetail } | undefined {
  if (!source.lifespan || event === 'none') return undefined;
  const theirs = event === 'born' ? source.lifespan.born : source.lifespan.died;
  const found = claim.values.find((v) => v.kind === 'date');
  if (!theirs || !found) return undefined;
  const mine = withDateQualifier(claim, found);
  // "born in July" says nothing of the year: the month is what it commits to.
  const relation = sameYearlessDate(mine, theirs) ? 'same' : compareValues(mine, theirs, 0);
  if (relation === 'incomparable') return undefined;
  return {
    relation: relation === 'different' ? 'different' : 'same',
    conflict: { kind: 'date', claimValue: mine.text, sourceValue: theirs.text, claimSpan: mine.span, sourceSpan: theirs.span },
  };
}

/**
 * The values of two sentences compared slot by slot: each claim figure, date or duration paired
 * with the source's values about the same matter (their frames: the words around them), and
 * decided by the best-framed of them. `compare.ts` asks this once a source is known to be about
 * the claim's subject.
 */
import { boundExcludesFigure, compareValues, type ValueMention } from '../claims/values';
import type { ConflictDetail, ConflictKind } from './types';
import { type SentenceFeatures, termsNear } from './features';
import type { Term } from './terms';
import { type Alignment, termMatch } from './align';
import type { PairValues } from './pairModel';
import { RecentMap, RECENT_SENTENCES } from '../recent';
import { termsOf } from './termColumns';
import { sameSubjectAt, subjectsContrast } from './subjects';
import { agesOfTwoPeople, countAgainstDecimal, countsThings, distanceAnchor, distancesFromTwoPlaces, figuresApart, headUnnamed, type PartKind, partOfWhole, valuesOfOtherSubjects } from './valueMatters';
import { durationsApart, inARole, periodOfPlay, sameDateWording, sameYearlessDate, tellsAState, weekdayRelation, withDateQualifier } from './whenApart';
import { insideQuotation } from './quotedWords';
import { agreedValues, sameDate, sameFigure, sameMention } from './sameValues';
import { lifeEventOf, lifespanComparison, withLifeDates } from './lifespan';
import { clauseVerbMatch, deedOfAnotherFigure, durationsOfTwoDeeds, hasTenure, lengthsOfTwoThings, SAME_DEED, sharesOfTwoDeeds, valuesOfTwoDeeds, verbOfAnotherValue } from './twoDeeds';

/** Nouns counted as spells of time ("19 seasons with the 76ers"). */
const SPELLS = new Set(['season', 'term', 'campaign', 'stint']);

/** `agreeing` and `otherwise` as the pair model reads them; `disagreeing`: given otherwise in a frame too loose for a conflict. */
export interface ValueSlots extends PairValues {
  readonly conflict?: ConflictDetail;
  readonly disagreeing: number;
}

const VALUE_CONFLICT_KIND: Partial<Record<ValueMention['kind'], ConflictKind>> = {
  count: 'count', duration: 'duration', date: 'date', quantity: 'number', percent: 'number', money: 'number', age: 'number', ordinal: 'number',
};

/**
 * Two values are about the same matter when the words around them match: the same head noun or
 * a matched predicate nearby ("extended ... twice" / "extended ... for a fourth time").
 */
export function compareValueSlots(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ValueSlots {
  let agreeing = 0;
  let disagreeing = 0;
  let otherwise = 0;
  let conflict: ConflictDetail | undefined;
  // What the claim tells of a life, read only against a source that gives a lifespan in brackets.
  const lifeEvent = source.lifespan === undefined ? undefined : lifeEventOf(claim);
  const life = lifeEvent === undefined ? undefined : lifespanComparison(claim, source, lifeEvent);
  if (life) {
    if (life.relation === 'different') return { conflict: life.conflict, agreeing, disagreeing, otherwise };
    agreeing++;
  }
  // When the two sentences say the same thing but for their figures, the sentence is the frame.
  const sameStatement = alignment.coverage >= SAME_STATEMENT;
  // Whether one sentence dates when something takes effect and the other not: read once, when a date is compared.
  let effectApart: boolean | undefined;
  const aside = withLifeDates(source, lifeEvent, claim.values.length > 0 && source.values.length > 1 ? valuesOfOtherSubjects(claim, source) : undefined);
  const owner = claim.values.length > 0 && source.values.length > 0 ? agreedValues(claim, source, aside) : undefined;
  for (const original of claim.values) {
    if (original.vague) continue;
    // The same figure written alike after the same word agrees, however the frames around the
    // other figures score: "began 17 of the 34 matches ... in the starting eleven" is not
    // contradicted by itself, whatever "eleven" is paired with.
    if (source.values.some((b) => owner?.get(b) === original || (!aside?.has(b) && sameMention(claim, original, source, b)))) {
      agreeing++;
      continue;
    }
    const a = withDateQualifier(claim, original);
    const nearA = termsNear(claim, a);
    // Each claim value is paired with the source values about the same matter, and decided by
    // the best-framed of them: it agrees when one of those agrees ("1 dead, 2 injured" has a 1
    // for the 1), and conflicts only when none does. A figure framed less well ("grossed $181,674
    // ... on a budget of $160 million") is about something else and decides nothing.
    let agrees = false;
    // Whether the source gives a figure of this kind at all, and one alike, whatever its frame.
    let comparable = false;
    let alike = false;
    let topScore = 0;
    // `named`: a bound on one side denies the very figure of the other (`boundExcludesFigure`).
    // `firm`: framed by a verb and more, as a figure must be to disagree; a duration so framed is
    // about the same matter whatever the two subjects ("eight years into a refurbishment" / "a
    // ten-year refurbishment").
    let best: { b: ValueMention; score: number; named: boolean; firm: boolean } | undefined;
    let otherDeed = false;
    let otherCount = false;
    let loneOtherwise = false;
    // What the claim value's own words say of it, read at its first comparison: a part of a
    // counted whole, a stretch or a whole (null: none), the place a distance is measured from,
    // and whether a spell is told in a role (undefined: no spell).
    let mine: { part: PartKind | null; anchor: string | undefined; role: boolean | undefined } | undefined;
    for (const b of source.values) {
      if (b.vague || a.kind !== b.kind || aside?.has(b)) continue;
      // Another claim value's own: not this one's to compare; nor a sum of a measure another of
      // the claim's sums names when this one names none ("earned $716 million on $22.1 billion
      // in revenue" / "$39 billion in revenue": the revenue is the $22.1 billion's to compare).
      // Counted nouns are not so read: "a scoring record of 2,106" counts the points of "11
      // points" too.
      const owned = owner?.get(b);
      if (owned !== undefined && owned !== original) continue;
      if (a.kind === 'money' && a.head === undefined && b.head !== undefined && claim.values.some((c) => c !== original && c.kind === 'money' && c.head === b.head)) continue;
      if (a.kind === 'duration' && durationsApart(claim, a, source, b)) continue;
      if (figuresApart(a, b) || agesOfTwoPeople(claim, a, source, b)) continue;
      // The day a decision takes effect is not the day it was made ("The appointment takes effect
      // in May" / "was appointed on March 20").
      if (a.kind === 'date' && (effectApart ??= TAKES_EFFECT.test(claim.text) !== TAKES_EFFECT.test(source.text))) continue;
      // Approximations were widened by the tolerance when the values were read; exact figures stay exact.
      // A total against a figure of its own ("has so far lost seven soldiers" / "five soldiers
      // lost their lives on Wednesday"), an average or a rate against a single figure ("averaged
      // 22.8 points" / "scored 20 points"), a part of a whole against a count told alone ("10 of
      // the team's first 17 points" / "23 points"), a distance from another place ("13 miles
      // east of Cloverdale" / "three miles east of The Geysers"), or a spell in a role ("four
      // seasons as the team's director" / "19 seasons with the 76ers") neither bears the other
      // out nor disputes it, nor is it the same figure given otherwise; counting the same noun or
      // framed alike, it is about the claim's matter, which the source then does not state.
      mine ??= { part: partOfWhole(claim, a) ?? null, anchor: distanceAnchor(claim, a), role: isSpell(a) ? inARole(claim, a) : undefined };
      if (claim.totals.has(a) !== source.totals.has(b) || (a.rate === true) !== (b.rate === true) || mine.part !== (partOfWhole(source, b) ?? null) || distancesFromTwoPlaces(mine.anchor, source, b) || (mine.role !== undefined && mine.role !== inARole(source, b))) {
        if (!otherCount && a.head !== undefined && a.head === b.head) otherCount = true;
        else if (!otherCount) {
          const framed = frameScore(claim, nearA, a, source, termsNear(source, b), b);
          otherCount = framed.verb && framed.score >= FRAME_MATCH_NUMBER;
        }
        continue;
      }
      const relation = weekdayRelation(a, b) ?? (sameYearlessDate(a, b) ? 'same' : compareValues(a, b, 0));
      if (relation === 'incomparable') {
        otherCount ||= countOfAnotherNoun(claim, nearA, a, source, b);
        continue;
      }
      if (relation === 'different' && sameDateWording(a, b)) continue;
      const nearB = termsNear(source, b);
      // A figure of the deed another claim figure tells is that one's to compare: "Ten people are
      // killed and about 50 hurt" / "Two people were hurt" sets the two against the 50.
      if (relation === 'different' && a.kind === 'quantity' && deedOfAnotherFigure(claim, nearA, a, source, nearB, b)) continue;
      if (relation === 'different' && a.kind === 'quantity' && sharesOfTwoDeeds(claim, nearA, a, source, nearB, b)) {
        otherDeed = true;
        continue;
      }
      // Another deed's length, date or count given otherwise neither agrees nor disputes; the
      // source still gives no value alike for the claim's deed, nor one the pair model should
      // weigh as the claim's given otherwise.
      if ((a.kind === 'duration' && (durationsOfTwoDeeds(claim, nearA, a, source, nearB, b) || lengthsOfTwoThings(claim, nearA, a, source, nearB, b))) || ((a.kind === 'date' || a.kind === 'count') && valuesOfTwoDeeds(claim, nearA, a, source, nearB, b, alignment, sameStatement))) {
        otherDeed ||= relation === 'different';
        continue;
      }
      comparable = true;
      alike ||= relation !== 'different';
      const framed = frameScore(claim, nearA, a, source, nearB, b);
      // One value of the kind on each side of the same statement pairs them, whatever the verbs
      // ("made landfall ... on Wednesday" / "struck the coast ... on Thursday").
      const alone = sameStatement && onlyOfKind(claim, a) && onlyOfKind(source, b);
      // The one value of its kind on each side of the same statement, given otherwise, keeps the
      // source from bearing the claim out, however loosely the two are framed ("came out after
      // 2002" / "his 2002 summer club hit").
      loneOtherwise ||= alone && relation === 'different';
      const only = alone && alignment.coverage >= PAIRED_BY_STATEMENT && termsOf(claim).length >= 3;
      // Not a figure whose counted noun the other sentence never names, beside others: "about
      // 200,000 residents" is not the "5.6" of "a 5.6 quake", whatever else the two share.
      const boosted = sameStatement && (only || (framed.score > 0 && !headUnnamed(claim, a, source, b)));
      const { score, verb } = boosted ? { score: Math.max(framed.score, FRAME_MATCH_NUMBER), verb: true } : framed;
      if (score < FRAME_MATCH || score < topScore) continue;
      if (score > topScore) {
        topScore = score;
        agrees = false;
        best = undefined;
      }
      // Agreeing needs a frame; disagreeing on a figure needs a stronger one (its verb too), unless
      // one side's bound denies the other's very figure: that names the figure.
      if (relation !== 'different') agrees = true;
      else if (!best) {
        const named = boundExcludesFigure(a, b);
        // A figure counting things the other sentence never names ("10 temporary shelters" / "a
        // 9.1 temblor") is about something else, however well the verbs around them match: no
        // dispute, but no statement of the claim either.
        const framedByVerb = verb && score >= FRAME_MATCH_NUMBER;
        const countsOther = framedByVerb && ((countsThings(a, b) && headUnnamed(claim, a, source, b)) || countAgainstDecimal(a, b));
        otherCount ||= countsOther;
        if (a.kind === 'date' || a.kind === 'duration' || named || (framedByVerb && !countsOther)) best = { b, score, named, firm: framedByVerb && !countsOther };
      }
    }
    if (comparable && !alike) otherwise++;
    if (agrees) agreeing++;
    // A figure given otherwise is no dispute when the very figure stands in the source too, in
    // whatever frame: "two girls, aged 15 and 12" / "ages 12 and 15" is the same pair of ages in
    // another order, and "played 15 seasons, the first 11 with Philadelphia" gives the "11
    // seasons" of the claim; "fronted the Emmys in 2001 and 2005 (co-hosting them in 2003)" gives
    // the "2005" of the claim. (It costs a dispute now and then: "12 people were injured" / "18
    // injured and 12 arrested".)
    // Two quotations that give a figure otherwise are two speakers' words ("“I want two reasons”"
    // / "“I don't want six reasons”"); the same quotation altered is `quote/altered`'s to report.
    else if (best && !conflict && !source.values.some((b) => sameFigure(a, b) || sameDate(a, b)) && !(insideQuotation(claim, a.span.start) && insideQuotation(source, best.b.span.start)) && sameMatter(claim, a, source, best, alignment)) {
      const b = best.b;
      conflict = { kind: VALUE_CONFLICT_KIND[a.kind] ?? 'number', claimValue: a.text, sourceValue: b.text, claimSpan: a.span, sourceSpan: b.span };
    } else if (best || otherDeed || otherCount || loneOtherwise) disagreeing++;
  }
  return { conflict, agreeing, disagreeing, otherwise };
}

/**
 * A length, or a count of spells ("19 seasons"): told in a role ("four seasons as the team's
 * director of personnel") it is a part of one that names none, compared only with its like.
 */
function isSpell(a: ValueMention): boolean {
  return a.kind === 'duration' || SPELLS.has(a.head ?? '');
}

/**
 * A count of other things by the same deed ("three soldiers were arrested" / "five people were
 * arrested"), or a sum of another measure ("ended the quarter with $10 billion in cash" / "with
 * revenue totaling $100.5 billion"): the source gives the claim's matter otherwise, so it does not
 * bear the claim's figure out, and with nouns that need not be the same things it does not
 * dispute it either.
 */
function countOfAnotherNoun(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, b: ValueMention): boolean {
  if ((a.kind !== 'quantity' && a.kind !== 'money') || a.kind !== b.kind || a.head === undefined || b.head === undefined || a.head === b.head || a.rate || b.rate) return false;
  const framed = frameScore(claim, nearA, a, source, termsNear(source, b), b);
  return framed.verb && framed.score >= FRAME_MATCH_NUMBER;
}

/**
 * Whether a value given otherwise is about the claim's own matter, so that it conflicts: a bound
 * that denies the very figure names it; a duration framed by a verb and more is about what it
 * frames; other dates and durations, unless the two subjects each have a word the other lacks
 * (`subjects.ts`); a figure, when the claim's subject is the figure's own on both sides.
 */
function sameMatter(claim: SentenceFeatures, a: ValueMention, source: SentenceFeatures, best: { b: ValueMention; named: boolean; firm: boolean }, alignment: Alignment): boolean {
  if (best.named || (a.kind === 'duration' && best.firm)) return true;
  // A state told of two days holds on both: two days of one state are no dispute (`tellsAState`).
  if (a.kind === 'date' && tellsAState(claim) && tellsAState(source)) return false;
  if ((a.kind === 'date' || a.kind === 'duration') && !subjectsContrast(claim, source, alignment, true)) return true;
  return sameSubjectAt(claim, a.span.start, source, best.b.span.start, alignment);
}


/** Words that date when something starts to apply rather than when it was decided or done. */
const TAKES_EFFECT = /\b(?:(?:take|takes|took|taken|taking)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|effective\s+(?:from|on|as\s+of))\b/i;

/** Coverage at which the one value of a kind on each side is about the same matter, without a frame. */
const PAIRED_BY_STATEMENT = 0.75;

/** The sentence gives no other value of this kind. */
function onlyOfKind(features: SentenceFeatures, value: ValueMention): boolean {
  let count = 0;
  for (const v of features.values) if (v.kind === value.kind && !v.vague) count++;
  return count === 1;
}

/** Coverage at which two sentences state the same thing apart from their values. */
const SAME_STATEMENT = 0.6;


/**
 * Anchors two values need in common (a matched verb counts two) to be about the same matter.
 * Figures need more than dates: news copy is full of different counts of different things
 * ("16 injured" in one shelling, "55 injured" in another), so a count must share its verb and
 * something else (the counted noun, an actor) before it can disagree.
 */
const FRAME_MATCH = 2;
const FRAME_MATCH_NUMBER = 3;

/**
 * How strongly the words around two values say they are about the same matter: a matched verb
 * beside both counts two, a matched noun or entity one, the same counted noun one. Values whose
 * clauses name different people ("Ely put up 23 points" / "Lawson chipped in 16 points") are about
 * different matters whatever else they share.
 */
function frameScore(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): { score: number; verb: boolean } {
  const none = { score: 0, verb: false };
  // A date belongs to an event, told by a verb: both dates need a matching verb beside them
  // ("reopen ... in May" / "reopen ... in June"), not just shared nouns ("the vote follows Monday's").
  if ((a.kind === 'date' || periodOfPlay(claim, a)) && clauseVerbMatch(claim, nearA, a, source, nearB, b).best < SAME_DEED) return none;
  // Whose figure it is: the nearest person named with it, but not one in an aside ("- co-produced
  // by Richard Russell -") nor one after another verb ("released in 2011 and featured Brian Eno").
  const owner = (features: SentenceFeatures, near: readonly Term[], value: ValueMention) => nearest(near, value, (t) => t.key.startsWith('e:person:') && !inAsideApart(features, t, value) && !verbBetween(near, value, t));
  const personA = owner(claim, nearA, a);
  const personB = owner(source, nearB, b);
  if (personA && personB && termMatch(personA, personB) === 0) return none;
  let anchors = 0;
  let verbAnchor = false;
  // Counts of occurrences all count "times", whether written "twice" or "a fourth time".
  // Sums of money in one currency are of one kind, as a head noun would say.
  const sameHead = a.kind === 'count' || (a.head !== undefined && a.head === b.head) || (a.kind === 'money' && a.unit !== undefined && a.unit === b.unit);
  if (sameHead && a.kind !== 'date' && a.kind !== 'duration') anchors++;
  if (a.kind === 'duration' && hasTenure(claim, nearA, a) && hasTenure(source, nearB, b)) anchors += 2;
  // A verb that frames another value of the kind is no anchor of this one (read only where a
  // sentence has several values: most have one).
  const mine = claim.values.length > 1 ? nearA.filter((x) => x.pos !== 'verb' || !verbOfAnotherValue(claim, a, x)) : nearA;
  const theirs = source.values.length > 1 ? nearB.filter((y) => y.pos !== 'verb' || !verbOfAnotherValue(source, b, y)) : nearB;
  for (const x of mine) {
    for (const y of theirs) {
      const score = termMatch(x, y);
      const verb = x.pos === 'verb' && y.pos === 'verb';
      if ((verb && score >= 0.5) || (score >= 0.8 && (x.pos === 'verb' || y.pos === 'verb' || x.pos === 'noun' || x.pos === 'entity'))) {
        const isVerb = x.pos === 'verb' || y.pos === 'verb';
        anchors += isVerb ? 2 : 1;
        verbAnchor ||= isVerb;
        break;
      }
    }
  }
  return { score: anchors, verb: verbAnchor };
}

/** Bracketed or dash-delimited asides of a sentence, as offsets into its text; computed once per sentence. */
const ASIDE = /\([^()]*\)|\s[-\u2013\u2014]\s[^\u2013\u2014]*?\s[-\u2013\u2014]\s|\u2014[^\u2014]*\u2014/g;
const asidesOf = new RecentMap<SentenceFeatures, Array<[number, number]>>(RECENT_SENTENCES);
function asides(features: SentenceFeatures): Array<[number, number]> {
  let found = asidesOf.get(features);
  if (!found) {
    found = [];
    for (const m of features.text.matchAll(ASIDE)) found.push([features.span.start + m.index, features.span.start + m.index + m[0].length]);
    asidesOf.set(features, found);
  }
  return found;
}

/** A verb stands between a value and a term named after it: the term belongs to another clause. */
function verbBetween(near: readonly Term[], value: ValueMention, term: Term): boolean {
  if (term.start < value.span.end) return false;
  return near.some((t) => t.pos === 'verb' && t.start >= value.span.end && t.end <= term.start);
}

/** The term sits in an aside that does not hold the value too. */
function inAsideApart(features: SentenceFeatures, term: Term, value: ValueMention): boolean {
  return asides(features).some(([from, to]) => term.start >= from && term.end <= to && !(value.span.start >= from && value.span.end <= to));
}

function nearest(near: readonly Term[], value: ValueMention, test: (t: Term) => boolean): Term | undefined {
  let best: Term | undefined;
  let distance = Infinity;
  for (const t of near) {
    if (!test(t)) continue;
    const d = Math.min(Math.abs(t.start - value.span.end), Math.abs(value.span.start - t.end));
    if (d < distance) [best, distance] = [t, d];
  }
  return best;
}

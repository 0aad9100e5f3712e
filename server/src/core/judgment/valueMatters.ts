/**
 * Which of a source's values may be about a claim value's matter at all, before their frames are
 * compared (`valueSlots.ts`): not one in a clause about another subject, and not one whose
 * counted noun the other sentence never names.
 */
import { close, timesLarger, type ValueMention } from '../claims/values';
import { isUnitOfMeasure } from '../claims/values-context';
import type { SentenceFeatures } from './features';
import { claimSubjectWords, clauseSubjectMatch } from './subjects';
import { termsOf } from './termColumns';
import { posAt, runLength, startAt } from './tokenColumns';
import { opensRelativeWho, SUBJECT_HEAD_TAGS } from './clauses';
import { termMatch } from './align';
import type { Term } from './terms';
import { inValue, properNoun } from './names';

/**
 * The source's values that stand in a clause whose subject has a word the claim's lacks, when a
 * value of the same kind stands in a clause about the claim's subject alone (`clauseSubjectMatch`):
 * "The men's teams have won four titles while the women's teams have won ten" gives the women's
 * teams no four. Such a value is none of the claim's to compare, nor to agree with outright.
 */
export function valuesOfOtherSubjects(claim: SentenceFeatures, source: SentenceFeatures): Set<ValueMention> | undefined {
  let aside = valuesOfOtherPeople(claim, source);
  for (const kind of new Set(claim.values.filter((a) => !a.vague).map((a) => a.kind))) {
    const rivals = source.values.filter((b) => !b.vague && b.kind === kind);
    if (rivals.length < 2) continue;
    const claimSubject = claimSubjectWords(claim);
    const subjects = rivals.map((b) => clauseSubjectMatch(claimSubject, source, b.span.start));
    if (!subjects.some((s) => s.matched > 0 && s.unmatched === 0)) continue;
    rivals.forEach((b, i) => {
      if (subjects[i].unmatched > 0) (aside ??= new Set()).add(b);
    });
  }
  return aside;
}

/**
 * The source's values told of another person than the claim's: each side's figure belongs to the
 * last name before it that a verb follows ("Artino complemented Echenique inside by scoring 14
 * points and adding six rebounds" is Artino's; "Will Artino scored 14 points ... and Gregory
 * Echenique had 11 points, 11 rebounds" gives Echenique the 11s). A player's, a candidate's
 * figures are their own. `valueSlots.ts`'s frames read a figure's owner too, as the nearest person
 * with no verb between (its own phrase); this reads the doer a chain of verbs leads back to, which
 * that test cannot reach.
 */
function valuesOfOtherPeople(claim: SentenceFeatures, source: SentenceFeatures): Set<ValueMention> | undefined {
  const theirs = doersOfFigures(source);
  if (!theirs.some((doer) => doer !== undefined)) return undefined;
  // The claim's figures must all be one person's.
  const mine = doersOfFigures(claim).filter((_, i) => !claim.values[i].vague);
  const doer = mine[0];
  if (doer === undefined || mine.some((other) => other?.key !== doer.key)) return undefined;
  let aside: Set<ValueMention> | undefined;
  source.values.forEach((b, i) => {
    const other = theirs[i];
    // One of the two must be a person the tagger knows: two names of no known kind may be places ("Radwick Lane delivered").
    if (!b.vague && other !== undefined && (isPerson(doer) || isPerson(other)) && termMatch(doer, other) === 0) (aside ??= new Set()).add(b);
  });
  return aside;
}

/**
 * Who did what each of a sentence's figures counts: the last word before it that a verb or an
 * auxiliary follows, when that word is a person's name ("Gregory Echenique had 11 points"). A
 * common noun or a pronoun there ("a bus driver ... delivered 79 food parcels") leaves the doer
 * unnamed. Read once a sentence, in one pass: a source sentence meets many claims.
 */
function doersOfFigures(features: SentenceFeatures): ReadonlyArray<Term | undefined> {
  let doers = DOERS.get(features);
  if (doers !== undefined) return doers;
  const tokens = features.tokens;
  const length = runLength(tokens);
  const found: Array<Term | undefined> = [];
  let subject = -1;
  let k = 0;
  for (const value of features.values) {
    for (; k < length - 1 && (startAt(tokens, k + 1) ?? Infinity) < value.span.start; k++) {
      const next = posAt(tokens, k + 1);
      if ((next === 'VERB' || next === 'AUX') && SUBJECT_HEAD_TAGS.has(posAt(tokens, k) ?? '')) subject = relativeAntecedent(tokens, k);
    }
    const at = subject < 0 ? undefined : startAt(tokens, subject);
    found.push(at === undefined ? undefined : termsOf(features).find((t) => t.start <= at && at < t.end && personal(features, t)));
  }
  doers = found;
  DOERS.set(features, doers);
  return doers;
}
const DOERS = new WeakMap<SentenceFeatures, ReadonlyArray<Term | undefined>>();

/** "Mike Bell, who has had only six carries": a relative "who" after a comma stands for the name before it. */
function relativeAntecedent(tokens: SentenceFeatures['tokens'], k: number): number {
  return k >= 2 && opensRelativeWho(tokens, k - 1) && posAt(tokens, k - 2) === 'PROPN' ? k - 2 : k;
}

/** A person's name: a person the tagger knows, or a name of no known kind ("Artino"), not in a figure. */
function personal(features: SentenceFeatures, term: Term): boolean {
  return (isPerson(term) || (term.key.startsWith('l:') && properNoun(features, term))) && !inValue(features, term);
}
const isPerson = (term: Term) => term.key.startsWith('e:person:');

/** One of two figures counts a noun (its head) that the other sentence does not name, and the other counts none. */
export function headUnnamed(claim: SentenceFeatures, a: ValueMention, source: SentenceFeatures, b: ValueMention): boolean {
  const unnamed = (head: string, features: SentenceFeatures) => !termsOf(features).some((t) => t.lemma === head);
  if (a.head !== undefined && b.head === undefined) return unnamed(a.head, source);
  if (b.head !== undefined && a.head === undefined) return unnamed(b.head, claim);
  return false;
}

/**
 * Whether the figure of two that has a head noun counts things ("13 countries", "10 shelters"),
 * rather than measuring in a unit ("17 degrees", "150 meters") that the other may leave out or
 * glue to its figure ("minus 20", "200m"), or is the age of a thing it names ("a 41-year-old
 * murder case", against "a 60-year-old woman"). Money is left out: what follows a sum is seldom
 * what it counts ("$187.7 million worldwide"); so are ranks, whose noun is as often left out or
 * said otherwise ("the third that Marton has made" / "its second attempt").
 */
export function countsThings(a: ValueMention, b: ValueMention): boolean {
  const head = a.head ?? b.head;
  return (a.kind === 'quantity' || a.kind === 'age') && head !== undefined && !isUnitOfMeasure(head);
}

/**
 * A count of things, written in words or followed by what it counts ("five hurt", "four
 * bullets"), against a figure written with a decimal ("a magnitude of 6.1", "a 6.1 quake"): no
 * count of things has a fraction, so the two are about different matters, and neither disputes
 * nor bears out the other.
 */
export function countAgainstDecimal(a: ValueMention, b: ValueMention): boolean {
  return a.kind === 'quantity' && (countAgainstFraction(a, b) || countAgainstFraction(b, a));
}

function countAgainstFraction(count: ValueMention, other: ValueMention): boolean {
  if (!whole(count.value) || whole(other.value) || !DECIMAL.test(other.text)) return false;
  return !HAS_DIGIT.test(count.text) || (count.head !== undefined && !isUnitOfMeasure(count.head));
}
/** Whole, up to the float error of a scaled figure (`close`). */
function whole(value: number): boolean {
  return close(value, Math.round(value));
}
const HAS_DIGIT = /\d/;
/** A decimal as written, in tokenised copy too ("6.1", "6. 1"); "two-thirds of 31" is a share, not a measure. */
const DECIMAL = /\d\. ?\d/;

/**
 * Two ages of two people, each named with it ("Peterson, 32," / "his wife, 23-year-old Laci";
 * "17 - year - old Kristian" / "Jonathan Carrasquillo, 24,"): neither disputes the other. An age
 * is told beside its person's name, not by a verb, so `doersOfFigures` (the subject a verb
 * follows) cannot read its owner; this reads the name it stands with.
 */
export function agesOfTwoPeople(claim: SentenceFeatures, a: ValueMention, source: SentenceFeatures, b: ValueMention): boolean {
  if (a.kind !== 'age' || b.kind !== 'age') return false;
  const mine = ageOwner(claim, a);
  const theirs = mine === undefined ? undefined : ageOwner(source, b);
  return theirs !== undefined && mine !== theirs;
}

/**
 * The name an age is told of: the one before it in apposition ("Peterson, 32,") or the one after
 * "N-year-old" ("23-year-old Laci").
 */
function ageOwner(features: SentenceFeatures, value: ValueMention): string | undefined {
  const from = value.span.start - features.span.start;
  const to = value.span.end - features.span.start;
  const named = /old$/i.test(value.text) ? NAME_AFTER_AGE.exec(features.text.slice(to, to + 40)) : NAME_BEFORE_AGE.exec(features.text.slice(Math.max(0, from - 40), from));
  return named?.[1].toLowerCase();
}
const NAME_AFTER_AGE = /^\s+(\p{Lu}[\p{L}'’-]+)/u;
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}'’-]+),\s*$/u;

/**
 * Two figures so far apart that no report would mistake one for the other measure different
 * things ("At $22 billion, EDS had 3%" / "EDS shares soared $5.27", "10 houses were damaged" /
 * "about 1,500 houses"): neither disputes nor bears out the other. A slip of a figure stays within
 * a few times the other, or keeps its digits and slips its scale ("$5 million" / "$5 billion"),
 * which is still disputed.
 */
export function figuresApart(a: ValueMention, b: ValueMention): boolean {
  if ((a.kind !== 'quantity' && a.kind !== 'money') || a.kind !== b.kind) return false;
  const times = timesLarger(a.value, b.value);
  return Number.isFinite(times) && times > FIGURES_APART && !sameDigits(Math.abs(a.value), Math.abs(b.value));
}
const FIGURES_APART = 100;

/** The same significant digits at another scale: 5 and 5,000,000, 2.6 and 2,600. */
function sameDigits(x: number, y: number): boolean {
  const digits = (v: number) => v / 10 ** Math.floor(Math.log10(v));
  return Math.abs(digits(x) - digits(y)) < 1e-6;
}

/**
 * Two distances measured from two places ("13 miles east of Cloverdale" / "three miles east of
 * The Geysers", "seven km from Dargahan" / "35 miles southwest of Bandar Abbas") are two measures,
 * whatever they are distances of: neither disputes nor bears out the other.
 */
export function distancesFromTwoPlaces(claimAnchor: string | undefined, source: SentenceFeatures, b: ValueMention): boolean {
  const theirs = claimAnchor === undefined ? undefined : distanceAnchor(source, b);
  return theirs !== undefined && claimAnchor !== theirs;
}

/**
 * The place a distance is measured from, named after it ("... miles southwest of the port of
 * Bandar Abbas"), or the surface a depth is measured down from ("one mile below ground level",
 * "ten kilometres deep", `DEPTH`); `valueSlots.ts` reads a claim value's once, for
 * `distancesFromTwoPlaces`.
 */
export function distanceAnchor(features: SentenceFeatures, value: ValueMention): string | undefined {
  if (value.kind !== 'quantity' || value.unit === undefined || !isUnitOfMeasure(value.unit)) return undefined;
  const from = value.span.end - features.span.start;
  const after = features.text.slice(from, from + 80);
  if (DEPTH_AFTER.test(after)) return DEPTH;
  return DISTANCE_FROM.exec(after)?.[1].toLowerCase();
}
/** The anchor of a depth: no place's name, which `DISTANCE_FROM` reads capitalised and lowercases. */
const DEPTH = '(depth)';
const DEPTH_AFTER = /^(?:\s+\p{L}+)?\s+(?:deep\b|(?:below|beneath|under)\s+(?:the\s+)?(?:ground|surface|sea|seabed|sea\s+floor|earth)\b)/iu;
const DIRECTION = '(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?';
const DISTANCE_FROM = new RegExp(`^[\\s\\p{L}.]{0,12}?\\s(?:${DIRECTION}\\s+of|from|outside|off)\\s+(?:the\\s+(?:\\p{Ll}+\\s+of\\s+)?)?((?:\\p{Lu}[\\p{L}'’-]*\\s?)+)`, 'u');

/**
 * A count of part of a whole that is counted too ("won 21 of 25 fights", "Three of the four
 * soldiers ... died"), that whole ("of the office's 40 employees"), or a stretch of one ("his first
 * 17 points", "the last two games", "the past five seasons"): the members so picked out, and the
 * whole they are picked from, are another matter than a count of the kind told alone, and only
 * another such figure is compared with them (as a total is only with a total). "17 of the
 * hijacked ships", a whole not counted, may be all of them.
 */
export function partOfWhole(features: SentenceFeatures, value: ValueMention): PartKind | undefined {
  const from = value.span.end - features.span.start;
  // "arrested three times since October", "twice in the past year": how often within a stretch.
  if (value.kind === 'count') return COUNT_WITHIN_STRETCH.test(features.text.slice(from, from + 40)) ? 'stretch' : undefined;
  if (value.kind !== 'quantity') return undefined;
  const to = value.span.start - features.span.start;
  const before = features.text.slice(Math.max(0, to - 40), to);
  if (PART_OF_COUNTED.test(features.text.slice(from, from + 40)) || placeAlone(features.text, from, to)) return 'part';
  if (STRETCH_BEFORE.test(before)) return 'stretch';
  return WHOLE_COUNTED.test(before) ? 'whole' : undefined;
}
/**
 * A figure told of one place "alone" ("killing 170,000 people in Sumatra alone", "In the United
 * States alone, the band has sold more than 7 million units"): a part of a whole told elsewhere
 * ("about 230,000 people across Asia"). The place stands after the figure in its clause, or
 * opens the sentence before it.
 */
function placeAlone(text: string, from: number, to: number): boolean {
  return PLACE_ALONE_AFTER.test(text.slice(from, from + 80)) || PLACE_ALONE_BEFORE.test(text.slice(0, to));
}
const PLACE_ALONE = '(?:in|across)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\'’.-]*\\s+)+alone\\b';
const PLACE_ALONE_AFTER = new RegExp(`^[^,;:]{0,60}?\\b${PLACE_ALONE}`, 'u');
const PLACE_ALONE_BEFORE = new RegExp(`^${PLACE_ALONE}[^;:]*$`, 'iu');
/**
 * A count of some of a group not counted ("Two of the bombs", "six of his points"): `valueSlots.ts`
 * reads it as a part when its deed is another than that of a count of the group.
 */
export function isShare(features: SentenceFeatures, value: ValueMention): boolean {
  const from = value.span.end - features.span.start;
  const after = features.text.slice(from, from + 40);
  return SHARE_OF.test(after) && !PART_OF_COUNTED.test(after);
}
const SHARE_OF = /^\s+of\s+(?:the|my|his|her|their|our|its|your|those|these|them|us)\b/i;
/** A part of a counted whole ("29 of 34 passes"), a stretch ("his first 17 passes"), or the whole counted ("of the office's 40 employees"): each is compared only with its like. */
export type PartKind = 'part' | 'stretch' | 'whole';
const NUMBER_WORD = '(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|\\w+ty)\\b)';
const PART_OF_COUNTED = new RegExp(`^\\s+(?:out\\s+)?of\\s+(?:[\\p{L}'’]+\\s+){0,4}${NUMBER_WORD}`, 'iu');
const WHOLE_COUNTED = new RegExp(`${NUMBER_WORD}\\s+(?:out\\s+)?of\\s+(?:[\\p{L}'’]+\\s+){0,3}$`, 'iu');
const COUNT_WITHIN_STRETCH = /^\s+(?:since\b|(?:in|during|over)\s+the\s+(?:last|past)\b|(?:this|last)\s+(?:year|season|month|week)\b)/i;
const STRETCH_BEFORE = /\b(?:first|last|final|opening|past|next)\s+$/i;

/**
 * Two sizes of a product named in the two sentences, none the same ("the 15-inch MacBook Pro" /
 * "the new 17-inch MacBook Pro", "the 13-inch option", "the 17" MacBook Pro"): two products, whose
 * prices, battery lives and parts are not in dispute. A size that measures something ("0.98 inches
 * thin", "17.5 inches high") names no product.
 */
export function variantsApart(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  const mine = sizesNamed(claim.text);
  if (mine.length === 0) return false;
  const theirs = sizesNamed(source.text);
  return theirs.length > 0 && !mine.some((size) => theirs.includes(size));
}
function sizesNamed(text: string): number[] {
  if (!INCH_MARK.test(text)) return [];
  return [...text.matchAll(SIZE_NAMED)].map((m) => Number(m[1].replace(/\s/g, '')));
}
const INCH_MARK = /inch|″|"/;
const SIZE_NAMED = /(\d+(?:\.\s?\d+)?)\s?(?:-\s?inch(?:es)?|inch(?:es)?|″|")\s+(?=\p{Lu}|(?:models?|versions?|options?|notebooks?|laptops?|screens?|displays?|tablets?|phones?)\b)/gu;

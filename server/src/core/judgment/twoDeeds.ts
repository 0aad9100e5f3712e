/**
 * Whether two values are told of two deeds: the verbs of each value's own clause, and what they
 * say of the deed (opposite deeds, done and still to come, done to two things, some of a group
 * picked out by another deed). `valueSlots.ts` asks these once two values are compared.
 */
import type { ValueMention } from '../claims/values';
import type { Term } from './terms';
import { type Alignment, termMatch } from './align';
import { type SentenceFeatures, termsNear } from './features';
import { termsOf } from './termColumns';
import { isShare } from './valueMatters';
import { objectAfter } from './stance';
import { asserted } from './mood';
import { modifiesNoun } from './nlp';
import { tokensOf } from './tokenColumns';
import { antonymous } from '../lexicon/wordnet';
import { COORDINATORS } from './clauses';

/** Verbs of holding a role or pursuing an activity over time ("served for nine years", "a career spanning"). */
const TENURE_VERBS = new Set(['lead', 'serve', 'rule', 'head', 'govern', 'work', 'span']);
/**
 * Nouns for the time someone holds a role: a duration next to one of them is the length of a
 * tenure, whichever of these words each article uses.
 */
const TENURE_NOUNS = new Set(['term', 'tenure', 'leadership', 'reign', 'presidency', 'premiership', 'mandate', 'stint', 'spell', 'chairmanship', 'rule', 'service', 'career', 'administration', 'incumbency']);
/** How well two verbs match (`termMatch`) to tell one deed: the same verb or a synonym. */
export const SAME_DEED = 0.8;

/**
 * Verbs of the value's own clause: none of ",;:" or a dash stands between them and the value, nor
 * a conjunction before a new subject ("divorced in 1947 and Page continued her modelling", "began
 * modelling in 1950 when she met").
 */
function clauseVerbs(features: SentenceFeatures, near: readonly Term[], value: ValueMention): Term[] {
  // A participle before a noun ("on charges of attempted murder") tells no deed.
  const tokens = tokensOf(features);
  const tellsDeed = (t: Term) => t.pos === 'verb' && !modifiesNoun(tokens, t.token, true);
  let verbs = near.filter(tellsDeed);
  const text = features.text;
  const offset = features.span.start;
  // A length before an event ("takes effect nine days before Obama's inauguration") measures the
  // clause's deed from the event, whose own verb ("before Obama takes office") is no deed of the
  // length's; in a phrase opening the sentence, the deed is the main clause's ("Six weeks before
  // Obama takes office, the administration is changing the rules").
  if (value.kind === 'duration' && OFFSET_AFTER.test(text.slice(value.span.end - offset))) {
    verbs = verbs.filter((t) => t.end <= value.span.start);
    const opening = text.slice(0, value.span.start - offset);
    if (verbs.length === 0 && !/[,;:]/.test(opening)) {
      const comma = text.indexOf(',', value.span.end - offset);
      const main = comma < 0 ? undefined : termsOf(features).find((t) => t.start - offset > comma && tellsDeed(t));
      return main ? [main] : [];
    }
  }
  return verbs.filter((t) => {
    const from = Math.min(t.end, value.span.end) - offset;
    const to = Math.max(t.start, value.span.start) - offset;
    const between = text.slice(from, to);
    return !/[,;:\u2013\u2014]|\s-\s/.test(between) && !NEW_CLAUSE.test(between);
  });
}
const OFFSET_AFTER = /^\s+(?:before|after|ahead\s+of|prior\s+to)\b/i;
const NEW_CLAUSE = /\b(?:and|but|while|whereas|when|after|before|because|as|although)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}'’-]*|he|she|they|it|we)\s/u;

/**
 * A duration told by a verb on both sides measures that deed: "voted in the province for thirty
 * years" is not "governed the province for five years", though the place, and even the person, is
 * the same; the two are never in dispute, however much else the sentences share. A length of
 * office on both sides ("led" / "served as mayor") is one matter whatever the verbs, and a length
 * that qualifies a noun ("handed him a fourteen-year sentence") measures the noun.
 */
export function durationsOfTwoDeeds(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): boolean {
  if (a.head !== undefined || b.head !== undefined) return false;
  if (hasTenure(claim, nearA, a) && hasTenure(source, nearB, b)) return false;
  const verbs = clauseVerbMatch(claim, nearA, a, source, nearB, b);
  return verbs.bothTold && verbs.best < 0.5;
}

/**
 * A length that qualifies a noun ("serving a 12-year sentence") measures that thing, and a bare
 * length in a sentence that never names it ("For two decades, Gigante was head of the family")
 * measures another; "was sentenced to 12 years" names it by its verb, two tenures ("a nine-year
 * term" / "led the board for ten years") are one, and so are the lengths of one deed ("served
 * most of a six-month sentence" / "after serving more than four years").
 */
export function lengthsOfTwoThings(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): boolean {
  if ((a.head === undefined) === (b.head === undefined)) return false;
  const [thing, bareSide, bareNear, bare] = a.head !== undefined ? [a.head, source, nearB, b] as const : [b.head!, claim, nearA, a] as const;
  if (termsOf(bareSide).some((t) => t.lemma === thing)) return false;
  if (TENURE_NOUNS.has(thing) && hasTenure(bareSide, bareNear, bare)) return false;
  // The same deed on both sides holds the same thing: "served most of a six-month sentence" /
  // "after serving more than four years".
  return clauseVerbMatch(claim, nearA, a, source, nearB, b).best < SAME_DEED;
}

/**
 * The verbs of two values' own clauses (`clauseVerbs`): whether each value has one, and how well
 * the best pair of them match (`termMatch`, 0 when either has none).
 */
export function clauseVerbMatch(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): { bothTold: boolean; best: number } {
  const verbsA = clauseVerbs(claim, nearA, a);
  const verbsB = clauseVerbs(source, nearB, b);
  let best = 0;
  for (const x of verbsA) for (const y of verbsB) best = Math.max(best, termMatch(x, y));
  return { bothTold: verbsA.length > 0 && verbsB.length > 0, best };
}

/**
 * Dates, and counts of times, of two deeds: opposite deeds ("ended her modeling career in 1957" /
 * "began a career in modeling in 1950"), each with its own, whatever else the two clauses share;
 * the same deed once done and once still to come or only possible (`asserted`: "previously
 * hosted the Oscars in 2007" / "DeGeneres to host 2014 Oscars", "has hosted the show three
 * times" / "will host the show for the fourth time"): what happened and what is planned are two
 * occasions; the same deed done to two things, the claim's named nowhere in the source
 * ("winning an Emmy in 2005" / "won a Tony Award in 2004"); or, for dates, two deeds told by verbs
 * of no kin ("was acquitted in 1958" / "was charged in 1957").
 */
export function valuesOfTwoDeeds(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention, alignment: Alignment, sameStatement: boolean): boolean {
  // A date may stand further from its verb than the words around a figure reach ("graduated from
  // the University of Oklahoma with a bachelor's degree in geology in 1951"): its clause's verbs.
  const verbsOf = (features: SentenceFeatures, near: readonly Term[], value: ValueMention) => {
    const verbs = clauseVerbs(features, near, value);
    return verbs.length > 0 || value.kind !== 'date' ? verbs : clauseVerbs(features, termsOf(features), value);
  };
  const verbsB = verbsOf(source, nearB, b);
  if (verbsB.length === 0) return false;
  const verbsA = verbsOf(claim, nearA, a);
  // Whether the deed is done or still to come is its verb's nearest the value: "voted on April 26
  // to close the bridge" is done (the date is the vote's), "DeGeneres picked to host 2014 Oscars"
  // to come (the date is the hosting's).
  const done = (features: SentenceFeatures, verbs: readonly Term[], value: ValueMention) => asserted(features, nearestTo(verbs, value));
  let apartInTime: boolean | undefined;
  // Dates told by verbs of no kin, with no verb of one deed on both sides, date two deeds ("was
  // acquitted in 1958" / "was charged in 1957"), unless the two sentences say the same thing but
  // for their verbs and dates ("approved the budget on Wednesday" / "passed the budget on
  // Thursday"), the claim's verb answered nowhere else in the source ("was born Oct. 11, 1928" /
  // "Born in Athens, LaRue ... graduated ... in 1951" answers it in another clause).
  if (a.kind === 'date' && verbsA.length > 0) {
    const mine = nearestTo(verbsA, a);
    if (termMatch(mine, nearestTo(verbsB, b)) === 0 && !verbsA.some((x) => verbsB.some((y) => termMatch(x, y) >= SAME_DEED))) {
      const answer = alignment.partners[termsOf(claim).indexOf(mine)];
      if (!sameStatement || (answer !== undefined && !verbsB.includes(answer))) return true;
    }
  }
  return verbsA.some((x) => verbsB.some((y) => antonymous(x.lemma, y.lemma, 'verb') || (termMatch(x, y) >= SAME_DEED && ((apartInTime ??= done(claim, verbsA, a) !== done(source, verbsB, b)) || doneToTwoThings(claim, x, source, y, alignment)))));
}

/**
 * Some members of a group picked out by what they did, the group not counted ("Two of the bombs
 * fell within the camp", "Two of my children are sick"), against a count of the group told of
 * another deed ("four bombs were dropped", "fled with her husband and six children"): the part
 * and the whole, not one figure given twice. Told of the same deed ("released 17 of the hijacked
 * ships" / "released 20 hijacked ships"), the two are one count.
 */
export function sharesOfTwoDeeds(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): boolean {
  if (isShare(claim, a) === isShare(source, b)) return false;
  const verbs = clauseVerbMatch(claim, nearA, a, source, nearB, b);
  return !verbs.bothTold || verbs.best < SAME_DEED;
}

/**
 * A verb joined to another value of the same kind, and parted from this one by a coordinating
 * conjunction ("and", "but", `clauses.ts` `COORDINATORS`) or a comma, frames that one: in "Ten
 * people were killed and at least 50 injured", "injured" is the 50's and "killed" the ten's,
 * however near both stand to each.
 */
export function verbOfAnotherValue(features: SentenceFeatures, value: ValueMention, verb: Term): boolean {
  const parted = (v: ValueMention) => {
    const from = Math.min(verb.end, v.span.end) - features.span.start;
    const to = Math.max(verb.start, v.span.start) - features.span.start;
    return from < to && JOINT.test(features.text.slice(from, to));
  };
  return parted(value) && features.values.some((v) => v !== value && v.kind === value.kind && !v.vague && !parted(v));
}
const JOINT = new RegExp(`[,;]|\\s(?:${COORDINATORS.join('|')})\\s`, 'i');

/** The verbs of a value's own clause (`clauseVerbs`), less those that frame another value of its kind (`verbOfAnotherValue`). */
function ownVerbs(features: SentenceFeatures, near: readonly Term[], value: ValueMention): Term[] {
  return clauseVerbs(features, near, value).filter((verb) => !verbOfAnotherValue(features, value, verb));
}

/**
 * The source figure is told of another deed than the claim figure, and another figure of the
 * claim is told of the source's deed ("Ten people are killed and about 50 hurt" / "Two people
 * were hurt"): the source's figure is that one's to compare, not this one's.
 */
export function deedOfAnotherFigure(claim: SentenceFeatures, nearA: readonly Term[], a: ValueMention, source: SentenceFeatures, nearB: readonly Term[], b: ValueMention): boolean {
  const others = claim.values.filter((c) => c !== a && c.kind === a.kind && !c.vague);
  if (others.length === 0) return false;
  const verbsB = ownVerbs(source, nearB, b);
  if (verbsB.length === 0) return false;
  const tellsTheirDeed = (verbs: readonly Term[]) => verbs.some((x) => verbsB.some((y) => termMatch(x, y) >= SAME_DEED));
  return !tellsTheirDeed(ownVerbs(claim, nearA, a)) && others.some((c) => tellsTheirDeed(ownVerbs(claim, termsNear(claim, c), c)));
}

/** The term of `terms` (not empty) that stands nearest a value. */
function nearestTo(terms: readonly Term[], value: ValueMention): Term {
  const distance = (t: Term) => (t.end <= value.span.start ? value.span.start - t.end : t.start - value.span.end);
  return terms.reduce((best, t) => (distance(t) < distance(best) ? t : best));
}

/** Each verb's object is named, and the claim's nowhere in the source. */
function doneToTwoThings(claim: SentenceFeatures, x: Term, source: SentenceFeatures, y: Term, alignment: Alignment): boolean {
  const mine = objectAfter(claim, x);
  const theirs = mine === undefined ? undefined : objectAfter(source, y);
  return mine !== undefined && theirs !== undefined && termMatch(mine, theirs) === 0 && alignment.partners[termsOf(claim).indexOf(mine)] === undefined;
}

export function hasTenure(features: SentenceFeatures, near: readonly Term[], value: ValueMention): boolean {
  if ((value.head !== undefined && TENURE_NOUNS.has(value.head)) || near.some((t) => TENURE_NOUNS.has(t.lemma) || (t.pos === 'verb' && TENURE_VERBS.has(t.lemma)))) return true;
  // A state that has lasted: "has been an actor for three decades", "has been working for 30 years".
  const before = features.text.slice(0, value.span.start - features.span.start);
  return /\b(?:has|have|had) been\b[^.;:]*\bfor\s*$/i.test(before);
}

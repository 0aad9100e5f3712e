/**
 * The pair model: for a simple claim and a sentence about the same subject that neither states
 * it nor disagrees on a slot, how likely the sentence supports (rather than contradicts) the
 * claim. A logistic regression over explainable features, fitted by `scripts/train-pair-model.mjs`
 * on FEVER-Symmetric's training pairs and the project's own fixtures only (never on the sets
 * reported), with its weights shipped in `pair-model.json`.
 */
import model from './pair-model.json';
import { compareValues } from '../claims/values';
import { type Alignment, areAntonyms } from './align';
import type { SentenceFeatures, Term } from './features';
import { properNoun } from './names';
import type { StatementParts } from './substitution';

export const PAIR_FEATURES = [
  'bias', 'coverage', 'core', 'subject', 'predicate', 'heads', 'claimNegated', 'sourceNegated',
  'valuesAgree', 'unmatchedShare', 'claimLength', 'implicitSubject', 'hedged', 'sourceLength',
  'valueDiffers', 'siblingSwap', 'nameSwap',
] as const;

export function pairFeatureVector(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, parts: StatementParts, agreeingValues: number): number[] {
  const unmatched = alignment.partners.filter((p) => p === undefined).length;
  const { mine, theirs } = leftovers(claim, source, alignment);
  const values: Record<(typeof PAIR_FEATURES)[number], number> = {
    bias: 1,
    coverage: alignment.coverage,
    core: alignment.core,
    subject: parts.subjectMatched ? 1 : 0,
    predicate: parts.predicateMatched ? 1 : 0,
    heads: parts.heads,
    claimNegated: claim.terms.some((t) => t.negated) ? 1 : 0,
    sourceNegated: source.terms.some((t) => t.negated) ? 1 : 0,
    valuesAgree: agreeingValues > 0 ? 1 : 0,
    unmatchedShare: claim.terms.length ? unmatched / claim.terms.length : 1,
    claimLength: Math.min(claim.terms.length, 12) / 12,
    implicitSubject: source.implicitSubject ? 1 : 0,
    hedged: claim.hedged ? 1 : 0,
    sourceLength: Math.min(source.terms.length, 30) / 30,
    valueDiffers: valueDiffers(claim, source) ? 1 : 0,
    siblingSwap: mine.some((a) => theirs.some((b) => siblings(a, b))) ? 1 : 0,
    nameSwap: mine.some((a) => theirs.some((b) => sameKindOfName(claim, a, source, b))) ? 1 : 0,
  };
  return PAIR_FEATURES.map((name) => values[name]);
}

/** The claim's terms the source has no partner for, and the source's terms no claim term took. */
function leftovers(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): { mine: Term[]; theirs: Term[] } {
  const used = new Set(alignment.partners.filter((t): t is Term => t !== undefined));
  return { mine: claim.terms.filter((_, i) => alignment.partners[i] === undefined), theirs: source.terms.filter((t) => !used.has(t)) };
}

/**
 * The claim gives a figure or date that the source gives otherwise and nowhere alike: "a 2002
 * film" against "a 1992 film". The slot comparison leaves such pairs alone when no verb frames
 * both values; in a simple statement about the same subject, the other figure is a strong sign
 * of a substituted one.
 */
function valueDiffers(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  return claim.values.some((a) => {
    if (a.vague) return false;
    const relations = source.values.filter((b) => !b.vague && b.kind === a.kind).map((b) => compareValues(a, b, 0)).filter((r) => r !== 'incomparable');
    return relations.length > 0 && relations.every((r) => r === 'different');
  });
}

/**
 * Two different common words of one kind in the place of each other: co-hyponyms, which WordNet
 * puts under one parent (actor / singer, city / state), or antonyms (win / lose). Neither
 * sentence has a partner for its word, so one says something else of the same subject.
 */
function siblings(a: Term, b: Term): boolean {
  if (a.pos === 'entity' || a.pos !== b.pos || a.key === b.key) return false;
  return a.broader.some((x) => b.broader.includes(x)) || areAntonyms(a, b);
}

/**
 * Two different names of one kind: two countries or nationalities (American / British), two
 * people, two organisations, or two proper nouns the lexicon does not know. Offices are titles,
 * not names.
 */
function sameKindOfName(claim: SentenceFeatures, a: Term, source: SentenceFeatures, b: Term): boolean {
  const kind = (t: Term) => (t.pos === 'entity' ? t.key.split(':')[1] : undefined);
  if (a.pos === 'entity' && b.pos === 'entity') return kind(a) !== 'office' && kind(a) === kind(b) && a.key !== b.key;
  return properNoun(claim, a) && properNoun(source, b) && a.key !== b.key;
}

/** Probability that the source supports the claim, from the shipped weights. */
export function supportProbability(vector: readonly number[]): number {
  const weights = model.weights as readonly number[];
  let z = 0;
  for (let i = 0; i < vector.length; i++) z += (weights[i] ?? 0) * vector[i];
  return 1 / (1 + Math.exp(-z));
}

/** Below this the sentence contradicts the claim; above `SUPPORT_ABOVE` it supports it. */
export const CONTRADICT_BELOW = model.contradictBelow as number;
export const SUPPORT_ABOVE = model.supportAbove as number;

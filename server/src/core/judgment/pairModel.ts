/**
 * The pair model: for a simple claim and a sentence about the same subject that neither states
 * it nor disagrees on a slot, how likely the sentence supports (rather than contradicts) the
 * claim. A logistic regression over explainable features, fitted by `scripts/train-pair-model.mjs`
 * on FEVER-Symmetric's training pairs and the project's own fixtures only (never on the sets
 * reported), with its weights shipped in `pair-model.json`.
 */
import model from './pair-model.json';
import type { Alignment } from './align';
import type { SentenceFeatures } from './features';
import type { StatementParts } from './substitution';

export const PAIR_FEATURES = [
  'bias', 'coverage', 'core', 'subject', 'predicate', 'heads', 'claimNegated', 'sourceNegated',
  'valuesAgree', 'unmatchedShare', 'claimLength', 'implicitSubject', 'hedged', 'sourceLength',
] as const;

export function pairFeatureVector(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, parts: StatementParts, agreeingValues: number): number[] {
  const unmatched = alignment.partners.filter((p) => p === undefined).length;
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
  };
  return PAIR_FEATURES.map((name) => values[name]);
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

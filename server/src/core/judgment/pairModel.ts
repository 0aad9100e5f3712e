/**
 * The pair model: for a simple claim and a sentence about the same subject and predicate that
 * does not disagree on a slot, how likely the sentence supports (rather than contradicts) the
 * claim. The judge asks it when the sentence does not state the claim, and also when it does but
 * a word differs in a telling way (`wordsDiffer`: a substituted year or an opposite word leaves
 * the overlap high). A logistic regression over explainable features, fitted by `scripts/train-pair-model.mjs`
 * on FEVER-Symmetric's training pairs and the project's own fixtures only (never on the sets
 * reported), with its weights shipped in `pair-model.json`.
 */
import model from './pair-model.json';
import type { Alignment } from './align';
import { antonymous } from '../lexicon/wordnet';
import type { SentenceFeatures } from './features';
import type { StatementParts } from './substitution';
import { tokensOf } from './tokenColumns';
import { termsOf } from './termColumns';

export const PAIR_FEATURES = [
  'bias', 'coverage', 'core', 'subject', 'predicate', 'heads', 'claimNegated', 'sourceNegated',
  'valuesAgree', 'unmatchedShare', 'claimLength', 'implicitSubject', 'hedged', 'sourceLength',
  'valueDiffers', 'opposedWord',
] as const;

/** How the claim's values fare in the source (`compareValueSlots` in compare.ts). */
export interface PairValues {
  /** Values the source gives alike, in a matching frame. */
  readonly agreeing: number;
  /**
   * Values of a kind the source gives too, but nowhere alike, whatever the frame ("a 2002 film" /
   * "a 1992 film", where no verb frames either year).
   */
  readonly otherwise: number;
}

export function pairFeatureVector(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, parts: StatementParts, values: PairValues): number[] {
  const unmatched = alignment.partners.filter((p) => p === undefined).length;
  const features: Record<(typeof PAIR_FEATURES)[number], number> = {
    bias: 1,
    coverage: alignment.coverage,
    core: alignment.core,
    subject: parts.subjectMatched ? 1 : 0,
    predicate: parts.predicateMatched ? 1 : 0,
    heads: parts.heads,
    claimNegated: termsOf(claim).some((t) => t.negated) ? 1 : 0,
    sourceNegated: termsOf(source).some((t) => t.negated) ? 1 : 0,
    valuesAgree: values.agreeing > 0 ? 1 : 0,
    unmatchedShare: termsOf(claim).length ? unmatched / termsOf(claim).length : 1,
    claimLength: Math.min(termsOf(claim).length, 12) / 12,
    implicitSubject: source.implicitSubject ? 1 : 0,
    hedged: claim.hedged ? 1 : 0,
    sourceLength: Math.min(termsOf(source).length, 30) / 30,
    // A year or figure the source gives otherwise ("a 2002 film" / "a 1992 film"), where no
    // verb frames the two values and the slot comparison leaves them alone: a sign of a substitution.
    valueDiffers: values.otherwise > 0 ? 1 : 0,
    opposedWord: opposedWord(claim, source) ? 1 : 0,
  };
  return PAIR_FEATURES.map((name) => features[name]);
}

/** Parts of speech whose words can be opposites, with WordNet's name for each. */
const OPPOSABLE: Readonly<Record<string, 'noun' | 'verb' | 'adj'>> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adj' };

type OpposableWord = { readonly lemma: string; readonly pos: 'noun' | 'verb' | 'adj' };
let lastClaim: { features: SentenceFeatures; words: OpposableWord[] } | undefined;

/** The words of a sentence that can have opposites, as lemmas (an adverb in "-ly" as its adjective). */
function opposableWords(f: SentenceFeatures): OpposableWord[] {
  return tokensOf(f).flatMap((t) => {
    const pos = OPPOSABLE[t.pos];
    if (!pos || t.stop || t.lower.length < 3) return [];
    // An adverb in "-ly" is read as its adjective; short ones ("only", "early") are no such pair.
    const lemma = t.pos === 'ADV' ? t.lower.replace(/ly$/, '') : t.lemma.toLowerCase();
    if (t.pos === 'ADV' && (lemma === t.lower || lemma.length < 4)) return [];
    return [{ lemma, pos }];
  });
}

/**
 * The source uses the opposite of a word of the claim, and not the word itself: "was positively
 * reviewed" / "received negative reviews", "was a king" / "was the first Queen". Read from the
 * tokens, not the terms, because the word may sit where the terms do not see it: an adverb (read
 * as its adjective, "positively" as "positive"), or a title that both sentences fold into one
 * office ("king" and "queen" are both a monarch).
 */
function opposedWord(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  // A claim is compared with its candidates one after another: its words are read once.
  if (lastClaim?.features !== claim) lastClaim = { features: claim, words: opposableWords(claim) };
  const mine = lastClaim.words;
  const theirs = opposableWords(source);
  const has = (list: readonly OpposableWord[], lemma: string) => list.some((w) => w.lemma === lemma);
  return mine.some((a) => !has(theirs, a.lemma) && theirs.some((b) => b.pos === a.pos && !has(mine, b.lemma) && opposite(a.lemma, b.lemma, a.pos)));
}

const oppositeCache = new Map<string, boolean>();
const MAX_CACHED_PAIRS = 100_000;
function opposite(a: string, b: string, pos: 'noun' | 'verb' | 'adj'): boolean {
  const key = `${pos}|${a}|${b}`;
  let answer = oppositeCache.get(key);
  if (answer === undefined) {
    // Word pairs grow with the corpus, unlike single words: the cache is bounded.
    if (oppositeCache.size >= MAX_CACHED_PAIRS) oppositeCache.clear();
    oppositeCache.set(key, (answer = antonymous(a, b, pos)));
  }
  return answer;
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

const VALUE_DIFFERS = PAIR_FEATURES.indexOf('valueDiffers');
const OPPOSED_WORD = PAIR_FEATURES.indexOf('opposedWord');

/** Whether a pair's features show a telling difference between the two sentences' words. */
export function wordsDiffer(vector: readonly number[]): boolean {
  return vector[VALUE_DIFFERS] === 1 || vector[OPPOSED_WORD] === 1;
}

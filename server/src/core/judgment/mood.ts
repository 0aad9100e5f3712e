/**
 * The mood of a word: stated as a fact (`asserted`), or told as an intention, a possibility or a
 * command; and told as only possible (`possibly`). A denial conflicts only with a statement of
 * the same mood, and a possibility with nothing (`stance.ts`, `opposites.ts`, `twoDeeds.ts`).
 */
import type { SentenceFeatures } from './features';
import { negationCueAt } from './negation';
import type { Term } from './terms';
import { tokensOf } from './tokenColumns';

/** Modal verbs (with the contracted forms wink gives: "wo" of "won't", "ca" of "can't", "'ll", "'d"). */
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', 'must', 'wo', 'ca', "'ll", "'d", '’ll', '’d']);

/**
 * Whether a word states a fact rather than an intention, a possibility or a command: no modal,
 * infinitive "to" or command's opening "do" / "never" before it (auxiliaries, adverbs, determiners
 * and negations between are passed over). "The board has not overturned the rule" and "the mayor
 * said he would reverse it" are both true, as "did not approve" and "approved" are not: a denial
 * conflicts only with a statement of the same mood. The complement of a negative verb has the
 * verb's mood: "refused to sign" is a past fact, "has ruled out an appeal" speaks of what will
 * not happen, as "would appeal" of what will.
 */
export function asserted(features: SentenceFeatures, term: Term): boolean {
  const tokens = tokensOf(features);
  for (let j = term.token - 1; j >= Math.max(0, term.token - 5); j--) {
    const token = tokens[j];
    if (partOfNegativeVerb(tokens, j)) continue;
    if (negationCueAt(tokens, j)?.verb) return !PROSPECTIVE_NEGATIVE_VERBS.has(token.lemma);
    if (MODALS.has(token.lower) || (token.lower === 'to' && token.pos === 'PART')) return false;
    // A command ("Don't talk.", "“Never give up”") opens its clause with "do" or "never" and has no
    // subject: it tells what should be done, not what was.
    if ((token.lemma === 'do' || token.lower === 'never') && (j === 0 || tokens[j - 1].pos === 'PUNCT')) return false;
    if (!PASSED_OVER.has(token.pos)) return true;
  }
  return true;
}

const PASSED_OVER = new Set(['AUX', 'ADV', 'PART', 'DET']);

/**
 * Whether a word is told as only possible ("the patch may not address the flaw", "might win"):
 * a possibility, denied or not, leaves the deed open, so it conflicts with neither its doing nor
 * its denial ("expects Microsoft to address the issue").
 */
export function possibly(features: SentenceFeatures, term: Term): boolean {
  const tokens = tokensOf(features);
  for (let j = term.token - 1; j >= Math.max(0, term.token - 5); j--) {
    const token = tokens[j];
    if (POSSIBILITY_MODALS.has(token.lower)) return true;
    if (!PASSED_OVER.has(token.pos)) return false;
  }
  return false;
}
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
/** Negative verbs about what will not happen. */
const PROSPECTIVE_NEGATIVE_VERBS = new Set(['rule']);

/**
 * The token belongs to a negative verb's phrase before its complement: "out" of "ruled out",
 * "close to" of "came close to", the "to" of "refused to".
 */
function partOfNegativeVerb(tokens: ReturnType<typeof tokensOf>, j: number): boolean {
  for (let k = 1; k <= 2 && j - k >= 0; k++) {
    const cue = negationCueAt(tokens, j - k);
    if (cue?.verb && (k < cue.length || (k === cue.length && COMPLEMENT_MARKS.has(tokens[j].lower)))) return true;
  }
  return false;
}

const COMPLEMENT_MARKS = new Set(['to', 'of', 'from']);

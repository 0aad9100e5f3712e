/**
 * Negation: what starts one (`negationCueAt`, the one definition of a cue) and which words it
 * governs (`negationScopes`, read when a sentence's terms are made; `inNegatedClause`, read when
 * two sentences are compared). A reporting verb bounds a negation's reach: what "did not say"
 * reports is not itself denied.
 */
import type { Token } from './nlp';

/** Verbs that report speech or thought: an attribution, not what is said. */
export const REPORTING_VERBS = new Set(['say', 'tell', 'reveal', 'note', 'add', 'explain', 'state', 'report', 'claim', 'argue', 'confirm', 'insist', 'warn', 'believe', 'think', 'announce', 'indicate', 'suggest', 'acknowledge', 'admit', 'write', 'emphasize', 'emphasise', 'stress']);
const NEGATIVE_VERBS = new Set(['refuse', 'fail', 'decline', 'deny', 'cease', 'stop', 'avoid', 'never', 'unable', 'incapable']);
/** Verbs of holding back from a deed: "desisted from re-signing him", "refrained from commenting". */
const HOLD_BACK_VERBS = new Set(['desist', 'refrain', 'abstain']);
const NEGATION_CUES = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nobody', 'nothing', 'no-one']);

/** Negation cues that stand as a sentence's subject ("Nobody expected", "None of them came"). */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'nothing', 'none', 'neither', 'no-one']);
/** Words after "not" that make it a contrast, not a negation ("not only ... but"). */
const NOT_CONTRAST = new Set(['only', 'just', 'merely', 'simply', 'least']);
/**
 * Adverbs of a near miss before a verb: "nearly won", "almost resigned". "Virtually" is not one:
 * "had virtually disappeared from the public eye" says that, in effect, she had.
 */
const NEAR_MISS_ADVERBS = new Set(['nearly', 'almost']);
/** Conjunctions a negation reaches across, after a noun (see `inNegatedClause`). */
const ALTERNATIVES = new Set(['or', 'nor']);
/** How many tokens after its cue a negation looks for the word it governs. */
export const NEGATION_WINDOW = 5;

/**
 * The negation cue that starts at token `i`, as its length in tokens, or 0: a negative word
 * ("not", "never", "no", but not "not only"), a negative verb before what did not happen
 * ("refused to model", "denied having"), "has yet to", the phrasal "ruled out" and "stopped
 * short of", holding back from a deed ("refrained from commenting"), and a near miss ("came close
 * to winning", "nearly won"). `verb`: the cue is a verb, which a negation before it cancels ("did not fail to").
 * The one definition of a cue: the scopes, the clause test and the quoting of a negated phrase
 * all read it.
 */
export function negationCueAt(tokens: ReadonlyArray<Pick<Token, 'lower' | 'lemma' | 'pos'>>, i: number): { length: number; verb: boolean; subject?: boolean } | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  // Every form the tagger reads as "not" is one: "n’t", and copy without apostrophes ("cant",
  // "didnt"), which it splits into "ca" / "did" and "nt".
  // "no-one" and "no - one", as tokenised copy writes it, are "nobody".
  if (token.lower === 'no' && /^[-\u2010\u2011]$/.test(next?.lower ?? '') && tokens[i + 2]?.lower === 'one') return { length: 3, verb: false, subject: true };
  if (NEGATION_CUES.has(token.lower) || token.lemma === 'not') return NOT_CONTRAST.has(next?.lower ?? '') ? undefined : { length: 1, verb: false };
  if (NEGATIVE_VERBS.has(token.lemma) && (next?.lower === 'to' || next?.lower === 'of' || next?.pos === 'VERB')) return { length: 1, verb: true };
  if (HOLD_BACK_VERBS.has(token.lemma) && next?.lower === 'from') return { length: 1, verb: true };
  if (token.lower === 'yet' && next?.lower === 'to' && /^(?:has|have|had|is|are|was|were)$/.test(tokens[i - 1]?.lower ?? '')) return { length: 1, verb: true };
  if (token.lemma === 'rule' && next?.lower === 'out') return { length: 2, verb: true };
  if (token.lemma === 'stop' && next?.lower === 'short' && tokens[i + 2]?.lower === 'of') return { length: 3, verb: true };
  // A near miss did not happen: "came close to winning", "nearly won", "almost resigned".
  if (token.lemma === 'come' && next?.lower === 'close' && tokens[i + 2]?.lower === 'to') return { length: 3, verb: true };
  if (NEAR_MISS_ADVERBS.has(token.lower) && next?.pos === 'VERB') return { length: 1, verb: false };
  return undefined;
}

/**
 * Whether a negation cue stands earlier in the clause of token `index` ("has never appeared on
 * the cover of a fashion *magazine*"): the clause is negated even where the cue governs another
 * word of it. A negation reaches across "or" after a noun: "no reports of damage or
 * *injuries*" denies both.
 */
export function inNegatedClause(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0; j--) {
    const { pos } = tokens[j];
    if (pos === 'CCONJ' && ALTERNATIVES.has(tokens[j].lower) && tokens[j - 1]?.pos === 'NOUN' && /^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) continue;
    if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ') return false;
    if (negationCueAt(tokens, j)) return true;
  }
  return false;
}

/**
 * Whether a negation cue stands later in the clause of token `index` ("the person was not
 * immediately taken into custody"): what the clause says of the word is denied, though the cue
 * governs its verb.
 */
export function negatedLaterInClause(tokens: readonly Token[], index: number): boolean {
  for (let j = index + 1; j < tokens.length; j++) {
    const { pos } = tokens[j];
    if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ') return false;
    if (negationCueAt(tokens, j)) return true;
  }
  return false;
}

/** Verbs of belief that, like reporting verbs, take an infinitive of what is believed ("is expected to"). */
const BELIEF_VERBS = new Set(['expect', 'understand', 'know', 'fear', 'presume', 'suppose', 'assume']);

/**
 * A verb of report or belief before "to" hands a negation on to the deed it reports: "no-one is
 * believed to have been injured" denies the injuries, not the belief.
 */
export function handsNegationOn(tokens: ReadonlyArray<Pick<Token, 'lower' | 'lemma' | 'pos'>>, i: number): boolean {
  const { pos, lemma } = tokens[i];
  return pos === 'VERB' && (REPORTING_VERBS.has(lemma) || BELIEF_VERBS.has(lemma)) && tokens[i + 1]?.lower === 'to';
}

/**
 * For each token, the negation cue whose scope it is in, or -1: the tokens that follow the cue
 * within a few words, up to the end of its clause. The cue governs the first term made in that
 * scope (`contentTerms`): the predicate when there is one ("did not *back*"), else the word the
 * clause is about ("was never on a *magazine* cover", "was not the first *woman*"), since a
 * copula or a light verb makes no term of its own.
 */
export function negationScopes(tokens: readonly Token[]): Int32Array {
  const scopeOf = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const cue = negationCueAt(tokens, i);
    // "did not fail to become": a negated negative verb is no negation of what follows it.
    if (!cue || (cue.verb && scopeOf[i] >= 0)) continue;
    // "Nobody expected it": a cue that is the subject denies the verb, not the words after it.
    const subjectCue = cue.subject === true || NEGATIVE_SUBJECTS.has(tokens[i].lower);
    const from = i + cue.length;
    for (let j = from; j < Math.min(tokens.length, from + NEGATION_WINDOW + (subjectCue ? 3 : 0)); j++) {
      const { pos } = tokens[j];
      // A clause ends at punctuation or a conjunction.
      if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ') break;
      // "Nobody in Avenhall wants ...": the verb is past the subject's own phrase; what follows it
      // is too far to tell, so such a cue governs only a verb that comes at once ("nobody was hurt").
      if (subjectCue && pos === 'ADP') break;
      if (subjectCue && pos !== 'VERB' && pos !== 'ADJ') continue;
      scopeOf[j] = i;
      // A reporting verb is what is denied, not what it reports ("did not say the bill passed"),
      // unless "to" follows it: "nobody is believed to have been injured" denies the injuries.
      if (pos === 'VERB' && REPORTING_VERBS.has(tokens[j].lemma) && !handsNegationOn(tokens, j)) break;
    }
  }
  return scopeOf;
}

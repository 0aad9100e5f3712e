/**
 * Conflicts of opposite words (`antonymConflict`): "the queue was long" / "was short", "rose" /
 * "fell", told of one thing, and the cases where opposite words oppose nothing: both named in one
 * sentence, an age's "old", a deed intended against one done, another complement or subject,
 * two times, "early" / "late" in a phrase of time, and a state told as it was at first. Split
 * from `stance.ts`, whose quotation and assertion tests it shares.
 */
import type { Alignment } from './align';
import { type SentenceFeatures, writtenAt } from './features';
import { inValue } from './names';
import { bothQuoted, NEITHER_STATES } from './stance';
import { asserted } from './mood';
import { sameSubjectAt } from './subjects';
import { termsOf } from './termColumns';
import type { Term } from './terms';
import { tokensOf } from './tokenColumns';
import type { ConflictDetail } from './types';
import { toldOfTwoTimes } from './whenApart';

/**
 * Opposite words of two sentences about one thing ("the queue was long" / "was short"): a
 * conflict, unless the opposition is only in the words; `NEITHER_STATES` when one tells a state
 * as it was at first, which neither opposes nor states the other's.
 */
export function antonymConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | typeof NEITHER_STATES | undefined {
  if (!alignment.antonymPair || alignment.coverage < 0.5) return undefined;
  const [mine, theirs] = alignment.antonymPair;
  if (bothQuoted(claim, mine, source, theirs)) return undefined;
  // A sentence that names both opposites ("federal, state and local agencies", "low-lying areas
  // ... higher ground") opposes neither to the other's word.
  if (namesLemma(claim, theirs) || namesLemma(source, mine)) return undefined;
  // "late in the fourth quarter" / "early in the fourth quarter": the times of two deeds, said
  // of neither thing.
  if (whenSaid(claim, mine) && whenSaid(source, theirs)) return undefined;
  // "had been initially peaceful" / "violent protests": a state at first, which may have changed;
  // neither sentence states the other.
  if (atFirst(claim, mine) || atFirst(source, theirs)) return NEITHER_STATES;
  // The "old" of "a 12-year-old girl" is part of an age, which the values compare: "young girls"
  // is no opposite of it.
  if (inValue(claim, mine, 'age') || inValue(source, theirs, 'age')) return undefined;
  // A deed intended or decided ("voted to close the bridge") is not the opposite of one done
  // ("the bridge opened to traffic"), as with a denial.
  if (asserted(claim, mine) !== asserted(source, theirs)) return undefined;
  const qualified = mine.pos === 'adj' ? sameThingQualified(claim, mine, source, theirs, alignment) : undefined;
  if (qualified === false) return undefined;
  // Opposite verbs with an object or complement each oppose each other only about one: "stayed
  // open late" is not denied by "changed their plans", nor "closed an hour early" by "opened its
  // doors to anyone who needed somewhere warm".
  if (mine.pos === 'verb' && !sameComplement(claim, mine, source, theirs, alignment)) return undefined;
  // Opposite verbs oppose each other only said of one subject: "the swimming club stayed open"
  // does not deny that the staff of the leisure centre "changed their plans"; so do adjectives
  // that qualify no noun ("got the ball back late in the fourth quarter" / "opened the scoring
  // early").
  if ((mine.pos === 'verb' || qualified === undefined) && !sameSubjectAt(claim, mine.start, source, theirs.start, alignment)) return undefined;
  // Opposite deeds told of two times ("ended her career in 1957" / "started her career in 1950")
  // may both have been done.
  if (mine.pos === 'verb' && toldOfTwoTimes(claim, source)) return undefined;
  return { kind: 'antonym', claimValue: writtenAt(claim, mine), sourceValue: theirs.lemma, claimSpan: { start: mine.start, end: mine.end }, sourceSpan: { start: theirs.start, end: theirs.end } };
}

/** "Early" or "late" opening a phrase of time ("late in the fourth quarter", "early on Sunday", "later that day"). */
function whenSaid(features: SentenceFeatures, term: Term): boolean {
  return TIME_POSITIONS.has(term.lemma) && TIME_PHRASE_AFTER.test(features.text.slice(term.end - features.span.start, term.end - features.span.start + 8));
}
const TIME_POSITIONS = new Set(['early', 'late', 'earlier', 'later']);
const TIME_PHRASE_AFTER = /^\s+(?:in|on|that|this|last|next)\b/i;

/** "initially peaceful", "at first calm", "was originally open": a state told of an earlier time. */
function atFirst(features: SentenceFeatures, term: Term): boolean {
  const at = term.start - features.span.start;
  return AT_FIRST_BEFORE.test(features.text.slice(Math.max(0, at - 24), at));
}
const AT_FIRST_BEFORE = /\b(?:initially|originally|at first|formerly)\s+(?:\p{L}+\s+)?$/iu;

function namesLemma(features: SentenceFeatures, term: Term): boolean {
  return tokensOf(features).some((t) => t.lemma.toLowerCase() === term.lemma || t.lower === term.lemma);
}

/**
 * Opposite adjectives oppose each other only about one thing: "wrote a long post" is not
 * contradicted by "after a short discussion". When each is followed by a noun it qualifies, the
 * two nouns must be partners; when neither is (undefined: "the queue was long"), the subjects
 * must be one.
 */
function sameThingQualified(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term, alignment: Alignment): boolean | undefined {
  const claimTerms = termsOf(claim);
  const at = claimTerms.indexOf(mine);
  const claimNoun = qualifiedNoun(claimTerms, at);
  const sourceTerms = termsOf(source);
  const sourceNoun = qualifiedNoun(sourceTerms, sourceTerms.indexOf(theirs));
  if (claimNoun === undefined && sourceNoun === undefined) return undefined;
  if (claimNoun === undefined || sourceNoun === undefined) return true;
  return alignment.partners[claimNoun] === sourceTerms[sourceNoun];
}

/**
 * The words right after two opposite verbs (one word, such as "its", may come between; a figure's
 * words, "closed an hour early", are no complement): partners, or none on either side.
 */
function sameComplement(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term, alignment: Alignment): boolean {
  const claimTerms = termsOf(claim);
  const at = claimTerms.indexOf(mine);
  const claimNext = claimTerms[at + 1];
  const sourceTerms = termsOf(source);
  const sourceNext = sourceTerms[sourceTerms.indexOf(theirs) + 1];
  const complement = (features: SentenceFeatures, next: Term | undefined, verb: Term) =>
    next !== undefined && next.token - verb.token <= 2 && !features.values.some((v) => v.span.start <= next.start && next.end <= v.span.end);
  if (!complement(claim, claimNext, mine) || !complement(source, sourceNext, theirs)) return true;
  return alignment.partners[at + 1] === sourceNext;
}

/** The position of the noun an adjective at `at` stands before (one word may come between), if any. */
function qualifiedNoun(terms: readonly Term[], at: number): number | undefined {
  const next = terms[at + 1];
  if (at < 0 || !next || (next.pos !== 'noun' && next.pos !== 'entity') || next.token - terms[at].token > 2) return undefined;
  return at + 1;
}

/**
 * The terms of an indexed article, packed: one Int32Array per article with four numbers a term
 * (its word's number, start, end, and token index with flags), and each sentence a run of it.
 * A `Term` object took 56 bytes and its slot in the sentence's array 8 more, and a 10k corpus has
 * 2.4 million terms; packed, a term takes 16. Judging reads a sentence's terms as `Term`s through
 * `termsOf`, which makes them when asked for and keeps them for the sentences read most recently
 * (a claim against each of its candidates, a source met by the claims around it), as `tokensOf`
 * does for tokens.
 */
import { RecentMap, RECENT_SENTENCES } from '../recent';
import { numberedWord, Term } from './terms';

/** A sentence's terms: `from` up to (not including) `to`, in terms, in its article's packed terms. */
export interface TermRun {
  readonly packed: Int32Array;
  readonly from: number;
  readonly to: number;
}

/** A sentence's terms as features hold them: a list while being made or copied, a run once packed. */
export type TermSource = readonly Term[] | TermRun;

/** Numbers per term: word, start, end, token index << flag bits | flags. */
const TERM_WIDTH = 4;

/** Packs the term lists of one article's sentences into one array: a run of it for each list, in order. */
export function packTerms(lists: ReadonlyArray<readonly Term[]>): TermRun[] {
  const packed = new Int32Array(TERM_WIDTH * lists.reduce((sum, terms) => sum + terms.length, 0));
  let at = 0;
  return lists.map((terms) => {
    const from = at;
    for (const term of terms) {
      packed[TERM_WIDTH * at] = term.word;
      packed[TERM_WIDTH * at + 1] = term.start;
      packed[TERM_WIDTH * at + 2] = term.end;
      packed[TERM_WIDTH * at + 3] = term.tokenAndFlags;
      at++;
    }
    return { packed, from, to: at };
  });
}

/**
 * Sentences whose terms are kept, per generation: judging meets a source again across the claims
 * of a story, and terms made again cost more than the memory they take (some 600 bytes a sentence).
 */
const KEPT_SENTENCES = 16 * RECENT_SENTENCES;
const made = new RecentMap<TermRun, readonly Term[]>(KEPT_SENTENCES);
/**
 * The last two sentences asked for, checked before the memo: comparing a claim with a source asks
 * for both, in turn, many times over.
 */
let lastRun: TermRun | undefined;
let lastTerms: readonly Term[] = [];
let otherRun: TermRun | undefined;
let otherTerms: readonly Term[] = [];

/** A sentence's terms (made from its run once packed, then kept while the sentence is read often). */
export function termsOf(features: { readonly terms: TermSource }): readonly Term[] {
  const source = features.terms;
  if (isTermList(source)) return source;
  if (source === lastRun) return lastTerms;
  if (source !== otherRun) {
    otherRun = source;
    otherTerms = made.get(source) ?? remembered(source);
  }
  // The two swap places: the one just asked for is checked first next time.
  const run = lastRun;
  const terms = lastTerms;
  lastRun = otherRun;
  lastTerms = otherTerms;
  otherRun = run;
  otherTerms = terms;
  return lastTerms;
}

function remembered(run: TermRun): readonly Term[] {
  const terms = unpackTerms(run);
  made.set(run, terms);
  return terms;
}

/** Whether a sentence's terms are still a list (being made or copied), not a packed run. */
export function isTermList(source: TermSource): source is readonly Term[] {
  return Array.isArray(source);
}

function unpackTerms(run: TermRun): Term[] {
  const { packed } = run;
  const terms: Term[] = [];
  for (let i = run.from; i < run.to; i++) {
    const at = TERM_WIDTH * i;
    terms.push(Term.packed(numberedWord(packed[at]), packed[at + 1], packed[at + 2], packed[at + 3]));
  }
  return terms;
}

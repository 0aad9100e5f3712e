/**
 * What matching quotes across articles compares: a quote's words (case, marks and house spelling
 * ignored), its word pairs, and the names it holds; and whether two quotes are one (twins).
 */
import type { Quote } from './model';
import type { CorpusQuote } from './corpus';
import { FUNCTION_WORDS } from '../claims/values-tokens';
import { isLemma } from '../lexicon/wordnet';

/** A quote shorter than this many words is too common to match across articles. */
export const MIN_WORDS = 5;
/** Share of a quote's word pairs another quote must hold for the two to be one quote. */
export const SAME_QUOTE_SHARE = 0.6;

export interface Indexed {
  readonly entry: CorpusQuote;
  readonly tokens: string[];
  readonly wordPairs: string[];
  readonly pairSet: ReadonlySet<string>;
  /** The names the quote capitalises, and the word pairs that hold one ("bring Pellendale", "Pellendale has"). */
  readonly names: ReadonlySet<string>;
  readonly namePairs: readonly string[];
  /**
   * When the quote was indexed: every postings set holds its quotes in this order (they are
   * added to all their sets at once, and never moved), so it orders twins without a walk.
   */
  readonly sequence: number;
}

/** Words and the punctuation inside a quote that can change its reading; case and marks ignored. */
export function quoteTokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+|[,;:]/gu) ?? []).filter((t) => t !== "'").map(americanSpelling);
}

/**
 * British and American spellings of one word are the same quote (defence / defense, favour /
 * favor, organise / organize, centre / center): one article's house style is no alteration.
 */
function americanSpelling(word: string): string {
  // A corpus's quotes repeat a small vocabulary: each word is respelled once (bounded, for a
  // language server that runs for days).
  let spelled = spellings.get(word);
  if (spelled === undefined) {
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    spellings.set(word, (spelled = respell(word)));
  }
  return spelled;
}

const spellings = new Map<string, string>();
const MAX_SPELLINGS = 100_000;

function respell(word: string): string {
  return word
    .replace(/^(de|of)fence(s?)$/, '$1fense$2')
    .replace(/^licence(s?)$/, 'license$1')
    .replace(/([a-z]{2,})our(s|ed|ing|able)?$/, (m, stem: string, end = '') => (stem.length >= 3 && !/(?:y|f|h|sc|p|t|d)$/.test(stem) ? `${stem}or${end}` : m))
    .replace(/([a-z]{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2')
    .replace(/([a-z]{2,}[^aeiou])tre(s?)$/, '$1ter$2');
}

/**
 * Whether `other` can be the same quote as `mine` as far as `mine`'s names go: it holds one of
 * them in the same place (a shared pair), and it does not put another name where one of
 * `mine`'s is missing ("Pavel Jaramillo" / "Pavel Elmmore"). A copy cut short may lack a name.
 */
function sameNames(mine: Indexed, other: Indexed): boolean {
  if (mine.names.size === 0) return true;
  if (!mine.namePairs.some((gram) => other.pairSet.has(gram))) return false;
  const missing = [...mine.names].some((name) => !other.tokens.includes(name));
  return !(missing && [...other.names].some((name) => !mine.tokens.includes(name)));
}

/**
 * The words a quote capitalises as names ("Pellendale", "NATO"), in the form `quoteTokens` gives
 * them; "I" is no name.
 */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(^|[.!?]\s*|[\s“"‘'(—–-]+)(\p{Lu}[\p{L}\p{N}'’]*)/gu)) {
    const sentenceStart = match.index === 0 || /[.!?]/.test(match[1]) || text.slice(0, match.index + match[1].length).trim().replace(/^[“"‘'(]+/, '') === '';
    if (match[2] === 'I' || /^I['’]/.test(match[2])) continue;
    // Where a sentence begins, only a word that is no English word is a name ("Pellendale has waited").
    const lower = match[2].toLowerCase();
    if (sentenceStart && (/['’]/.test(lower) || FUNCTION_WORDS.has(lower) || isLemma(lower))) continue;
    for (const token of quoteTokens(match[2])) names.add(token);
  }
  return names;
}

/**
 * Word pairs: one changed word in a short quote still leaves most pairs shared (a changed word
 * costs two pairs, where it would cost three triples).
 */
function wordPairs(tokens: readonly string[]): string[] {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t));
  const grams: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]}`);
  return grams;
}

/** A speech quote long enough to match across articles, ready to index; undefined for any other. */
export function indexedQuote(articleId: string, quote: Quote, sequence: number): Indexed | undefined {
  if (quote.kind !== 'speech') return undefined;
  const tokens = quoteTokens(quote.text);
  const grams = wordPairs(tokens);
  if (grams.length + 1 < MIN_WORDS) return undefined;
  const names = namesIn(quote.text);
  const namePairs = [...new Set(grams.filter((gram) => gram.split(' ').some((word) => names.has(word))))];
  return { entry: { articleId, quote }, tokens, wordPairs: grams, pairSet: new Set(grams), names, namePairs, sequence };
}

/**
 * Whether `other` is a twin of `mine` (it holds enough of `mine`'s distinct word pairs, with the
 * same names), and the position among those pairs of the first it holds.
 */
export function sharedPairs(mine: Indexed, other: Indexed, grams = [...new Set(mine.wordPairs)], needed = Math.max(1, Math.ceil(grams.length * SAME_QUOTE_SHARE))): { twin: boolean; first: number } {
  const theirs = other.pairSet;
  let shared = 0;
  let first = -1;
  for (let g = 0; g < grams.length; g++) {
    if (!theirs.has(grams[g])) continue;
    shared++;
    if (first < 0) first = g;
  }
  return { twin: shared >= needed && sameNames(mine, other) && sameNames(other, mine), first };
}

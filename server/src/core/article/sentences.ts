/**
 * Sentence splitting for news prose. A rule-based splitter is used (rather than a statistical
 * one) because newsroom copy has a small set of traps that rules handle exactly and cheaply:
 * abbreviations (U.S., Nov. 22, Mr.), initials (J. R. Smith), decimals (3.5), and quotes that
 * end a sentence with no space before the next one (`...candidate."British Prime Minister`).
 */
import type { Span } from '../types';
import { decimalWrittenApart } from '../text/decimalApart';

const TERMINATORS = '.!?\u2026';
const CLOSERS = '"\'\u201d\u2019)]\u00bb';
const OPENERS = '"\'\u201c\u2018(\u00ab[';

/** Titles before a name: a period after them never ends a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt',
  'maj', 'adm', 'cmdr', 'st', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'mt', 'ft', 'messrs', 'mme',
  'mlle', 'sr', 'jr', 'fr', 'sen', 'atty', 'amb', 'brig', 'cpl', 'pvt', 'gov',
]);

/**
 * Abbreviations that may also end a sentence: the period ends one only when the next word is a
 * typical sentence opener (so "Nov. 22" and "No. 10" stay whole, "Apple Inc. The ..." splits).
 */
const SOFT_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc',
  'vs', 'v', 'etc', 'cf', 'al', 'ca', 'ed', 'eds', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd',
  'govt', 'intl', 'natl', 'pp', 'p', 'para', 'art', 'sec', 'ch', 'min', 'max', 'km', 'kg', 'oz', 'lb', 'lbs',
]);

/** Words that usually open a sentence; used to decide after an abbreviation or an acronym. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after',
  'before', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'no', 'not',
  'however', 'meanwhile', 'also', 'then', 'since', 'with', 'by', 'from', 'according', 'what', 'who',
  'why', 'how', 'where', 'officials', 'both', 'all', 'each', 'one', 'two', 'three', 'several', 'such',
  'earlier', 'later', 'last', 'next', 'today', 'yesterday', 'still', 'although', 'though', 'despite',
]);

/** Splits `text[span]` into trimmed sentence spans that cover every non-space character of it. */
export function splitSentences(text: string, span: Span): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = span.start;
  let i = span.start;
  while (i < span.end) {
    if (!TERMINATORS.includes(text[i])) {
      i++;
      continue;
    }
    let after = i + 1;
    while (after < span.end && TERMINATORS.includes(text[after])) after++;
    let closersEnd = after;
    while (closersEnd < span.end && CLOSERS.includes(text[closersEnd])) closersEnd++;
    const nextStart = boundaryAfter(text, span, i, after, closersEnd);
    if (nextStart !== undefined) {
      pushTrimmed(text, sentences, sentenceStart, closersEnd);
      sentenceStart = nextStart;
      i = nextStart;
    } else {
      i = closersEnd > i ? closersEnd : i + 1;
    }
  }
  pushTrimmed(text, sentences, sentenceStart, span.end);
  return sentences;
}

/**
 * Decides whether the terminator run `text[at..after)` plus closing marks up to `closersEnd` ends
 * a sentence; returns where the next sentence starts, or undefined when it does not end one.
 */
function boundaryAfter(text: string, span: Span, at: number, after: number, closersEnd: number): number | undefined {
  if (closersEnd >= span.end) return closersEnd;
  const next = text[closersEnd];
  const hadCloser = closersEnd > after;
  if (!isSpace(next)) {
    // A closing mark glued to the next sentence: `candidate."British` or `deterrence.”He`.
    if (hadCloser && (isUpper(next) || OPENERS.includes(next))) return closersEnd;
    // A missing space after a full stop, common in scraped copy: `rose to 79.On 22 February`.
    if (!hadCloser && text[at] === '.' && after === at + 1 && isUpper(next) && isLower(text[closersEnd + 1] ?? '')) {
      const before = text[at - 1] ?? '';
      if ((isLower(before) || isDigit(before)) && !isDottedWord(text, at)) return closersEnd;
    }
    return undefined;
  }
  let nextWord = closersEnd;
  while (nextWord < span.end && isSpace(text[nextWord])) nextWord++;
  if (nextWord >= span.end) return nextWord;
  const first = text[nextWord];
  if (isLower(first)) return undefined;
  if (text[at] !== '.' || hadCloser || after > at + 1) return nextWord;
  return periodEndsSentence(text, at, nextWord, span.end) ? nextWord : undefined;
}

/** The abbreviation rules for a single period followed by a space and a non-lowercase character. */
function periodEndsSentence(text: string, at: number, nextWord: number, end: number): boolean {
  const token = tokenBefore(text, at);
  const bare = token.replace(/\./g, '').toLowerCase();
  const following = wordAt(text, nextWord, end).toLowerCase();
  // A decimal written apart in tokenised copy ("a magnitude 9. 1 quake", "5. 2 yards a carry"): a
  // short number, the period, and a digit or two. A year before the period still ends a sentence.
  if (token.length === 0) return !decimalWrittenApart(text, at, nextWord);
  if (TITLES.has(bare) && !token.includes('.')) return false;
  // A single capital is an initial (J. R. Smith), unless a typical opener follows (Plan B. The).
  if (/^[A-Z]$/.test(token)) return SENTENCE_OPENERS.has(following);
  // Dotted acronyms (U.S., U.K., a.m.) end a sentence only before a typical opener.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token)) return SENTENCE_OPENERS.has(following);
  if (SOFT_ABBREVIATIONS.has(bare) && !token.includes('.')) {
    if (isDigit(text[nextWord])) return false;
    return SENTENCE_OPENERS.has(following);
  }
  return true;
}

/** The letters (and inner dots) right before the period at `at`: "U.S" for "U.S.", "Mr" for "Mr.". */
function tokenBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1])) start--;
  return text.slice(start, at).replace(/^\.+/, '');
}

function wordAt(text: string, start: number, end: number): string {
  let stop = start;
  while (stop < end && /[A-Za-z'’]/.test(text[stop])) stop++;
  return text.slice(start, stop);
}

/** Whether the period at `at` sits inside a dotted word such as "U.S.A" or "e.g." or a domain. */
function isDottedWord(text: string, at: number): boolean {
  const token = tokenBefore(text, at);
  return token.includes('.') || /^[A-Z]$/.test(token);
}

function pushTrimmed(text: string, into: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) into.push({ start: s, end: e });
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || (c >= '\u2000' && c <= '\u200b') || c === '\u3000';
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

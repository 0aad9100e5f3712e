/**
 * A small tokenizer for the prose around quotations. Each quotation in the region becomes one
 * `quote` token, so that attribution rules see "QUOTE , a US official said ." and never look
 * inside the quoted words. Offsets are UTF-16 indices into the article's text.
 */
import type { Span } from '../types';

export type TokenKind = 'word' | 'punct' | 'quote' | 'break';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** For a `quote` token: the index of the quotation it stands for. */
  quote?: number;
  /** The first token of a sentence (whose capital letter says nothing about it being a name). */
  initial?: boolean;
}

/** Abbreviations whose period does not end a sentence ("Mr. Rutte", "Feb. 22"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'prof', 'rev', 'hon', 'adm', 'maj', 'cpl', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'dept', 'govt',
  'approx', 'est', 'fig', 'ft', 'mt', 'u.s', 'u.k', 'u.n', 'e.u', 'const', 'supt', 'insp', 'det', 'cmdr',
  'atty', 'amb', 'lieut', 'brig', 'cdr', 'messrs', 'mme', 'mlle',
]);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011', '.', '&']);

/** Punctuation that ends a sentence. */
export const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);

/**
 * Tokens of `text[start, end)`; `quotes` are the quotations inside it (outer spans, sorted by
 * start, not overlapping), each replaced by a single `quote` token carrying its `index`.
 */
export function tokenize(text: string, start: number, end: number, quotes: ReadonlyArray<{ index: number; outer: Span }>): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = start;
  while (i < end) {
    while (q < quotes.length && quotes[q].outer.start < i) q++;
    const nextQuote = q < quotes.length ? quotes[q].outer.start : end;
    if (i === nextQuote && q < quotes.length) {
      const { index, outer } = quotes[q];
      tokens.push({ kind: 'quote', start: outer.start, end: outer.end, text: '', lower: '', quote: index });
      i = Math.max(outer.end, i + 1);
      q++;
      continue;
    }
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      const last = tokens[tokens.length - 1];
      if (!last || last.kind !== 'break') tokens.push({ kind: 'break', start: i, end: i + 1, text: '\n', lower: '\n' });
      i++;
      continue;
    }
    if (/\s/.test(ch)) { i++; continue; }
    if (WORD_CHAR.test(ch)) {
      let j = i + 1;
      const limit = Math.min(end, nextQuote);
      while (j < limit) {
        if (WORD_CHAR.test(text[j])) { j++; continue; }
        if (JOINERS.has(text[j]) && j + 1 < limit && WORD_CHAR.test(text[j + 1])) { j += 2; continue; }
        break;
      }
      // Keep the period of an abbreviation with its word, so that it does not end a sentence.
      const bare = text.slice(i, j);
      if (j < limit && text[j] === '.' && isAbbreviation(bare)) j++;
      const word = text.slice(i, j);
      const previous = tokens[tokens.length - 1];
      const initial = previous === undefined || endsSentence(previous) || previous.kind === 'quote';
      tokens.push({ kind: 'word', start: i, end: j, text: word, lower: word.toLowerCase(), initial });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: ch, lower: ch });
    i++;
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return /^\p{Lu}$/u.test(word); // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;     // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

export const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const isNumber = (t: Token): boolean => /^\p{N}/u.test(t.text);
/** A name whatever word it spells: "US", "May" in "Theresa May" (but not a sentence's first word). */
export const isName = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.text) || (isCapitalised(t) && !t.initial);

/** Does this token end a sentence? */
export function endsSentence(t: Token): boolean {
  return t.kind === 'break' || (t.kind === 'punct' && SENTENCE_END.has(t.text));
}

/** Punctuation that may sit inside a speaker phrase: the possessive mark of "the players' union". */
export function isPhraseInternal(t: Token): boolean {
  return t.kind === 'punct' && (t.text === "'" || t.text === '\u2019' || t.text === '&');
}

/** Index just after the last sentence end before `k` (at least `lo`). */
export function sentenceStart(tokens: readonly Token[], k: number, lo = 0): number {
  for (let j = k - 1; j >= lo; j--) if (endsSentence(tokens[j])) return j + 1;
  return lo;
}

/** Index of the first sentence end after `k` (or `tokens.length`). */
export function sentenceEnd(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length; j++) if (endsSentence(tokens[j])) return j;
  return tokens.length;
}

/**
 * The tokens of an indexed corpus, kept as columns: one set of arrays per article, and each
 * sentence a run of it. A token object with its eight fields and its slot in an array took about
 * 100 bytes, and tokens were a third of an indexed article; packed, a token takes 12: its start,
 * its end, and the process's number of its form. A form is what a word's occurrences share (its
 * text, lowercase form, lemma, tag, and whether it is a stop word), numbered once per process in
 * one table: a 10k corpus has six million tokens but a few hundred thousand forms. Code that
 * reads tokens gets them as objects through `tokensOf`, made when asked for and kept for the
 * sentences read most recently (judging reads the same claim and candidates many times).
 *
 * Columns being filled hold the strings themselves, and so do columns sent to another thread or
 * stored in the cache (`portableColumns`): the numbers are this process's own.
 */
import { internNumber, numberedString } from '../text/intern';
import type { Token } from './nlp';

/**
 * The parts of speech wink's English model gives (Universal Dependencies tags): a token's tag is
 * stored as its index here. A tag not in the list reads back as 'X' ("other").
 */
const POS_TAGS = ['X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE'] as const;
const POS_CODES = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));
const NEGATED = 1;
const STOP = 2;
const FLAG_BITS = 2;
/**
 * Ints per token in `info`, and in `packed`: its start, its end, and (plain) its tag and flags
 * or (packed) its form and whether a negation governs it.
 */
const INFO_WIDTH = 3;
/** Ints per token in the plain form's `info` (a stored entry is checked against it). */
export const PLAIN_INFO_WIDTH = INFO_WIDTH;

export interface TokenColumns {
  /**
   * Per token its text, while the columns are filled and as plain data (`portableColumns`);
   * empty once `packed` holds the tokens.
   */
  text: string[];
  /** The lowercase form, or 0 where it is the text itself (most words): fewer bytes in the cache. */
  lower: Array<string | 0>;
  /** The lemma, or 0 where it is the lowercase form. */
  lemma: Array<string | 0>;
  /**
   * Per token, in the plain form: start, end (UTF-16 offsets into the article), tag index << 2 |
   * flags. Empty once packed.
   */
  info: Int32Array | number[];
  /** Per token, once packed: start, end, and the process's number of its form (`formNumber`) << 1 | negated. */
  packed?: Int32Array;
}

/**
 * The process's forms, four ints each: the numbers (intern.ts) of the text, lowercase form and
 * lemma, and the tag index << 1 | stop word. Found by text: `firstForm` gives, per text number,
 * the first form with that text (+1, so that 0 is none), and `nextForm` the next one with it.
 */
const FORM_WIDTH = 4;
let forms: Int32Array = new Int32Array(FORM_WIDTH * 4096);
let nextForm: Int32Array = new Int32Array(4096);
let firstForm: Int32Array = new Int32Array(4096);
let formCount = 0;

/** The process's number of a form (see `forms`), numbered when first met. */
function formNumber(textNumber: number, lowerNumber: number, lemmaNumber: number, tagAndStop: number): number {
  if (textNumber >= firstForm.length) firstForm = grown(firstForm, textNumber + 1);
  for (let form = firstForm[textNumber] - 1; form >= 0; form = nextForm[form] - 1) {
    const at = FORM_WIDTH * form;
    if (forms[at + 1] === lowerNumber && forms[at + 2] === lemmaNumber && forms[at + 3] === tagAndStop) return form;
  }
  const form = formCount++;
  if (FORM_WIDTH * formCount > forms.length) forms = grown(forms, FORM_WIDTH * formCount);
  if (formCount > nextForm.length) nextForm = grown(nextForm, formCount);
  const at = FORM_WIDTH * form;
  forms[at] = textNumber;
  forms[at + 1] = lowerNumber;
  forms[at + 2] = lemmaNumber;
  forms[at + 3] = tagAndStop;
  nextForm[form] = firstForm[textNumber];
  firstForm[textNumber] = form + 1;
  return form;
}

/** A copy of `array` with room for at least `length` ints (doubling, so that growing is rare). */
function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(Math.max(length, 2 * array.length));
  copy.set(array);
  return copy;
}

/** A sentence's tokens: `from` up to (not including) `to` in its article's columns. */
export interface TokenRun {
  readonly columns: TokenColumns;
  readonly from: number;
  readonly to: number;
}

export function emptyColumns(): TokenColumns {
  return { text: [], lower: [], lemma: [], info: [] };
}

/** Appends `tokens` to `columns` (still being filled: not yet packed by `finishColumns`) and returns their run. */
export function appendTokens(columns: TokenColumns, tokens: readonly Token[]): TokenRun {
  const from = columns.text.length;
  const info = columns.info as number[];
  for (const t of tokens) {
    columns.text.push(t.text);
    columns.lower.push(t.lower === t.text ? 0 : t.lower);
    columns.lemma.push(t.lemma === t.lower ? 0 : t.lemma);
    const flags = (t.negated ? NEGATED : 0) | (t.stop ? STOP : 0);
    info.push(t.start, t.end, ((POS_CODES.get(t.pos) ?? 0) << FLAG_BITS) | flags);
  }
  return { columns, from, to: columns.text.length };
}

/**
 * Packs the filled columns into one typed array (`internColumns`). Call once, when no token is
 * added any more.
 */
export function finishColumns(columns: TokenColumns): void {
  internColumns(columns);
}

/** Columns of tokens on their own (one sentence's), finished. */
export function columnsOf(tokens: readonly Token[]): TokenRun {
  const run = appendTokens(emptyColumns(), tokens);
  finishColumns(run.columns);
  return run;
}

/**
 * Packs columns in their plain form (being filled, or copied from the cache or another thread):
 * each token's offsets and the process's number of its form (`packed`), and lets the plain
 * arrays go. Changes `columns` in place; packed columns are left as they are.
 */
export function internColumns(columns: TokenColumns): void {
  if (columns.packed) return;
  const { text, lower, lemma, info } = columns;
  const packed = new Int32Array(INFO_WIDTH * text.length);
  for (let i = 0; i < text.length; i++) {
    // Most tokens are their own lowercase form and lemma (a 0 in the column): one lookup, not three.
    const textNumber = internNumber(text[i]);
    const lowerNumber = lower[i] === 0 ? textNumber : internNumber(lower[i] as string);
    const lemmaNumber = lemma[i] === 0 ? lowerNumber : internNumber(lemma[i] as string);
    const code = info[INFO_WIDTH * i + 2];
    const tagAndStop = ((code >> FLAG_BITS) << 1) | ((code & STOP) === 0 ? 0 : 1);
    packed[INFO_WIDTH * i] = info[INFO_WIDTH * i];
    packed[INFO_WIDTH * i + 1] = info[INFO_WIDTH * i + 1];
    packed[INFO_WIDTH * i + 2] = (formNumber(textNumber, lowerNumber, lemmaNumber, tagAndStop) << 1) | ((code & NEGATED) === 0 ? 0 : 1);
  }
  columns.packed = packed;
  columns.text = [];
  columns.lower = [];
  columns.lemma = [];
  columns.info = [];
}

/**
 * The columns as plain data, to send to another thread or store (the form `internColumns`
 * reads): the tokens' strings themselves, not this process's numbers. Packed columns are left
 * as they are.
 */
export function portableColumns(columns: TokenColumns): TokenColumns {
  const packed = columns.packed;
  if (!packed) return columns;
  const count = packed.length / INFO_WIDTH;
  // Filled in order, not made by `new Array(count)`: V8 serialises an array with holes as a
  // sparse one, index by index.
  const text: string[] = [];
  const lower: Array<string | 0> = [];
  const lemma: Array<string | 0> = [];
  const info = new Int32Array(INFO_WIDTH * count);
  for (let i = 0; i < count; i++) {
    const code = packed[INFO_WIDTH * i + 2];
    const at = FORM_WIDTH * (code >> 1);
    const textNumber = forms[at];
    const lowerNumber = forms[at + 1];
    const lemmaNumber = forms[at + 2];
    const tagAndStop = forms[at + 3];
    text.push(numberedString(textNumber));
    lower.push(lowerNumber === textNumber ? 0 : numberedString(lowerNumber));
    lemma.push(lemmaNumber === lowerNumber ? 0 : numberedString(lemmaNumber));
    info[INFO_WIDTH * i] = packed[INFO_WIDTH * i];
    info[INFO_WIDTH * i + 1] = packed[INFO_WIDTH * i + 1];
    info[INFO_WIDTH * i + 2] = ((tagAndStop >> 1) << FLAG_BITS) | ((tagAndStop & 1) === 0 ? 0 : STOP) | ((code & 1) === 0 ? 0 : NEGATED);
  }
  return { text, lower, lemma, info };
}

/** How many tokens the run holds. */
export function runLength(run: TokenRun): number {
  return run.to - run.from;
}

/** The run's `index`th token on its own (not kept): for a look at one token. */
export function tokenAt(run: TokenRun, index: number): Token | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return makeTokens({ columns: run.columns, from: run.from + index, to: run.from + index + 1 })[0];
}

/** The tag of the run's `index`th token, read in place (no token made: judging asks this often). */
export function posAt(run: TokenRun, index: number): string | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return tagOf(run.columns, run.from + index);
}

/** The text of the run's `index`th token, read in place. */
export function textAt(run: TokenRun, index: number): string | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return formAt(run.columns, run.from + index, 0);
}

/** The lowercase form of the run's `index`th token, read in place. */
export function lowerAt(run: TokenRun, index: number): string | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return formAt(run.columns, run.from + index, 1);
}

/** A token's text (`form` 0), lowercase form (1) or lemma (2), from packed or unpacked columns. */
function formAt(columns: TokenColumns, token: number, form: 0 | 1 | 2): string {
  const packed = columns.packed;
  if (packed) return numberedString(forms[FORM_WIDTH * (packed[INFO_WIDTH * token + 2] >> 1) + form]);
  const text = columns.text[token];
  if (form === 0) return text;
  const lower = columns.lower[token] === 0 ? text : (columns.lower[token] as string);
  if (form === 1) return lower;
  return columns.lemma[token] === 0 ? lower : (columns.lemma[token] as string);
}

/** A token's tag, from packed or unpacked columns. */
function tagOf(columns: TokenColumns, token: number): string {
  const packed = columns.packed;
  const tag = packed ? forms[FORM_WIDTH * (packed[INFO_WIDTH * token + 2] >> 1) + 3] >> 1 : columns.info[INFO_WIDTH * token + 2] >> FLAG_BITS;
  return POS_TAGS[tag] ?? 'X';
}

/** The end offset of the run's `index`th token, read in place. */
export function endAt(run: TokenRun, index: number): number | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return (run.columns.packed ?? run.columns.info)[INFO_WIDTH * (run.from + index) + 1];
}

/** The start offset of the run's `index`th token, read in place. */
export function startAt(run: TokenRun, index: number): number | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return (run.columns.packed ?? run.columns.info)[INFO_WIDTH * (run.from + index)];
}

/** The lemma of the run's `index`th token, read in place. */
export function lemmaAt(run: TokenRun, index: number): string | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return formAt(run.columns, run.from + index, 2);
}

/** Sentences whose token objects are kept; beyond it the oldest half is dropped. */
const MADE_CAPACITY = 1024;
let made = new Map<TokenRun, readonly Token[]>();
let older = new Map<TokenRun, readonly Token[]>();

/** The run's tokens as objects (made once, then kept while the sentence is read often). */
export function tokensOf(features: { readonly tokens: TokenRun }): readonly Token[] {
  const run = features.tokens;
  let tokens = made.get(run);
  if (tokens) return tokens;
  tokens = older.get(run) ?? makeTokens(run);
  // Two generations: a sentence read again since the last turnover stays, the rest is let go.
  if (made.size >= MADE_CAPACITY) {
    older = made;
    made = new Map();
  }
  made.set(run, tokens);
  return tokens;
}

function makeTokens(run: TokenRun): Token[] {
  const { columns } = run;
  const { packed } = columns;
  const cells = packed ?? columns.info;
  const tokens: Token[] = new Array(run.to - run.from);
  for (let i = run.from; i < run.to; i++) {
    const code = cells[INFO_WIDTH * i + 2];
    // Packed, the form holds the stop-word flag and the token the negation; plain, both are flags.
    const stop = packed ? (forms[FORM_WIDTH * (code >> 1) + 3] & 1) !== 0 : (code & STOP) !== 0;
    tokens[i - run.from] = {
      text: formAt(columns, i, 0),
      lower: formAt(columns, i, 1),
      lemma: formAt(columns, i, 2),
      pos: tagOf(columns, i),
      start: cells[INFO_WIDTH * i],
      end: cells[INFO_WIDTH * i + 1],
      negated: (packed ? code & 1 : code & NEGATED) !== 0,
      stop,
    };
  }
  return tokens;
}

/**
 * The tokens of an indexed corpus, kept as columns: one set of arrays per article, and each
 * sentence a run of it. A token object with its eight fields and its slot in an array took about
 * 100 bytes, and tokens were a third of an indexed article; as columns a token takes 24: three
 * numbers for its text, lowercase form and lemma (the process's numbers of those strings, see
 * intern.ts) and three for its offsets, tag and flags. Code that reads tokens gets them as
 * objects through `tokensOf`, made when asked for and kept for the sentences read most recently
 * (judging reads the same claim and candidates many times).
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
/** Ints per token in `info`: start, end, and the tag and flags. */
const INFO_WIDTH = 3;
/** Ints per token in `forms`: the numbers of its text, lowercase form and lemma. */
const FORMS_WIDTH = 3;

export interface TokenColumns {
  /**
   * Per token its text, while the columns are filled and as plain data (`portableColumns`);
   * empty once `forms` holds the tokens' strings.
   */
  text: string[];
  /** The lowercase form, or 0 where it is the text itself (most words): fewer bytes in the cache. */
  lower: Array<string | 0>;
  /** The lemma, or 0 where it is the lowercase form. */
  lemma: Array<string | 0>;
  /** Per token: start, end (UTF-16 offsets into the article), tag index << 2 | flags. */
  info: Int32Array | number[];
  /** Per token, once packed: the process's numbers of its text, lowercase form and lemma. */
  forms?: Int32Array;
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
 * Packs the filled columns into typed arrays: the numbers, and each token's strings as the
 * process's numbers of them. Call once, when no token is added any more.
 */
export function finishColumns(columns: TokenColumns): void {
  if (Array.isArray(columns.info)) columns.info = Int32Array.from(columns.info);
  internColumns(columns);
}

/** Columns of tokens on their own (one sentence's), finished. */
export function columnsOf(tokens: readonly Token[]): TokenRun {
  const run = appendTokens(emptyColumns(), tokens);
  finishColumns(run.columns);
  return run;
}

/**
 * Packs the strings of columns in their plain form (being filled, or copied from the cache or
 * another thread) as this process's numbers of them (`forms`), and lets the string arrays go.
 * Changes `columns` in place; packed columns are left as they are.
 */
export function internColumns(columns: TokenColumns): void {
  if (columns.forms) return;
  const { text, lower, lemma } = columns;
  const forms = new Int32Array(FORMS_WIDTH * text.length);
  for (let i = 0; i < text.length; i++) {
    // Most tokens are their own lowercase form and lemma (a 0 in the column): one lookup, not three.
    const textNumber = internNumber(text[i]);
    const lowerNumber = lower[i] === 0 ? textNumber : internNumber(lower[i] as string);
    forms[FORMS_WIDTH * i] = textNumber;
    forms[FORMS_WIDTH * i + 1] = lowerNumber;
    forms[FORMS_WIDTH * i + 2] = lemma[i] === 0 ? lowerNumber : internNumber(lemma[i] as string);
  }
  columns.forms = forms;
  columns.text = [];
  columns.lower = [];
  columns.lemma = [];
}

/**
 * The columns as plain data, to send to another thread or store (the form `internColumns`
 * reads): the tokens' strings themselves, not this process's numbers. Packed columns are left
 * as they are.
 */
export function portableColumns(columns: TokenColumns): TokenColumns {
  const forms = columns.forms;
  if (!forms) return columns;
  const count = forms.length / FORMS_WIDTH;
  const text: string[] = new Array(count);
  const lower: Array<string | 0> = new Array(count);
  const lemma: Array<string | 0> = new Array(count);
  for (let i = 0; i < count; i++) {
    const textNumber = forms[FORMS_WIDTH * i];
    const lowerNumber = forms[FORMS_WIDTH * i + 1];
    const lemmaNumber = forms[FORMS_WIDTH * i + 2];
    text[i] = numberedString(textNumber);
    lower[i] = lowerNumber === textNumber ? 0 : numberedString(lowerNumber);
    lemma[i] = lemmaNumber === lowerNumber ? 0 : numberedString(lemmaNumber);
  }
  return { text, lower, lemma, info: columns.info };
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
  return POS_TAGS[run.columns.info[INFO_WIDTH * (run.from + index) + 2] >> FLAG_BITS] ?? 'X';
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
  const forms = columns.forms;
  if (forms) return numberedString(forms[FORMS_WIDTH * token + form]);
  const text = columns.text[token];
  if (form === 0) return text;
  const lower = columns.lower[token] === 0 ? text : (columns.lower[token] as string);
  if (form === 1) return lower;
  return columns.lemma[token] === 0 ? lower : (columns.lemma[token] as string);
}

/** The end offset of the run's `index`th token, read in place. */
export function endAt(run: TokenRun, index: number): number | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return run.columns.info[INFO_WIDTH * (run.from + index) + 1];
}

/** The start offset of the run's `index`th token, read in place. */
export function startAt(run: TokenRun, index: number): number | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  return run.columns.info[INFO_WIDTH * (run.from + index)];
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
  const info = columns.info;
  const tokens: Token[] = new Array(run.to - run.from);
  for (let i = run.from; i < run.to; i++) {
    const code = info[INFO_WIDTH * i + 2];
    tokens[i - run.from] = {
      text: formAt(columns, i, 0),
      lower: formAt(columns, i, 1),
      lemma: formAt(columns, i, 2),
      pos: POS_TAGS[code >> FLAG_BITS] ?? 'X',
      start: info[INFO_WIDTH * i],
      end: info[INFO_WIDTH * i + 1],
      negated: (code & NEGATED) !== 0,
      stop: (code & STOP) !== 0,
    };
  }
  return tokens;
}

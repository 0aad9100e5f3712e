/**
 * The tokens of an indexed corpus, kept as columns: one set of arrays per article, and each
 * sentence a run of it. A token object with its eight fields and its slot in an array took about
 * 100 bytes, and tokens were a third of an indexed article; as columns a token takes about 36.
 * Code that reads tokens gets them as objects through `tokensOf`, made when asked for and kept
 * for the sentences read most recently (judging reads the same claim and candidates many times).
 *
 * The columns are plain data: the cache and worker threads copy them as they are.
 */
import { intern } from '../text/intern';
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

export interface TokenColumns {
  readonly text: string[];
  /** The lowercase form, or 0 where it is the text itself (most words): fewer bytes in the cache. */
  readonly lower: Array<string | 0>;
  /** The lemma, or 0 where it is the lowercase form. */
  readonly lemma: Array<string | 0>;
  /** Per token: start, end (UTF-16 offsets into the article), tag index << 2 | flags. */
  info: Int32Array | number[];
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

/** Appends `tokens` to `columns` (still being filled: see `finishColumns`) and returns their run. */
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
 * Packs the filled columns' numbers into a typed array, and trims the other columns to their
 * length (an array filled by `push` keeps room to grow: a fifth of the column, on average): call
 * once, when no token is added any more.
 */
export function finishColumns(columns: TokenColumns): void {
  if (!Array.isArray(columns.info)) return;
  columns.info = Int32Array.from(columns.info);
  const trimmed = columns as { -readonly [K in keyof TokenColumns]: TokenColumns[K] };
  trimmed.text = columns.text.slice();
  trimmed.lower = columns.lower.slice();
  trimmed.lemma = columns.lemma.slice();
}

/** Columns of tokens on their own (one sentence's), finished. */
export function columnsOf(tokens: readonly Token[]): TokenRun {
  const run = appendTokens(emptyColumns(), tokens);
  finishColumns(run.columns);
  return run;
}

/**
 * Columns copied from elsewhere (the cache, another thread) made to share the process's strings,
 * as computed ones do (see intern.ts). Changes `columns` in place.
 */
export function internColumns(columns: TokenColumns): void {
  for (const field of [columns.text, columns.lower, columns.lemma] as Array<Array<string | 0>>) {
    for (let i = 0; i < field.length; i++) {
      const value = field[i];
      if (value !== 0) field[i] = intern(value);
    }
  }
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
  return run.columns.text[run.from + index];
}

/** The lowercase form of the run's `index`th token, read in place. */
export function lowerAt(run: TokenRun, index: number): string | undefined {
  if (index < 0 || run.from + index >= run.to) return undefined;
  const lower = run.columns.lower[run.from + index];
  return lower === 0 ? run.columns.text[run.from + index] : lower;
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
  const lemma = run.columns.lemma[run.from + index];
  return lemma === 0 ? lowerAt(run, index) : lemma;
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
  const { text, lower, lemma, info } = run.columns;
  const tokens: Token[] = new Array(run.to - run.from);
  for (let i = run.from; i < run.to; i++) {
    const lowerForm = lower[i] === 0 ? text[i] : (lower[i] as string);
    const code = info[INFO_WIDTH * i + 2];
    tokens[i - run.from] = {
      text: text[i],
      lower: lowerForm,
      lemma: lemma[i] === 0 ? lowerForm : (lemma[i] as string),
      pos: POS_TAGS[code >> FLAG_BITS] ?? 'X',
      start: info[INFO_WIDTH * i],
      end: info[INFO_WIDTH * i + 1],
      negated: (code & NEGATED) !== 0,
      stop: (code & STOP) !== 0,
    };
  }
  return tokens;
}

/**
 * What one quote mark does: open a quotation, close one, or nothing (an apostrophe, an inch
 * mark). The glyph says something (“ opens, ” closes), the characters around the mark say more
 * (an opening mark follows a space and precedes a word), and for the ambiguous cases the state
 * of the pairing (is a quote of this kind open?) decides.
 */
import { LEADING_ELISIONS, SPEECH_VERBS, SUBJECT_PRONOUNS } from './lexicon';

export type QuoteFamily = 'double' | 'single' | 'angle';
export type Glyph = 'open' | 'close' | 'neutral';
export type Role = 'open' | 'close' | 'none';

export interface MarkInfo {
  family: QuoteFamily;
  glyph: Glyph;
}

export const MARKS: ReadonlyMap<string, MarkInfo> = new Map([
  ['"', { family: 'double', glyph: 'neutral' }],
  ['\u201C', { family: 'double', glyph: 'open' }],   // “
  ['\u201D', { family: 'double', glyph: 'close' }],  // ”
  ['\u201E', { family: 'double', glyph: 'open' }],   // „
  ['\u201F', { family: 'double', glyph: 'open' }],   // ‟
  ["'", { family: 'single', glyph: 'neutral' }],
  ['\u2018', { family: 'single', glyph: 'open' }],   // ‘
  ['\u2019', { family: 'single', glyph: 'close' }],  // ’
  ['\u201A', { family: 'single', glyph: 'open' }],   // ‚
  ['\u201B', { family: 'single', glyph: 'open' }],   // ‛
  ['\u00AB', { family: 'angle', glyph: 'open' }],    // «
  ['\u00BB', { family: 'angle', glyph: 'close' }],   // »
]);

const OPENING_PUNCTUATION = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', '\u2026']);
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '/', '\u2026']);

export const isSpace = (ch: string): boolean => ch === '' || /\s/.test(ch);
export const isWordChar = (ch: string): boolean => ch !== '' && /[\p{L}\p{N}]/u.test(ch);

/** What the pairing knows when it meets a mark. */
export interface MarkState {
  /** Is a quotation of this mark's family open? */
  familyOpen: boolean;
  /** Did the previous mark end right here, and was it an opening one? (`“‘Hello`) */
  afterOpeningMark: boolean;
  /** Is there a later mark in the paragraph that could close a single quote? */
  laterSingleClose: boolean;
}

/** The role of the mark at `i` in the paragraph `[lo, hi)`; `skip` > 0 swallows following marks. */
export function markRole(text: string, i: number, lo: number, hi: number, info: MarkInfo, state: MarkState): { role: Role; skip: number } {
  const prev = i > lo ? text[i - 1] : '';
  const next = i + 1 < hi ? text[i + 1] : '';
  const openSide = isSpace(prev) || OPENING_PUNCTUATION.has(prev) || state.afterOpeningMark;
  const closeSide = isSpace(next) || CLOSING_PUNCTUATION.has(next) || (MARKS.has(next) && MARKS.get(next)?.glyph !== 'open');
  const context = openSide && !closeSide ? 'open' : closeSide && !openSide ? 'close' : openSide ? 'either' : 'inner';
  const none = { role: 'none' as Role, skip: 0 };

  if (info.family === 'single') {
    if (isWordChar(prev) && isWordChar(next)) return none; // don't, Rutte’s, rock'n'roll
    if (!isWordChar(prev) && isLeadingElision(text, i + 1, hi)) {
      // rock 'n' roll: the second mark of the elision is an apostrophe too.
      const pair = text[i + 1] === 'n' && (text[i + 2] === "'" || text[i + 2] === '\u2019');
      return { role: 'none', skip: pair ? 2 : 0 };
    }
    if (/\d/.test(prev) && !state.familyOpen) return none; // feet: 6'2
    if (context === 'open') return { role: 'open', skip: 0 };
    if (state.familyOpen && !isPluralPossessive(text, i, hi, state.laterSingleClose)) return { role: 'close', skip: 0 };
    return none;
  }
  if (info.glyph === 'open') {
    // `there goes the orchestra “, the comedian said`: a wrong-way closing mark.
    const closes = context === 'close' || (context === 'either' && CLOSING_PUNCTUATION.has(next));
    return { role: closes && state.familyOpen ? 'close' : 'open', skip: 0 };
  }
  if (info.glyph === 'close') return { role: context === 'open' && !state.familyOpen ? 'open' : 'close', skip: 0 };
  if (/\d/.test(prev) && !state.familyOpen) return none; // inches: 6'2"
  if (context === 'open') {
    // `the young, "said Stephania`, `a party, "police said`: a closing mark set off by a stray space.
    const strayClose = attributionFollows(text, i + 1, hi) || (i - 2 >= lo && /,\s/.test(text.slice(i - 2, i)));
    return { role: state.familyOpen && strayClose ? 'close' : 'open', skip: 0 };
  }
  if (context === 'close') return { role: 'close', skip: 0 };
  return { role: state.familyOpen ? 'close' : 'open', skip: 0 };
}

/** Does an attribution start at `from` ("said Kirby", "he added", "according to")? */
function attributionFollows(text: string, from: number, hi: number): boolean {
  const word = /^\p{Ll}+/u.exec(text.slice(from, Math.min(hi, from + 20)))?.[0];
  return word !== undefined && (SPEECH_VERBS.has(word) || SUBJECT_PRONOUNS.has(word) || word === 'according');
}

/** "'em", "'til", "'n'", "'90s": a leading apostrophe standing for left-out letters or digits. */
function isLeadingElision(text: string, from: number, hi: number): boolean {
  const after = text.slice(from, Math.min(hi, from + 8));
  if (/^\d\ds(?![\p{L}\p{N}])/u.test(after) || /^\d\d(?=$|[.,;:!?)])/.test(after)) return true;
  const word = /^[a-z]+/.exec(after)?.[0];
  if (word === undefined) return false;
  if (word === 'n') return /^n['\u2019]/.test(after);
  return LEADING_ELISIONS.has(word) && !isWordChar(after[word.length] ?? '');
}

/**
 * "the players' union": a mark after a plural -s, followed by an ordinary lower-case word, is a
 * possessive apostrophe when a later mark could still close the quote.
 */
function isPluralPossessive(text: string, i: number, hi: number, laterCloseExists: boolean): boolean {
  if (!laterCloseExists || !/[sz]/i.test(text[i - 1] ?? '')) return false;
  const word = /^ ([a-z]+)\b/.exec(text.slice(i + 1, Math.min(hi, i + 40)))?.[1];
  if (word === undefined) return false;
  return !SPEECH_VERBS.has(word) && !SUBJECT_PRONOUNS.has(word) && word !== 'according';
}

/**
 * Positions (in a paragraph) of single marks that could close a quote: after a word, before a
 * space or punctuation. Used to ask "is there a later closing mark?" in constant time.
 */
export function singleCloseCandidates(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i < hi; i++) {
    const ch = text[i];
    if (ch !== "'" && ch !== '\u2019') continue;
    const prev = i > lo ? text[i - 1] : '';
    const next = i + 1 < hi ? text[i + 1] : '';
    if (!isSpace(prev) && !isWordChar(next)) out.push(i);
  }
  return out;
}

/**
 * The role the first double or angle mark of a paragraph would take if a quotation of its family
 * were open: 'close' means the paragraph can end a quotation begun in an earlier paragraph.
 */
export function firstMarkIfOpen(text: string, lo: number, hi: number, family: QuoteFamily): Role {
  for (let i = lo; i < hi; i++) {
    const info = MARKS.get(text[i]);
    if (!info) continue;
    if (info.family === 'single') continue;
    if (info.family !== family) return 'open'; // another kind of quotation: no bridging across it
    const state = { familyOpen: true, afterOpeningMark: false, laterSingleClose: false };
    return markRole(text, i, lo, hi, info, state).role;
  }
  return 'none';
}

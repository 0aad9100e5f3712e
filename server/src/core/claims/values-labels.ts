/**
 * Numbers that are no values: labels ("Article 5", "IE version 5", "Weeks 14-16", "the 12000 block
 * of East Street"), clock times and codes ("10:30", "07", "8 am"), and the marks that make a
 * number a place on a chart ("peaked at No. 3"); and the word that makes a figure a quake's
 * magnitude. The number reader (`values-quantities.ts`) asks these before it reads a figure.
 */
import { readCurrencyBefore } from './values-context';
import { type Token, glued, isCapitalized } from './values-tokens';

/** Words before a position on a chart or a list ("peaked at No. 3", "placed #92", "was number 91 on the list"). */
const RANK_CUES = new Set(['at', 'reached', 'peaked', 'ranked', 'placed', 'ranks', 'rank', 'was', 'is', 'to', 'hit', 'climbed', 'debuted']);

/**
 * The index of the marker of a rank before the number at `i` ("#", "No.", "number"), when the
 * words around say it is a place on a chart or list: a rank cue before the marker, or "on" after
 * the number. Else -1: "No. 10 Downing Street" and "Article 5" stay labels.
 */
export function rankMarkerAt(tokens: readonly Token[], i: number, end: number): number {
  let marker = -1;
  if (tokens[i - 1]?.text === '#') marker = i - 1;
  else if (tokens[i - 1]?.text === '.' && tokens[i - 2]?.lower === 'no') marker = i - 2;
  else if (tokens[i - 1]?.lower === 'number') marker = i - 1;
  // A name after the number makes it a label ("No. 10 Downing Street").
  if (marker < 0 || (tokens[end]?.type === 'word' && isCapitalized(tokens[end]))) return -1;
  const before = tokens[marker - 1]?.lower ?? '';
  return RANK_CUES.has(before) || tokens[end]?.lower === 'on' ? marker : -1;
}

/**
 * "F-16", "G7", "Article 5", "No. 10", "number 2", "version 5", "10:30", "24/7": labels rather
 * than values; also a model name written apart in tokenised copy ("six AK - 47 rifles": a short
 * word in capitals, a hyphen between spaces).
 */
export function isIdentifier(tokens: readonly Token[], i: number, end: number, scaled: boolean): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[end];
  if (readCurrencyBefore(tokens, i)) return false;
  if (glued(prev, t)) {
    if (prev.type === 'word') return true;
    if (prev.text === '-' && tokens[i - 2]?.type === 'word' && glued(tokens[i - 2], prev)) return !magnitudeBefore(tokens, i);
    if ('#/:.'.includes(prev.text)) return true;
  }
  if (prev?.text === '-' && tokens[i - 2]?.type === 'word' && /^\p{Lu}{1,4}$/u.test(tokens[i - 2].text)) return true;
  if (glued(tokens[end - 1], next) && (next.text === '/' || next.text === ':') && tokens[end + 1]?.type === 'num') return true;
  if (prev?.text === '.' && tokens[i - 2]?.lower === 'no') return true;
  // "the number 2 man at the FBI", "IE version 5", "a category 4 storm", "stage 3": a place or
  // a label, not a count.
  if (LABEL_NOUNS.has(prev?.lower ?? '')) return true;
  // "the 12000 block of East 223rd Street": an address.
  if (next?.lower === 'block' && tokens[end + 1]?.lower === 'of') return true;
  // "a 38 - caliber revolver", "a 12-gauge shotgun", "3 of 4 3 - pointers": a kind of gun or of
  // basket, named by its number.
  if (namesAKind((next?.text === '-' ? tokens[end + 1] : next)?.lower)) return true;
  // A scale word makes a figure after a name an amount ("cost Rosfield Logistics 39 million marks"), not a model number.
  if (prev?.type === 'word' && isCapitalized(prev) && i >= 2 && !/['’]s$/.test(prev.lower) && !scaled) {
    return !/^["'“‘(\[—–-]$/.test(tokens[i - 2].text);
  }
  return false;
}

/**
 * A quake's magnitude named before its figure ("magnitude 6", "a magnitude of 6.1", "a
 * magnitude-5.2 quake", "measured magnitude - 5", "put the magnitude at 5"): a measure, not a
 * count of anything, and one with "6.1-magnitude", "a 6.1 magnitude quake" and "5.6 on the
 * Richter scale". 'named' when the word stands right before the figure, its hyphen or "at", 'of'
 * after "magnitude of", which may count something else ("the magnitude of 300 deaths").
 */
export function magnitudeBefore(tokens: readonly Token[], start: number): 'named' | 'of' | undefined {
  const of = tokens[start - 1]?.lower === 'of';
  // "put the quake's magnitude at 5" names it as surely as "magnitude 5" does.
  const k = of || tokens[start - 1]?.text === '-' || tokens[start - 1]?.lower === 'at' ? start - 2 : start - 1;
  if (tokens[k]?.lower !== 'magnitude') return undefined;
  // "the magnitude of 300 deaths" may count something; "magnitude 6" and "Magnitude - 6. 1 quake" measure.
  return of ? 'of' : 'named';
}

/** Index after a label's range ("Weeks 14-16", "Chapters 3 - 5"): the second number is a label too. */
export function labelRangeEnd(tokens: readonly Token[], end: number): number {
  const dash = tokens[end]?.text;
  return (dash === '-' || dash === '–') && tokens[end + 1]?.type === 'num' ? end + 2 : end;
}

/** Nouns that a number after them names one of ("version 5", "level 3", "page 12"). */
const LABEL_NOUNS = new Set(['number', 'version', 'level', 'category', 'grade', 'phase', 'stage', 'episode', 'chapter', 'page', 'room', 'gate', 'platform', 'route', 'exit', 'channel', 'size', 'unit', 'ward', 'district', 'zone', 'section', 'article', 'clause', 'item', 'line', 'lane', 'pier', 'terminal', 'bay']);

/** A word after a number that makes the number name a kind ("a 38-caliber", "a three-pointer"): no figure. */
export function namesAKind(lower: string | undefined): boolean {
  return lower !== undefined && KIND_NUMBERED.has(lower);
}
const KIND_NUMBERED = new Set(['caliber', 'calibre', 'gauge', 'pointer', 'pointers']);

const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'cet', 'est', 'edt', 'pst', 'bst', 'hrs', 'hours', 'h']);

/** "07" (a code or a clock's minutes), "8 am", "1300 GMT", tokenised copy's "4: 43": not values of anything. */
export function isClockOrCode(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (t.text.length > 1 && t.text[0] === '0' && t.text[1] !== '.') return true;
  if (tokens[i - 1]?.text === ':' && tokens[i - 2]?.type === 'num' && glued(tokens[i - 2], tokens[i - 1])) return true;
  const next = tokens[end];
  if (next === undefined || end !== i + 1) return false;
  // "1400 hours" is a clock's time; "4. 5 hours", as tokenised copy writes 4.5, is a duration.
  if (CLOCK_WORDS.has(next.lower)) return next.lower !== 'hours' || /^\d{4}$/.test(t.text);
  return next.lower === 'a' || next.lower === 'p' ? tokens[end + 1]?.text === '.' && tokens[end + 2]?.lower === 'm' : false;
}

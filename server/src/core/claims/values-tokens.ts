/**
 * Tokens, sentence boundaries and small word helpers for the value-slot extractor.
 *
 * The extractor works on a flat token list per sentence rather than on one giant regular
 * expression, because most decisions ("is this number a year?", "is `three times` a count or a
 * multiplier?") need a look at one or two neighbouring words, which is cheap and readable on
 * tokens.
 */

import { monthNumber } from '../article/calendar';
import { decimalWrittenApart } from '../text/decimalApart';

/** One word, number or punctuation mark with its UTF-16 offsets in the full text. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly type: 'num' | 'word' | 'sym';
}

// Numbers keep their thousands separators and decimals together ("4,370", "2.5"); words keep an
// inner apostrophe ("Sweden's", "NATO’s"); every other non-space character is its own token, so a
// hyphen between "ten" and "year" is visible and adjacency (`a.end === b.start`) tells glued forms.
const TOKEN_RE = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/gu;
const DIGIT_START = /^\d/;
const LETTER_START = /^\p{L}/u;

/** Tokens of `text` between `start` and `end` (offsets stay relative to the full text). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index < end; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const type = DIGIT_START.test(t) ? 'num' : LETTER_START.test(t) ? 'word' : 'sym';
    if (type === 'num' && (joinDecimalApart(text, tokens, m.index, t) || joinThousandsApart(text, tokens, m.index, t))) continue;
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, type });
  }
  return tokens;
}

/**
 * Tokenised copy writes a decimal apart ("a magnitude 9. 1 quake"): the number, its period, one
 * space and these digits are one number (`decimalWrittenApart`, which the splitters also ask).
 * Joins the digits at `start` to the two tokens before them, if so.
 */
function joinDecimalApart(text: string, tokens: Token[], start: number, digits: string): boolean {
  const period = tokens[tokens.length - 1];
  const whole = tokens[tokens.length - 2];
  if (period?.text !== '.' || whole?.type !== 'num' || whole.end !== period.start || period.end + 1 !== start || !decimalWrittenApart(text, period.start, start)) return false;
  const joined = text.slice(whole.start, start + digits.length);
  tokens.splice(tokens.length - 2, 2, { text: joined, lower: joined, start: whole.start, end: start + digits.length, type: 'num' });
  return true;
}

/**
 * Tokenised copy writes a thousands separator apart too ("about 1, 500 houses", "$1, 199"): a
 * number of one to three digits, a comma glued to it, one space and exactly three digits are one
 * number. Not after a month ("May 12, 300 people" is a day and a count), a dash or a slash (a
 * score or a season, "1982-83, 100"), nor when the number before has a point or four digits.
 */
function joinThousandsApart(text: string, tokens: Token[], start: number, digits: string): boolean {
  const comma = tokens[tokens.length - 1];
  const whole = tokens[tokens.length - 2];
  if (comma?.text !== ',' || whole?.type !== 'num' || whole.end !== comma.start || comma.end + 1 !== start || text[comma.end] !== ' ') return false;
  if (!/^\d{3}$/.test(digits) || /^\d/.test(text.slice(start + 3, start + 4)) || !/^\d{1,3}(?:, \d{3})*$/.test(whole.text)) return false;
  const before = tokens[tokens.length - 3];
  if (before && ((before.type === 'word' && monthNumber(before.text) !== undefined) || /^[-\u2013\u2014/]$/.test(before.text))) return false;
  const joined = text.slice(whole.start, start + digits.length);
  tokens.splice(tokens.length - 2, 2, { text: joined, lower: joined, start: whole.start, end: start + digits.length, type: 'num' });
  return true;
}

// Words after which a full stop does not end a sentence; splitting "Sept. 5" or "Mr. Smith"
// would hide dates from the date parser and heads from the number classifier.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'prof', 'jr', 'sr',
  'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'vol', 'pp', 'cf', 'e.g', 'i.e',
]);
const BOUNDARY_RE = /[.!?]+["'”’)\]]*\s+|\n\s*/g;
const NEXT_STARTS_SENTENCE = /["'“‘(\[]?[\p{Lu}\d]/u;
const WORD_BEFORE_RE = /([\p{L}.]+)$/u;

/**
 * Sentence spans of `text`. A newline always ends a sentence; `.`, `!` or `?` followed by space
 * ends one when the next character starts a sentence and the word before is not an abbreviation.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const boundaryEnd = m.index + m[0].length;
    if (m[0][0] !== '\n' && m[0][0] !== '\r' && !isSentenceEnd(text, m.index, boundaryEnd)) continue;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) spans.push({ start, end });
    start = boundaryEnd;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function isSentenceEnd(text: string, punct: number, next: number): boolean {
  if (next < text.length && !NEXT_STARTS_SENTENCE.test(text.slice(next, next + 2))) return false;
  if (text[punct] !== '.') return true;
  if (decimalWrittenApart(text, punct, next)) return false;
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, punct - 12), punct));
  if (!before) return true;
  const word = before[1].toLowerCase();
  // Single capitals ("J. Smith") and dotted initialisms ("U.S.") are abbreviations too.
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word));
}

/** Words that end a noun phrase or never head one; head detection stops at them. */
export const FUNCTION_WORDS = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
  'that', 'which', 'who', 'whom', 'whose', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had',
  'have', 'has', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'this', 'these',
  'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'than', 'as', 'per', 'each', 'every',
  'so', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'into', 'onto', 'over', 'under',
  'about', 'around', 'more', 'less', 'fewer', 'most', 'least', 'not', 'no', 'also', 'only', 'just',
  'it', 'they', 'he', 'she', 'we', 'you', 'i', 'them', 'him', 'us', 'there', 'here', 'then',
  'said', 'says', 'say', 'did', 'do', 'does', 'another', 'other', 'all', 'both', 'out', 'up', 'down',
  'ago', 'later', 'earlier', 'during', 'between', 'against', 'among', 'through', 'across', 'whether',
  'because', 'where', 'what', 'how', 'why', 'now', 'still', 'yet', 'already', 'ever', 'again',
  // A time after a figure ends its phrase: "$39 billion last year" is no sum of years.
  'last', 'next', 'yesterday', 'today', 'tonight', 'tomorrow',
]);

/** Modifiers skipped between a number and its head noun ("31 new members"). */
export const SKIPPED_MODIFIERS = new Set([
  'new', 'additional', 'extra', 'former', 'current', 'full', 'total', 'separate', 'different',
  'remaining', 'existing', 'individual', 'consecutive', 'straight', 'successive', 'further', 'key',
  'main', 'major', 'minor', 'small', 'large', 'big', 'senior', 'junior', 'young', 'old', 'local',
  'foreign', 'official', 'registered', 'known', 'confirmed', 'reported', 'estimated', 'possible',
]);

const IRREGULAR_SINGULARS = new Map<string, string>(Object.entries({
  people: 'people', men: 'man', women: 'woman', children: 'child', police: 'police', staff: 'staff',
  personnel: 'personnel', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', data: 'data',
  media: 'media', criteria: 'criterion', lives: 'life', wives: 'wife', halves: 'half', leaves: 'leaf',
  series: 'series', species: 'species', news: 'news', aircraft: 'aircraft', sheep: 'sheep',
  cattle: 'cattle', crises: 'crisis', analyses: 'analysis', thieves: 'thief', knives: 'knife',
}));

// Nouns that are plural in meaning although they do not change ("300 staff", "20 aircraft").
const COLLECTIVE_NOUNS = new Set(['people', 'police', 'staff', 'personnel', 'aircraft', 'cattle', 'sheep']);

/** True when a lower-case word looks like a plural noun ("members", "countries", "people"). */
export function isPluralNoun(lower: string): boolean {
  const irregular = IRREGULAR_SINGULARS.get(lower);
  if (irregular !== undefined) return irregular !== lower || COLLECTIVE_NOUNS.has(lower);
  if (compoundOfMen(lower)) return true;
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(lower);
}

/**
 * A compound of "men" or "women" ("gunmen", "crewmen", "policewomen"): a plural, whose singular
 * ends in "man". The few singular nouns that end so ("specimen", "abdomen") are named.
 */
function compoundOfMen(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('men') && !SINGULARS_IN_MEN.has(lower);
}
const SINGULARS_IN_MEN = new Set(['abdomen', 'specimen', 'regimen', 'acumen', 'stamen', 'cyclamen', 'bitumen']);

/** The singular lemma of a lower-case noun; a rule-based guess good enough for comparing heads. */
export function singular(lower: string): string {
  const bare = lower.replace(/['’]s$/, '');
  const irregular = IRREGULAR_SINGULARS.get(bare);
  if (irregular !== undefined) return irregular;
  if (compoundOfMen(bare)) return `${bare.slice(0, -3)}man`;
  if (bare.length <= 3 || !bare.endsWith('s') || /(?:ss|us|is)$/.test(bare)) return bare;
  if (bare.endsWith('ies')) return bare.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zes)$/.test(bare)) return bare.slice(0, -2);
  return bare.slice(0, -1);
}

/** True for a token that starts with a capital letter. */
export function isCapitalized(token: Token): boolean {
  return token.type === 'word' && token.text[0] !== token.lower[0];
}

/** Whether token `b` directly follows token `a` with no space in between. */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Whether the lower-case forms of `tokens[at..]` spell `words` exactly. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k].lower !== words[k]) return false;
  return true;
}

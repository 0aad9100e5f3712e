/**
 * Reading one number at a token position: digits ("4,370", "2.5", "5bn", "32nd"), spelled-out
 * numbers ("thirty-one", "one hundred and twenty", "a dozen", "two and a half million") and the
 * vague plurals of news prose ("hundreds of", "tens of thousands of").
 *
 * Nothing here decides what the number counts; `values-quantities.ts` does that from context.
 */
import { GLUED_UNIT_RE, readCurrencyBefore, timeUnit } from './values-context';
import { type Token, glued, isPluralNoun, wordsAt } from './values-tokens';

/** A number read at a token position. */
export interface NumberRead {
  readonly value: number;
  /** Index of the first token after the number. */
  readonly end: number;
  readonly ordinal: boolean;
  /** Spelled out in words rather than digits. */
  readonly words: boolean;
  /**
   * Half the width of the rounding implied by the way the number is written: "5 million" stands
   * for anything that rounds to it (±0.5 million), "4,370" is exact (0).
   */
  readonly precision: number;
  /** Written with a scale word or abbreviation ("million", "bn", "m"). */
  readonly scaled: boolean;
  /** The scale factor applied (1 when none), to carry "million" back in "5 to 10 million". */
  readonly scale: number;
  /** Digits after the decimal point (or 1 for "and a half"): the notation's resolution. */
  readonly decimals: number;
  /** Loose by nature ("a dozen"). */
  readonly loose: boolean;
  /** A plain four-digit integer such as "2014" that may be a year. */
  readonly yearLike: boolean;
  /** Glued plural "s" ("1990s", "50s"): a decade, never a count. */
  readonly decade: boolean;
  /** Glued lower-case unit letters ("5km", "10kg"), singular; undefined when none. */
  readonly gluedUnit?: string;
}

const UNIT_WORDS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));
const TENS_WORDS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALE_WORDS = new Map<string, number>(Object.entries({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));
// Glued or spaced abbreviations of scales as the financial press writes them ("$5bn", "€3 mln").
const SCALE_ABBREVIATIONS = new Map<string, number>(Object.entries({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
}));
export const ORDINAL_WORDS = new Map<string, number>(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000,
}));
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const TIME_SUFFIX = new Set(['am', 'pm', 'a', 'p', 'h', 'gmt', 'utc']);
/** True when the word at `i` is a cardinal number word ("seven", "twenty", "thousand"). */
export function isNumberWord(lower: string): boolean {
  return UNIT_WORDS.has(lower) || TENS_WORDS.has(lower) || SCALE_WORDS.has(lower) || lower === 'hundred';
}

/** Reads a number starting at token `i`, or returns undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  return t.type === 'num' ? readDigits(tokens, i) : t.type === 'word' ? readWords(tokens, i) : undefined;
}

function readDigits(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokens[i];
  const raw = t.text.replace(/, ?/g, '').replace('. ', '.');
  let value = Number(raw);
  if (!Number.isFinite(value)) return undefined;
  const dot = raw.indexOf('.');
  const decimals = dot < 0 ? 0 : raw.length - dot - 1;
  let end = i + 1;
  let scale = 1;
  let ordinal = false;
  let decade = false;
  let gluedUnit: string | undefined;
  const next = tokens[end];
  if (glued(t, next) && next.type === 'word') {
    const suffix = next.lower;
    if (ORDINAL_SUFFIX.has(suffix) && dot < 0) ordinal = true;
    else if (suffix === 'm' && metres(tokens, i, end + 1)) gluedUnit = 'm';
    else if (SCALE_ABBREVIATIONS.has(suffix)) scale = SCALE_ABBREVIATIONS.get(suffix)!;
    else if (SCALE_WORDS.has(suffix)) scale = SCALE_WORDS.get(suffix)!;
    else if (suffix === 's' && dot < 0) decade = true;
    else if (TIME_SUFFIX.has(suffix)) return undefined;
    else if (GLUED_UNIT_RE.test(next.text) || DATA_UNIT_RE.test(next.text)) gluedUnit = suffix === 'lbs' ? 'lb' : suffix;
    else return undefined; // "5G", "F16x": an identifier, not a value.
    end++;
  } else if (next?.type === 'word' && (spacedUnit(next.text) || DATA_UNIT_RE.test(next.text))) {
    // A unit of two letters or more written apart: "5 km", "3 kg", "a 256 MB card" (one letter
    // apart, "5 m", "3 g", may be anything).
    gluedUnit = next.lower === 'lbs' ? 'lb' : next.lower;
    end++;
  } else if (next?.type === 'word' && SCALE_WORDS.has(next.lower)) {
    scale = SCALE_WORDS.get(next.lower)!;
    end++;
  } else if (next?.type === 'word' && (next.lower === 'bn' || next.lower === 'mn' || next.lower === 'mln')) {
    scale = SCALE_ABBREVIATIONS.get(next.lower)!;
    end++;
  } else if (next?.text === '-' && glued(t, next) === glued(next, tokens[end + 1]) && SCALE_WORDS.has(tokens[end + 1]?.lower ?? '')) {
    // A figure made an adjective with its scale: "a seven-year, $161-million deal" (in tokenised
    // copy "$2. 6 - million", the hyphen apart).
    scale = SCALE_WORDS.get(tokens[end + 1].lower)!;
    end += 2;
  }
  const lost = end === i + 1 && dot < 0 ? fractionSpaceLost(tokens, i) : undefined;
  const fraction = lost ?? (end === i + 1 && dot < 0 ? mixedFraction(tokens, end) : undefined);
  if (lost) value = lost.whole;
  if (fraction) {
    value += fraction.value;
    end = fraction.end;
  }
  value *= scale;
  const plainInteger = dot < 0 && !t.text.includes(',') && !fraction;
  return {
    value,
    end,
    ordinal,
    words: false,
    // "4 1/2 months" is told to the half month: a quarter month either side.
    precision: scale > 1 ? 0.5 * scale * 10 ** -decimals : fraction ? 0.5 * scale / fraction.denominator : 0,
    scaled: scale > 1,
    scale,
    decimals: fraction ? 1 : decimals,
    loose: false,
    yearLike: plainInteger && scale === 1 && !ordinal && !gluedUnit && t.text.length === 4 && value >= 1000 && value <= 2100,
    decade,
    gluedUnit,
  };
}

/**
 * A glued "m" is millions after a currency ("$334M", "£50m") or before what it counts ("50m
 * people"), and metres otherwise ("fell about 200m down a gully", "measuring 50m by 50m").
 */
function metres(tokens: readonly Token[], i: number, after: number): boolean {
  if (readCurrencyBefore(tokens, i) !== undefined) return false;
  const next = tokens[after];
  return !(next?.type === 'word' && isPluralNoun(next.lower));
}

/**
 * A unit written apart from the figure ("5 km", "3 kg"): one `GLUED_UNIT_RE` knows, of two letters
 * or more, and not a word of its own ("ha", "sq").
 */
const spacedUnit = (word: string) => word.length > 1 && !WORDS_AS_UNITS.has(word) && GLUED_UNIT_RE.test(word);
const WORDS_AS_UNITS = new Set(['ha', 'sq']);
/**
 * Sizes of data as product copy writes them, glued or apart: "16GB", "a 256 MB card" (upper case:
 * "$160MM" is a sum in millions).
 */
const DATA_UNIT_RE = /^(?:KB|MB|GB|TB)$/;

/** One name for each unit of measure, however it is written: "200m" and "150 meters" are both metres. */
export function unitName(unit: string): string {
  return UNIT_NAMES.get(unit) ?? unit;
}
const UNIT_NAMES = new Map<string, string>(Object.entries({
  m: 'metre', meter: 'metre', km: 'kilometre', kilometer: 'kilometre', cm: 'centimetre', centimeter: 'centimetre',
  mm: 'millimetre', millimeter: 'millimetre', ft: 'foot', feet: 'foot', kg: 'kilogram', liter: 'litre', l: 'litre', ml: 'millilitre',
  kb: 'kilobyte', mb: 'megabyte', gb: 'gigabyte', tb: 'terabyte',
}));

/**
 * The fraction of a mixed number after its whole part: "2-1/2", "4 1/2", "4 - 1 / 2" (tokenised
 * copy), "3½". Only a proper fraction of halves, thirds, quarters or eighths counts, so that "24/7"
 * and "9/11" stay what they are.
 */
function mixedFraction(tokens: readonly Token[], at: number): { value: number; end: number; denominator: number } | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  const vulgar = VULGAR_FRACTIONS.get(first.text);
  if (vulgar !== undefined) return { value: vulgar[0] / vulgar[1], end: at + 1, denominator: vulgar[1] };
  const k = first.text === '-' ? at + 1 : at;
  const [top, bar, bottom] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (top?.type !== 'num' || bar?.text !== '/' || bottom?.type !== 'num') return undefined;
  const numerator = Number(top.text);
  const denominator = Number(bottom.text);
  return properFraction(numerator, denominator) ? { value: numerator / denominator, end: k + 3, denominator } : undefined;
}

/** Halves, thirds, quarters or eighths, less than one: what a mixed number's fraction may be. */
function properFraction(numerator: number, denominator: number): boolean {
  return FRACTION_DENOMINATORS.has(denominator) && numerator >= 1 && numerator < denominator;
}
/**
 * "served 41/2 months": a mixed number whose space (or whose "½") was lost in copying, a whole
 * digit glued to a fraction's numerator; read as 4 1/2 only before a unit of time, where no one
 * writes forty-one halves.
 */
function fractionSpaceLost(tokens: readonly Token[], i: number): { whole: number; value: number; end: number; denominator: number } | undefined {
  const digits = tokens[i].text;
  const unit = tokens[i + 3]?.lower;
  if (!/^\d\d$/.test(digits) || tokens[i + 1]?.text !== '/' || tokens[i + 2]?.type !== 'num' || !(unit === '-' || timeUnit(unit) !== undefined)) return undefined;
  const numerator = Number(digits[1]);
  const denominator = Number(tokens[i + 2].text);
  return properFraction(numerator, denominator) ? { whole: Number(digits[0]), value: numerator / denominator, end: i + 3, denominator } : undefined;
}

const VULGAR_FRACTIONS = new Map<string, [number, number]>([['½', [1, 2]], ['¼', [1, 4]], ['¾', [3, 4]], ['⅓', [1, 3]], ['⅔', [2, 3]]]);
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8]);

type Last = 'start' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and' | 'half';

function readWords(tokens: readonly Token[], i: number): NumberRead | undefined {
  let total = 0;
  let group = 0;
  let last: Last = 'start';
  let j = i;
  let loose = false;
  let decimals = 0;
  let largestScale = 1;
  // "a hundred", "a dozen", "half a million": an article stands for one (or a half) before a scale.
  if (wordsAt(tokens, j, ['half', 'a']) && isScaleOrDozen(tokens[j + 2]?.lower)) {
    group = 0.5;
    decimals = 1;
    last = 'unit';
    j += 2;
  } else if ((tokens[j].lower === 'a' || tokens[j].lower === 'an') && isScaleOrDozen(tokens[j + 1]?.lower)) {
    group = 1;
    last = 'unit';
    j += 1;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j].lower;
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const ordinalValue = ORDINAL_WORDS.get(w);
    const startOfGroup = last === 'start' || last === 'hundred' || last === 'scale' || last === 'and';
    const afterTens = last === 'tens' && group % 10 === 0;
    if (unit !== undefined && (startOfGroup || (afterTens && unit > 0 && unit < 10))) {
      group += unit;
      last = 'unit';
    } else if (tens !== undefined && startOfGroup) {
      group += tens;
      last = 'tens';
    } else if (ordinalValue !== undefined && (startOfGroup || (afterTens && ordinalValue < 10))) {
      if (ordinalValue >= 100 && group > 0) group *= ordinalValue;
      else group += ordinalValue;
      return wordsResult(total + group, j + 1, true, 0, false, 1);
    } else if (w === '-' && last === 'tens' && glued(tokens[j - 1], tokens[j]) && glued(tokens[j], tokens[j + 1])) {
      continue; // "thirty-one": the hyphen joins tens and units.
    } else if (w === 'hundred' && (last === 'unit' || last === 'tens') && group > 0 && group < 100) {
      group *= 100;
      last = 'hundred';
    } else if (SCALE_WORDS.has(w) && group > 0 && last !== 'and') {
      const scale = SCALE_WORDS.get(w)!;
      total += group * scale;
      largestScale = Math.max(largestScale, scale);
      group = 0;
      last = 'scale';
    } else if (w === 'dozen' && last === 'unit' && group > 0) {
      group *= 12;
      loose = true;
      last = 'unit';
    } else if (w === 'and' && wordsAt(tokens, j + 1, ['a', 'half']) && (last === 'unit' || last === 'tens')) {
      group += 0.5; // "two and a half (million)"
      decimals = 1;
      last = 'half';
      j += 2;
    } else if (w === 'and' && (last === 'hundred' || last === 'scale') && isCardinalWord(tokens[j + 1]?.lower)) {
      last = 'and';
    } else break;
  }
  if (last === 'start' || last === 'and' || j === i) return undefined;
  return wordsResult(total + group, j, false, decimals, loose, largestScale);
}

function wordsResult(value: number, end: number, ordinal: boolean, decimals: number, loose: boolean, scale: number): NumberRead {
  return {
    value,
    end,
    ordinal,
    words: true,
    precision: scale > 1 ? 0.5 * scale * 10 ** -decimals : 0,
    scaled: scale > 1,
    scale,
    decimals,
    loose,
    yearLike: false,
    decade: false,
  };
}

function isScaleOrDozen(lower: string | undefined): boolean {
  return lower !== undefined && (SCALE_WORDS.has(lower) || lower === 'hundred' || lower === 'dozen');
}

function isCardinalWord(lower: string | undefined): boolean {
  return lower !== undefined && (UNIT_WORDS.has(lower) || TENS_WORDS.has(lower));
}

/** A vague amount such as "hundreds of" or "several thousand", as an interval. */
export interface VagueRead {
  readonly low: number;
  readonly high: number;
  /** Index of the first token after the amount (after "of" when present). */
  readonly end: number;
}

const VAGUE_PLURALS = new Map<string, number>(Object.entries({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
}));
const VAGUE_SCALES = new Map<string, number>(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
}));

/**
 * Reads "dozens of", "hundreds of", "tens of thousands of", "hundreds of millions of",
 * "several hundred", "a few thousand". Plurals mean at least two of the unit and fewer than the
 * next named unit ("hundreds" is 200 to 999), which is how a reader would bound them.
 */
const VAGUE_START = new Set(['tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'several', 'a']);

export function readVague(tokens: readonly Token[], i: number): VagueRead | undefined {
  const w = tokens[i]?.lower;
  if (w === undefined || !VAGUE_START.has(w)) return undefined;
  if (w === 'tens' || w === 'hundreds') {
    const inner = tokens[i + 2]?.lower;
    if (tokens[i + 1]?.lower === 'of' && (inner === 'thousands' || inner === 'millions' || inner === 'billions')) {
      const base = (w === 'tens' ? 10 : 100) * VAGUE_PLURALS.get(inner)!;
      if (tokens[i + 3]?.lower !== 'of') return undefined;
      return { low: 2 * base, high: 10 * base - 1, end: i + 4 };
    }
  }
  const unit = VAGUE_PLURALS.get(w);
  if (unit !== undefined && tokens[i + 1]?.lower === 'of') {
    const ceiling = unit === 12 ? 144 : unit * 10;
    return { low: 2 * unit, high: ceiling - 1, end: i + 2 };
  }
  const few = w === 'a' && tokens[i + 1]?.lower === 'few';
  if (w !== 'several' && !few) return undefined;
  const at = few ? i + 2 : i + 1;
  const scale = VAGUE_SCALES.get(tokens[at]?.lower ?? '');
  if (scale === undefined) return undefined;
  // "several hundred" is three to nine hundred; "a few thousand" two to five thousand.
  return few ? { low: 2 * scale, high: 5 * scale, end: at + 1 } : { low: 3 * scale, high: 9 * scale, end: at + 1 };
}

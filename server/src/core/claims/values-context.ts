/**
 * The words around a number that decide what it means: qualifiers before it ("about", "more
 * than"), currencies, percent signs and time units after it, and the noun it counts.
 */
import type { Qualifier } from './values-model';
import {
  type Token, FUNCTION_WORDS, SKIPPED_MODIFIERS, glued, isCapitalized, isPluralNoun, singular, wordsAt,
} from './values-tokens';

export const GLUED_UNIT_RE = /^(?:km|kg|m|cm|mm|mph|kph|mw|gw|kw|kwh|mwh|gwh|ha|sq|lb|lbs|t|l|ml|g|mb|gb|tb)$/;
/** Units of measure written out, singular ("17 degrees", "150 meters"). */
const MEASURE_WORDS = new Set([
  'metre', 'meter', 'kilometre', 'kilometer', 'centimetre', 'centimeter', 'millimetre', 'millimeter', 'mile', 'foot', 'feet', 'inch', 'yard',
  'degree', 'percent', 'point', 'gram', 'kilogram', 'pound', 'ounce', 'ton', 'tonne', 'litre', 'liter', 'millilitre', 'gallon', 'barrel', 'acre', 'hectare', 'knot', 'magnitude',
  'kilobyte', 'megabyte', 'gigabyte', 'terabyte',
]);

/** A unit of measure, glued to a figure ("200m", "5kg") or written out ("17 degrees"): what a figure measures in, not what it counts. */
export function isUnitOfMeasure(word: string): boolean {
  return GLUED_UNIT_RE.test(word) || MEASURE_WORDS.has(word);
}

/** A qualifier phrase found before a number. */
export interface QualifierRead {
  readonly qualifier: Qualifier;
  /** "more than 30" excludes 30, "at least 30" does not. */
  readonly strict: boolean;
  /** Index of the qualifier's first token (the number's own index when there is none). */
  readonly start: number;
}

const QUALIFIER_PHRASES: readonly (readonly [string, Qualifier, boolean])[] = [
  ['no fewer than', 'atLeast', false], ['no less than', 'atLeast', false], ['not less than', 'atLeast', false],
  ['no more than', 'atMost', false], ['not more than', 'atMost', false], ['in excess of', 'atLeast', true],
  ['as many as', 'atMost', false], ['as much as', 'atMost', false], ['an estimated', 'about', false],
  ['more than', 'atLeast', true], ['greater than', 'atLeast', true], ['upwards of', 'atLeast', false],
  ['at least', 'atLeast', false], ['fewer than', 'atMost', true], ['less than', 'atMost', true],
  ['up to', 'atMost', false], ['at most', 'atMost', false], ['just over', 'atLeast', true],
  ['well over', 'atLeast', true], ['just under', 'atMost', true], ['well under', 'atMost', true],
  ['just below', 'atMost', true], ['close to', 'about', false], ['just shy of', 'nearly', false],
  ['about', 'about', false], ['around', 'about', false], ['roughly', 'about', false],
  ['approximately', 'about', false], ['approx', 'about', false], ['some', 'about', false],
  ['circa', 'about', false], ['estimated', 'about', false], ['~', 'about', false],
  ['nearly', 'nearly', false], ['almost', 'nearly', false], ['over', 'atLeast', true],
  ['above', 'atLeast', true], ['exceeding', 'atLeast', true], ['under', 'atMost', true],
  ['below', 'atMost', true], ['higher than', 'atLeast', true], ['larger than', 'atLeast', true],
  ['bigger than', 'atLeast', true], ['lower than', 'atMost', true], ['smaller than', 'atMost', true],
  ['longer than', 'atLeast', true], ['shorter than', 'atMost', true],
];
// Longest phrases first so that "no more than" wins over "more than".
const QUALIFIERS = QUALIFIER_PHRASES
  .map(([phrase, qualifier, strict]) => ({ words: phrase.split(' '), qualifier, strict }))
  .sort((a, b) => b.words.length - a.words.length);

/** The qualifier phrase that ends right before token `i`, if any. */
export function readQualifier(tokens: readonly Token[], i: number): QualifierRead {
  for (const q of QUALIFIERS) {
    const at = i - q.words.length;
    if (!wordsAt(tokens, at, q.words)) continue;
    // A strict bound denied a word or two before ("never hit fewer than 26 homers", "did not
    // score more than 3 goals") is the other bound, taking in its figure: at least 26, at most 3.
    // So is one whose clause opens with a denied subject ("None of the other teams has offered
    // more than eight years", "So far, no team has offered a contract longer than eight years").
    if (q.strict && (q.qualifier === 'atLeast' || q.qualifier === 'atMost') && (deniedJustBefore(tokens, at) || deniedSubjectBefore(tokens, at))) {
      return { qualifier: q.qualifier === 'atLeast' ? 'atMost' : 'atLeast', strict: false, start: at };
    }
    return { qualifier: q.qualifier, strict: q.strict, start: at };
  }
  return { qualifier: 'exact', strict: false, start: i };
}

/** "not", "never", or a word with "n't" glued on ("isn't"), as the value tokens keep it. */
export const deniedAt = (lower: string) => lower === 'not' || lower === 'never' || /n['’]t$/.test(lower);

/** Words that deny the subject they open ("no team", "none of them", "nobody"). */
const DENIED_SUBJECT = new Set(['no', 'none', 'nobody', 'neither', 'nothing']);
/**
 * Words that open a clause of its own, whose figure the denied subject before does not reach
 * ("No-one was hurt in the fire, which saw more than 50 firefighters ...").
 */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'whereas', 'but', 'because', 'although', 'though', 'after', 'before', 'since', 'if', 'unless']);

/**
 * A clause before token `at` that opens with a denied subject (`DENIED_SUBJECT`): at the
 * sentence's start or after a comma, with no semicolon, colon, other denial or word that opens
 * another clause (`CLAUSE_OPENERS`) between.
 */
function deniedSubjectBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const lower = tokens[k].lower;
    if (lower === ';' || lower === ':' || deniedAt(lower) || CLAUSE_OPENERS.has(lower)) return false;
    if (DENIED_SUBJECT.has(lower)) return k === 0 || tokens[k - 1].lower === ',';
  }
  return false;
}

/** A denial (`deniedAt`) within the two words before token `at`. */
function deniedJustBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    if (deniedAt(tokens[k].lower)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

const CURRENCY_SYMBOLS = new Map<string, string>([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB']]);
const DOLLAR_PREFIXES = new Map<string, string>([['US', 'USD'], ['A', 'AUD'], ['C', 'CAD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD']]);
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RUB', 'INR', 'AUD', 'CAD', 'SEK', 'NOK', 'DKK', 'PLN', 'UAH']);
const CURRENCY_WORDS = new Map<string, string>(Object.entries({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', hryvnia: 'UAH', hryvnias: 'UAH',
}));

/** A currency written before a number ("$", "US$", "EUR"): its ISO code and first token. */
export function readCurrencyBefore(tokens: readonly Token[], i: number): { code: string; start: number } | undefined {
  const prev = tokens[i - 1];
  if (prev === undefined) return undefined;
  const symbol = CURRENCY_SYMBOLS.get(prev.text);
  if (symbol !== undefined) {
    const prefix = tokens[i - 2];
    const dollarPrefix = prev.text === '$' && glued(prefix, prev) ? DOLLAR_PREFIXES.get(prefix.text) : undefined;
    return dollarPrefix ? { code: dollarPrefix, start: i - 2 } : { code: symbol, start: i - 1 };
  }
  if (CURRENCY_CODES.has(prev.text)) return { code: prev.text, start: i - 1 };
  // "$US1 million", "$A5": the country after the sign, as Australian and New Zealand copy writes it.
  const sign = tokens[i - 2];
  const country = prev.type === 'word' && sign?.text === '$' && glued(sign, prev) && glued(prev, tokens[i]) ? DOLLAR_PREFIXES.get(prev.text) : undefined;
  return country === undefined ? undefined : { code: country, start: i - 2 };
}

/** A currency named after a number ("5 million dollars", "20 euros", "300 USD"). */
export function readCurrencyAfter(tokens: readonly Token[], j: number): { code: string; end: number } | undefined {
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (CURRENCY_CODES.has(t.text)) return { code: t.text, end: j + 1 };
  const code = t.type === 'word' ? CURRENCY_WORDS.get(t.lower) : undefined;
  if (code === undefined) return undefined;
  return { code, end: wordsAt(tokens, j, ['pounds', 'sterling']) ? j + 2 : j + 1 };
}

/** The currency a plural noun names ("millions of dollars"), if it names one. */
export function currencyOfWord(lower: string | undefined): string | undefined {
  return lower === undefined ? undefined : CURRENCY_WORDS.get(lower);
}

/**
 * A percent sign or phrase after a number: its unit ('%' or 'percentage point'), its end, and the
 * scale to that unit (basis points are hundredths of a percentage point: "50 basis points" is 0.5).
 */
export function readPercentAfter(tokens: readonly Token[], j: number): { unit: string; end: number; scale?: number } | undefined {
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (t.text === '%') return { unit: '%', end: j + 1 };
  if (t.lower === 'percent' || t.lower === 'pct') return { unit: '%', end: j + 1 };
  if (wordsAt(tokens, j, ['per', 'cent'])) return { unit: '%', end: j + 2 };
  if (t.lower === 'percentage' && /^points?$/.test(tokens[j + 1]?.lower ?? '')) return { unit: 'percentage point', end: j + 2 };
  if (t.lower === 'basis' && /^points?$/.test(tokens[j + 1]?.lower ?? '')) return { unit: 'percentage point', end: j + 2, scale: 0.01 };
  if (t.lower === 'bps' || t.lower === 'bp') return { unit: 'percentage point', end: j + 1, scale: 0.01 };
  return undefined;
}

/** A time unit: its singular name and its length in years (the normalised duration unit). */
export interface TimeUnit {
  readonly name: string;
  readonly years: number;
  readonly plural: boolean;
}
const TIME_UNITS = new Map<string, TimeUnit>();
for (const [name, years, plural] of [
  ['year', 1, 'years'], ['yr', 1, 'yrs'], ['month', 1 / 12, 'months'], ['week', 7 / 365.25, 'weeks'],
  ['fortnight', 14 / 365.25, 'fortnights'], ['day', 1 / 365.25, 'days'], ['decade', 10, 'decades'],
  ['century', 100, 'centuries'], ['hour', 1 / 8766, 'hours'], ['minute', 1 / 525960, 'minutes'],
] as const) {
  const canonical = name === 'yr' ? 'year' : name;
  TIME_UNITS.set(name, { name: canonical, years, plural: false });
  TIME_UNITS.set(plural, { name: canonical, years, plural: true });
}

/** The time unit a word names ("years" → year), if any. */
export function timeUnit(lower: string | undefined): TimeUnit | undefined {
  return lower === undefined ? undefined : TIME_UNITS.get(lower);
}

// Words that make a number a person's age when they come right before it.
const AGE_CUES = [['at', 'the', 'age', 'of'], ['aged'], ['ages'], ['age'], ['age', 'of']];

/** Whether a phrase such as "aged" or "at the age of" ends right before token `i`. */
export function hasAgeCue(tokens: readonly Token[], i: number): boolean {
  return AGE_CUES.some((cue) => wordsAt(tokens, i - cue.length, cue));
}

/**
 * The noun a value quantifies, looked for from token `j`: modifiers are skipped, and the first
 * plural noun wins ("31 NATO member states" → 'state'). With `singularOk` ("one member state")
 * the last word of the noun phrase is taken when there is no plural, or the first with
 * `firstWord`: an ordinal ranks its first noun ("the 75th anniversary summit" → 'anniversary').
 */
export function headAfter(tokens: readonly Token[], j: number, singularOk: boolean, firstWord = false): string | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (let k = j, taken = 0; k < tokens.length && taken < 3; k++) {
    const t = tokens[k];
    if (t.type !== 'word') {
      // A hyphen inside a compound noun ("prime-minister", tokenised copy's "co - workers") is
      // part of the phrase.
      const gluedBoth = glued(tokens[k - 1], t) && glued(t, tokens[k + 1]);
      const spacedBoth = !glued(tokens[k - 1], t) && !glued(t, tokens[k + 1]) && tokens[k + 1]?.type === 'word';
      // The word before may be a modifier that is skipped ("six major-league seasons").
      if (t.text === '-' && (gluedBoth || spacedBoth) && k > j && tokens[k - 1].type === 'word') continue;
      // So is a number glued after it: a name of the kind "COVID-19" or "F-16" modifies the noun.
      if (tokens[k - 1]?.text === '-' && glued(tokens[k - 1], t) && last !== undefined) continue;
      break;
    }
    const w = t.lower;
    if (FUNCTION_WORDS.has(w)) break;
    if (SKIPPED_MODIFIERS.has(w)) continue;
    // Adjectives before a noun ("the first parliamentary vote") are not the head.
    if (tokens[k + 1]?.type === 'word' && !FUNCTION_WORDS.has(tokens[k + 1].lower) && isAdjectiveLike(w)) continue;
    if (w.endsWith('ly') && !isCapitalized(t)) break;
    if (isPluralNoun(w)) return singular(w);
    if (pluralDemonymInI(tokens, k)) return w.slice(0, -1);
    // A unit written out ends the phrase: "one mile north of", "one metre short".
    if (singularOk && MEASURE_WORDS.has(w)) return w;
    if (/(?:ed|ing)$/.test(w) && !isCapitalized(t)) {
      if (tokens[k + 1]?.type === 'word') continue; // "31 trained soldiers"
      break; // "31 voted": a verb follows the number, not a noun.
    }
    // Names joined before one noun all qualify it: "23 Somali and Yemeni pirates", "12 Somali and
    // 11 Yemeni pirates" (each figure counts pirates).
    const joined = JOINING_WORDS.has(tokens[k + 1]?.lower ?? '') ? (tokens[k + 2]?.type === 'num' ? k + 3 : k + 2) : -1;
    if (isCapitalized(t) && joined > 0 && tokens[joined] !== undefined && isCapitalized(tokens[joined])) {
      k = joined - 1;
      continue;
    }
    first ??= w;
    last = w;
    taken++;
  }
  const chosen = firstWord ? first : last;
  return singularOk && chosen !== undefined ? singular(chosen) : undefined;
}

/**
 * A people named by a plural in "-is" that ends its noun phrase ("nine Israelis, including",
 * "two Iraqis were"): the rule for plurals leaves words in "-is" out, since most are singular
 * ("crisis", "analysis"), but a capitalised one counted by a figure is a people.
 */
function pluralDemonymInI(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return isCapitalized(t) && t.lower.length > 5 && t.lower.endsWith('is') && (next === undefined || next.type !== 'word' || FUNCTION_WORDS.has(next.lower));
}

const JOINING_WORDS = new Set(['and', 'or']);

const NUMBER_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'these', 'those', 'some']);

/** Index after determiners ("the", "its", "the alliance's") that may sit between "of" and a number. */
export function skipDeterminers(tokens: readonly Token[], k: number): number {
  let at = k;
  for (let n = 0; n < 2 && at < tokens.length; n++) {
    const t = tokens[at];
    if (NUMBER_DETERMINERS.has(t.lower) || (t.type === 'word' && /['’]s$/.test(t.lower))) at++;
    else break;
  }
  return at;
}

const ADJECTIVE_SUFFIX = /(?:al|ic|ous|ive|ful|less|ern|ian|ese|ish)$/;
const ARY_ADJECTIVES = new Set([
  'parliamentary', 'military', 'monetary', 'budgetary', 'primary', 'secondary', 'preliminary', 'temporary',
  'voluntary', 'ordinary', 'extraordinary', 'necessary', 'revolutionary', 'contrary', 'honorary', 'unitary',
]);

function isAdjectiveLike(lower: string): boolean {
  return ADJECTIVE_SUFFIX.test(lower) || ARY_ADJECTIVES.has(lower);
}

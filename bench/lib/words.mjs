// Numbers, durations and dates as newsrooms write them. These are pure functions of their inputs;
// the choice between several equivalent spellings is made by the caller (see voice.mjs), so that the
// same value can be written "nine", "9" or, for ten years, "a decade".

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth'];

/** English words for 0..999 ("forty-one"); larger numbers are returned as digits. */
export function numberWords(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999) return withCommas(n);
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]} hundred${rest ? ` and ${numberWords(rest)}` : ''}`;
}

export function ordinalWord(n) {
  return ORDINALS[n] ?? `${n}th`;
}

export function ordinalDigits(n) {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${tail}`;
}

/** 38412 -> "38,412"; decimals keep their digits (4.5 -> "4.5"). */
export function withCommas(n) {
  const [whole, frac] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A decimal without a trailing ".0" and with at most `places` places. */
export function trimDecimal(n, places = 2) {
  return String(Number(n.toFixed(places)));
}

export function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" before a word, by how the word is spoken ("an eight-year", "an 11-year", "a 9-year"). */
export function article(word) {
  const lead = /^(\d+)/.exec(word);
  if (lead) {
    const n = lead[1];
    return n.startsWith('8') || n === '11' || n === '18' || /^1[18]\d{3}$/.test(n) ? 'an' : 'a';
  }
  if (/^one\b|^one-|^uni|^use/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const FRACTIONS = {
  '1/2': 'half', '1/3': 'a third', '2/3': 'two-thirds', '1/4': 'a quarter', '3/4': 'three-quarters',
  '2/5': 'two-fifths', '3/5': 'three-fifths', '4/5': 'four-fifths', '5/6': 'five-sixths',
};

/** The words for part/total when it reduces to a common fraction ("three-quarters"), else null. */
export function fractionWords(part, total) {
  const g = gcd(part, total);
  return FRACTIONS[`${part / g}/${total / g}`] ?? null;
}

function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}

// Calendar: days are counted from 1970-01-01 (UTC) so that arithmetic is exact and time zones
// never shift a date.
const MS_PER_DAY = 86400000;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function dayFromParts(year, month, day) {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function partsOfDay(dayNumber) {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function isoOfDay(dayNumber) {
  const { year, month, day } = partsOfDay(dayNumber);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A month a whole number of months after the month of `dayNumber`, as { year, month }. */
export function monthsAfter(dayNumber, months) {
  const { year, month } = partsOfDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function isoOfMonth({ year, month }) {
  return `${year}-${String(month).padStart(2, '0')}`;
}

// How one article writes values. A Voice belongs to one article (its date decides whether "on
// Tuesday" can be said) and picks one of several equivalent spellings for every value, noting the
// kind of spelling it chose (`forms`) so the answer key can tell an exact figure from an
// approximate one or a fraction.
import {
  MONTHS, WEEKDAYS, article, capitalise, fractionWords, numberWords, ordinalDigits, ordinalWord, partsOfDay,
  trimDecimal, withCommas,
} from './words.mjs';

export class Voice {
  /** @param {import('./prng.mjs').Rng} rng  @param {number} articleDay  @param {{symbol: string|null, plural: string}} currency */
  constructor(rng, articleDay, currency) {
    this.rng = rng;
    this.articleDay = articleDay;
    this.currency = currency;
    this.forms = [];
  }

  /** Starts a sentence: forgets the forms noted for the previous one. */
  begin() {
    this.forms = [];
  }

  note(form) {
    this.forms.push(form);
  }

  cap = capitalise;
  pick(list) {
    return this.rng.pick(list);
  }
  a(word) {
    return `${article(word)} ${word}`;
  }

  /** A small count, in words or digits as a style guide would allow. */
  num(n) {
    const words = n <= 9 ? this.rng.chance(0.8) : n < 100 && this.rng.chance(0.25);
    this.note(words ? 'words' : 'digits');
    return words ? numberWords(n) : withCommas(n);
  }

  /** A count at the start of a sentence, where style wants words for anything short. */
  Num(n) {
    if (n < 100) {
      this.note('words');
      return capitalise(numberWords(n));
    }
    this.note('digits');
    return withCommas(n);
  }

  digits(n) {
    this.note('digits');
    return withCommas(n);
  }

  /** A large count, exact ("38,412") or rounded with a hedge ("about 38,000", "more than 38,000"). */
  count(n) {
    const round = roundTo2(n);
    if (round !== n && Math.abs(round - n) / n < 0.05 && this.rng.chance(0.4)) {
      this.note('approx');
      const hedges = ['about', 'around', 'roughly', 'some'];
      if (round < n) hedges.push('more than', 'over');
      else hedges.push('nearly', 'almost');
      return `${this.pick(hedges)} ${withCommas(round)}`;
    }
    return this.digits(n);
  }

  Count(n) {
    return capitalise(this.count(n));
  }

  money(units) {
    const { symbol, plural } = this.currency;
    this.note('money');
    const scaled = (div, word, short) => {
      const x = trimDecimal(units / div, 1);
      const forms = [`${x} ${word} ${plural}`];
      if (symbol) forms.push(`${symbol}${x} ${word}`, `${symbol}${x} ${word}`, `${symbol}${x}${short}`);
      if (symbol && units < 1e7 && div === 1e6) forms.push(`${symbol}${withCommas(units)}`);
      return this.pick(forms);
    };
    if (units >= 1e9) return scaled(1e9, 'billion', 'bn');
    if (units >= 1e6) return scaled(1e6, 'million', 'm');
    const forms = [`${withCommas(units)} ${plural}`];
    if (symbol) forms.push(`${symbol}${withCommas(units)}`, `${symbol}${withCommas(units)}`);
    if (symbol && units % 1000 === 0) forms.push(`${symbol}${units / 1000}k`);
    return this.pick(forms);
  }

  pct(x) {
    this.note('percent');
    const n = trimDecimal(x, 2);
    return this.pick([`${n}%`, `${n} per cent`, `${n} percent`]);
  }

  /** A change of interest rate in basis points (25, 50, 75, 100), in any of its usual spellings. */
  bp(points) {
    this.note('points');
    const spoken = { 25: 'a quarter of a percentage point', 50: 'half a percentage point',
      75: 'three-quarters of a percentage point', 100: 'a full percentage point' }[points];
    const forms = [`${points} basis points`, `${trimDecimal(points / 100)} percentage points`];
    if (spoken) forms.push(spoken, spoken);
    return this.pick(forms);
  }

  /** A duration ("nine years", "9 years", "a decade", "18 months" or "a year and a half"). */
  dur(n, unit) {
    this.note('duration');
    return this.pick(durationForms(n, unit));
  }

  /** A duration used as an adjective ("nine-year", "decade-long", "18-month"). */
  durAdj(n, unit) {
    this.note('duration');
    const forms = [`${numberWords(n)}-${unit}`, `${n}-${unit}`];
    if (unit === 'year' && n === 10) forms.push('decade-long', 'decade-long');
    if (n > 20) forms.shift();
    return this.pick(forms);
  }

  /** How many times something happened ("twice", "three times"). */
  times(n) {
    this.note('times');
    if (n === 1) return 'once';
    const forms = [`${numberWords(n)} times`];
    if (n === 2) forms.push('twice', 'twice');
    return this.pick(forms);
  }

  /** The ordinal of an occurrence ("third"), rarely in digits ("3rd"). */
  ordinal(n) {
    this.note('ordinal');
    return this.rng.chance(0.1) ? ordinalDigits(n) : ordinalWord(n);
  }

  /**
   * A past day as seen from the article's date: "on Tuesday" within the last six days (or
   * "yesterday"), otherwise an absolute date ("on March 12", "on 12 March", "on March 12, 2024").
   */
  on(day) {
    const back = this.articleDay - day;
    const { year, month, day: dom, weekday } = partsOfDay(day);
    const sameYear = partsOfDay(this.articleDay).year === year;
    if (back >= 0 && back <= 6 && this.rng.chance(0.6)) {
      this.note('relative');
      if (back === 1 && this.rng.chance(0.15)) return 'yesterday';
      return `on ${WEEKDAYS[weekday]}`;
    }
    this.note('absolute');
    const forms = [`on ${MONTHS[month - 1]} ${dom}`, `on ${dom} ${MONTHS[month - 1]}`,
      `on ${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${dom}`];
    if (!sameYear) return `on ${MONTHS[month - 1]} ${dom}, ${year}`;
    if (this.rng.chance(0.2)) return `on ${MONTHS[month - 1]} ${dom}, ${year}`;
    return this.pick(forms);
  }

  /** A coming month, with its year whenever the year is not the article's own. */
  inMonth(ym) {
    return `in ${this.month(ym)}`;
  }

  month({ year, month }) {
    this.note('month');
    const name = MONTHS[month - 1];
    const articleYear = partsOfDay(this.articleDay).year;
    if (year !== articleYear) return year === articleYear + 1 && this.rng.chance(0.4) ? `${name} next year` : `${name} ${year}`;
    return this.rng.chance(0.2) ? `${name} ${year}` : name;
  }

  /**
   * A share of a group: "30 of the 40 councillors", "three-quarters of the 40 councillors",
   * "about 30 councillors" or "30 councillors". All four agree with each other.
   */
  share({ part, total }, noun, tail = '') {
    const all = withCommas(total);
    const options = [['exact', () => `${this.bare(part)} of the ${all} ${noun}${tail}`],
      ['exact', () => `${this.bare(part)} ${noun}${tail}`]];
    const words = fractionWords(part, total);
    if (words) options.push(['fraction', () => `${words} of the ${all} ${noun}${tail}`],
      ['fraction', () => `${words} of the ${all} ${noun}${tail}`]);
    if (part >= 10) options.push(['approx', () => `${this.pick(['about', 'around', 'roughly'])} ${part} ${noun}${tail}`]);
    const [form, make] = this.pick(options);
    this.note(form);
    return make();
  }

  Share(value, noun, tail) {
    return capitalise(this.share(value, noun, tail));
  }

  bare(n) {
    return n <= 9 || (n < 100 && this.rng.chance(0.3)) ? numberWords(n) : withCommas(n);
  }
}

function roundTo2(n) {
  if (n < 100) return n;
  const p = 10 ** (String(Math.floor(n)).length - 2);
  return Math.round(n / p) * p;
}

export function durationForms(n, unit) {
  const plain = (k, u) => [`${numberWords(k)} ${u}${k === 1 ? '' : 's'}`, `${k} ${u}${k === 1 ? '' : 's'}`];
  if (unit === 'year') {
    const forms = n === 1 ? ['a year', 'one year', '12 months'] : plain(n, 'year');
    if (n % 10 === 0 && n <= 50) forms.push(n === 10 ? 'a decade' : `${numberWords(n / 10)} decades`);
    if (n === 2) forms.push('24 months');
    return forms;
  }
  if (unit === 'month') {
    const forms = plain(n, 'month');
    if (n === 12) forms.push('a year', 'a year');
    if (n === 18) forms.push('a year and a half');
    if (n === 24) forms.push('two years');
    if (n === 6) forms.push('half a year');
    return forms;
  }
  return plain(n, unit);
}

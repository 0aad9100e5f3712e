/**
 * What the words around figures say of them once a sentence's figures are read: a running score
 * or a tie, a figure added to another or the rest of a whole, an average or a rate, the game
 * clock, a conversion in brackets, a figure in a condition. Each pass rewrites the candidates in
 * place (vague, a rate, approximate); `values.ts` runs them all through `markFraming`.
 */
import { type Candidate, interval } from './values-model';

/** Runs every pass over one sentence's candidates, in the order their readings build on. */
export function markFraming(text: string, sentence: { start: number; end: number }, candidates: Candidate[], tolerance: number): void {
  markScores(text, candidates);
  markIncrements(text, candidates);
  markRates(text, candidates);
  markClockLeft(text, candidates);
  markConversions(text, candidates, tolerance);
  markFiscalYears(text, candidates);
  markConditions(text, sentence.start, sentence.end, candidates);
}

/**
 * A score, a record or a season ("a 20 - 13 win", "(52-3, 46 knockouts)", "45-7-2", "(5-10)", "a
 * 38-44 mark", "from 1978 - 89") is bare numbers joined by dashes: its parts are no figures of
 * their own, and a running score changes all game long. They are kept as vague values, which nothing compares. A range of
 * something counted ("5-10 people") was read whole already, with its noun.
 */
function markScores(text: string, candidates: Candidate[]): void {
  const bare = (c: Candidate) => (c.kind === 'quantity' && c.head === undefined && c.unit === undefined) || (c.kind === 'date' && YEAR_ONLY.test(text.slice(c.start, c.end)));
  for (let i = 0; i < candidates.length; i++) {
    // A record that rises reads as a range: in brackets after a team's name ("The Jaguars (5-10)
    // opened ..."), or before a word for a record ("a 38-44 mark", "a 9-14 start").
    const c = candidates[i];
    if (c.kind !== 'quantity' || c.approx !== 'range' || !bare(c)) continue;
    if ((text[c.start - 1] === '(' && text[c.end] === ')') || RECORD_AFTER.test(text.slice(c.end, c.end + 12))) candidates[i] = { ...c, vague: true };
  }
  for (let i = 0; i < candidates.length; i++) {
    // A tie ("a 12 - all game", "tied at 45 all", "tied the game at 13") is a running score too.
    const c = candidates[i];
    if (c.kind !== 'quantity') continue;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const after = text.slice(c.end, c.end + 8);
    if (TIED_WORD.test(text.slice(c.start, c.end)) || TIE_AFTER.test(after) || TIED_AT.test(before) || (AT_BEFORE.test(before) && ALL_AFTER.test(after))) candidates[i] = { ...c, vague: true };
  }
  for (let i = 1; i < candidates.length; i++) {
    const [left, right] = [candidates[i - 1], candidates[i]];
    if (!SCORE_DASH.test(text.slice(left.end, right.start)) || !bare(left) || !bare(right)) continue;
    if (left.kind === 'quantity') candidates[i - 1] = { ...left, vague: true };
    if (right.kind === 'quantity') candidates[i] = { ...right, vague: true };
  }
}
const RECORD_AFTER = /^\s+(?:mark|record|start|finish|season|campaign|run|win|loss|victory|defeat|lead|deficit|score|margin|decision|vote|split|tie|draw)\b/i;
const SCORE_DASH = /^ ?[-\u2013] ?$/;
const TIED_WORD = /-\s*all$/i;
const TIE_AFTER = /^\s*-\s*all\b/i;
/** "tied the game at 13", "were knotted at 7": the score the sides were level at. */
const TIED_AT = /\b(?:tied|knotted|deadlocked|level)\s+(?:(?:the\s+)?(?:game|score|match|contest|it|things)\s+)?at\s+$/i;
const AT_BEFORE = /\bat\s+$/i;
const ALL_AFTER = /^\s+all\b/i;

/**
 * "If you had asked me a year ago, ...", "unless 40 members object": a value in a condition states
 * no fact, only what would follow from one. The clause runs from its "if" or "unless" to the next
 * comma, semicolon or dash; its values are kept as vague ones, which nothing compares.
 */
function markConditions(text: string, start: number, end: number, candidates: Candidate[]): void {
  const sentence = text.slice(start, end);
  for (const opener of sentence.matchAll(CONDITION)) {
    const from = start + opener.index;
    const stop = sentence.slice(opener.index).search(CLAUSE_END);
    // A sentence opened by a condition and closed by "would" tells what would have been, all of it
    // ("If it had, we wouldn't have 355 damaged shops").
    const counterfactual = stop >= 0 && sentence.slice(0, opener.index).trim().length <= 1 && WOULD.test(sentence.slice(opener.index + stop));
    const to = stop < 0 || counterfactual ? end : from + stop;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (c.start >= from && c.start < to) candidates[i] = { ...c, vague: true };
    }
  }
}
const CONDITION = /\b(?:if|unless)\b/gi;
const WOULD = /\b(?:would|could|might)(?:n['’]t)?\b|\b(?:wo|could|would)\s*n['’]t\b/i;
const CLAUSE_END = /[,;\u2013\u2014]|\s-\s/;

/**
 * "Another four people died", "a further 20,000 joined", "two more", "14 others": a figure added
 * to one given elsewhere, no total of its own; "two rebounds off his best": a margin; "the other
 * 61 percent", "the remaining 12 members": the rest of a whole, the other side of the figure
 * given; "55 wounded, 15 critically": a part of the figure before; "$281 million in cash and the
 * rest in stock": a part of a price. Kept as a vague value, which nothing compares.
 */
function markIncrements(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'quantity' && c.kind !== 'money' && c.kind !== 'percent' && c.kind !== 'duration') continue;
    const before = text.slice(Math.max(0, c.start - 20), c.start);
    const after = text.slice(c.end, c.end + 20);
    // "another three-year sentence": a length added to one given elsewhere.
    if (c.kind === 'duration') {
      if (INCREMENT_BEFORE.test(before)) candidates[i] = { ...c, vague: true };
      continue;
    }
    const increment = c.kind !== 'percent' && (INCREMENT_BEFORE.test(before) || INCREMENT_AFTER.test(after) || marginAfter(after));
    const part = c.kind === 'quantity' && i > 0 && PART_BEFORE.test(before) && PART_AFTER.test(after);
    if (increment || part || REMAINDER_BEFORE.test(before) || (c.kind === 'money' && partOfAPrice(text, c))) candidates[i] = { ...c, vague: true };
  }
}
/**
 * "averaged 22.8 points to go with 7.2 rebounds", "16.8 points per game", "$4 million a year",
 * "one hour each day", "118 km/h": an average or a rate, which says nothing of a single game's or
 * a whole's figure ("scored 20 points", "paid $2 million"). Figures listed after a rate ("14.4
 * points, 6.9 assists and 3.4 rebounds") are rates too. The period a rate is told over ("23 of
 * every 24 hours", "every four years") is no figure of anything: it is kept vague.
 */
function markRates(text: string, candidates: Candidate[]): void {
  let previousRate: Candidate | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'quantity' && c.kind !== 'money' && c.kind !== 'duration') continue;
    const listed = previousRate !== undefined && RATE_LIST_BETWEEN.test(text.slice(previousRate.end, c.start));
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    if (PERIOD_BEFORE.test(before)) {
      candidates[i] = { ...c, vague: true };
      previousRate = undefined;
    } else if (listed || AVERAGE_BEFORE.test(before) || RATE_AFTER.test(text.slice(c.end, c.end + 40)) || PER_UNIT_AFTER.test(text.slice(c.end, c.end + 8))) {
      candidates[i] = { ...c, rate: true };
      previousRate = c;
    } else previousRate = undefined;
  }
}
const AVERAGE_BEFORE = /\baverag(?:e|ed|es|ing)\b(?:\s+(?:of|a|an|about|around|nearly|almost|roughly|just|over|under|some|[\p{L}]+-(?:high|low|best|worst)))*\s+$/iu;
/** "23 of every 24 hours", "held every four years": the period of a rate. */
const PERIOD_BEFORE = /\b(?:every|each)\s+$/i;
const RATE_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:per|a|an|each)\s+(?:game|match|contest|outing|start|day|night|week|month|year|season|hour|minute|person|head|capita)\b(?!\s+(?:ago|earlier|later|before|after))/iu;
/** A unit per a unit of time written with a slash: "118 km/h", "12 m/s". */
const PER_UNIT_AFTER = /^\s*\/\s*(?:h|hr|hour|s|sec|min|day|yr|year)\b/i;
const RATE_LIST_BETWEEN = /^(?:\s+[\p{L}-]+){1,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+to go with\s+|\s+with\s+|\s+plus\s+)$/iu;

/**
 * "with 12 seconds left", "with 7 minutes 41 seconds to go": the game clock, which tells when in
 * the game something happened, not how long anything lasted. Kept vague, as a running score is.
 */
function markClockLeft(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const clock = (c.kind === 'quantity' && (c.head === 'second' || c.head === 'minute')) || (c.kind === 'duration' && CLOCK_UNITS.has(c.sourceUnit ?? ''));
    if (clock && CLOCK_LEFT.test(text.slice(c.end, c.end + 40))) candidates[i] = { ...c, vague: true };
  }
}
const CLOCK_UNITS = new Set(['minute', 'hour']);
const CLOCK_LEFT = /^(?:\s+(?:seconds?|minutes?))?(?:\s+\d+\s+seconds?)?\s+(?:left|remaining|to go|to play)\b/i;

/**
 * A figure in brackets right after another in other units ("about 58km (36 miles)", "600 metres
 * (2,000 feet)", "€5bn ($6.8bn)") converts it, rounded: it is read as approximate, as the figure
 * it converts may be. A sum in brackets after another sum in dollars of another amount ("$US1
 * million ($1.52 million)") is in some other country's dollars: no figure in a currency known.
 */
function markConversions(text: string, candidates: Candidate[], tolerance: number): void {
  for (let i = 1; i < candidates.length; i++) {
    const [before, c] = [candidates[i - 1], candidates[i]];
    if ((c.kind !== 'quantity' && c.kind !== 'money') || before.kind !== c.kind || c.approx !== 'exact') continue;
    if (!CONVERSION_BETWEEN.test(text.slice(before.end, c.start))) continue;
    if (before.unit !== c.unit) candidates[i] = { ...c, ...interval(c.value, 'about', { tolerance, wholeUnits: false, precision: 0, strict: false }) };
    else if (c.kind === 'money' && c.value !== before.value) candidates[i] = { ...c, vague: true };
  }
}

/**
 * "its first fiscal 2008 quarter", "in FY2011": a company's fiscal year, which need not run with
 * the calendar's, so it is no calendar year to compare ("by the end of January"). Kept vague.
 */
function markFiscalYears(text: string, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind === 'date' && FISCAL_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) candidates[i] = { ...c, vague: true };
  }
}
const FISCAL_BEFORE = /(?:\bfiscal(?:\s+year)?\s+|\bFY\s*)$/i;

/** What stands between a figure and its conversion: its unit, if written apart, and a bracket. */
const CONVERSION_BETWEEN = /^(?:\s*\p{L}+\.?)?\s*\($/u;

// "55 wounded, 15 critically", "seven were injured, three seriously": how many of the figure before were so.
const PART_BEFORE = /,\s*$/;
const PART_AFTER = /^\s+\p{L}{3,}ly\s*(?:[,.;:)]|$)/u;
const INCREMENT_BEFORE = /\b(?:another|further|additional|(?<!\b(?:the|its|their|his|her|our|your|these|those)\s+)other)\s+$/i;
const INCREMENT_AFTER = /^\s+(?:more|others?)\b(?!\s+than)/i;

/**
 * "two rebounds off his personal best", "three votes short of a majority", "a stroke behind the
 * leader": how far a figure is from another, no count of its own ("10 miles off the coast" is a
 * distance, which its place anchors).
 */
function marginAfter(after: string): boolean {
  const margin = MARGIN_AFTER.exec(after);
  return margin !== null && !LENGTH_UNITS.test(margin[1] ?? '');
}
const MARGIN_AFTER = /^\s+(?:([\p{L}-]+)\s+)?(?:off|short\s+of|shy\s+of|behind)\b/iu;
const LENGTH_UNITS = /^(?:miles?|kilometres?|kilometers?|km|metres?|meters?|m|feet|foot|ft|nautical)$/i;
const REMAINDER_BEFORE = /\b(?:the|its|their)\s+(?:other|remaining)\s+$/i;

/**
 * A sum the sentence itself tells is one part of a price: "$281 million in cash and the rest in
 * stock", "$281m in cash and $53m in stock", "for $334 million, of which $281 million will be
 * paid in cash", "$281 million of the purchase price", "$334 million ($281M in cash)". It is no
 * price of its own ("in cash and stock" is the whole).
 */
function partOfAPrice(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const after = text.slice(c.end, c.end + 60);
  return SPLIT_FIRST_AFTER.test(after) || PART_OF_PRICE_AFTER.test(after) || SPLIT_SECOND_BEFORE.test(before) || OF_WHICH_BEFORE.test(before) || (/\(\s*$/.test(before) && IN_KIND_AFTER.test(after));
}
/** "$281 million of the purchase price". */
const PART_OF_PRICE_AFTER = /^\s+of\s+the\s+(?:purchase\s+|sale\s+)?(?:price|total|sum|consideration)\b/i;
/** "$334 million ($281M in cash)": the part in brackets. */
const IN_KIND_AFTER = /^\s+in\s+(?:cash|stock|shares)\s*\)/;
/** "in cash and the rest ...", "in cash for SeaMicro and the remainder in stock", "in cash and $53m in stock". */
const SPLIT_FIRST_AFTER = /^\s+in\s+(?:cash|stock|shares)\b[^,;.]{0,30}?\band\s+(?:the\s+(?:rest|remainder|balance)\b|(?:(?:US)?[$€£]\s?)?\d)/;
const SPLIT_SECOND_BEFORE = /\bin\s+(?:cash|stock|shares)\s+and\s+$/;
const OF_WHICH_BEFORE = /\bof\s+which\s+(?:(?:approximately|about|around|some|nearly|almost)\s+)?$/i;
const YEAR_ONLY = /^\d{4}$/;


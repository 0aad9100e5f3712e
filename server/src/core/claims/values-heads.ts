/**
 * The noun a figure counts, read from its neighbours: after it ("31 members", "20 of the 31
 * members"), after the next figure of a list ("two and three jobs"), or from an earlier figure
 * whose verb it repeats ("10 people were killed, 140 were injured"); and the figure a bare one is
 * listed with ("ages 47 and 48"). Used by the number reader (`values-quantities.ts`).
 */
import { headAfter, skipDeterminers } from './values-context';
import type { Candidate } from './values-model';
import { readNumber } from './values-numbers';
import { type Token, FUNCTION_WORDS, isCapitalized, singular, wordsAt } from './values-tokens';

/** The noun counted, looking through "20 of the 31 members", "20 out of 31 members" and "20 of the members". */
export function quantityHead(tokens: readonly Token[], end: number, singularOk: boolean): string | undefined {
  let k = -1;
  if (tokens[end]?.lower === 'of') k = end + 1;
  else if (wordsAt(tokens, end, ['out', 'of'])) k = end + 2;
  if (k >= 0) {
    const baseAt = skipDeterminers(tokens, k);
    const base = readNumber(tokens, baseAt);
    // "17 of the hijacked ships" counts ships as surely as "17 ships" does.
    return headAfter(tokens, base ? base.end : baseAt, false);
  }
  return headAfter(tokens, end, singularOk);
}

/**
 * The noun of the figure listed next, when this one names none ("two and three jobs", "one or two
 * days"): figures so joined count the same things.
 */
export function headOfNextInList(tokens: readonly Token[], end: number): string | undefined {
  const joint = tokens[end]?.lower;
  if (joint !== 'and' && joint !== 'or') return undefined;
  const next = readNumber(tokens, end + 1);
  if (next === undefined) return undefined;
  // "7.6 and 7.5 magnitude quakes" are two magnitudes.
  return tokens[next.end]?.lower === 'magnitude' ? 'magnitude' : quantityHead(tokens, next.end, false);
}

/**
 * The figure joined to this one by "and", "or" or a comma ("ages 47 and 48", "aged 15, 12 and
 * 9"): the one it lists with, whose kind a bare figure shares.
 */
export function coordinatedBefore(tokens: readonly Token[], start: number, out: readonly Candidate[]): Candidate | undefined {
  const previous = out.at(-1);
  if (previous === undefined) return undefined;
  let k = start - 1;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k--;
  if (tokens[k]?.text === ',') k--;
  return k < start - 1 && tokens[k]?.end === previous.end ? previous : undefined;
}

/** No noun follows the figure: it is a bare member of a list. */
export function bareAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || next.type !== 'word' || FUNCTION_WORDS.has(next.lower);
}

/**
 * The noun a bare figure leaves out when it repeats the verb of an earlier figure of the sentence
 * ("10 people were killed, 140 were injured": 140 people): the earlier figure counts a noun and
 * is followed by the same word as this one. Or the figure is the object of a second verb joined by
 * "and" ("attacked nearly 100 vessels ... and hijacked nearly 40", "killed 10 people and injured
 * 40"): it counts the earlier figure's noun.
 */
export function gappedHead(tokens: readonly Token[], start: number, end: number, out: readonly Candidate[]): string | undefined {
  if (bareAfter(tokens, end) && objectOfJoinedVerb(tokens, start)) return out.findLast((c) => c.kind === 'quantity')?.head;
  // "Ten people were killed and at least 50 injured": the second figure leaves out its noun and
  // its "were" both, and its participle follows it.
  if (tokens[start - 1]?.lower === 'and' && isParticiple(tokens[end])) return out.findLast((c) => c.kind === 'quantity')?.head;
  const verb = tokens[end];
  if (verb?.type !== 'word' || !GAPPED_VERBS.has(verb.lower)) return undefined;
  for (let c = out.length - 1; c >= 0; c--) {
    const earlier = out[c];
    if (earlier.kind !== 'quantity' || earlier.head === undefined) continue;
    const at = tokens.findIndex((t) => t.start >= earlier.end);
    // The earlier figure's noun phrase is a word or two long: its verb follows within three tokens.
    for (let k = at; k >= 0 && k < at + 3 && k < tokens.length; k++) if (tokens[k].lower === verb.lower) return earlier.head;
    return undefined;
  }
  return undefined;
}
/** The words before a figure are "and" and a verb (a lowercase word that no figure's noun can be). */
function objectOfJoinedVerb(tokens: readonly Token[], start: number): boolean {
  const verb = tokens[start - 1];
  return tokens[start - 2]?.lower === 'and' && verb?.type === 'word' && !isCapitalized(verb) && !FUNCTION_WORDS.has(verb.lower) && /ed$/.test(verb.lower);
}
/** A past participle after a figure ("50 injured", "two hurt"), not a noun it counts. */
function isParticiple(token: Token | undefined): boolean {
  return token?.type === 'word' && !isCapitalized(token) && (/[^e]ed$/.test(token.lower) || IRREGULAR_PARTICIPLES.has(token.lower));
}
const IRREGULAR_PARTICIPLES = new Set(['hurt', 'hit', 'shot', 'held', 'struck', 'taken', 'beaten', 'stolen', 'left', 'missing', 'dead']);
const GAPPED_VERBS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'died', 'remain', 'remained']);

/**
 * What a sum of money is a sum of, where the sentence names it: "$10 billion in cash", "$500
 * million in prime federal contracts", "revenue totaling $100.5 billion", "a budget of $160
 * million". Cash in hand, a year's revenue and a price are different figures, however alike their
 * currency: two sums that name different measures are not compared.
 */
export function moneyMeasure(tokens: readonly Token[], start: number, end: number): string | undefined {
  // The measure may follow modifiers ("in prime federal contracts") and come before a time ("in
  // revenue last year"): the first of the next few words that names one.
  for (let k = end + 1; tokens[end]?.lower === 'in' && k <= end + 3 && tokens[k]?.type === 'word'; k++) {
    const word = singular(tokens[k].lower);
    if (MONEY_MEASURES.has(word)) return word;
  }
  // Before the sum, the measure is the subject of a verb that gives its level ("the sales price
  // works out to $13.2 billion", "revenue rose to $5 billion") or is linked to it ("revenue of",
  // "a contract worth"); a sum after "for" is what was paid, whatever noun comes before.
  let k = start - 1;
  if (tokens[k]?.type === 'word' && MEASURE_LINKS.has(tokens[k].lower)) {
    k--;
  } else {
    while (k >= start - LEVEL_WORDS && tokens[k]?.type === 'word' && LEVEL_VERBS.has(tokens[k].lower)) k--;
  }
  if (k === start - 1 || tokens[k]?.type !== 'word') return undefined;
  const before = singular(tokens[k].lower);
  return MONEY_MEASURES.has(before) ? before : undefined;
}

/** Nouns that name what a sum measures, singular (as `headAfter` gives them). */
const MONEY_MEASURES = new Set([
  'cash', 'revenue', 'sale', 'profit', 'earning', 'income', 'debt', 'funding', 'asset', 'contract', 'damage', 'fine',
  'donation', 'fee', 'bonus', 'loan', 'bond', 'loss', 'saving', 'investment', 'subsidy', 'tax', 'salary', 'wage',
  'budget', 'price', 'reserve', 'spending', 'cost', 'payroll', 'dividend',
]);
/** Words between a measure and its sum ("revenue of", "sales totaling", "a contract worth"). */
const MEASURE_LINKS = new Set(['of', 'totaling', 'totalling', 'totaled', 'totalled', 'worth']);
/** At most this many words of `LEVEL_VERBS` between a measure and its sum ("works out to"). */
const LEVEL_WORDS = 4;
/** Verbs (and their particles) that give a measure's level ("was", "rose to", "works out to", "stood at"). */
const LEVEL_VERBS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'rose', 'fell', 'grew', 'jumped', 'dropped', 'climbed', 'reached', 'hit', 'amounted', 'came', 'stood',
  'works', 'worked', 'out', 'to', 'at', 'will', 'would',
]);

/**
 * Aligning a claim's terms with another sentence's: which term of the source stands for each
 * term of the claim (same word, synonym, derived word, broader word, the same entity), and how
 * much of the claim (idf-weighted) is covered. Matching intersects keys precomputed per lemma, so
 * that no WordNet query runs per pair of sentences.
 */
import { RecentMap, RECENT_SENTENCES } from '../recent';
import { antonymous } from '../lexicon/wordnet';
import { type SentenceFeatures, writtenAt } from './features';
import type { Term } from './terms';
import { lowerAt, posAt, tokensOf } from './tokenColumns';
import { partnersOf, shortNameOf } from './partners';
import { termsOf } from './termColumns';


export type Idf = (key: string) => number;

/**
 * Idf read from a small corpus is noise: in a corpus of two sentences, every word the two share
 * gets a lower weight than every word only one has, so whatever they agree on counts least. The
 * weights are smoothed towards a prior, as if the corpus held `PRIOR_SENTENCES` more sentences
 * in which a content word turns up `PRIOR_OCCURRENCES` times; in a corpus of thousands of
 * sentences the prior no longer matters.
 */
const PRIOR_SENTENCES = 50;
const PRIOR_OCCURRENCES = 1;
/** A key no sentence has: its idf tells the corpus size the store reads (idf = ln((N + 1) / (df + 0.5))). */
const ABSENT_KEY = '\u0000absent';

/**
 * The idf of a key, smoothed. The store's idf changes as articles come and go, so nothing is
 * cached across calls of `align`.
 */
export function smoothedIdf(idf: Idf): Idf {
  const sizePlusOne = 0.5 * Math.exp(idf(ABSENT_KEY));
  // An idf of another shape than the store's is used as it is.
  if (!Number.isFinite(sizePlusOne) || sizePlusOne < 1) return idf;
  return (key: string): number => {
    const df = Math.max(0, sizePlusOne / Math.exp(idf(key)) - 0.5);
    return Math.log((sizePlusOne + PRIOR_SENTENCES) / (df + 0.5 + PRIOR_OCCURRENCES));
  };
}

const MAX_TERM_WEIGHT = 4;
/** Weight of a term in a trailing elaboration, relative to the main clause. */
const SECONDARY_WEIGHT = 0.3;
/** Who and what weigh more than how: entities and nouns over verbs over adjectives. */
const POS_WEIGHT: Record<Term['pos'], number> = { entity: 1.2, noun: 1, verb: 0.8, adj: 0.5, adv: 0.3 };

/** How well two terms match: 1 for the same term, 0.9 for synonyms, 0.8 for derived words, else 0. */
export function termMatch(a: Term, b: Term): number {
  if (a.key === b.key) return 1;
  if (a.pos === 'entity' || b.pos === 'entity') return a.lemma === 'person:' + b.lemma || b.lemma === 'person:' + a.lemma || shortNameOf(a) === b.lemma || shortNameOf(b) === a.lemma ? 1 : 0;
  for (const sense of a.senses) if (b.senses.includes(sense)) return 0.9;
  if (a.stem === b.stem || a.derived.includes(b.lemma) || b.derived.includes(a.lemma)) return 0.8;
  for (const sense of a.senses) if (b.broader.includes(sense)) return 0.5;
  for (const sense of b.senses) if (a.broader.includes(sense)) return 0.5;
  return 0;
}

/**
 * Two names that share only their last word ("Hendry Ferries" / "Penton Ferries", "Ada Ely" /
 * "Marta Ely"): a person is known by the surname alone ("Okafor" is "Ines Okafor"), but two names
 * written with first names that have nothing in common are two people (or two things the
 * recogniser took for people). First names in common: a shared word ("Dakota Fanning" / "Hannah
 * Dakota Fanning") or one first name written two ways (`sameFirstName`: "Joe Biden" / "Joseph
 * Biden" / "J. Biden").
 */
export function otherGivenName(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term): boolean {
  if (!mine.key.startsWith('e:person:')) return false;
  const givenNames = (f: SentenceFeatures, t: Term) => writtenAt(f, t).toLowerCase().replace(/\./g, '').split(/\s+/).slice(0, -1);
  const a = givenNames(claim, mine);
  if (a.length === 0) return false;
  const b = givenNames(source, theirs);
  if (b.length === 0 || sameFirstName(a[0], b[0])) return false;
  return !a.some((word) => b.includes(word));
}

/**
 * Two written first names of one person: the same, an initial of the other ("J." / "Joseph"), the
 * start of it ("Chris" / "Christopher"), or a short form with its initial ("Joe" / "Joseph", "Tom"
 * / "Thomas"), or the same name spelt otherwise ("Katharine" / "Katherine", "Noël" / "Noel"). Two
 * full names that only begin alike ("Yorley" / "Yorford", "Ines" / "Iris") are two names.
 */
function sameFirstName(written: string, other: string): boolean {
  const [a, b] = [foldAccents(written), foldAccents(other)];
  return a[0] === b[0] && (Math.min(a.length, b.length) <= SHORT_FORM_LETTERS || spelledAlike(a, b));
}

/**
 * Two written names that may be one: the start of the other ("AK" / "AK-47", "Chris" /
 * "Christopher"), or the same name spelt otherwise ("Katharine" / "Katherine", "Ethopian" /
 * "Ethiopian"): one letter in a short name, two in a long one. Lowercase, accents folded.
 */
export function spelledAlike(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) || editDistance(a, b) <= (short.length < 6 ? 1 : 2);
}
const SHORT_FORM_LETTERS = 3;

function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Levenshtein distance: few letters in first names, so the plain table. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const antonymCache = new Map<string, boolean>();
export function areAntonyms(a: Term, b: Term): boolean {
  const key = a.lemma < b.lemma ? `${a.lemma}|${b.lemma}` : `${b.lemma}|${a.lemma}`;
  let answer = antonymCache.get(key);
  if (answer === undefined) antonymCache.set(key, (answer = antonymous(a.lemma, b.lemma)));
  return answer;
}

/**
 * Which of a sentence's terms are asides rather than what it asserts, refining the features'
 * `secondary` marks with more kinds of news syntax:
 * - a list introduced by ", including" is part of the statement ("states, including the US and
 *   France, have backed ..."), not a trailing elaboration;
 * - a preamble ending in a colon ("Already the favourite, he has a strong ally: the UK backed ...");
 * - an opening phrase without a verb before the first comma ("In a significant development, ...",
 *   "A regular attendee of European meetings, Rutte has ...");
 * - a trailing elaboration after a dash ("... its 32nd member - a move precipitated by ...") or
 *   a past participle after a comma (", dominated by tensions with Russia");
 * - a trailing circumstance after the main verb ("... amid Russia's war on Ukraine"), or a
 *   second clause with a subject of its own (", and Macron is still confident ..."): it adds a
 *   fact, and a source that states the first is not refuted by its silence on the second;
 * - the words of a date ("on Thursday", "last year"): the date is compared as a slot of its own,
 *   and a source silent on it neither states nor denies the rest.
 * Computed once per sentence.
 */
const asideMarks = new RecentMap<SentenceFeatures, boolean[]>(RECENT_SENTENCES);
const OPENING_PHRASE_MAX = 16;
const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'warn']);
/** Prepositions that open a trailing circumstance rather than part of the statement. */
const CIRCUMSTANCE = new Set(['amid', 'amidst']);
export function asideTerms(features: SentenceFeatures): boolean[] {
  let marks = asideMarks.get(features);
  if (marks) return marks;
  const tokens = tokensOf(features);
  const isVerb = (i: number) => tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
  const hasVerb = (from: number, to: number) => tokens.slice(from, to).some((_, k) => isVerb(from + k));
  const including = tokens.findIndex((t, i) => i > 0 && tokens[i - 1].text === ',' && /^(?:including|includes|included)$/i.test(t.text));
  // The first later elaboration (", reinforcing ...") still trails the list.
  const laterParticiple = including < 0 ? -1 : tokens.findIndex((t, i) => i > including + 1 && tokens[i - 1].text === ',' && t.pos === 'VERB' && /ing$/i.test(t.text));
  // Before a colon with a clause after it: a preamble. Not a quotation's colon ("said: ...").
  const colon = tokens.findIndex((t, i) => t.text === ':' && i >= 3 && hasVerb(i + 1, tokens.length) && !tokens.slice(Math.max(0, i - 2), i).some((x) => x.pos === 'VERB'));
  const firstComma = tokens.findIndex((t) => t.text === ',');
  const opening = firstComma > 0 && firstComma <= OPENING_PHRASE_MAX && !hasVerb(0, firstComma) && hasVerb(firstComma + 1, tokens.length) ? firstComma : -1;
  const firstVerb = tokens.findIndex((_, i) => isVerb(i));
  const dash = tokens.findIndex((t, i) => i > firstVerb && firstVerb >= 0 && /^[-\u2013\u2014]$/.test(t.text) && tokens[i + 1] !== undefined && /^(?:DET|NOUN|ADJ|PRON)$/.test(tokens[i + 1].pos) && !tokens.slice(i + 1).some((x) => /^[-\u2013\u2014]$/.test(x.text)));
  const participle = tokens.findIndex((t, i) => i > firstVerb && firstVerb >= 0 && tokens[i - 1].text === ',' && t.pos === 'VERB' && /ed$/i.test(t.text) && tokens[i + 1]?.lower === 'by');
  const circumstance = tokens.findIndex((t, i) => i > firstVerb && firstVerb >= 0 && CIRCUMSTANCE.has(t.lower));
  // ", and Macron is still confident ...": a second clause with its own subject and verb.
  const coordinated = tokens.findIndex((t, i) => i > firstVerb && firstVerb >= 0 && tokens[i - 1].text === ',' && (t.lower === 'and' || t.lower === 'but')
    && /^(?:PROPN|PRON|DET|NOUN)$/.test(tokens[i + 1]?.pos ?? '') && hasVerb(i + 2, Math.min(tokens.length, i + 6)));
  const trailing = Math.min(...[dash, participle, circumstance, coordinated].filter((i) => i > 0), Infinity);
  const dates = features.values.filter((v) => v.kind === 'date');
  // "told Reuters that ...": who is told belongs to the attribution, as who tells does.
  const toldAt = tokens.findIndex((t, i) => RECIPIENT_VERBS.has(t.lemma) && tokens.slice(i + 1, i + 5).some((x) => x.lower === 'that'));
  const toldEnd = toldAt < 0 ? -1 : tokens.findIndex((t, i) => i > toldAt && t.lower === 'that');
  marks = termsOf(features).map((term) => {
    if (term.token > toldAt && term.token < toldEnd) return true;
    if (term.token < colon || term.token < opening || term.token > trailing) return true;
    if (dates.some((v) => term.start >= v.span.start && term.end <= v.span.end)) return true;
    if (including >= 0 && term.token > including && (laterParticiple < 0 || term.token < laterParticiple)) return false;
    return term.secondary === true;
  });
  asideMarks.set(features, marks);
  return marks;
}

/**
 * Verbs that only carry a noun of action ("gave its backing to", "expressed their support for",
 * "engaged in discussions with", "held talks"): the noun says what happened, and a source saying
 * "backed" or "discussed" need not repeat the verb. Such a verb weighs nothing, as does a linking
 * verb that only says what someone is ("emerged as the frontrunner").
 */
const SUPPORT_VERBS = new Set(['give', 'express', 'voice', 'offer', 'lend', 'extend', 'declare', 'pledge', 'engage', 'hold', 'conduct', 'carry', 'make', 'take', 'reiterate', 'signal', 'show', 'throw']);
/** Linking verbs before "as" or a noun phrase ("has emerged as the frontrunner", "became the leader"): "is" in other words. */
const LINKING_VERBS = new Set(['emerge', 'become', 'remain', 'seem', 'appear', 'prove', 'stand']);
const lightMarks = new RecentMap<SentenceFeatures, boolean[]>(RECENT_SENTENCES);
/**
 * Whether the claim's term at `index` is a light verb ("gave its backing"): the noun after it
 * names the deed, and the verb weighs nothing.
 */
export function isLightVerb(features: SentenceFeatures, index: number): boolean {
  return lightVerbs(features)[index] === true;
}

function lightVerbs(features: SentenceFeatures): boolean[] {
  let marks = lightMarks.get(features);
  if (marks) return marks;
  const terms = termsOf(features);
  marks = terms.map((term, i) => {
    if (term.pos !== 'verb') return false;
    const after = term.token + 1;
    if (LINKING_VERBS.has(term.lemma)) return lowerAt(features.tokens, after) === 'as' || posAt(features.tokens, after) === 'DET';
    if (!SUPPORT_VERBS.has(term.lemma)) return false;
    // The noun of action follows within a few words ("gave its public backing").
    const next = terms.slice(i + 1, i + 3).find((t) => t.pos === 'noun');
    return next !== undefined && next.token - term.token <= 4 && next.derived.length > 0;
  });
  lightMarks.set(features, marks);
  return marks;
}

/**
 * The claim terms' weights for the last claim aligned, kept while `align` is given the same claim
 * and the same idf function: a claim is aligned with its candidates one after another.
 */
let lastWeights: { readonly claim: SentenceFeatures; readonly idf: Idf; readonly values: readonly number[] } | undefined;

/** The claim terms' weights: idf (capped), part of speech, and whether the term is an aside or a light verb. */
function claimWeights(claim: SentenceFeatures, corpusIdf: Idf): readonly number[] {
  if (lastWeights?.claim === claim && lastWeights.idf === corpusIdf) return lastWeights.values;
  const idf = smoothedIdf(corpusIdf);
  const aside = asideTerms(claim);
  const light = lightVerbs(claim);
  // Capped so that one rare modifier ("significant") cannot outweigh who did what.
  const values = termsOf(claim).map((term, i) => (light[i] ? 0 : Math.min(idf(term.key), MAX_TERM_WEIGHT) * POS_WEIGHT[term.pos] * (aside[i] ? SECONDARY_WEIGHT : 1)));
  lastWeights = { claim, idf: corpusIdf, values };
  return values;
}

export interface Alignment {
  readonly coverage: number;
  /** Coverage of the claim's core: its entities and verbs, who did what. */
  readonly core: number;
  /** For each claim term, its best partner in the source (or undefined). */
  readonly partners: ReadonlyArray<Term | undefined>;
  readonly antonymPair?: [Term, Term];
}

/**
 * Aligns `claim` with `source`. `corpusIdf` weighs the claim's terms; the weights are kept while
 * the same function is passed (see `lastWeights`), so a caller whose corpus changes between calls
 * passes a new function.
 */
/**
 * Of two equal matches for the claim's term `i`, whether `other` is the better: for a verb, the one
 * whose object is the claim's ("modelled for Mango ... but declined to model for L'Oréal" answers
 * "modelled for L'Oréal" with its second verb); else the one negated alike ("didn't hear a gunshot
 * but heard noise" holds a denied and a stated "hear", and a sentence that states it is matched by
 * the latter).
 */
function betterTwin(claimTerms: readonly Term[], i: number, sourceTerms: readonly Term[], current: Term, other: Term): boolean {
  const term = claimTerms[i];
  const object = term.pos === 'verb' ? thingAfter(claimTerms, i) : undefined;
  if (object !== undefined) {
    const fits = (verb: Term) => {
      const theirs = thingAfter(sourceTerms, sourceTerms.indexOf(verb));
      return theirs !== undefined && termMatch(object, theirs) > 0;
    };
    const otherFits = fits(other);
    if (otherFits !== fits(current)) return otherFits;
  }
  return current.negated !== term.negated && other.negated === term.negated;
}

/** The first noun or name after term `i`, before another verb. */
function thingAfter(terms: readonly Term[], i: number): Term | undefined {
  for (let k = i + 1; k < terms.length; k++) {
    if (terms[k].pos === 'noun' || terms[k].pos === 'entity') return terms[k];
    if (terms[k].pos === 'verb') return undefined;
  }
  return undefined;
}

export function align(claim: SentenceFeatures, source: SentenceFeatures, corpusIdf: Idf): Alignment {
  let total = 0;
  let matched = 0;
  let coreTotal = 0;
  let coreMatched = 0;
  let antonymPair: [Term, Term] | undefined;
  const terms = termsOf(claim);
  const partners: Array<Term | undefined> = new Array<Term | undefined>(terms.length);
  const firstEntity = terms.find((t) => t.pos === 'entity' || t.pos === 'noun');
  const weights = claimWeights(claim, corpusIdf);
  const sourceTerms = termsOf(source);
  const candidates = partnersOf(terms, sourceTerms);
  // Indexed loops: `entries()` made an iterator and a pair for every claim term of every comparison.
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    const weight = weights[i];
    total += weight;
    let best = 0;
    let partner: Term | undefined;
    for (let k = candidates.from[i]; k < candidates.from[i + 1]; k++) {
      const other = candidates.terms[k];
      const score = termMatch(term, other);
      const better = score > best || (score === best && score > 0 && betterTwin(terms, i, sourceTerms, partner!, other));
      if (better && !(term.pos === 'entity' && otherGivenName(claim, term, source, other))) {
        best = score;
        partner = other;
      }
    }
    // An implicit subject stands for the claim's first entity, its likely subject.
    if (best === 0 && source.implicitSubject && term === firstEntity) best = 1;
    matched += weight * best;
    if (term.pos === 'entity' || term.pos === 'verb') {
      coreTotal += weight;
      coreMatched += weight * best;
    }
    partners[i] = partner;
  }
  const coverage = total > 0 ? matched / total : 0;
  // Opposite predicates are looked for only where the rest lines up, so the cost stays small.
  if (coverage >= 0.5) {
    terms.forEach((term, i) => {
      if (antonymPair || partners[i] || (term.pos !== 'verb' && term.pos !== 'adj')) return;
      const other = sourceTerms.find((o) => o.pos === term.pos && areAntonyms(term, o));
      if (other) antonymPair = [term, other];
    });
  }
  return { coverage, core: coreTotal > 0 ? coreMatched / coreTotal : coverage, partners, antonymPair };
}

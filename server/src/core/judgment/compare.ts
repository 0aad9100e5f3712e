/**
 * Comparing two sentences slot by slot: how much of the claim the other sentence speaks to
 * (coverage), and whether they disagree on a value, the polarity of a shared predicate, the
 * predicate itself (antonyms) or what is known (certainty). Every decision names the slot and
 * the two values, so hovers and messages can explain it.
 */
import { compareValues, type ValueMention } from '../claims/values';
import { antonymous } from '../lexicon/wordnet';
import type { ConflictDetail, ConflictKind } from './types';
import { type SentenceFeatures, type Term, termsNear } from './features';

export interface Comparison {
  /** Share of the claim's content (idf-weighted) that the other sentence matches, in [0, 1]. */
  readonly coverage: number;
  /** The same for the claim's entities and verbs only. */
  readonly core: number;
  readonly conflict?: ConflictDetail;
  /** Values both state alike: evidence of the same fact. */
  readonly agreeingValues: number;
}

export type Idf = (key: string) => number;

const MAX_TERM_WEIGHT = 4;
/** Who and what weigh more than how: entities and nouns over verbs over adjectives. */
const POS_WEIGHT: Record<Term['pos'], number> = { entity: 1.2, noun: 1, verb: 0.8, adj: 0.5, adv: 0.3 };

/** How well two terms match: 1 for the same term, 0.9 for synonyms, 0.8 for derived words, else 0. */
export function termMatch(a: Term, b: Term): number {
  if (a.key === b.key) return 1;
  if (a.pos === 'entity' || b.pos === 'entity') return a.lemma === 'person:' + b.lemma || b.lemma === 'person:' + a.lemma ? 1 : 0;
  for (const sense of a.senses) if (b.senses.includes(sense)) return 0.9;
  if (a.stem === b.stem || a.derived.includes(b.lemma) || b.derived.includes(a.lemma)) return 0.8;
  for (const sense of a.senses) if (b.broader.includes(sense)) return 0.5;
  for (const sense of b.senses) if (a.broader.includes(sense)) return 0.5;
  return 0;
}

const antonymCache = new Map<string, boolean>();
function areAntonyms(a: Term, b: Term): boolean {
  const key = a.lemma < b.lemma ? `${a.lemma}|${b.lemma}` : `${b.lemma}|${a.lemma}`;
  let answer = antonymCache.get(key);
  if (answer === undefined) antonymCache.set(key, (answer = antonymous(a.lemma, b.lemma)));
  return answer;
}

/** Where each of a sentence's lookup keys (lemma, senses, stem, entity) occurs among its terms. */
const termIndexes = new WeakMap<SentenceFeatures, Map<string, Term[]>>();
function termIndex(features: SentenceFeatures): Map<string, Term[]> {
  let index = termIndexes.get(features);
  if (index) return index;
  index = new Map();
  const add = (key: string, term: Term) => {
    const list = index!.get(key);
    if (list) list.push(term);
    else index!.set(key, [term]);
  };
  for (const term of features.terms) {
    add(term.key, term);
    add('s:' + term.stem, term);
    if (term.key.startsWith('e:person:')) add('l:' + term.lemma.slice('person:'.length), term);
    for (const sense of term.senses) add(sense, term);
    for (const sense of term.broader) add('b:' + sense, term);
    for (const word of term.derived) add('l:' + word, term);
  }
  termIndexes.set(features, index);
  return index;
}

function partnersOf(term: Term, source: SentenceFeatures): Term[] {
  const index = termIndex(source);
  const found = new Set<Term>();
  const lookups = [term.key, 's:' + term.stem, ...term.senses, ...term.broader, ...term.senses.map((x) => 'b:' + x), ...term.derived.map((w) => 'l:' + w)];
  if (term.key.startsWith('e:person:')) lookups.push('l:' + term.lemma.slice('person:'.length));
  if (term.pos !== 'entity') lookups.push('e:person:' + term.lemma);
  for (const key of lookups) for (const other of index.get(key) ?? []) found.add(other);
  return [...found];
}

/**
 * Nouns for the time someone holds a role: a duration next to one of them is the length of a
 * tenure, whichever of these words each article uses.
 */
const TENURE_NOUNS = new Set(['term', 'tenure', 'leadership', 'reign', 'presidency', 'premiership', 'mandate', 'stint', 'chairmanship', 'rule', 'service', 'career', 'administration', 'incumbency']);

interface Alignment {
  readonly coverage: number;
  /** Coverage of the claim's core: its entities and verbs, who did what. */
  readonly core: number;
  /** For each claim term, its best partner in the source (or undefined). */
  readonly partners: ReadonlyArray<Term | undefined>;
  readonly antonymPair?: [Term, Term];
}

function align(claim: SentenceFeatures, source: SentenceFeatures, idf: Idf): Alignment {
  let total = 0;
  let matched = 0;
  let coreTotal = 0;
  let coreMatched = 0;
  let antonymPair: [Term, Term] | undefined;
  const partners: Array<Term | undefined> = [];
  const firstEntity = claim.terms.find((t) => t.pos === 'entity' || t.pos === 'noun');
  for (const term of claim.terms) {
    // Capped so that one rare modifier ("significant") cannot outweigh who did what.
    const weight = Math.min(idf(term.key), MAX_TERM_WEIGHT) * POS_WEIGHT[term.pos];
    total += weight;
    let best = 0;
    let partner: Term | undefined;
    for (const other of partnersOf(term, source)) {
      const score = termMatch(term, other);
      if (score > best) {
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
    partners.push(partner);
  }
  const coverage = total > 0 ? matched / total : 0;
  // Opposite predicates are looked for only where the rest lines up, so the cost stays small.
  if (coverage >= 0.5) {
    claim.terms.forEach((term, i) => {
      if (antonymPair || partners[i] || (term.pos !== 'verb' && term.pos !== 'adj')) return;
      const other = source.terms.find((o) => o.pos === term.pos && areAntonyms(term, o));
      if (other) antonymPair = [term, other];
    });
  }
  return { coverage, core: coreTotal > 0 ? coreMatched / coreTotal : coverage, partners, antonymPair };
}

export function compareSentences(claim: SentenceFeatures, source: SentenceFeatures, idf: Idf): Comparison {
  const alignment = align(claim, source, idf);
  const { coverage } = alignment;
  const values = compareValueSlots(claim, source, alignment);
  const core = alignment.core;
  if (values.conflict) return { coverage, core, conflict: values.conflict, agreeingValues: values.agreeing };
  const conflict = polarityConflict(claim, source, alignment) ?? certaintyConflict(claim, source, alignment) ?? antonymConflict(claim, alignment)
    ?? objectConflict(claim, source, alignment);
  return { coverage, core, conflict, agreeingValues: values.agreeing };
}

const VALUE_CONFLICT_KIND: Partial<Record<ValueMention['kind'], ConflictKind>> = {
  count: 'count', duration: 'duration', date: 'date', quantity: 'number', percent: 'number', money: 'number', age: 'number', ordinal: 'number',
};

/**
 * Two values are about the same matter when the words around them match: the same head noun or
 * a matched predicate nearby ("extended ... twice" / "extended ... for a fourth time").
 */
function compareValueSlots(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): { conflict?: ConflictDetail; agreeing: number } {
  let agreeing = 0;
  let conflict: ConflictDetail | undefined;
  const life = lifespanComparison(claim, source);
  if (life) {
    if (life.relation === 'different') return { conflict: life.conflict, agreeing };
    agreeing++;
  }
  for (const a of claim.values) {
    if (a.vague) continue;
    const nearA = termsNear(claim, a);
    featuresOfTerms.set(nearA, claim);
    for (const b of source.values) {
      if (b.vague || a.kind !== b.kind) continue;
      if (claim.totals.has(a) !== source.totals.has(b)) continue;
      // Approximations were widened by the tolerance when the values were read; exact figures stay exact.
      const relation = weekdayRelation(a, b) ?? (sameYearlessDate(a, b) ? 'same' : compareValues(a, b, 0));
      if (relation === 'incomparable') continue;
      const nearB = termsNear(source, b);
      featuresOfTerms.set(nearB, source);
      if (!framesMatch(nearA, nearB, alignment, a, b)) continue;
      if (relation === 'different') {
        conflict ??= { kind: VALUE_CONFLICT_KIND[a.kind] ?? 'number', claimValue: a.text, sourceValue: b.text, claimSpan: a.span, sourceSpan: b.span };
      } else {
        agreeing++;
      }
    }
  }
  return { conflict, agreeing };
}

/**
 * "in October" in two articles of the same week is the same October, whichever year each
 * resolution guessed: without a written year, only the month and day can disagree.
 */
function sameYearlessDate(a: ValueMention, b: ValueMention): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return false;
  const explicitYear = /\d{4}|\b(?:last|next|previous|this|coming|past)\b|\bago\b/i;
  const yearlessA = !explicitYear.test(a.text);
  const yearlessB = !explicitYear.test(b.text);
  if (!yearlessA && !yearlessB) return false;
  if (yearlessA && yearlessB && a.text.toLowerCase().replace(/^(?:in|on|by|since)\s+/, '') === b.text.toLowerCase().replace(/^(?:in|on|by|since)\s+/, '')) return true;
  // "in October" agrees with "October 30, 2007": without a year, only the month (and day) count.
  const [yearless, other] = yearlessA ? [a, b] : [b, a];
  if (yearless.granularity !== 'month' && yearless.granularity !== 'day') return false;
  if (other.granularity !== 'month' && other.granularity !== 'day') return false;
  const da = new Date(yearless.low * 86_400_000);
  const db = new Date(other.low * 86_400_000);
  if (da.getUTCMonth() !== db.getUTCMonth()) return false;
  return yearless.granularity === 'month' || other.granularity === 'month' || da.getUTCDate() === db.getUTCDate();
}

const WEEKDAY_ONLY = /^(?:on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A bare weekday ("on Tuesday") is placed in a week by tense, which is a guess; what the text
 * commits to is the day of the week. It agrees with a date that falls on that weekday.
 */
function weekdayRelation(a: ValueMention, b: ValueMention): 'same' | 'different' | undefined {
  if (a.kind !== 'date' || b.kind !== 'date') return undefined;
  const wa = WEEKDAY_ONLY.exec(a.text.trim())?.[1]?.toLowerCase();
  const wb = WEEKDAY_ONLY.exec(b.text.trim())?.[1]?.toLowerCase();
  if (!wa && !wb) return undefined;
  if (wa && wb) return wa === wb ? 'same' : 'different';
  const [name, other] = wa ? [wa, b] : [wb!, a];
  if (other.granularity !== 'day') return undefined;
  const weekday = WEEKDAYS[new Date(other.low * 86_400_000).getUTCDay()];
  return weekday === name ? 'same' : 'different';
}

function framesMatch(nearA: readonly Term[], nearB: readonly Term[], alignment: Alignment, a: ValueMention, b: ValueMention): boolean {
  // A date belongs to an event, told by a verb: both dates need a matching verb beside them
  // ("reopen ... in May" / "reopen ... in June"), not just shared nouns ("the vote follows Monday's").
  if (a.kind === 'date') {
    const verbsA = clauseVerbs(claimOf(nearA), nearA, a);
    const verbsB = clauseVerbs(claimOf(nearB), nearB, b);
    if (!verbsA.some((x) => verbsB.some((y) => termMatch(x, y) >= 0.8))) return false;
  }
  if (a.head && b.head && a.head === b.head && a.kind !== 'date' && a.kind !== 'duration') return alignment.coverage >= 0.25;
  let anchors = 0;
  if (a.kind === 'duration' && hasTenure(nearA, a) && hasTenure(nearB, b)) anchors++;
  for (const x of nearA) {
    for (const y of nearB) {
      const score = termMatch(x, y);
      if (score >= 0.8 && (x.pos === 'verb' || y.pos === 'verb' || x.pos === 'noun' || x.pos === 'entity')) {
        anchors += x.pos === 'verb' || y.pos === 'verb' ? 2 : 1;
        break;
      }
    }
  }
  return anchors >= 2;
}

const BORN = /\b(?:born|birth)\b/i;
const DIED = /\b(?:died|dies|death|passed away|killed)\b/i;

/**
 * "X was born on 22 September 1917" against the reference-work convention "X (22 September 1917 -
 * 11 June 2006)": the first date of the bracketed span is the birth, the second the death.
 */
function lifespanComparison(claim: SentenceFeatures, source: SentenceFeatures): { relation: 'same' | 'different'; conflict: ConflictDetail } | undefined {
  if (!source.lifespan) return undefined;
  const event = BORN.test(claim.text) ? 'born' : DIED.test(claim.text) ? 'died' : undefined;
  if (!event) return undefined;
  const theirs = event === 'born' ? source.lifespan.born : source.lifespan.died;
  const mine = claim.values.find((v) => v.kind === 'date');
  if (!theirs || !mine) return undefined;
  const relation = compareValues(mine, theirs, 0);
  if (relation === 'incomparable') return undefined;
  return {
    relation: relation === 'different' ? 'different' : 'same',
    conflict: { kind: 'date', claimValue: mine.text, sourceValue: theirs.text, claimSpan: mine.span, sourceSpan: theirs.span },
  };
}

const featuresOfTerms = new WeakMap<readonly Term[], SentenceFeatures>();
function claimOf(near: readonly Term[]): SentenceFeatures | undefined {
  return featuresOfTerms.get(near);
}

/** Verbs of the value's own clause: none of ",;:" or a dash stands between them and the value. */
function clauseVerbs(features: SentenceFeatures | undefined, near: readonly Term[], value: ValueMention): Term[] {
  const verbs = near.filter((t) => t.pos === 'verb');
  if (!features) return verbs;
  const text = features.text;
  const offset = features.span.start;
  return verbs.filter((t) => {
    const from = Math.min(t.end, value.span.end) - offset;
    const to = Math.max(t.start, value.span.start) - offset;
    return !/[,;:\u2013\u2014]|\s-\s/.test(text.slice(from, to));
  });
}

function hasTenure(near: readonly Term[], value: ValueMention): boolean {
  return (value.head !== undefined && TENURE_NOUNS.has(value.head)) || near.some((t) => TENURE_NOUNS.has(t.lemma) || (t.pos === 'verb' && ['lead', 'serve', 'rule', 'head', 'govern'].includes(t.lemma)));
}

/** A matched verb or adjective that one sentence negates and the other does not. */
function polarityConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  if (alignment.coverage < 0.5) return undefined;
  for (let i = 0; i < claim.terms.length; i++) {
    const term = claim.terms[i];
    const partner = alignment.partners[i];
    if (!partner) continue;
    if (term.negated !== partner.negated) {
      const quote = (f: SentenceFeatures, t: Term) => phraseAround(f, t);
      return { kind: 'polarity', claimValue: quote(claim, term), sourceValue: quote(source, partner), claimSpan: { start: term.start, end: term.end }, sourceSpan: { start: partner.start, end: partner.end } };
    }
  }
  return undefined;
}

/**
 * "It is not yet clear who the US is supporting" against "the US supports Rutte": one sentence
 * says a matter is unknown, the other asserts it, about the same actor and predicate.
 */
function certaintyConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  if (claim.unknown === source.unknown || source.hedged) return undefined;
  let predicate: [Term, Term] | undefined;
  let actor = false;
  claim.terms.forEach((term, i) => {
    const partner = alignment.partners[i];
    if (!partner) return;
    if (term.pos === 'verb' && termMatch(term, partner) >= 0.8 && !partner.negated && !term.negated) predicate ??= [term, partner];
    if (term.pos === 'entity' && term.key === partner.key) actor = true;
  });
  if (!predicate || !actor) return undefined;
  const [mine, theirs] = predicate;
  return {
    kind: 'certainty',
    claimValue: claim.unknown ? 'not known' : phraseAround(claim, mine),
    sourceValue: source.unknown ? 'not known' : phraseAround(source, theirs),
    claimSpan: { start: mine.start, end: mine.end },
    sourceSpan: { start: theirs.start, end: theirs.end },
  };
}

function antonymConflict(claim: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  if (!alignment.antonymPair || alignment.coverage < 0.5) return undefined;
  const [mine, theirs] = alignment.antonymPair;
  return { kind: 'antonym', claimValue: claim.text.slice(mine.start - claim.span.start, mine.end - claim.span.start), sourceValue: theirs.lemma, claimSpan: { start: mine.start, end: mine.end }, sourceSpan: { start: theirs.start, end: theirs.end } };
}

const MAX_SIMPLE_TERMS = 8;
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'its', 'his', 'her', 'their']);

/**
 * The same subject does the same thing to something else: "Lost is a political party" against
 * "Lost is an American television drama series", "associated with death metal" against
 * "associated with dancehall music". The subject (the first term before the shared verb, or a
 * pronoun opening the other sentence, which stands for the topic) and the verb match, while the
 * first content word after the verb matches nothing on the other side, and vice versa.
 */
function objectConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  // Only a simple statement (one clause, a handful of content words) has one object to swap.
  if (claim.terms.length > MAX_SIMPLE_TERMS || /[,;:]/.test(withoutEntities(claim))) return undefined;
  const verbAt = claim.terms.findIndex((t) => t.pos === 'verb');
  let claimVerbToken: number;
  let sourceVerbToken: number;
  if (verbAt >= 0) {
    const partner = alignment.partners[verbAt];
    if (!partner || termMatch(claim.terms[verbAt], partner) < 0.8) return undefined;
    claimVerbToken = claim.terms[verbAt].token;
    sourceVerbToken = partner.token;
  } else {
    claimVerbToken = copulaToken(claim);
    sourceVerbToken = copulaToken(source);
    if (claimVerbToken < 0 || sourceVerbToken < 0) return undefined;
  }
  const subjectAt = claim.terms.findIndex((t) => t.token < claimVerbToken && (t.pos === 'entity' || t.pos === 'noun'));
  if (subjectAt < 0) return undefined;
  const pronounTopic = SUBJECT_PRONOUNS.has(source.tokens[0]?.lower ?? '');
  if (!alignment.partners[subjectAt] && !pronounTopic) return undefined;
  const mine = complement(claim, claimVerbToken);
  const theirs = complement(source, sourceVerbToken);
  let object: Term | undefined;
  let other: Term | undefined;
  // The head nouns differ ("a US senator" / "an American model"), or the countries in them do.
  if (mine.head && theirs.head && termMatch(mine.head, theirs.head) === 0 && !source.terms.some((t) => termMatch(mine.head!, t) > 0)) {
    [object, other] = [mine.head, theirs.head];
  } else if (mine.country && theirs.country && mine.country.key !== theirs.country.key && !source.terms.some((t) => t.key === mine.country!.key)) {
    [object, other] = [mine.country, theirs.country];
  } else if (mine.head && theirs.head && termMatch(mine.head, theirs.head) > 0) {
    // Same kind of thing, qualified differently: "a romantic film" / "a psychological thriller film".
    const unmatched = (list: readonly Term[], other: SentenceFeatures) => list.find((t) => t !== undefined && !other.terms.some((o) => termMatch(t, o) > 0));
    const mineModifier = unmatched(mine.modifiers, source);
    const theirModifier = unmatched(theirs.modifiers, claim);
    if (mineModifier && theirModifier) [object, other] = [mineModifier, theirModifier];
  }
  if (!object || !other) return undefined;
  const cut = (f: SentenceFeatures, t: Term) => f.text.slice(t.start - f.span.start, t.end - f.span.start);
  return { kind: 'object', claimValue: cut(claim, object), sourceValue: cut(source, other), claimSpan: { start: object.start, end: object.end }, sourceSpan: { start: other.start, end: other.end } };
}

const NP_END = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'CCONJ', 'SCONJ', 'PRON']);

/** The noun phrase after a verb: its head noun (the last noun), its modifiers, and a country named in it. */
function complement(features: SentenceFeatures, verbToken: number): { head?: Term; country?: Term; modifiers: Term[] } {
  const tokens = features.tokens;
  let end = verbToken + 1;
  // "is in Germany", "lives in Japan": a preposition right after the verb opens the phrase.
  if (tokens[end]?.pos === 'ADP') end++;
  const start = end;
  const endsPhrase = (i: number): boolean => {
    const t = tokens[i];
    if (t.text === '-' || i === start) return false;
    // A participle before a noun modifies it ("a trained dog"); other verbs end the phrase.
    if (t.pos === 'VERB') return !['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
    return NP_END.has(t.pos);
  };
  while (end < tokens.length && !endsPhrase(end)) end++;
  const inside = features.terms.filter((t) => t.token >= start && t.token < end);
  const nouns = inside.filter((t) => t.pos === 'noun' || (t.pos === 'entity' && !t.key.startsWith('e:country:')));
  const head = nouns[nouns.length - 1];
  const modifiers = inside.filter((t) => t !== head && (t.pos === 'adj' || t.pos === 'noun'));
  return { head, country: inside.find((t) => t.key.startsWith('e:country:')), modifiers };
}

function withoutEntities(features: SentenceFeatures): string {
  let text = features.text;
  for (const e of features.entities) text = text.slice(0, e.span.start - features.span.start) + ' '.repeat(e.span.end - e.span.start) + text.slice(e.span.end - features.span.start);
  return text;
}

function copulaToken(features: SentenceFeatures): number {
  return features.tokens.findIndex((t) => t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB'));
}

/** The term with a negation before it, as written ("did not back"). */
function phraseAround(features: SentenceFeatures, term: Term): string {
  const tokens = features.tokens;
  let from = term.token;
  while (from > 0 && term.token - from < 3 && ['AUX', 'PART', 'ADV'].includes(tokens[from - 1].pos)) from--;
  return features.text.slice(tokens[from].start - features.span.start, term.end - features.span.start);
}

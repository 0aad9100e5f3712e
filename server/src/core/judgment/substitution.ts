/**
 * Substitution in a simple statement: the same subject does the same thing (or "is") something
 * else: "Lost is a political party" against "Lost is an American television drama series". Also
 * the pieces of a statement the pair model reads (subject, predicate, complement).
 */
import type { ConflictDetail } from './types';
import { type SentenceFeatures, writtenAt } from './features';
import { termsOf } from './termColumns';
import type { Term } from './terms';
import { type Alignment, termMatch } from './align';
import { isBroaderThan } from '../lexicon/wordnet';
import { endAt, lemmaAt, lowerAt, posAt, runLength, startAt, textAt } from './tokenColumns';
import { reportedClauseStart } from './quotedWords';
import { lastOne } from '../recent';
import { inValue } from './names';
import { SUBJECT_HEAD_TAGS } from './clauses';

export const MAX_SIMPLE_TERMS = 8;
/** Prepositions after a verb that open the one value of a relation ("directed by", "born in", "known as"). */
const SINGLE_VALUED_PREPOSITIONS = new Set(['by', 'in', 'on', 'at', 'from', 'with', 'as', 'of', 'into']);
export const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'its', 'his', 'her', 'their']);

/**
 * The same subject does the same thing to something else: "Lost is a political party" against
 * "Lost is an American television drama series", "associated with death metal" against
 * "associated with dancehall music". The subject (the first term before the shared verb, or a
 * pronoun opening the other sentence, which stands for the topic) and the verb match, while the
 * first content word after the verb matches nothing on the other side, and vice versa.
 */
export function objectConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | typeof ANOTHER_SUBJECT | undefined {
  if (!swappableStatement(claim)) return undefined;
  const verbAt = termsOf(claim).findIndex((t) => t.pos === 'verb');
  let claimVerbToken: number;
  let sourceVerbToken: number;
  if (verbAt >= 0) {
    const partner = alignment.partners[verbAt];
    if (!partner || termMatch(termsOf(claim)[verbAt], partner) < 0.8) return undefined;
    // Coordinated verbs share their object ("written and directed by X"): it follows the last.
    claimVerbToken = lastCoordinatedVerb(claim, termsOf(claim)[verbAt].token);
    sourceVerbToken = lastCoordinatedVerb(source, partner.token);
    if (!oneValuedRelation(claim, claimVerbToken)) return undefined;
    // The same relation: "convicted of fraud" and "convicted by ten jurors" fill two slots of one
    // verb, "heard from witnesses" and "heard evidence" two more.
    if (lowerAt(source.tokens, sourceVerbToken + 1) !== lowerAt(claim.tokens, claimVerbToken + 1)) return undefined;
  } else {
    claimVerbToken = copulaToken(claim);
    sourceVerbToken = copulaToken(source);
    if (claimVerbToken < 0 || sourceVerbToken < 0) return undefined;
  }
  // In reported speech ("the mayor said that closing the bridge was the only choice") the verb's
  // subject follows the "that", not the speaker.
  const clauseStart = reportedClauseStart(claim, claimVerbToken);
  const subjectAt = termsOf(claim).findIndex((t) => t.token > clauseStart && t.token < claimVerbToken && (t.pos === 'entity' || t.pos === 'noun'));
  if (subjectAt < 0) return undefined;
  const pronounTopic = source.implicitSubject === true;
  const subjectPartner = alignment.partners[subjectAt];
  if (!subjectPartner && !pronounTopic) return undefined;
  const mine = complement(claim, claimVerbToken);
  const theirs = complement(source, sourceVerbToken);
  let object: Term | undefined;
  let other: Term | undefined;
  // The head nouns differ ("a US senator" / "an American model"), or the countries in them do;
  // neither head is named anywhere in the other sentence ("Thorvaldsen Ferries is putting on more
  // crossings" / "sailings have been laid on by Thorvaldsen Ferries" swaps nothing).
  if (mine.head && theirs.head && termMatch(mine.head, theirs.head) === 0 && !termsOf(source).some((t) => termMatch(mine.head!, t) > 0) && !termsOf(claim).some((t) => termMatch(theirs.head!, t) > 0) && !(entityClass(mine.head) && nested(mine.head, theirs.head)) && !borneOutByNarrower(mine, theirs.head, source)) {
    [object, other] = [mine.head, theirs.head];
  } else if (mine.country && theirs.country && mine.country.key !== theirs.country.key && !termsOf(source).some((t) => t.key === mine.country!.key)) {
    [object, other] = [mine.country, theirs.country];
  } else if (mine.head && theirs.head && termMatch(mine.head, theirs.head) > 0) {
    // Same kind of thing, qualified differently: "a romantic film" / "a psychological thriller film".
    const unmatched = (list: readonly Term[], other: SentenceFeatures) => {
      const otherTerms = termsOf(other);
      return list.find((t) => t !== undefined && !otherTerms.some((o) => termMatch(t, o) > 0));
    };
    const mineModifier = unmatched(mine.modifiers, source);
    const theirModifier = unmatched(theirs.modifiers, claim);
    if (mineModifier && theirModifier) [object, other] = [mineModifier, theirModifier];
  }
  if (!object || !other) return undefined;
  // The claim's subject named only after a source verb that has a subject of its own is no
  // subject of it: "If you are among the thousands who ... watching the Oscars" says nothing of
  // what the Oscars are ("Born in New Orleans, Rice spent ..." still tells Rice's birthplace).
  if (subjectPartner && !pronounTopic && subjectPartner.token > sourceVerbToken && hasOwnSubject(source, sourceVerbToken)) return ANOTHER_SUBJECT;
  return substituted(claim, object, source, other);
}
/** What `objectConflict` returns when the source's statement is of another subject: neither conflict nor support. */
export const ANOTHER_SUBJECT = 'another subject';

/** A noun, name or pronoun stands before the verb in its clause. */
function hasOwnSubject(features: SentenceFeatures, verbToken: number): boolean {
  for (let at = reportedClauseStart(features, verbToken) + 1; at < verbToken; at++) {
    if (SUBJECT_HEAD_TAGS.has(posAt(features.tokens, at) ?? '')) return true;
  }
  return false;
}

/**
 * A verb's direct object is one of many things done ("offered free tea" and "held a meeting" are
 * both true); only a relation that has one value is swapped ("directed by", "born in", "associated
 * with", "known as"). `verbToken`: the last of coordinated verbs.
 */
function oneValuedRelation(features: SentenceFeatures, verbToken: number): boolean {
  return SINGLE_VALUED_PREPOSITIONS.has(lowerAt(features.tokens, verbToken + 1) ?? '');
}

/**
 * The preposition a word hangs from: the nearest one before it, unless a verb comes first (a
 * direct object, or a complement after "is"), then none. "heard from 42 witnesses": "from";
 * "heard evidence": none. Two leftover words that hang otherwise fill two slots of one verb.
 */
export function governingPreposition(features: SentenceFeatures, token: number): string {
  for (let at = token - 1; at >= 0; at--) {
    const pos = posAt(features.tokens, at);
    if (pos === 'ADP') return lowerAt(features.tokens, at) ?? '';
    // A hyphen inside a word ("from sixty-three witnesses") is no break in the phrase.
    if (pos === 'PUNCT' && joinsWords(features, at)) continue;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT') return '';
  }
  return '';
}

/** The token is a hyphen written with no space on either side, inside one word. */
function joinsWords(features: SentenceFeatures, at: number): boolean {
  const { tokens } = features;
  return lowerAt(tokens, at) === '-' && endAt(tokens, at - 1) === startAt(tokens, at) && endAt(tokens, at) === startAt(tokens, at + 1);
}

function lastCoordinatedVerb(features: SentenceFeatures, verbToken: number): number {
  let last = verbToken;
  while (posAt(features.tokens, last + 1) === 'CCONJ' && posAt(features.tokens, last + 2) === 'VERB') last += 2;
  return last;
}

const RESTRICTIVE = new Set(['only', 'exclusively', 'solely']);
const RESTRICTIVE_WORD = /\b(?:only|exclusively|solely)\b/i;
const COORDINATORS = new Set(['and', ',', 'as', 'well', 'both']);
const RESTRICTION_REACH = 4;

/**
 * A restriction the source does not bear out: "Ekta Kapoor only worked in film" against "Ekta
 * Kapoor is an Indian TV and film producer". The claim's restrictive word ("only", "exclusively",
 * "solely") bears on a noun or a name (the first after it, or the one before a closing
 * "exclusively"); the source has that word coordinated with another ("TV and film") that the
 * claim does not have. "Not only" and "the only" are no restriction.
 */
export function restrictionConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  // Asked for every candidate of every claim: most claims restrict nothing.
  if (!RESTRICTIVE_WORD.test(claim.text)) return undefined;
  const tokens = claim.tokens;
  let at = 0;
  while (at < runLength(tokens) && !RESTRICTIVE.has(lowerAt(tokens, at) ?? '')) at++;
  if (at === runLength(tokens)) return undefined;
  const before = lowerAt(tokens, at - 1) ?? '';
  if (before === 'not' || posAt(tokens, at - 1) === 'DET' || posAt(tokens, at - 1) === 'PRON' || posAt(tokens, at + 1) === 'SCONJ') return undefined;
  const scoped = (t: Term) => t.pos === 'noun' || t.pos === 'entity' || t.pos === 'adj';
  const closing = at === runLength(tokens) - 1 || posAt(tokens, at + 1) === 'PUNCT';
  // The restricted word stands close by: "only cleared the way for Texas authorities" restricts no place.
  const scopeAt = closing ? termsOf(claim).findLastIndex((t) => t.token < at && scoped(t)) : termsOf(claim).findIndex((t) => t.token > at && t.token <= at + RESTRICTION_REACH && scoped(t));
  const partner = alignment.partners[scopeAt];
  if (scopeAt < 0 || !partner) return undefined;
  const matched = new Set(alignment.partners);
  const claimTerms = termsOf(claim);
  const sibling = termsOf(source).find((t) => t !== partner && !matched.has(t) && scoped(t) && t.pos === partner.pos && coordinated(source, t, partner) && !claimTerms.some((c) => termMatch(c, t) > 0));
  if (!sibling) return undefined;
  const [first, last] = sibling.start < partner.start ? [sibling, partner] : [partner, sibling];
  const scope = termsOf(claim)[scopeAt];
  const mine = { start: Math.min(scope.start, startAt(tokens, at) ?? scope.start), end: Math.max(scope.end, endAt(tokens, at) ?? scope.end) };
  return { kind: 'object', claimValue: writtenAt(claim, mine), sourceValue: writtenAt(source, { start: first.start, end: last.end }), claimSpan: mine, sourceSpan: { start: first.start, end: last.end } };
}

/** Only "and" or a comma stands between the two terms ("TV and film", "Paris, Rome and Oslo"). */
function coordinated(features: SentenceFeatures, a: Term, b: Term): boolean {
  const [first, second] = a.token < b.token ? [a, b] : [b, a];
  let between = 0;
  let joined = false;
  for (let i = first.token + 1; i < second.token; i++) {
    const word = lowerAt(features.tokens, i) ?? '';
    if (endAt(features.tokens, i)! <= first.end) continue;
    if (!COORDINATORS.has(word)) return false;
    joined = true;
    if (++between > 3) return false;
  }
  return joined;
}

/** A claim that denies ("is not an American series"): another value in the source bears it out rather than contradicts it. */
function negative(claim: SentenceFeatures): boolean {
  return termsOf(claim).some((t) => t.negated);
}

/**
 * Whether a word of the claim stands where the source has another, in a place that holds one
 * value, as the slot rules read it: the pair model's contradiction of a source that otherwise
 * states the claim must be such a substitution. Not a member of a group ("one of the founders"),
 * a region inside another ("Africa" / "North Africa"), another thing done (a direct object:
 * "asked for a meeting" / "asked for more flexible hours"), a word of the subject, nor against a
 * figure both give alike.
 */
export function substitutionPossible(claim: SentenceFeatures, parts: StatementParts, agreeingValues: number): boolean {
  const { claimLeftover: mine, sourceLeftover: theirs } = parts;
  if (!mine || !theirs || agreeingValues > 0 || !swappableStatement(claim)) return false;
  if (entityClass(mine) && entityClass(theirs) && nested(mine, theirs)) return false;
  if (kindOf(theirs, mine)) return false;
  // The swapped word is what the subject is or does something to, after the verb: a word of the
  // subject ("the five-year tenure is ending" / "stepping down after five years in charge") is
  // only put otherwise.
  const verb = termsOf(claim).find((t) => t.pos === 'verb');
  if (!verb) {
    const copula = copulaToken(claim);
    return copula >= 0 && mine.token > copula;
  }
  return mine.token > verb.token && oneValuedRelation(claim, lastCoordinatedVerb(claim, verb.token));
}

/**
 * Only a simple statement (one clause, a handful of content words) has one object to swap. This
 * and `swappableStatement` are asked of one claim several times for each of its candidates: each
 * is remembered for the last claim (blanking its names made a string each time).
 */
const isSimpleStatement = lastOne((claim: SentenceFeatures): boolean => termsOf(claim).length <= MAX_SIMPLE_TERMS && !/[,;:]/.test(withoutEntities(claim)));

/** A simple statement that names the one holder of a slot and asserts it: not a member of a group, not a denial. */
const swappableStatement = lastOne((claim: SentenceFeatures): boolean => isSimpleStatement(claim) && !MEMBERSHIP.test(claim.text) && !negative(claim));

/** The conflict of a substitution: a person for a person is about who (an actor), else about what. */
function substituted(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term): ConflictDetail {
  const people = entityClass(mine) === 'person' && entityClass(theirs) === 'person';
  return { kind: people ? 'actor' : 'object', claimValue: writtenAt(claim, mine), sourceValue: writtenAt(source, theirs), claimSpan: { start: mine.start, end: mine.end }, sourceSpan: { start: theirs.start, end: theirs.end } };
}

/**
 * The class of a named entity: person, country, place, organisation. A country and a city are
 * not alternatives: one may hold the other ("born in the USA" / "born in New Orleans").
 */
function entityClass(term: Term): string | undefined {
  if (term.pos !== 'entity' || term.key.startsWith('e:office:')) return undefined;
  return term.key.slice(2, term.key.indexOf(':', 2));
}

/** The source's head noun is a kind of the claim's, and the claim adds no qualifier the source lacks ("a musician" / "a rapper"). */
function borneOutByNarrower(mine: { head?: Term; modifiers: Term[] }, theirs: Term, source: SentenceFeatures): boolean {
  const sourceTerms = termsOf(source);
  return mine.head !== undefined && kindOf(theirs, mine.head) && mine.modifiers.every((m) => sourceTerms.some((t) => termMatch(m, t) > 0));
}

/** The source's noun is a kind of the claim's ("a rapper" / "a person"): it bears the claim out. */
function kindOf(specific: Term, general: Term): boolean {
  return specific.pos === 'noun' && general.pos === 'noun' && isBroaderThan(general.lemma, specific.lemma, HYPERNYM_LEVELS);
}

/** Steps up WordNet's hypernym chain: far enough for "rapper" to reach "person". */
const HYPERNYM_LEVELS = 8;

/** One name is part of the other's ("Africa" / "North Africa"): the smaller may lie in the larger. */
function nested(a: Term, b: Term): boolean {
  const words = (t: Term) => t.key.slice(t.key.indexOf(':', 2) + 1).split('-');
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/** "one of the founders", "among the winners": the claim names a member of a group, not the one holder of a slot. */
const MEMBERSHIP = /\b(?:one of|among|including|includes|included)\b/i;
/** A source that names this many others of the class lists a group: a name missing from the list is no conflict. */
const LIST_OF_NAMES = 3;

/**
 * The same statement with another name after the verb: "Vedam was directed by Christopher Nolan"
 * against "Vedam ... directed by Radhakrishna Jagarlamudi", "Libya is a country in Europe"
 * against "Libya is a country in ... North Africa". The claim is simple, its subject and every
 * other word of it stand in the source, and its one name that does not stand there faces a name
 * of the same class (a person, a place or country, an organisation) that the claim does not have,
 * after the source's subject (`nameSwapped`). A name in the subject's place is another matter
 * (`names.ts`), as is one within the subject's phrase (`NameSwap.inSubject`).
 */
export function entityConflict(claim: SentenceFeatures, source: SentenceFeatures, swap: NameSwap | undefined): ConflictDetail | undefined {
  return swap && !swap.inSubject && !swap.elsewhere ? substituted(claim, swap.mine, source, swap.theirs) : undefined;
}

/**
 * The claim's one unmatched name and the source's name of the same class that stands where it
 * would. `inSubject`: the claim's name stands within its subject's phrase ("the corner café on
 * Penridge Avenue moved its weekly meeting" / "the corner café on Ashford Road ... moved its
 * weekly meeting"): the name tells which one is meant, and another name there is another one of
 * its kind, of which the source says nothing about the claim's (neither support nor conflict).
 * `compare.ts` reads it once a pair, for the conflict and for the support.
 */
export interface NameSwap {
  readonly mine: Term;
  readonly theirs: Term;
  readonly inSubject: boolean;
  /**
   * The source's name stands before the verb the claim's name follows ("joins from Trevanion
   * Software, which she led" / "to lead the Port Authority"): another one of the kind in another
   * slot, of which the source says nothing about the claim's (neither support nor conflict).
   */
  readonly elsewhere: boolean;
}

/** The claim's one unmatched name and the source's name of the same class that stands where it would (see `NameSwap`). */
export function nameSwapped(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): NameSwap | undefined {
  if (!swappableStatement(claim)) return undefined;
  // A name beside a figure qualifies the figure ("$20 million in North America"): the values judge it.
  if (claim.values.some((v) => v.kind !== 'date')) return undefined;
  const unmatched = termsOf(claim).filter((_, i) => alignment.partners[i] === undefined);
  if (unmatched.length !== 1) return undefined;
  const [mine] = unmatched;
  const kind = entityClass(mine);
  const subjectAt = termsOf(claim).findIndex((t) => t.pos === 'entity' || t.pos === 'noun');
  if (!kind || termsOf(claim)[subjectAt] === mine) return undefined;
  const subjectPartner = alignment.partners[subjectAt];
  if (!subjectPartner && !source.implicitSubject) return undefined;
  const after = subjectPartner?.token ?? 0;
  const claimTerms = termsOf(claim);
  const others = termsOf(source).filter((t) => t.token > after && !alignment.partners.includes(t) && entityClass(t) === kind && !claimTerms.some((c) => c.key === t.key));
  if (others.length === 0 || others.length >= LIST_OF_NAMES || others.some((t) => nested(mine, t))) return undefined;
  // A name after the claim's verb stands where the source's name after the same verb does: "to
  // lead the Port Authority" swaps nothing with "joins from Trevanion Software, which she led".
  const verbAt = claimTerms.findIndex((t) => t.pos === 'verb');
  const verbPartner = verbAt >= 0 && claimTerms[verbAt].token < mine.token ? alignment.partners[verbAt] : undefined;
  const inSlot = others.find((t) => verbPartner === undefined || t.token > verbPartner.token);
  return { mine, theirs: inSlot ?? others[0], inSubject: claim.verbAt >= 0 && mine.token < claim.verbAt, elsewhere: inSlot === undefined };
}

const NP_END = new Set(['ADP', 'VERB', 'AUX', 'PUNCT', 'CCONJ', 'SCONJ', 'PRON']);
const MODIFIER_TAGS = new Set(['ADJ', 'PROPN']);
const NOMINAL_TAGS = new Set(['ADJ', 'PROPN', 'NOUN']);

/** The noun phrase after a verb: its head noun (the last noun), its modifiers, and a country named in it. */
export function complement(features: SentenceFeatures, verbToken: number): { head?: Term; country?: Term; modifiers: Term[] } {
  // Tokens read in place: judging asks this for many pairs of sentences.
  const tokens = features.tokens;
  let end = verbToken + 1;
  // "is in Germany", "lives in Japan": a preposition right after the verb opens the phrase.
  if (posAt(tokens, end) === 'ADP') end++;
  const start = end;
  const endsPhrase = (i: number): boolean => {
    const pos = posAt(tokens, i) ?? '';
    if (textAt(tokens, i) === '-' || i === start) return false;
    // A participle before a noun modifies it ("a trained dog"); other verbs end the phrase, as
    // does one after the head ("a drama film starring Hugh Jackman").
    if (pos === 'VERB') return posAt(tokens, i - 1) === 'NOUN' || !['NOUN', 'ADJ', 'PROPN'].includes(posAt(tokens, i + 1) ?? '');
    // Coordinated modifiers share one head ("a Mexican and American musician"); coordinated nouns
    // ("a singer and songwriter") end the phrase at the first.
    if (pos === 'CCONJ') return !(MODIFIER_TAGS.has(posAt(tokens, i - 1) ?? '') && NOMINAL_TAGS.has(posAt(tokens, i + 1) ?? ''));
    return NP_END.has(pos);
  };
  while (end < runLength(tokens) && !endsPhrase(end)) end++;
  // Dates and figures in the phrase ("decided on January 22") are values, compared as such.
  const inside = termsOf(features).filter((t) => t.token >= start && t.token < end && !inValue(features, t));
  const nouns = inside.filter((t) => t.pos === 'noun' || (t.pos === 'entity' && !t.key.startsWith('e:country:')));
  const head = nouns[nouns.length - 1];
  const modifiers = inside.filter((t) => t !== head && (t.pos === 'adj' || t.pos === 'noun'));
  return { head, country: inside.find((t) => t.key.startsWith('e:country:')), modifiers };
}

/** The sentence with its names and dates blanked: their commas ("Washington, D.C.", "September 18, 1975") join no clauses. */
export function withoutEntities(features: SentenceFeatures): string {
  let text = features.text;
  const blank = (span: { start: number; end: number }) => {
    text = text.slice(0, span.start - features.span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end - features.span.start);
  };
  const names = features.entitySpans;
  for (let i = 0; i < names.length; i += 2) blank({ start: names[i], end: names[i + 1] });
  for (const v of features.values) if (v.kind === 'date') blank(v.span);
  return text;
}

export function copulaToken(features: SentenceFeatures): number {
  for (let i = 0; i < runLength(features.tokens); i++) {
    const pos = posAt(features.tokens, i);
    if (lemmaAt(features.tokens, i) === 'be' && (pos === 'AUX' || pos === 'VERB')) return i;
  }
  return -1;
}

export interface StatementParts {
  /** One clause with a handful of content words. */
  readonly simple: boolean;
  /** The claim's subject has a partner in the source, or the source's subject is an unresolved pronoun. */
  readonly subjectMatched: boolean;
  /** The claim's verb (or its copula) has a partner in the source. */
  readonly predicateMatched: boolean;
  /** The complements' head nouns: 1 the same, -1 different, 0 not comparable. */
  readonly heads: number;
  /** The first claim term nothing in the source stands for, and the source's first such term after its verb. */
  readonly claimLeftover?: Term;
  readonly sourceLeftover?: Term;
}

/**
 * The source's verb that partners the claim's is not an infinitive of purpose when the claim's is
 * not: "gathered outside to swap news" is not what "set up a stall to collect signatures" says,
 * though "gather" and "collect" are synonyms.
 */
function sameVerbForm(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, verb: Term): boolean {
  const infinitive = (features: SentenceFeatures, term: Term) => term.token > 0 && lowerAt(features.tokens, term.token - 1) === 'to';
  return !infinitive(source, verb) || infinitive(claim, mine);
}

/** Subject, predicate and complement of a claim as the source treats them (for the pair model). */
export function statementParts(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): StatementParts {
  const simple = isSimpleStatement(claim);
  const verbAt = termsOf(claim).findIndex((t) => t.pos === 'verb');
  const verbPartner = verbAt >= 0 ? alignment.partners[verbAt] : undefined;
  const claimVerbToken = verbAt >= 0 ? termsOf(claim)[verbAt].token : copulaToken(claim);
  const sourceVerbToken = verbAt >= 0 ? (verbPartner?.token ?? -1) : copulaToken(source);
  const predicateMatched = verbAt >= 0 ? verbPartner !== undefined && termMatch(termsOf(claim)[verbAt], verbPartner) >= 0.8 && sameVerbForm(claim, termsOf(claim)[verbAt], source, verbPartner) : claimVerbToken >= 0 && sourceVerbToken >= 0;
  // The subject is a name the claim opens with, and the source has it as its own subject (before
  // its verb), or the source's subject is a pronoun nothing before it resolves.
  const subjectAt = termsOf(claim).findIndex((t) => (claimVerbToken < 0 || t.token < claimVerbToken) && (t.pos === 'entity' || t.pos === 'noun'));
  const subject = termsOf(claim)[subjectAt];
  const named = subject !== undefined && subject.token <= 2 && (subject.pos === 'entity' || /^\p{Lu}/u.test(textAt(claim.tokens, subject.token) ?? ''));
  const partner = alignment.partners[subjectAt];
  const inSubjectPosition = partner !== undefined && (sourceVerbToken < 0 ? partner.token <= 2 : partner.token < sourceVerbToken);
  const subjectMatched = named && (inSubjectPosition || source.implicitSubject === true);
  let heads = 0;
  if (claimVerbToken >= 0 && sourceVerbToken >= 0) {
    const mine = complement(claim, claimVerbToken).head;
    const theirs = complement(source, sourceVerbToken).head;
    if (mine && theirs) heads = termMatch(mine, theirs) > 0 ? 1 : -1;
  }
  const claimLeftover = termsOf(claim).find((t, i) => !alignment.partners[i] && t.pos !== 'verb');
  const sourceLeftover = termsOf(source).find((t) => !alignment.partners.includes(t) && t.pos !== 'verb' && t.token > Math.max(0, sourceVerbToken));
  return { simple, subjectMatched, predicateMatched, heads, claimLeftover, sourceLeftover };
}

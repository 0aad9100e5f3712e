/**
 * Comparing two sentences slot by slot: how much of the claim the other sentence speaks to
 * (coverage), whether it is about the claim's subject at all (names, actors), and whether they
 * disagree on a value (`valueSlots.ts`), the polarity of a shared predicate, the predicate itself
 * (antonyms) or what is known (certainty). Every decision names the slot and the two values, so
 * hovers and messages can explain it.
 */
import type { ConflictDetail } from './types';
import { type SentenceFeatures, writtenAt } from './features';
import type { Term } from './terms';
import { certaintyConflict, NEITHER_STATES, polarityConflict, silenceConflict } from './stance';
import { antonymConflict } from './opposites';
import { type Alignment, align, type Idf, termMatch } from './align';
import { ANOTHER_SUBJECT, copulaToken, entityConflict, MAX_SIMPLE_TERMS, nameSwapped, objectConflict, restrictionConflict, type StatementParts, statementParts } from './substitution';
import { pairFeatureVector } from './pairModel';
import { figureOfAnotherOwner, inDateValue, isName, otherNameAnywhere, otherNamedObjects, otherNameInPlace } from './names';
import { endAt, lemmaAt, lowerAt, posAt, runLength, startAt, tokenAt, tokensOf } from './tokenColumns';
import { modifiesNoun } from './nlp';
import { REPORTING_VERBS } from './negation';
import { compareValueSlots } from './valueSlots';
import { sameFigure } from './sameValues';
import { datesApart, stretchesApart, WEEKDAYS } from './whenApart';
import { variantsApart } from './valueMatters';
import { DEMONYMS, fold } from '../lexicon/aliases';
import { lastOne } from '../recent';
import { opensWithSubordinate } from './clauses';
import { anotherOfItsKind, predicateIndex, predicateInOtherClause, selfReport, twoBodiesOfAPlace } from './subjects';
import { termsOf } from './termColumns';
import { reportedClauseStart } from './quotedWords';

export type { Idf } from './align';

export interface Comparison {
  /** Share of the claim's content (idf-weighted) that the other sentence matches, in [0, 1]. */
  readonly coverage: number;
  /** The same for the claim's entities and verbs only. */
  readonly core: number;
  readonly conflict?: ConflictDetail;
  /** Values both state alike: evidence of the same fact. */
  readonly agreeingValues: number;
  /**
   * Values the source gives otherwise, in a matching frame, where it is unclear whether the
   * figure is the same subject's: not a conflict, but no support either.
   */
  readonly disagreeingValues?: number;
  /**
   * For a simple claim about a subject the source also treats, when no slot decides: the pair
   * model's features, the leftover terms that would name a contradiction, and the alignment, for
   * what only a contradiction asks (whether the two subjects contrast, `subjects.ts`).
   */
  readonly pair?: { readonly vector: number[]; readonly parts: StatementParts; readonly alignment: Alignment };
  /**
   * Another matter, neither support nor conflict: the source names another person or thing in the
   * place of the claim's subject (`names.ts`), gives a figure otherwise on another day (another
   * event, `datesApart`), or is a quotation that one in the claim denies (two speakers' dispute).
   */
  readonly otherSubject?: boolean;
  /**
   * Each sentence names a thing the other does not, in the same place ("in the cafés and buses of
   * Talstead" / "of Gristenmouth"): the same words of two things, so the source does not state the
   * claim, though the pair model may still doubt it (`otherNameAnywhere`).
   */
  readonly namesApart?: boolean;
}

/** Conflicts over a figure, which another day makes another event's figure (`datesApart`). */
const FIGURE_CONFLICTS: ReadonlySet<string> = new Set(['number', 'count']);

export function compareSentences(claim: SentenceFeatures, source: SentenceFeatures, idf: Idf): Comparison {
  const alignment = align(claim, source, idf);
  const { coverage } = alignment;
  // Someone else's deed ("Marta Ely scored 23 points" / "Jonah Lawson scored 16 points"), or the
  // same words about another named thing: another matter altogether.
  if (otherNameInPlace(claim, source, alignment)) return { coverage, core: alignment.core, agreeingValues: 0, otherSubject: true };
  if (differentActors(claim, source, alignment) || anotherOfItsKind(claim, source)) return { coverage, core: alignment.core, agreeingValues: 0, otherSubject: true };
  const values = compareValueSlots(claim, source, alignment);
  const core = alignment.core;
  // A figure and a name given otherwise at once ("won 30 seats in the Osterdale assembly" / "won
  // 36 seats in the Pellenley assembly", "paying $12 million for Kelm Software" / "agreed to buy
  // Pellenley Bank for $40 million") are two matters: neither one figure in dispute nor one name
  // put in another's place, however well the figures' frames match.
  if ((values.conflict || values.otherwise > 0) && (otherNameAnywhere(claim, source, alignment) || otherNamedObjects(claim, source, alignment, values.conflict) || figureOfAnotherOwner(claim, source, alignment, values.conflict))) return { coverage, core, agreeingValues: 0, otherSubject: true };
  if (values.conflict && FIGURE_CONFLICTS.has(values.conflict.kind) && (datesApart(claim, source) || stretchesApart(claim, values.conflict.claimSpan, source, values.conflict.sourceSpan))) return { coverage, core, agreeingValues: 0, otherSubject: true };
  // Two sizes of one product ("the 15-inch MacBook Pro" / "the 17-inch MacBook Pro"): two things.
  if (values.conflict && (FIGURE_CONFLICTS.has(values.conflict.kind) || values.conflict.kind === 'duration') && variantsApart(claim, source)) return { coverage, core, agreeingValues: 0, otherSubject: true };
  if (values.conflict) return { coverage, core, conflict: values.conflict, agreeingValues: values.agreeing };
  if (predicateInOtherClause(claim, source, alignment)) return { coverage, core, agreeingValues: 0, otherSubject: true };
  const swap = nameSwapped(claim, source, alignment);
  const polarity = polarityConflict(claim, source, alignment);
  const stated = (polarity === NEITHER_STATES ? undefined : polarity) ?? silenceConflict(claim, source, alignment) ?? certaintyConflict(claim, source, alignment) ?? antonymConflict(claim, source, alignment);
  const object = stated === undefined || stated === NEITHER_STATES ? objectConflict(claim, source, alignment) : undefined;
  const conflict = (stated === NEITHER_STATES ? undefined : stated) ?? (object === ANOTHER_SUBJECT ? undefined : object) ?? entityConflict(claim, source, swap) ?? restrictionConflict(claim, source, alignment);
  if (conflict) return { coverage, core, conflict, agreeingValues: values.agreeing };
  // Two speakers who disagree, a state at first against a later one, or a statement of another
  // subject: neither conflict nor support.
  if (polarity === NEITHER_STATES || stated === NEITHER_STATES || object === ANOTHER_SUBJECT) return { coverage, core, agreeingValues: 0, otherSubject: true };
  if ((deedUnstated(claim, source, alignment) && !figureGivenAlike(claim, source, values.agreeing)) || otherThingDone(claim, source, alignment) || reportUnstated(claim, alignment)) return { coverage, core, agreeingValues: values.agreeing, otherSubject: true };
  // Two subjects of a kind ("the Wenendale camera club" / "the Wenendale scout troop", "the
  // bakery on Fenton Road" / "the hardware shop on Fenton Road", "the corner café on Penridge
  // Avenue" / "on Ashford Road") doing the same: neither states what the other did.
  if (twoBodiesOfAPlace(claim, source, alignment) || swap?.inSubject || swap?.elsewhere) return { coverage, core, agreeingValues: values.agreeing, otherSubject: true };
  const parts = statementParts(claim, source, alignment);
  // Speculation ("could be confirmed") and stated ignorance are no ground for the model to judge on.
  const firm = !claim.hedged && !source.hedged && !claim.unknown && !source.unknown;
  const pair = firm && parts.simple && parts.subjectMatched && parts.predicateMatched ? { vector: pairFeatureVector(claim, source, alignment, parts, values), parts, alignment } : undefined;
  return { coverage, core, agreeingValues: values.agreeing, disagreeingValues: values.disagreeing, pair, namesApart: namesApart(claim, source, alignment) };
}

/**
 * The same words of two named things (`otherNameAnywhere`), in sentences that say nearly the same
 * otherwise ("in the cafés and buses of Talstead" / "of Gristenmouth"). A source that leaves its
 * subject to a pronoun ("It was founded as the Golden State Comic Book Convention") may stand for
 * the claim's name, and a loose paraphrase may name a thing two ways: neither is read so.
 */
function namesApart(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  return alignment.coverage >= NAMES_APART_COVERAGE && source.implicitSubject !== true && otherNameAnywhere(claim, source, alignment);
}
const NAMES_APART_COVERAGE = 0.6;

/**
 * Two sentences that each name people, places or organisations, and share none of them, are
 * about different events ("a 6.1 quake hit Aceh" / "a 5.3 quake hit Qeshm"): whatever their
 * figures, they neither confirm nor contradict each other. Titles ("the president") do not count.
 * Proper nouns the lexicon does not know ("Paramore", "Qeshm") are names too: a claim about one
 * that the source also names is about the same subject, whatever countries each mentions.
 */
function differentActors(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const mine = namedActors(claim);
  if (mine.length === 0 || source.implicitSubject || !termsOf(source).some((t) => named(source, t))) return false;
  return !mine.some((i) => alignment.partners[i] !== undefined);
}

/**
 * The positions of the claim's terms that name an actor. A nationality before a noun after the
 * verb qualifies a thing ("is a Canadian sports film"); in the subject it is an actor ("the
 * Indian navy said"). Worked out once per claim, not once per candidate.
 */
const namedActors = lastOne((claim: SentenceFeatures): readonly number[] => {
  const verbAt = termsOf(claim).find((t) => t.pos === 'verb')?.token ?? copulaToken(claim);
  const positions: number[] = [];
  termsOf(claim).forEach((t, i) => {
    if (named(claim, t) && !(verbAt >= 0 && t.token > verbAt && attributiveCountry(claim, t))) positions.push(i);
  });
  return positions;
});

/** A name (an entity other than an office, or a proper noun) outside a date. */
function named(features: SentenceFeatures, term: Term): boolean {
  return isName(features, term) && !inDate(features, term);
}

/**
 * A month is capitalised like a name, but it is part of a date: the values judge it. (A weekday
 * still tells events apart: read against two articles' dates, it rarely pins one day.)
 */
function inDate(features: SentenceFeatures, term: Term): boolean {
  return !WEEKDAYS.includes(term.lemma) && inDateValue(features, term);
}

function attributiveCountry(features: SentenceFeatures, term: Term): boolean {
  if (!term.key.startsWith('e:country:') || !DEMONYMS.has(fold(writtenAt(features, term)))) return false;
  let next = term.token + 1;
  while ((endAt(features.tokens, next) ?? Infinity) <= term.end) next++;
  const pos = posAt(features.tokens, next);
  return pos === 'NOUN' || pos === 'ADJ';
}

/** Quotation marks: a sentence with a quotation says more than its main statement. */
const QUOTATION = /["\u201c\u201d]/;
/** Where a sentence's first statement ends: at a clause, an aside or a list. */
const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '\u2014']);
/** What may stand between the first verb or auxiliary and the main verb ("has so far declined"). */
const AUXILIARY_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
/** A partner as good as the word itself: a synonym or an inflection, not a broader word. */
const STRONG_MATCH = 0.8;

/** A claim's deed, as indices of its terms (`deedOf`). */
interface Deed {
  /** The verb, or -1 for a verb that makes no term. */
  readonly predicate: number;
  readonly object: number;
  /** The first term after the claim's first statement (the number of terms if none). */
  readonly rest: number;
}

/** The index of the first term at or after `offset`. */
function termsFrom(terms: readonly Term[], offset: number): number {
  const index = terms.findIndex((t) => t.start >= offset);
  return index < 0 ? terms.length : index;
}

/**
 * The claim's deed, in its first statement: its main verb (after auxiliaries at most, not a verb of
 * a relative clause: "is a series that fits") and the first word after it that is no qualifier,
 * whatever its tag ("recorded 11 snaps", where "snaps" may read as a verb; "appeared in multiple
 * television shows"), as indices of its terms. A verb that is a stop word, and so makes no term of
 * its own ("put up posters"), leaves the deed to its object (`predicate` -1). None for a sentence
 * with a quotation or one that opens with a subordinate clause. Read once per claim: judging asks
 * it of every candidate.
 */
const deedOf = lastOne((claim: SentenceFeatures): Deed | undefined => {
  if (claim.verbAt < 0 || QUOTATION.test(claim.text) || opensWithSubordinate(claim)) return undefined;
  // The main statement comes first: what follows a comma ("..., unsure what it would mean") is
  // a clause or an aside beside it, not its deed.
  const statementEnd = firstStatementEnd(claim);
  if (statementEnd === undefined) return undefined;
  const terms = termsOf(claim);
  const verb = lemmaAt(claim.tokens, claim.verbAt) ?? '';
  const verbToken = tokenAt(claim.tokens, claim.verbAt);
  if (verbToken?.pos === 'VERB' && verbToken.stop && !REPORTING_VERBS.has(verb)) {
    const object = objectAfter(claim, terms, claim.verbAt);
    return object < 0 || terms[object].start >= statementEnd ? undefined : { predicate: -1, object, rest: termsFrom(terms, statementEnd) };
  }
  const predicate = predicateIndex(claim);
  if (predicate < 0) return undefined;
  const infinitive = lowerAt(claim.tokens, terms[predicate].token - 1) === 'to';
  for (let token = claim.verbAt; token < terms[predicate].token; token++) {
    if (AUXILIARY_TAGS.has(posAt(claim.tokens, token) ?? '')) continue;
    // What the subject said of itself is its deed: "said they had changed their plans".
    if (token === claim.verbAt && selfReport(claim)) {
      token++;
      continue;
    }
    // What a form of "be" says its subject was to do is its deed: "were among the first to offer help".
    if (infinitive && verb === 'be') break;
    return undefined;
  }
  const object = objectAfter(claim, terms, terms[predicate].token);
  return object < 0 || terms[object].start >= statementEnd ? undefined : { predicate, object, rest: termsFrom(terms, statementEnd) };
});

/** Adverbs a measure of time comes before ("an hour early", "two days later", "a week ago"). */
const MEASURED_ADVERBS: ReadonlySet<string> = new Set(['early', 'earlier', 'late', 'later', 'longer', 'sooner', 'ago', 'before', 'after', 'beforehand', 'afterwards']);

/** Words that open a relative clause: a verb after one is not the sentence's own ("hopefuls who are trying"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);

/**
 * Where the claim's first statement ends, as an offset: at its first break (`BREAKS`) outside
 * brackets, or the sentence's end. Undefined when its first verb is not the main one of that
 * statement: in brackets ("(born 1986)"), after a relative word ("hopefuls who are trying"), or
 * past the break.
 */
function firstStatementEnd(claim: SentenceFeatures): number | undefined {
  const tokens = claim.tokens;
  const length = runLength(tokens);
  let depth = 0;
  for (let token = 0; token < length; token++) {
    const word = lowerAt(tokens, token) ?? '';
    if (word === '(' || word === '[') depth++;
    else if ((word === ')' || word === ']') && depth > 0) depth--;
    else if (token === claim.verbAt && depth > 0) return undefined;
    else if (depth > 0) continue;
    else if (BREAKS.has(word)) return token > claim.verbAt ? startAt(tokens, token) : undefined;
    else if (token < claim.verbAt && RELATIVES.has(word)) return undefined;
  }
  return claim.span.start + claim.text.length;
}

/**
 * The first term after token `at` that is no qualifier, nor a measure of time before an adverb:
 * "closed an hour early" has no object, "early" says how it closed. A figure first ("made over
 * $20.5 million in North America") is the deed's object: the values judge it, so there is none;
 * a count's noun is still one ("collected 64 signatures").
 */
function objectAfter(claim: SentenceFeatures, terms: readonly Term[], at: number): number {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term.token <= at || term.pos === 'adj') continue;
    if (term.pos === 'noun' && MEASURED_ADVERBS.has(lowerAt(claim.tokens, term.token + 1) ?? '')) continue;
    const from = endAt(claim.tokens, at) ?? term.start;
    // A count's noun is the object ("collected 64 signatures"): only words between end it.
    const figureFirst = claim.values.some((v) => v.span.start >= from && v.span.start < term.start && /\S/.test(claim.text.slice(v.span.end - claim.span.start, term.start - claim.span.start)));
    return figureFirst ? -1 : i;
  }
  return -1;
}

/**
 * The same verb with another object: "the barber shop offered free tea" does not state that it
 * "offered a spare room to a colleague", nor does the source contradict it (doing one thing does
 * not deny doing another). The claim's verb is matched, and the nouns right after the two verbs
 * are each their own and nothing alike.
 */
function otherThingDone(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const terms = termsOf(claim);
  // A simple statement ("X directed a film") is the pair model's to weigh against its source.
  const deed = terms.length > MAX_SIMPLE_TERMS ? deedOf(claim) : undefined;
  if (deed === undefined || deed.predicate < 0) return false;
  const verbPartner = alignment.partners[deed.predicate];
  if (verbPartner === undefined || termMatch(terms[deed.predicate], verbPartner) < STRONG_MATCH) return false;
  const object = terms[deed.object];
  if (object.pos !== 'noun' || alignment.partners[deed.object] !== undefined) return false;
  const theirs = termsOf(source).find((t) => t.token > verbPartner.token && t.pos !== 'adj');
  return theirs !== undefined && theirs.pos === 'noun' && !alignment.partners.includes(theirs) && termMatch(object, theirs) === 0;
}

/** Where the claim's reported speech opens (`reportedClauseStart`), read once per claim: judging asks it of every candidate. */
const reportOpening = lastOne((claim: SentenceFeatures): number => reportedClauseStart(claim, runLength(claim.tokens)));

/**
 * What a claim reports someone said ("the mayor said on Friday that closing the bridge was the
 * only responsible choice") is stated only by a source with a word for what was said: one that
 * names the speaker saying something else ("the mayor said: “There will be winners and losers”")
 * states nothing of it.
 */
function reportUnstated(claim: SentenceFeatures, alignment: Alignment): boolean {
  const that = reportOpening(claim);
  if (that < 0) return false;
  const terms = termsOf(claim);
  let said = 0;
  for (let i = 0; i < terms.length; i++) {
    if (terms[i].token <= that || terms[i].pos === 'adj' || terms[i].pos === 'adv') continue;
    if (alignment.partners[i] !== undefined) return false;
    said++;
  }
  return said >= 2;
}

/**
 * Whether the source has a word for the claim's verb: a partner as good as the word itself, not
 * a loose kin ("changed" / "people") nor a word that already stands for the claim's subject
 * ("volunteers from the walking group ... offer help" / "volunteers from the walking group
 * started an online group": "volunteer" offers, but the source's word is its subject).
 */
function verbStated(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, predicate: number): boolean {
  const partner = alignment.partners[predicate];
  if (partner === undefined || termMatch(termsOf(claim)[predicate], partner) < STRONG_MATCH || kindOfTheNextNoun(source, partner)) return false;
  return alignment.partners.indexOf(partner) === predicate;
}

/**
 * A noun right before another names a kind of that one ("a delivery driver", "the repair bill"):
 * it tells no deed, so "delivered 590 food parcels" is not stated by "a delivery driver wrote a
 * long post", whatever the verb and the noun share.
 */
function kindOfTheNextNoun(source: SentenceFeatures, partner: Term): boolean {
  return partner.pos === 'noun' && posAt(source.tokens, partner.token + 1) === 'NOUN';
}

/**
 * The source has no word for what the claim's subject did, neither its verb nor the verb's object:
 * "a student from the north estate offered a spare room" is not stated by "a student from the
 * station quarter said it had been an unsettling few days", however much of the subject they
 * share. A source that names the object ("is a song ... for her album One of the Boys" for
 * "contains I Kissed a Girl") may state the deed in other words.
 */
function deedUnstated(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const deed = deedOf(claim);
  // A light verb's deed is its object ("held a short meeting"): the object alone must be stated.
  if (deed === undefined || (deed.predicate >= 0 && verbStated(claim, source, alignment, deed.predicate))) return false;
  // A broader word for the object is no word for it ("spent the morning" / "within hours of the
  // news"), nor is a word that already stands for another claim word ("wrote a long post" /
  // "a postal worker ... started a petition": "postal" is the worker's), nor a participle that
  // qualifies a noun ("cancelled its plans" / "put off a planned open day").
  const terms = termsOf(claim);
  const partner = alignment.partners[deed.object];
  const objectStated = partner !== undefined && termMatch(terms[deed.object], partner) >= STRONG_MATCH && alignment.partners.indexOf(partner) === deed.object
    && !(partner.pos === 'verb' && modifiesNoun(tokensOf(source), partner.token))
    && !(deed.predicate >= 0 && doneByAnotherVerb(source, partner, lemmaAt(claim.tokens, terms[deed.predicate].token) ?? ''));
  return !objectStated && !laterStatementStated(terms, alignment, deed.rest);
}

/**
 * The source gives one of the claim's figures alike, the same count of the same thing: it tells
 * the claim's deed in other words ("Weneania's inflation rate ran at 9.5% last month" / "Annual
 * inflation in Weneania stood at 9.5 per cent last month"). A date alike is no such sign, nor an
 * ordinal ("once the first reports came through").
 */
function figureGivenAlike(claim: SentenceFeatures, source: SentenceFeatures, agreeing: number): boolean {
  return agreeing > 0 && claim.values.some((a) => !a.vague && a.kind !== 'ordinal' && source.values.some((b) => sameFigure(a, b)));
}

/**
 * The source's word for the claim's object is the object of a light verb whose deed is the thing
 * itself ("moved its weekly meeting to a smaller room" / "held a short meeting"): the source tells
 * that the thing took place, not what the claim's verb did to it. Another content verb may be the
 * claim's in other words ("recorded 11 snaps" / "played 11 snaps"), and so may a verb with a
 * recipient ("rewarded Cheeks with two contract extensions" / "gave Cheeks a one-year extension").
 */
function doneByAnotherVerb(source: SentenceFeatures, object: Term, claimVerb: string): boolean {
  if (THING_ITSELF_VERBS.has(claimVerb)) return false;
  let k = object.token - 1;
  while (k >= 0 && k >= object.token - OBJECT_MODIFIERS && MODIFIER_TAGS.has(posAt(source.tokens, k) ?? '')) k--;
  return posAt(source.tokens, k) === 'VERB' && THING_ITSELF_VERBS.has(lemmaAt(source.tokens, k) ?? '');
}
/** Light verbs whose object names the deed ("held a meeting", "made a statement", "took a vote"). */
const THING_ITSELF_VERBS: ReadonlySet<string> = new Set(['hold', 'have', 'make', 'take', 'do']);
/** Words that may stand between a verb and its object's noun ("held a short meeting", "crossed the old bridge"). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);
const OBJECT_MODIFIERS = 4;

/** Strong partners of the words after a claim's first statement by which a source may state what follows it instead. */
const LATER_STATEMENT_WORDS = 2;

/**
 * Whether the source has strong partners for words of what the claim says after its first
 * statement ("NATO leaders are appointed by consensus ... with two diplomats saying Rutte has the
 * backing of about 20 NATO members" / "Rutte has the support of two-thirds of NATO member
 * states"): it may bear out that, whatever it says of the deed.
 */
function laterStatementStated(terms: readonly Term[], alignment: Alignment, rest: number): boolean {
  let strong = 0;
  for (let i = rest; i < terms.length; i++) {
    const partner = alignment.partners[i];
    if (partner !== undefined && termMatch(terms[i], partner) >= STRONG_MATCH && ++strong >= LATER_STATEMENT_WORDS) return true;
  }
  return false;
}

/**
 * Whose statement it is: a figure or a verb of one sentence and its counterpart in the other are
 * about one subject only when the claim's subject stands in the source, is the subject of the
 * counterpart's own clause there, and the two subjects are not two different things of a kind
 * ("a postal worker from the west end" / "a delivery driver from the west end").
 */
import { type Alignment, termMatch } from './align';
import type { SentenceFeatures } from './features';
import type { Term } from './terms';
import { termsOf } from './termColumns';
import { lemmaAt, lowerAt, posAt, startAt, tokensOf } from './tokenColumns';
import { modifiesNoun } from './nlp';
import { REPORTING_VERBS } from './negation';
import { inValue, properNoun } from './names';
import { COORDINATORS, SUBORDINATORS, clauseAround, clauseBreakBetween, clauseSubjectBounds } from './clauses';


/**
 * Whether the claim's subject (its first entity or noun outside an attribution) is the subject of
 * what stands at `claimAt` in the claim and at `sourceAt` in the source: the subject must stand in
 * the source too, or "a driver collected 51 signatures" would contradict "residents collected 69
 * signatures".
 */
export function sameSubjectAt(claim: SentenceFeatures, claimAt: number, source: SentenceFeatures, sourceAt: number, alignment: Alignment): boolean {
  const terms = termsOf(claim);
  const at = subjectAt(terms);
  if (at < 0) return true;
  if (source.implicitSubject === true) return true;
  const partner = alignment.partners[at];
  if (partner === undefined) return false;
  // The subject must be the figure's own, on both sides: "Parents at Radhurst School organised a
  // rota, and a nurse from the east end collected 400 signatures" gives the nurse's figure.
  if (clauseBreakBetween(claim, terms[at].start, claimAt) || clauseBreakBetween(source, partner.start, sourceAt)) return false;
  return !subjectsContrast(claim, source, alignment, true);
}

/** The claim's subject: its first entity or noun outside an attribution. */
function subjectAt(terms: readonly Term[]): number {
  return terms.findIndex((t) => !t.secondary && (t.pos === 'entity' || t.pos === 'noun'));
}

/**
 * Whether the deed at `sourceAt` is told of another subject than the claim's `deed`: the claim's
 * subject stands in the source only after that deed, and not as its agent ("Cheeks did not meet
 * them" / "Stefanski said he met with Cheeks"), or the source never names it and gives
 * the deed to someone it names ("Bernstein did not meet him" / "Felt set up clandestine meetings
 * with Woodward"). A deed with no doer ("a state of emergency was declared") or one done by a body
 * described otherwise ("the regional government declared") may still be the claim subject's.
 */
export function toldOfAnotherSubject(claim: SentenceFeatures, deed: Term, source: SentenceFeatures, sourceAt: number, alignment: Alignment): boolean {
  const terms = termsOf(claim);
  const at = subjectAt(terms);
  const claimAt = deed.start;
  // A claim whose first noun comes after its deed has its subject in a pronoun ("No-one was hurt
  // in the fire"), and a deed told in the passive has what was done for its subject ("A state of
  // emergency was declared"): there is no doer to tell apart.
  if (deed.pos === 'verb' && (heAgainstMany(claim, deed, source, sourceAt) || speakerAgainstAnother(claim, deed, source, sourceAt))) return true;
  if (at < 0 || terms[at].start > claimAt || source.implicitSubject === true) return false;
  // The subject's words, any of which the source may name it by ("the novel 'The Man in the High
  // Castle'" / "The Man in the High Castle").
  const partners: Term[] = [];
  for (let i = at; i < terms.length && terms[i].start < claimAt; i++) {
    const partner = alignment.partners[i];
    if (partner !== undefined && !terms[i].secondary && (terms[i].pos === 'entity' || terms[i].pos === 'noun')) partners.push(partner);
  }
  // A passive deed's subject is what it was done to, which the source may name after its verb
  // ("A state of emergency was not declared" / "officials declared a state of emergency"); one
  // the source never names is still another than the source's own ("Ross wasn't signed on" /
  // "the film's main stars ... are all signed on"), whatever noun the source's subject is.
  const doneTo = passive(claim, deed.token);
  if (doneTo && partners.length > 0) return false;
  if (partners.length > 0) return partners.every((partner) => actedOn(source, partner, sourceAt)) || namedDoerBefore(source, sourceAt, partners);
  // A date before the subject ("On April 11, 2022, officials declared") names no doer.
  const [from, verb] = clauseSubjectBounds(source, sourceAt);
  return termsOf(source).some((t) => inClauseSubject(t, from, verb) && (t.pos === 'entity' || properNoun(source, t) || (doneTo && t.pos === 'noun')) && !inValue(source, t));
}

/**
 * The source names another doer right before its deed, auxiliaries and negations passed over
 * ("... a round in which Rahman didn't land a punch", "Lawson said that Marta Ely has not
 * signed"): the deed is that one's, not the claim subject's named elsewhere in the sentence.
 */
function namedDoerBefore(source: SentenceFeatures, sourceAt: number, partners: readonly Term[]): boolean {
  const terms = termsOf(source);
  const deed = terms.find((t) => t.start === sourceAt);
  // A noun's modifiers are no doer ("Internet appearances").
  if (deed?.pos !== 'verb') return false;
  const at = startAt(source.tokens, doerTokenBefore(source, deed.token)) ?? -1;
  const doer = terms.find((t) => t.start <= at && at < t.end);
  return doer !== undefined && !partners.includes(doer) && (doer.pos === 'entity' || properNoun(source, doer)) && !inValue(source, doer);
}
/** The token before a verb, auxiliaries, negations and adverbs passed over: where its doer stands. */
export function doerTokenBefore(features: SentenceFeatures, verb: number): number {
  let before = verb - 1;
  while (before > 0 && DOER_GAP_TAGS.has(posAt(features.tokens, before) ?? '')) before--;
  return before;
}
const DOER_GAP_TAGS = new Set(['AUX', 'PART', 'ADV']);

/**
 * "He did not testify" / "as witnesses testified": one person's deed, denied, and the same deed
 * of a plural doer the source names right before it, who cannot be that one person.
 */
function heAgainstMany(claim: SentenceFeatures, deed: Term, source: SentenceFeatures, sourceAt: number): boolean {
  if (!ONE_PERSON.has(lowerAt(claim.tokens, doerTokenBefore(claim, deed.token)) ?? '')) return false;
  const theirs = termsOf(source).find((t) => t.start === sourceAt);
  if (theirs?.pos !== 'verb') return false;
  const doer = doerTokenBefore(source, theirs.token);
  return posAt(source.tokens, doer) === 'NOUN' && lemmaAt(source.tokens, doer) !== lowerAt(source.tokens, doer);
}
const ONE_PERSON = new Set(['he', 'she']);

/**
 * "I've not played him since I was nine" / "the ten actors who played Doctor Who": a speaker's
 * own deed, told in the first person on one side only. The other side tells another doer's deed
 * (whoever the speaker is, a sentence about the speaker names the speaker, not "I").
 */
function speakerAgainstAnother(claim: SentenceFeatures, deed: Term, source: SentenceFeatures, sourceAt: number): boolean {
  const theirs = termsOf(source).find((t) => t.start === sourceAt);
  if (theirs?.pos !== 'verb') return false;
  const mine = lowerAt(claim.tokens, doerTokenBefore(claim, deed.token)) ?? '';
  const other = lowerAt(source.tokens, doerTokenBefore(source, theirs.token)) ?? '';
  return (FIRST_PERSON.has(mine) || FIRST_PERSON.has(other)) && mine !== other;
}
/** The first person: the speaker of a quotation, or the writer. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * One side tells of "another", "a separate" or "a different" thing of a kind the other names
 * ("Three people also died in an air strike on another UN school" / "Two people were killed when
 * a shell hit a UN school"): the two sentences speak of two things, and neither states nor
 * disputes the other. Not in an attribution ("according to another source"), nor "another 201
 * yards", a figure added to one given before, nor against a thing ranked or told as the next
 * ("another child" / "her third child", "serve another term" / "the new term").
 */
export function anotherOfItsKind(claim: SentenceFeatures, source: SentenceFeatures): boolean {
  const claimMarks = ANOTHER.test(claim.text);
  const sourceMarks = ANOTHER.test(source.text);
  return (sourceMarks && othered(source, claim)) || (claimMarks && othered(claim, source));
}
const ANOTHER = /\b(?:another|separate|different)\b/i;

function othered(features: SentenceFeatures, other: SentenceFeatures): boolean {
  for (const term of termsOf(features)) {
    if (term.pos !== 'noun' || term.secondary || !anotherBefore(features, term.token)) continue;
    // "another child" is the next of a series the other side may rank ("her third child", "the new term").
    if (termsOf(other).some((t) => t.lemma === term.lemma && !anotherBefore(other, t.token) && !rankedBefore(other, t))) return true;
  }
  return false;
}

function rankedBefore(features: SentenceFeatures, term: Term): boolean {
  if (NEXT_OF_A_SERIES.has(lowerAt(features.tokens, term.token - 1) ?? '')) return true;
  return features.values.some((v) => v.kind === 'ordinal' && v.span.end <= term.start && term.start - v.span.end <= 2);
}
/** Words that make a noun the next of a series, as "another" does ("serve another term" / "the new term"). */
const NEXT_OF_A_SERIES = new Set(['new', 'next', 'fresh', 'further']);

/** "another" before a noun, modifiers passed over ("another UN school"), or "a separate" / "a different" one. */
function anotherBefore(features: SentenceFeatures, noun: number): boolean {
  const tokens = features.tokens;
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const word = lowerAt(tokens, k);
    if (word === 'another') return posAt(tokens, k + 1) !== 'NUM';
    if (word === 'separate' || word === 'different') return lowerAt(tokens, k - 1) === 'a' || lowerAt(tokens, k - 1) === 'an';
    if (!NOUN_PHRASE_WORDS.has(posAt(tokens, k) ?? '')) return false;
  }
  return false;
}

/** A verb after a form of "be" ("was declared", "has not been signed"), adverbs and negations passed over. */
export function passive(features: SentenceFeatures, verb: number): boolean {
  let before = verb - 1;
  while (before > 0 && (posAt(features.tokens, before) === 'ADV' || posAt(features.tokens, before) === 'PART')) before--;
  return lemmaAt(features.tokens, before) === 'be';
}

/** The term stands after the deed at `sourceAt`, and not as its agent ("met with Cheeks", not "was approved by the harbour board"). */
function actedOn(source: SentenceFeatures, term: Term, sourceAt: number): boolean {
  if (term.start <= sourceAt) return false;
  let before = wordBeforeModifiers(source, term);
  if (posAt(source.tokens, before) === 'DET') before--;
  return lowerAt(source.tokens, before) !== 'by';
}

/**
 * How the subject of the source's clause that holds `sourceAt` (the words before the clause's
 * verb) answers the claim's subject words (`claimSubjectWords`): how many of its words the claim's subject names too (the
 * same word, or a synonym), and how many it does not. Of two figures of a kind, the one in a
 * clause about the claim's subject alone is its figure: "the men's teams have won four titles
 * while the women's teams have won ten" gives the women's teams ten, not four.
 */
export function clauseSubjectMatch(claimSubject: readonly Term[], source: SentenceFeatures, sourceAt: number): { matched: number; unmatched: number } {
  let matched = 0;
  let unmatched = 0;
  const [from, verb] = clauseSubjectBounds(source, sourceAt);
  for (const term of termsOf(source)) {
    if (!inClauseSubject(term, from, verb)) continue;
    if (claimSubject.some((word) => termMatch(word, term) === 1)) matched++;
    else unmatched++;
  }
  return { matched, unmatched };
}

/** A noun, name or adjective among the tokens [from, verb) before a clause's verb. */
function inClauseSubject(term: Term, from: number, verb: number): boolean {
  return term.token >= from && term.token < verb && (term.pos === 'noun' || term.pos === 'entity' || term.pos === 'adj');
}


/** The claim's subject words (`subjectWord`), as `clauseSubjectMatch` compares them. */
export function claimSubjectWords(claim: SentenceFeatures): Term[] {
  return termsOf(claim).filter((term) => subjectWord(claim, term));
}

/**
 * Each subject has a word the other lacks: "the Pellendale rowing club delivered 540 food parcels"
 * and "the Pellendale Leisure Centre delivered 69" are two bodies of one town, as are "a postal
 * worker from the old town" and "a postal worker from the harbour quarter". A source that only
 * says more ("Parents at Whitlock School in Nevermouth") or less is about the same subject, so a
 * figure given otherwise there still conflicts. The subject is what comes before the first verb,
 * outside an attribution ("Officials said ...") and outside the figures themselves.
 */
export function subjectsContrast(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, strict = false): boolean {
  // `strict`: a subject word matched by another word outside the source's subject is the claim
  // subject's own too (the "allotment" of "the Pellendale allotment society" is not the "parcels"
  // it delivered, whatever WordNet says), as the figure comparisons read it; the same word
  // there is still the subject ("Two NFL venues" / "... is one of three NFL venues"). The pair
  // model's doubts read the looser test.
  // A partner that brings in someone else ("a pharmacy" for "a toy shop") is the source's own word.
  const introduced = new Set<Term>();
  termsOf(claim).forEach((term, i) => {
    const partner = alignment.partners[i];
    if (partner !== undefined && subjectWord(claim, term) && twoIntroduced(claim, term, source, partner)) introduced.add(partner);
  });
  const alike = (term: Term, partner: Term) => !introduced.has(partner) && (!strict || subjectWord(source, partner) || termMatch(term, partner) === 1);
  const { own, matched } = splitSubject(claim, alignment, alike);
  if (own.length === 0) return false;
  const partners = alignment.partners;
  for (const term of termsOf(source)) if (subjectWord(source, term) && !matched.includes(term) && (!partners.includes(term) || introduced.has(term))) return true;
  return false;
}

/**
 * Two people or things each brought in with "a" and named by other nouns ("A postal worker from
 * the west end handed out 330 torches" / "A farmer from the west end handed out 49"): an
 * indefinite noun introduces someone new, so a broader word ("worker" of "farmer") does not make
 * them one.
 */
function twoIntroduced(claim: SentenceFeatures, term: Term, source: SentenceFeatures, partner: Term): boolean {
  return termMatch(term, partner) < SAME_WORD && introducedWithA(claim, term) && introducedWithA(source, partner);
}

/** The noun's phrase opens with "a" or "an" ("a postal worker", "an unnamed official"). */
function introducedWithA(features: SentenceFeatures, term: Term): boolean {
  const word = lowerAt(features.tokens, wordBeforeModifiers(features, term));
  return word === 'a' || word === 'an';
}

/** The token before the adjectives, nouns, names and numbers that lead up to a noun: its determiner or preposition. */
function wordBeforeModifiers(features: SentenceFeatures, term: Term): number {
  let at = term.token - 1;
  while (at >= 0 && NOUN_PHRASE_WORDS.has(posAt(features.tokens, at) ?? '')) at--;
  return at;
}
const NOUN_PHRASE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The claim's subject words, split by `alike` (given a word and its partner): those matched alike,
 * by their partners in the source (`matched`), and the claim subject's `own`.
 */
function splitSubject(claim: SentenceFeatures, alignment: Alignment, alike: (term: Term, partner: Term) => boolean, speakers = false): { own: Term[]; matched: Term[] } {
  const own: Term[] = [];
  const matched: Term[] = [];
  const claimTerms = termsOf(claim);
  for (let i = 0; i < claimTerms.length; i++) {
    const term = claimTerms[i];
    if (!subjectWord(claim, term, speakers)) continue;
    const partner = alignment.partners[i];
    if (partner !== undefined && alike(term, partner)) matched.push(partner);
    else own.push(term);
  }
  return { own, matched };
}

/**
 * Two bodies of a kind in one place: the subjects share a word ("Wenendale", "Fenton Road"), the
 * claim's has a noun or an adjective the source's lacks and the source's a noun the claim's lacks
 * ("the Wenendale camera club" / "the Wenendale scout troop", "the bakery on Fenton Road" / "the
 * hardware shop on Fenton Road", "the Wenendale amateur dramatic society" / "the Wenendale
 * history society"). Neither states what the other did. Subjects that share nothing are left
 * alone: a paraphrase may put another word first ("the film is rated" / "Rotten Tomatoes gives the
 * film"), and a description may stand for a name ("Liverpool" / "the city").
 */
export function twoBodiesOfAPlace(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  if (!plainSubject(claim)) return false;
  // Who says a thing of themselves is the subject of what is said ("a pharmacist from the north
  // estate said it had been an unsettling few days" / "a plumber from the north estate said ...",
  // "residents of Belwell Parade said they had changed their plans" / "the corner café on Belwell
  // Parade put off an open day"), on either side.
  const speakers = selfReport(claim);
  const theirs = sourceSubject(claim, source, alignment, selfReport(source));
  if (theirs === undefined) return false;
  // A word matched only by a broader one, or outside the source's subject, is the subject's own:
  // "the bakery" is not "the hardware shop". The same word in the source's subject matches too,
  // wherever the alignment found its partner ("Although the first festival lost money, the
  // harbour festival raised ...").
  const sourceTerms = termsOf(source);
  const inSubject = (partner: Term) => theirs(partner) || sourceTerms.some((t) => t.key === partner.key && theirs(t));
  const { own, matched } = splitSubject(claim, alignment, (term, partner) => termMatch(term, partner) >= SAME_WORD && inSubject(partner), speakers);
  if (matched.length === 0 || !own.some((t) => t.pos === 'noun' || t.pos === 'adj')) return false;
  // Each subject has a word of its own, and one of them is a noun ("the Wenendale camera club" /
  // "the Wenendale amateur dramatic society").
  const ownNoun = own.some((t) => t.pos === 'noun');
  for (const term of sourceTerms) {
    if ((term.pos === 'noun' || (ownNoun && term.pos === 'adj')) && theirs(term) && !matched.some((m) => m.key === term.key)) return true;
  }
  return false;
}

/**
 * Which source words make the subject of what the claim says: a plain subject's, or, in a source
 * of several clauses, those before the verb of the clause that holds the claim's verb ("While the
 * Wenendale amateur dramatic society stayed open late, volunteers from the food bank signed ..."
 * for "the Wenendale camera club stayed open late"). Undefined when neither can be read.
 */
function sourceSubject(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, speakers: boolean): ((term: Term) => boolean) | undefined {
  const predicate = predicateIndex(claim);
  const partner = predicate < 0 ? undefined : alignment.partners[predicate];
  const plain = plainSubject(source);
  // Most sources are one clause: only a comma or a semicolon opens another.
  if (plain && (partner === undefined || !CLAUSE_MARKS.test(source.text))) return (term) => subjectWord(source, term, speakers);
  if (partner === undefined || partner.pos !== 'verb') return undefined;
  const tokens = source.tokens;
  let [from] = clauseAround(source, partner.token);
  if (from === 0 && plain) return (term) => subjectWord(source, term, speakers);
  // The clause's own words start after its conjunction (", and the choir", "While the choir").
  if (COORDINATORS.includes(lowerAt(tokens, from) ?? '')) from++;
  if (SUBORDINATORS.includes(lowerAt(tokens, from) ?? '')) from++;
  let verb = from;
  // A participle before a noun is the subject's ("the Nevowmouth walking group opened").
  const words = tokensOf(source);
  while (verb < partner.token && ((posAt(tokens, verb) !== 'VERB' && posAt(tokens, verb) !== 'AUX') || modifiesNoun(words, verb))) verb++;
  // The clause opens with its subject, as a plain sentence does.
  for (let i = from; i < verb; i++) if (posAt(tokens, i) === 'PUNCT' || posAt(tokens, i) === 'CCONJ' || posAt(tokens, i) === 'ADP' && i === from) return undefined;
  return (term) => term.token >= from && subjectWordBefore(source, term, verb, speakers);
}

/** The pronoun after a reporting verb by which a subject tells of itself ("said they had", "said it had been"). */
const SELF_REPORT: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'we']);

/** Whether a sentence's subject reports of itself: its first verb one of reporting, a pronoun after it. */
export function selfReport(features: SentenceFeatures): boolean {
  return REPORTING_VERBS.has(lemmaAt(features.tokens, features.verbAt) ?? '') && SELF_REPORT.has(lowerAt(features.tokens, features.verbAt + 1) ?? '');
}
const SAME_WORD = 0.8;

/**
 * The source matches the claim's subject and its predicate, but in two clauses with subjects of
 * their own: "teachers at Corton Primary School gathered outside" is not stated by "the lifeboat
 * crew collected signatures, and teachers at Corton Primary School asked for a meeting", where
 * the teachers asked and the crew collected. Such a source speaks of the subject, not of its deed.
 */
export function predicateInOtherClause(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const terms = termsOf(claim);
  const predicate = predicateIndex(claim);
  const predicatePartner = predicate < 0 ? undefined : alignment.partners[predicate];
  // Only a comma or a semicolon opens a clause of its own (most sources have neither).
  if (predicatePartner === undefined || !CLAUSE_MARKS.test(source.text)) return false;
  const [from, to] = clauseAround(source, predicatePartner.token);
  const inClause = (term: Term) => term.token >= from && term.token < to;
  // A word the claim itself sets apart from its predicate's clause may stand apart in the source
  // too ("After five years in office, Lomax will serve another term" says the same either way).
  const [claimFrom, claimTo] = clauseAround(claim, terms[predicate].token);
  // Every word of the subject counts ("the Avenhall lifeboat crew" is not "the Avenhall rowing
  // club"), each found in the predicate's clause, whichever of its mentions it was aligned with.
  for (let i = 0; i < terms.length; i++) {
    const partner = alignment.partners[i];
    if (partner === undefined || !subjectWord(claim, terms[i]) || inClause(partner) || terms[i].token < claimFrom || terms[i].token >= claimTo) continue;
    if (!termsOf(source).some((t) => t.key === partner.key && inClause(t))) return true;
  }
  return false;
}

/** The claim's term that names what its subject does: its first verb from the first verb or auxiliary on (-1 if none). */
export function predicateIndex(claim: SentenceFeatures): number {
  return termsOf(claim).findIndex((t) => t.pos === 'verb' && t.token >= claim.verbAt);
}

const CLAUSE_MARKS = /[,;]/;

/**
 * The sentence opens with its subject: no phrase before it ("On Rotten Tomatoes, the film ...",
 * "In 2008, ..."), and no comma or conjunction before its verb ("The men's teams have won four,
 * while the women's ...").
 */
function plainSubject(features: SentenceFeatures): boolean {
  const tokens = features.tokens;
  if (features.verbAt <= 0 || posAt(tokens, 0) === 'ADP') return false;
  for (let i = 0; i < features.verbAt; i++) {
    const pos = posAt(tokens, i);
    if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ') return false;
  }
  return true;
}

/**
 * A content word of the subject: a noun, name or adjective before the first verb, not in a figure,
 * nor in an attribution unless `speakers` (the speaker tells of itself: `selfReport`).
 */
function subjectWord(features: SentenceFeatures, term: Term, speakers = false): boolean {
  return features.verbAt >= 0 && subjectWordBefore(features, term, features.verbAt, speakers);
}

/** `subjectWord`, for the subject before token `verb` (a clause's own verb). */
function subjectWordBefore(features: SentenceFeatures, term: Term, verb: number, speakers: boolean): boolean {
  if (term.token >= verb || (term.secondary && !speakers) || term.standsIn) return false;
  if (term.pos !== 'noun' && term.pos !== 'entity' && term.pos !== 'adj') return false;
  return !inValue(features, term);
}


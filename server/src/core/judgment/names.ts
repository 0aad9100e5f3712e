/**
 * Names as slots: "Teachers at Rosridge Primary School collected signatures" and "Teachers at
 * Tennant Primary School collected signatures" share every word but the name, and are about two
 * different schools. A sentence that names something else in the claim's place neither supports
 * nor contradicts it.
 */
import { type Alignment, spelledAlike } from './align';
import { PERSON_PRONOUN, type SentenceFeatures, writtenAt } from './features';
import type { ValueMention } from '../claims/values';
import type { Term } from './terms';
import type { ConflictDetail } from './types';
import type { Span } from '../types';
import { endAt, lowerAt, posAt, runLength } from './tokenColumns';
import { lastOne } from '../recent';
import { termsOf } from './termColumns';
import { opensRelativeWho } from './clauses';

/**
 * A noun tagged as a proper name. At the start of a sentence the tagger calls any capitalised word
 * a name ("Officials expect ..."): there, only a word the lexicon does not know counts.
 */
export function properNoun(features: SentenceFeatures, term: Term): boolean {
  if (term.pos !== 'noun' || posAt(features.tokens, term.token) !== 'PROPN') return false;
  return term.token > 0 && posAt(features.tokens, term.token - 1) !== 'PUNCT' ? true : term.senses.length === 0;
}

/**
 * A name in the claim's subject that the source does not have, and a name in the source's subject
 * that the claim does not have, in the same place: after or before the same word ("at _",
 * "_ Primary School", "on _ Road"). Then the two sentences say the same of two things. After the
 * verb, another name is a conflict about who or what ("directed by X" / "directed by Y"), which
 * the slot comparisons judge. A name is an entity (not an office) or a noun of the subject: the
 * words around it ("Primary School", "Road", "from") must be the same in both.
 */
export function otherNameInPlace(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const claimTerms = termsOf(claim);
  const implicit = standsForImplicitSubject(claimTerms, source);
  const names = namesInClaimSubject(claim);
  const partners = alignment.partners;
  // Plain loops, and the source's names listed only once a claim name is unmatched: judging asks
  // this of every claim and candidate, and most stop before that.
  let theirs: Term[] | undefined;
  for (let n = 0; n < names.length; n++) {
    const mine = claimTerms[names[n]];
    if (partners[names[n]] !== undefined || mine === implicit || guessedReferent(claim, mine)) continue;
    theirs ??= namesInSourceSubject(source, partners);
    for (let k = 0; k < theirs.length; k++) if (sharedNeighbour(claim, mine, source, theirs[k])) return true;
  }
  return false;
}

/**
 * A name of the claim that the source does not have, and one of the source's that the claim does
 * not have, in the same place, anywhere in the two sentences ("won 30 seats in the Osterdale
 * assembly" / "won 36 seats in the Pellenley assembly"). Only entities and proper nouns count:
 * after the verb, a common noun in another's place is what the slot comparisons judge.
 */
export function otherNameAnywhere(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): boolean {
  const claimTerms = termsOf(claim);
  const implicit = standsForImplicitSubject(claimTerms, source);
  const partners = alignment.partners;
  let theirs: Term[] | undefined;
  for (let i = 0; i < claimTerms.length; i++) {
    const mine = claimTerms[i];
    if (partners[i] !== undefined || mine === implicit || !properName(claim, mine) || guessedReferent(claim, mine)) continue;
    theirs ??= termsOf(source).filter((t) => !partners.includes(t) && properName(source, t) && !guessedReferent(source, t));
    for (let k = 0; k < theirs.length; k++) if (sharedNeighbour(claim, mine, source, theirs[k]) && !nameWithinOther(claim, mine, source, theirs[k])) return true;
  }
  return false;
}

/**
 * One name's words are all in the other's ("Africa" / "North Africa"): a part of it, or the same
 * named more fully. Not a name spelt nearly alike (`spelledAlike`, which `otherNamedObjects` asks
 * to keep one deal one): here that would let a sentence about a neighbouring town two letters
 * apart ("Marcombe" / "Marercombe") bear the claim out.
 */
function nameWithinOther(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term): boolean {
  const words = (features: SentenceFeatures, term: Term) => writtenAt(features, term).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const a = words(claim, mine);
  const b = words(source, theirs);
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

/**
 * The first name after the verb of a figure is one the other sentence does not have ("is paying
 * $12 million in cash for Kelm Software" / "agreed to buy Pellenley Bank for around $40 million"):
 * when their figures differ, two deals, not one figure in dispute. The figures are the two in
 * dispute, where the values found one (`conflict`), else those of the kinds the claim gives. A
 * figure's verb is the last one before it, so that a source that opens with another statement
 * ("Macron: coronavirus is Europe's moment of truth ..., France has reported ... 19,323 deaths")
 * names nothing of the figure's matter in it. Names in an attribution ("Lu said") do not count.
 */
export function otherNamedObjects(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, conflict?: ConflictDetail): boolean {
  const partners = alignment.partners;
  const claimTerms = termsOf(claim);
  const kinds = new Set(claim.values.map((value) => value.kind));
  const disputed = (span: Span | undefined) => (value: ValueMention) => (span ? value.span.start === span.start : kinds.has(value.kind));
  const mine = namesAfterFiguresVerbs(claim, disputed(conflict?.claimSpan)).filter((name) => !claimNamePartnered(claimTerms, partners, name));
  if (mine.length === 0) return false;
  // A name spelt otherwise ("Ethopian" / "Ethiopian", "AK 47" / "AK-47") is no other name.
  const written = (features: SentenceFeatures, term: Term) => writtenAt(features, term).toLowerCase();
  return namesAfterFiguresVerbs(source, disputed(conflict?.sourceSpan)).some((name) => !partnersHold(partners, name) && !mine.some((own) => spelledAlike(written(claim, own), written(source, name))));
}

/**
 * A figure in dispute owned by a name the other sentence does not have ("despite Jamaal Charles'
 * 226 yards rushing" / "Despite rushing for 352 yards, the Chiefs lost"): that person's figure,
 * not the other sentence's subject's.
 */
export function figureOfAnotherOwner(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment, conflict: ConflictDetail | undefined): boolean {
  if (conflict?.claimSpan === undefined || conflict.sourceSpan === undefined) return false;
  const partners = alignment.partners;
  const mine = ownerOf(claim, conflict.claimSpan);
  if (mine !== undefined && !claimNamePartnered(termsOf(claim), partners, mine)) return true;
  const theirs = ownerOf(source, conflict.sourceSpan);
  return theirs !== undefined && !partnersHold(partners, theirs);
}

/**
 * Whether a claim term stands for the source's name, or for another mention of it: the claim's
 * word may be paired with the name an opening "It" was read to stand for ("It is Roscroft's 4th
 * attempt", after a sentence about Roscroft), which is the same name.
 */
function partnersHold(partners: Alignment['partners'], name: Term): boolean {
  return partners.some((partner) => partner !== undefined && (partner === name || partner.key === name.key));
}

/** Whether the claim's name, or another mention of it in the claim, has a partner in the source. */
function claimNamePartnered(claimTerms: readonly Term[], partners: Alignment['partners'], name: Term): boolean {
  return claimTerms.some((term, i) => partners[i] !== undefined && (term === name || term.key === name.key));
}

/** The name whose possessive stands right before a figure ("Charles' 226 yards", "Varga's 20 points"). */
function ownerOf(features: SentenceFeatures, span: Span): Term | undefined {
  const terms = termsOf(features);
  const offset = features.span.start;
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i];
    if (term.end > span.start) continue;
    return POSSESSIVE_BETWEEN.test(features.text.slice(term.end - offset, span.start - offset)) && properName(features, term) ? term : undefined;
  }
  return undefined;
}
const POSSESSIVE_BETWEEN = /^\s*['’]s?\s*$/;

/** For each of a sentence's values picked out, the first name after the last verb before it (the sentence's verb, if none). */
function namesAfterFiguresVerbs(features: SentenceFeatures, picked: (value: ValueMention) => boolean): Term[] {
  const terms = termsOf(features);
  const names: Term[] = [];
  for (const value of features.values) {
    if (!picked(value)) continue;
    let verb: Term | undefined;
    for (const term of terms) if (term.pos === 'verb' && term.end <= value.span.start && term.token > features.verbAt) verb = term;
    const verbAt = verb?.token ?? features.verbAt;
    if (verbAt < 0) continue;
    // A name in a trailing elaboration counts for a figure of the elaboration (", paying about
    // $5.4 billion to acquire ATI Technologies"), and only for one.
    const secondary = verb?.secondary ?? false;
    const name = terms.find((term) => term.secondary === secondary && term.token > verbAt && properName(features, term));
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** An entity or proper noun outside every value: a month or weekday of a date is the values' to judge. */
function properName(features: SentenceFeatures, term: Term): boolean {
  return isName(features, term) && !inValue(features, term);
}

/** A name: an entity other than an office ("the president"), or a noun tagged as a proper name. */
export function isName(features: SentenceFeatures, term: Term): boolean {
  return (term.pos === 'entity' && !term.key.startsWith('e:office:')) || properNoun(features, term);
}

/**
 * The claim term a source whose subject is left implicit ("the film has ...", "It was established
 * ...") stands for, as in `align`: the claim's first entity or noun.
 */
function standsForImplicitSubject(claimTerms: readonly Term[], source: SentenceFeatures): Term | undefined {
  return source.implicitSubject === true ? claimTerms.find((t) => t.pos === 'entity' || t.pos === 'noun') : undefined;
}

/**
 * What an opening "it" or "they" was read to stand for: the first name of the sentence before,
 * which in copy that moves from one matter to the next is often another matter's ("It was the
 * strongest storm ..." after a sentence about a launderette). Only a person for "he" or "she" is
 * sure enough to tell two subjects apart (the term stands where its pronoun stands).
 */
function guessedReferent(features: SentenceFeatures, term: Term): boolean {
  return term.standsIn && !PERSON_PRONOUN.test(writtenAt(features, term));
}

/** The source's names in its subject that no claim term partners. */
function namesInSourceSubject(source: SentenceFeatures, partners: Alignment['partners']): Term[] {
  const verbAt = source.verbAt;
  const names: Term[] = [];
  for (const term of termsOf(source)) if (!partners.includes(term) && nameInSubject(source, term, verbAt) && !guessedReferent(source, term)) names.push(term);
  return names;
}

/** The positions of the claim's terms that name something in its subject: worked out once per claim, not once per candidate. */
const namesInClaimSubject = lastOne((claim: SentenceFeatures): readonly number[] => {
  const verbAt = claim.verbAt;
  const positions: number[] = [];
  termsOf(claim).forEach((term, i) => {
    if (nameInSubject(claim, term, verbAt)) positions.push(i);
  });
  return positions;
});

function nameInSubject(features: SentenceFeatures, term: Term, verbAt: number): boolean {
  if (verbAt >= 0 && term.token > verbAt) return false;
  if (term.pos === 'entity') return !term.key.startsWith('e:office:');
  // A common noun heading the subject counts too: "a plumber from the old town" and "an
  // electrician from the old town" are two people. A day is no name: the values judge "On
  // Thursday, the council backed ..." / "On Saturday, the council backed ...".
  return term.pos === 'noun' && (!term.secondary || (term.senses.length === 0 && properNoun(features, term))) && !inDateValue(features, term);
}

/** Whether a term is part of a value the values read ("on Thursday", "34 torches"), of `kind` if given. */
export function inValue(features: Pick<SentenceFeatures, 'values'>, term: Pick<Term, 'start' | 'end'>, kind?: ValueMention['kind']): boolean {
  return features.values.some((v) => (kind === undefined || v.kind === kind) && v.span.start <= term.start && term.end <= v.span.end);
}

/** Whether a term is part of a date the values read ("on Thursday", "in March"). */
export function inDateValue(features: SentenceFeatures, term: Term): boolean {
  return inValue(features, term, 'date');
}

/**
 * The word before both names is the same, or the word after both (not a determiner or
 * punctuation); a relative "who" after a comma is passed over ("Jonah Kelm, who scored" /
 * "Ines Varga scored").
 */
function sharedNeighbour(claim: SentenceFeatures, a: Term, source: SentenceFeatures, b: Term): boolean {
  const before = neighbourWord(claim, a.token - 1);
  if (before !== undefined && before === neighbourWord(source, b.token - 1)) return true;
  const after = neighbourWord(claim, pastRelativeWho(claim, lastTokenOf(claim, a) + 1));
  return after !== undefined && after === neighbourWord(source, pastRelativeWho(source, lastTokenOf(source, b) + 1));
}

/** The token after ", who" when token `i` opens that relative clause, else `i`. */
function pastRelativeWho(features: SentenceFeatures, i: number): number {
  return opensRelativeWho(features.tokens, i) ? i + 2 : i;
}

/** The index of a term's last token, read in place: judging asks this for many pairs of sentences. */
function lastTokenOf(features: SentenceFeatures, term: Term): number {
  let i = term.token;
  while (i + 1 < runLength(features.tokens) && endAt(features.tokens, i + 1)! <= term.end) i++;
  return i;
}

/** The lower-case word at token `i`, unless it is punctuation or a determiner (or there is none). */
function neighbourWord(features: SentenceFeatures, i: number): string | undefined {
  const pos = posAt(features.tokens, i);
  return pos === undefined || pos === 'PUNCT' || pos === 'DET' ? undefined : lowerAt(features.tokens, i);
}

/**
 * Conflicts of stance rather than value: a predicate one sentence negates and the other does not
 * (polarity), a person's silence against their statement, a matter one says is unknown and the
 * other asserts (certainty); opposite predicates (antonyms) are `opposites.ts`'s. Each names
 * both phrases.
 */
import { type Alignment, termMatch } from './align';
import type { SentenceFeatures } from './features';
import { inNegatedClause, NEGATION_WINDOW, negatedLaterInClause, negationCueAt, REPORTING_VERBS } from './negation';
import { termsOf } from './termColumns';
import { doerTokenBefore, FIRST_PERSON, passive, toldOfAnotherSubject } from './subjects';
import { inValue } from './names';
import { insideQuotation } from './quotedWords';
import type { Term } from './terms';
import { tokensOf } from './tokenColumns';
import { modifiesNoun, type Token } from './nlp';
import type { ConflictDetail } from './types';
import { COORDINATORS } from './clauses';
import { synonymous } from '../lexicon/wordnet';
import { asserted, possibly } from './mood';

/**
 * A word one sentence denies and the other states where neither states the other, and no conflict
 * of the articles follows: two quotations, one denying what the other says ("“... is not ready”"
 * / "“... is ready”", two speakers who disagree, `bothQuoted`), or a noun a quotation denies that
 * the other sentence's narrative names ("“not a question of if, but when”" / "filled with
 * questions": two matters); and, from `opposites.ts`, a state told as it was at first ("had
 * been initially peaceful" / "violent protests").
 */
export const NEITHER_STATES = 'neither states the other';

/**
 * A matched word that one sentence negates and the other does not (a noun only between sentences
 * that otherwise say nearly the same): a conflict, or, when no conflict is found, a pair in which
 * neither states the other (`NEITHER_STATES`: two speakers' dispute, a quoted denial of a noun).
 */
export function polarityConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | typeof NEITHER_STATES | undefined {
  if (alignment.coverage < 0.5) return undefined;
  // What is denied must be about something both name: a matched noun or name besides the
  // negated word ("There were no bids" says nothing against "her failed bid for office").
  const claimTerms = termsOf(claim);
  const anchored = (negated: number) => source.implicitSubject === true || claimTerms.some((t, i) => i !== negated && alignment.partners[i] !== undefined && (t.pos === 'entity' || t.pos === 'noun'));
  let neitherStates = false;
  for (let i = 0; i < claimTerms.length; i++) {
    const term = claimTerms[i];
    const partner = alignment.partners[i];
    if (!partner || term.negated === partner.negated) continue;
    // A word of another part of speech answers a denied one only as its own form ("did not attack"
    // / "the attack"), not as a loose kin ("I do not think" / "Soren Pryce, the judge").
    if (term.pos !== partner.pos && termMatch(term, partner) < 0.8) continue;
    // The source's word answers another word of the claim better ("did not read the briefing,”
    // said a staff member who spoke" / "“...,” said a staff member who spoke"): it is that word's,
    // and what the claim denies has no word in the source, which then neither states nor denies it.
    if (claimTerms.some((other, k) => k !== i && alignment.partners[k] === partner && termMatch(other, partner) > termMatch(term, partner))) {
      neitherStates = true;
      continue;
    }
    // A time a denial places its deed at ("wasn't even there that night") is not what it denies.
    if (term.pos === 'noun' && (term.negated ? timeOfTheDeed(claim, term) : timeOfTheDeed(source, partner))) {
      neitherStates = true;
      continue;
    }
    // A thing denied ("no team", "without incident", "there were no militants") is a matter of
    // its own: two sentences that share that noun and little else speak of other things.
    if ((term.pos === 'noun' || term.pos === 'entity') && alignment.coverage < NEGATED_THING_COVERAGE) continue;
    // A quality or a thing denied as the complement of one verb and stated as that of another
    // ("pleaded not guilty" / "was found guilty", "had no children" / "was one of six children")
    // is told of two deeds, which may both be so.
    if ((term.pos === 'adj' || term.pos === 'noun' || term.pos === 'entity') && complementsOfTwoVerbs(claim, term, source, partner)) {
      neitherStates = true;
      continue;
    }
    // A speaker's words that deny a thing ("“it is not a question of if, but when”") say what the
    // speaker makes of the matter, not what the narrative around another quotation reports ("a
    // forum filled with questions"): the two speak of other matters.
    if (term.pos === 'noun' && insideQuotation(claim, term.start) !== insideQuotation(source, partner.start)) {
      neitherStates = true;
      continue;
    }
    if (bothQuoted(claim, term, source, partner)) {
      neitherStates = true;
      continue;
    }
    // Each sentence's own negation may govern another word of the clause: "was never on a
    // magazine cover" and "has never appeared on the cover of a magazine" both deny it.
    const unnegated = term.negated ? [source, partner] as const : [claim, term] as const;
    const negated = term.negated ? claim : source;
    // A participle that modifies a noun ("a developing young center") names a kind of thing, and
    // states no deed that a denial ("did not develop") could dispute.
    if (term.pos === 'verb' && modifiesNoun(tokensOf(unnegated[0]), unnegated[1].token)) {
      neitherStates = true;
      continue;
    }
    // A deed denied of one subject is not denied by the same deed of another: "Cheeks did not
    // meet them" / "Stefanski said he met with Cheeks".
    if (term.pos === 'verb' && (toldOfAnotherSubject(claim, term, source, partner.start, alignment) || doneToAnotherThing(claim, term, source, partner, alignment) || linkedToAnotherQuality(claim, term, source, partner, alignment))) {
      neitherStates = true;
      continue;
    }
    // "did not meet him until 2008", "wouldn't reveal the source's identity until he died": a
    // denial up to a time tells when the deed was done, not that it never was.
    if (deniedUntil(negated, term.negated ? term : partner)) {
      neitherStates = true;
      continue;
    }
    // So may a cue after a noun: "the person was not immediately taken into custody" and "no
    // suspects have been taken into custody" both deny the arrest.
    const deniedLater = () => unnegated[1].pos === 'noun' && negatedLaterInClause(tokensOf(unnegated[0]), unnegated[1].token);
    if (anchored(i) && !inNegatedClause(tokensOf(unnegated[0]), unnegated[1].token) && !deniedLater() && !negatedDegree(negated) && asserted(claim, term) === asserted(source, partner) && !possibly(claim, term) && !possibly(source, partner)) {
      const quote = (f: SentenceFeatures, t: Term) => phraseAround(f, t);
      return { kind: 'polarity', claimValue: quote(claim, term), sourceValue: quote(source, partner), claimSpan: { start: term.start, end: term.end }, sourceSpan: { start: partner.start, end: partner.end } };
    }
  }
  return neitherStates ? NEITHER_STATES : undefined;
}

/**
 * A deed denied of one thing and stated of another ("will be offering the BlackBerry Curve" / "will
 * be carrying the BlackBerry Curve, although it will not offer 3G data service"): the source names
 * the claim's object elsewhere, and its verb's own object is one the claim never names, so the
 * denial is of another thing. (An object the source words otherwise, "has yet to write for a
 * television show" / "wrote for NewsRadio", is still the claim's.)
 */
function doneToAnotherThing(claim: SentenceFeatures, verb: Term, source: SentenceFeatures, partner: Term, alignment: Alignment): boolean {
  // A passive verb's object is its subject, before it ("A state of emergency was declared on Saturday").
  if (partner.pos !== 'verb' || passive(source, partner.token)) return false;
  const mine = objectAfter(claim, verb);
  const theirs = mine === undefined ? undefined : objectAfter(source, partner);
  if (mine === undefined || theirs === undefined || termMatch(mine, theirs) !== 0) return false;
  // The claim's object told before the source's verb, in a clause of its own: not one of a list
  // after it ("has modelled for Mango, Ralph Lauren and L'Oréal").
  const named = alignment.partners[termsOf(claim).indexOf(mine)];
  if (named !== undefined) return named.token < partner.token && !alignment.partners.includes(theirs);
  // Or the other way round: the claim names the source's object elsewhere ("never checked into
  // Morningside but is back at Betty Ford" / "Check Into Betty Ford"), and the source never
  // names the claim's.
  const elsewhere = termsOf(claim)[alignment.partners.indexOf(theirs)];
  if (elsewhere === undefined || elsewhere === mine) return false;
  return elsewhere.token < verb.token || ANOTHER_CLAUSE.test(claim.text.slice(mine.end - claim.span.start, elsewhere.start - claim.span.start));
}
/** What opens another clause or phrase between an object and a later word. */
const ANOTHER_CLAUSE = new RegExp(`[,;:]|\\b(?:${[...COORDINATORS, 'although', 'though'].join('|')})\\b`, 'i');


/**
 * A linking verb says nothing but what follows it: "didn't appear upset" and "appeared to be out
 * of shape" deny and state two qualities, which may both be so.
 */
function linkedToAnotherQuality(claim: SentenceFeatures, verb: Term, source: SentenceFeatures, partner: Term, alignment: Alignment): boolean {
  if (!LINKING_VERBS.has(verb.lemma) || partner.pos !== 'verb') return false;
  // The quality right after the claim's verb ("appear upset", which the tagger may read as a
  // verb), not a place it shows up in ("appear on the internet").
  const quality = (t: Term | undefined) => (t !== undefined && t.pos !== 'entity' ? t : undefined);
  const mine = quality(termAfter(claim, verb, 1));
  const theirs = quality(termAfter(source, partner, OBJECT_REACH + 1));
  return mine !== undefined && theirs !== undefined && alignment.partners[termsOf(claim).indexOf(mine)] !== theirs && termMatch(mine, theirs) === 0;
}
const LINKING_VERBS = new Set(['appear', 'seem', 'look', 'become', 'remain', 'sound', 'prove', 'feel']);

/** The first noun or name within a few words after a verb: its object, or what it is done with. */
export function objectAfter(features: SentenceFeatures, verb: Term): Term | undefined {
  const next = termAfter(features, verb, OBJECT_REACH);
  return next !== undefined && (next.pos === 'noun' || next.pos === 'entity') && !inValue(features, next) ? next : undefined;
}
const OBJECT_REACH = 4;

/** The first term after a verb, when it stands within `reach` tokens of it. */
function termAfter(features: SentenceFeatures, verb: Term, reach: number): Term | undefined {
  const next = termsOf(features).find((t) => t.token > verb.token);
  return next !== undefined && next.token - verb.token <= reach ? next : undefined;
}

/**
 * The verbs before a complement on each side (its determiners, modifiers, negation and "of" passed
 * over) are both there and two deeds: "pleaded" and "found", "had" and "was". The verbs of a
 * state ("is", "remains", "seems") are one.
 */
function complementsOfTwoVerbs(claim: SentenceFeatures, term: Term, source: SentenceFeatures, partner: Term): boolean {
  const mine = verbOfComplement(claim, term);
  const theirs = mine === undefined ? undefined : verbOfComplement(source, partner);
  return mine !== undefined && theirs !== undefined && mine !== theirs && !synonymous(mine, theirs, 'verb');
}

/**
 * The lemma of the verb (or auxiliary) a complement follows within a few words, a state's verbs
 * read as "be"; a noun a "-less" adjective lacks ("is childless") is had or not, as "had no children".
 */
function verbOfComplement(features: SentenceFeatures, term: Term): string | undefined {
  const tokens = tokensOf(features);
  const lacked = term.pos === 'noun' && tokens[term.token].pos === 'ADJ';
  for (let j = term.token - 1; j >= Math.max(0, term.token - COMPLEMENT_REACH); j--) {
    const { pos, lower, lemma } = tokens[j];
    // A participle inside the phrase modifies it ("a video - sharing website").
    if (pos === 'VERB' && modifiesNoun(tokens, j)) continue;
    if (pos === 'VERB' || pos === 'AUX') return STATE_VERBS.has(lemma) ? (lacked ? 'have' : 'be') : lemma;
    if (!PHRASE_TAGS.has(pos) && lower !== 'of' && !negationCueAt(tokens, j)) return undefined;
  }
  return undefined;
}
const COMPLEMENT_REACH = 6;
/** What stands between a verb and its complement's head: determiners, numbers, modifiers, compound nouns, negations. */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART', 'NOUN', 'PROPN']);
const STATE_VERBS = new Set(['be', 'stay', ...LINKING_VERBS]);

/** Coverage at which a noun one sentence denies and the other states is a conflict. */
const NEGATED_THING_COVERAGE = 0.75;

/** "until" or "till" follows the word in its clause, within a few words ("did not meet him until 2008"). */
function deniedUntil(features: SentenceFeatures, term: Term): boolean {
  const tokens = tokensOf(features);
  for (let j = term.token + 1; j < Math.min(tokens.length, term.token + UNTIL_REACH); j++) {
    if (UNTIL.has(tokens[j].lower)) return true;
    if (tokens[j].pos === 'PUNCT' && tokens[j].lower !== '’' && tokens[j].lower !== "'") return false;
  }
  return false;
}
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'til']);
const UNTIL_REACH = 10;

/** A noun of time after a word that points at one ("that night", "last week", "this season"). */
function timeOfTheDeed(features: SentenceFeatures, term: Term): boolean {
  return TIME_NOUNS.has(term.lemma) && POINTING_AT_A_TIME.has(tokensOf(features)[term.token - 1]?.lower ?? '');
}
const TIME_NOUNS = new Set(['night', 'day', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'season', 'time', 'summer', 'winter', 'spring', 'autumn']);
const POINTING_AT_A_TIME = new Set(['that', 'this', 'last', 'next', 'every', 'same']);

/**
 * "No storm this strong had struck the coast for five decades", "the rate has not been this low
 * for 19 years": a negation over a degree ("this strong", "so low") compares, as "the strongest
 * storm in fifty years" does, and denies nothing the other sentence states. So does a negation
 * over a bound ("did not score more than 3 goals", "never hit fewer than 26 homers"), which the
 * value reader turns into the other bound.
 */
const DEGREE_REACH = 3;
/** A bound's comparative before "than": a denied bound ("did not score more than 3 goals") is the value reader's (at most 3). */
const BOUND_WORDS: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);

function negatedDegree(features: SentenceFeatures): boolean {
  const tokens = tokensOf(features);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const degree = (tokens[i].lower === 'this' || tokens[i].lower === 'so') && (tokens[i + 1].pos === 'ADJ' || tokens[i + 1].pos === 'ADV');
    if (!degree && !(BOUND_WORDS.has(tokens[i].lower) && tokens[i + 1].lower === 'than')) continue;
    // The degree follows its negation closely ("no storm this strong", "has not been this low"):
    // a "so" further on ("did not approve the budget as it was so large") is another clause's.
    for (let j = i - 1; j >= Math.max(0, i - DEGREE_REACH); j--) if (negationCueAt(tokens, j)) return true;
  }
  return false;
}

/**
 * Two quotations that disagree ("“The hardest part is not knowing”" / "“we will know whether it
 * worked,” said ...") are two speakers' words, each reported as said: neither article is wrong. The
 * same quotation across articles is the quote index's to compare (`quote/altered`).
 */
export function bothQuoted(claim: SentenceFeatures, mine: Term, source: SentenceFeatures, theirs: Term): boolean {
  return insideQuotation(claim, mine.start) && insideQuotation(source, theirs.start);
}

/** "has not commented", "declined to comment", "no comment from": the sentence says someone said nothing. */
const SILENCE = /\b(?:(?:has|have|had|did|does|do)(?:\s+not|n['’]t)\s+(?:yet\s+|so\s+far\s+|publicly\s+)?(?:commented|comment|responded|respond|spoken|speak)|(?:(?:has|have)\s+(?:so\s+far\s+)?)?(?:declined|refused)\s+to\s+(?:comment|respond|speak)|(?:has|have)\s+yet\s+to\s+(?:comment|respond|speak)|no\s+comment)\b/i;
/** Verbs that report what someone said or how they took a matter ("defended the closure", "welcomed the appointment"). */
const STATEMENT_VERBS = new Set([...REPORTING_VERBS, 'defend', 'welcome', 'praise', 'criticise', 'criticize', 'condemn', 'reject', 'describe', 'call']);
const SILENCE_WORDS = new Set(['comment', 'response', 'statement']);

/**
 * "Mayor Okafor has not commented on the closure" against "Mayor Okafor defended the closure":
 * the claim says a person said nothing on a matter, and the source reports what that person said
 * on it. Only the silence is flagged: a statement is not refuted by an article that had none yet.
 * Another's statement beside the person's name ("King reached a deal after notifying O'Brien")
 * neither states nor disputes the silence.
 */
/** The claim is compared with its candidates one after another: its silence is read once. */
let lastSilence: { claim: SentenceFeatures; silence: RegExpExecArray | null } | undefined;

export function silenceConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | typeof NEITHER_STATES | undefined {
  if (lastSilence?.claim !== claim) lastSilence = { claim, silence: SILENCE.exec(claim.text) };
  const { silence } = lastSilence;
  if (!silence || SILENCE.test(source.text)) return undefined;
  // From here on the source tells no silence, so it does not state the claim's: at most it
  // disputes it ("Soren Drummond is stepping down after eleven years" names the person and
  // nothing of the silence).
  const speaker = termsOf(claim).findIndex((t, i) => alignment.partners[i] !== undefined && t.pos === 'entity' && (t.key.startsWith('e:person:') || t.key.startsWith('e:office:')));
  if (speaker < 0) return NEITHER_STATES;
  const matter = termsOf(claim).some((t, i) => i !== speaker && alignment.partners[i] !== undefined && t.pos === 'noun' && !SILENCE_WORDS.has(t.lemma));
  if (!matter) return NEITHER_STATES;
  const tokens = tokensOf(source);
  const statements = tokens.flatMap((t, i) => (t.pos === 'VERB' && STATEMENT_VERBS.has(t.lemma) ? [i] : []));
  if (statements.length === 0) return NEITHER_STATES;
  // The source's statement must be the speaker's: "Cheeks said he would be, and King ... reached
  // a deal after notifying O'Brien" is no word from O'Brien, and neither states the other.
  const partner = alignment.partners[speaker]!;
  const at = statements.find((i) => !toldByAnother(source, i, partner));
  if (at === undefined) return NEITHER_STATES;
  const said = tokens[at];
  const start = claim.span.start + silence.index;
  return {
    kind: 'polarity',
    claimValue: silence[0],
    sourceValue: said.text,
    claimSpan: { start, end: start + silence[0].length },
    sourceSpan: { start: said.start, end: said.end },
  };
}

/**
 * The statement verb at token `verb` is told by another than the speaker the source names as
 * `speaker`: a person named right before it ("Cheeks said") or right after it ("said King") who
 * is not the speaker nor the name after the speaker's title ("Intel spokesman Chuck Mulloy
 * says"), a pronoun for another named first ("When King hired O'Brien, he had called him"),
 * or the writer ("I confirmed yesterday"). A pronoun or an aside before the verb may stand for the
 * speaker ("he said", "Zofia Roston, the governor of the central bank, said").
 */
function toldByAnother(source: SentenceFeatures, verb: number, speaker: Term): boolean {
  const tokens = tokensOf(source);
  const doer = tokens[doerTokenBefore(source, verb)];
  if (doer === undefined) return false;
  if (FIRST_PERSON.has(doer.lower)) return true;
  const named = (t: Token | undefined) => t !== undefined && (t.pos === 'PROPN' || termsOf(source).some((term) => term.pos === 'entity' && t.start >= term.start && t.start < term.end));
  // The speaker's name with the capitalised words around it: a title and a name ("Coach Vorn",
  // "Intel spokesman Chuck Mulloy" answers "An Intel spokesman").
  const offset = source.span.start;
  const title = TITLE_BEFORE.exec(source.text.slice(0, speaker.start - offset));
  const name = NAME_AFTER.exec(source.text.slice(speaker.end - offset));
  const [from, to] = [speaker.start - (title?.[0].length ?? 0), speaker.end + (name?.[0].length ?? 0)];
  const theSpeaker = (t: Token) => t.start >= from && t.start < to;
  if (named(doer)) return !theSpeaker(doer);
  // A pronoun stands for the sentence's first named person ("When King hired O'Brien, he had
  // called him" is King's word).
  if (PRONOUNS.has(doer.lower)) {
    const first = tokens.find((t) => t.start < doer.start && named(t));
    return first !== undefined && !theSpeaker(first);
  }
  const after = tokens[verb + 1];
  return named(after) && !theSpeaker(after!);
}
const PRONOUNS = new Set(['he', 'she', 'they']);
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;
const NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}/u;

/**
 * "It is not yet clear who the US is supporting" against "the US supports Rutte": one sentence
 * says a matter is unknown, the other asserts it, about the same actor and predicate.
 */
export function certaintyConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
  if (claim.unknown === source.unknown || source.hedged) return undefined;
  // What is unknown is a detail of the matter ("It's still unclear how the cables were damaged"):
  // the matter itself is taken as so, and a sentence that tells it ("due to the cable damage")
  // answers nothing that was open.
  if (DETAIL_UNKNOWN.test(claim.unknown ? claim.text : source.text)) return undefined;
  let predicate: [Term, Term] | undefined;
  let actor = false;
  termsOf(claim).forEach((term, i) => {
    const partner = alignment.partners[i];
    if (!partner) return;
    if (term.pos === 'verb' && termMatch(term, partner) >= 0.8 && !partner.negated && !term.negated) predicate ??= [term, partner];
    if (term.pos === 'entity' && term.key === partner.key) actor = true;
  });
  if (!predicate || !actor) return undefined;
  const [mine, theirs] = predicate;
  // The sentence that knows must state the deed: "have been mum on whether they will retry
  // Jeffs" leaves it as open as "have yet to decide whether they'll retry Jeffs".
  if (claim.unknown ? !asserted(source, theirs) : !asserted(claim, mine)) return undefined;
  return {
    kind: 'certainty',
    claimValue: claim.unknown ? 'not known' : phraseAround(claim, mine),
    sourceValue: source.unknown ? 'not known' : phraseAround(source, theirs),
    claimSpan: { start: mine.start, end: mine.end },
    sourceSpan: { start: theirs.start, end: theirs.end },
  };
}

const DETAIL_UNKNOWN = /\b(?:not (?:yet |entirely |fully )?(?:clear|known|certain)|unclear|unknown|uncertain|remains to be seen)\s+(?:exactly\s+|precisely\s+)?(?:how|why|when|where|which)\b/i;

/** The term with a negation before it, as written ("did not back", "was never on a magazine"). */
function phraseAround(features: SentenceFeatures, term: Term): string {
  const tokens = tokensOf(features);
  let from = term.token;
  if (term.negated) {
    // A cue reaches NEGATION_WINDOW tokens past itself, a subject cue ("nobody") three more.
    for (let j = term.token - 1; j >= Math.max(0, term.token - NEGATION_WINDOW - 3); j--) {
      if (negationCueAt(tokens, j)) {
        from = j;
        break;
      }
    }
  }
  while (from > 0 && term.token - from < 3 && ['AUX', 'PART', 'ADV'].includes(tokens[from - 1].pos)) from--;
  return features.text.slice(tokens[from].start - features.span.start, term.end - features.span.start);
}

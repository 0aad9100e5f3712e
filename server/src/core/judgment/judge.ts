/**
 * The verdict on each claim of an article: supported, conflicting or unsupported, with the
 * source sentences that decide it, and the findings (`claim/conflicting`, `claim/unsupported`)
 * an editor sees.
 */
import type { CodeInfo, Finding, RelatedLocation } from '../types';
import type { JudgmentSettings } from '../config';
import { anotherOccurrence, type DateOf, daysBetween, lengthsRunOn, ofOneTime } from './articleTime';
import { compareSentences } from './compare';
import type { Alignment, Idf } from './align';
import { groupOrigins } from './origins';
import { placedElsewhere, storiesApart } from './placedElsewhere';
import type { ClaimStore, StoredSentence } from './store';
import type { ClaimVerdict, ConflictDetail, ConflictKind, SourceSentence } from './types';
import { CONTRADICT_BELOW, SUPPORT_ABOVE, supportProbability, wordsDiffer } from './pairModel';
import { type SentenceFeatures, writtenAt } from './features';
import { governingPreposition, type StatementParts, substitutionPossible } from './substitution';
import { subjectsContrast } from './subjects';
import { termsOf } from './termColumns';
import { lowerAt } from './tokenColumns';
import { insideQuotation, reportedClauseStart } from './quotedWords';
import { sameKindWithin } from '../lexicon/wordnet';
import type { Term } from './terms';

/** `claim/conflicting`: another article (or this one) states something incompatible. */
export const CLAIM_CONFLICTING: CodeInfo = {
  code: 'claim/conflicting',
  defaultSeverity: 'warning',
  summary: 'Another article states something incompatible with this claim.',
  help: 'A sentence about the same matter disagrees on a slot: a number or count, a duration, a date, the polarity ("has not commented" / "said"), what is known ("it is not yet clear" / "endorses"), or the predicate itself (rose / fell), or who or what (another person, place or thing in the same place of the same statement: "directed by X" / "directed by Y"). The message names both values and the related information links each contradicting sentence. Two quotations that disagree in negation or predicate are two speakers\' words, each reported as said, and no conflict (the same quotation across articles is compared by `quote/altered`). When most sources agree with this claim and one dissents, the claim is supported and the dissenting one is flagged instead (on a figure or a date, only sources that give the same figure count as agreeing). Time counts too: an article dated more than a year from this one that gives a figure, a count or a state otherwise, with no date or other value alike, tells of another occurrence (another election, another year\'s collection) and is no conflict; one dated more than 30 days away is listed but not counted when an article of this one\'s time agrees. A sentence about a thing of the same name in another town (its subject placed "in" a town this article never names, in an article set in towns this one never names) neither conflicts nor supports, and an article that shares no person, place or body with this one besides the two sentences\' tells another story: no conflict. A headline is not contradicted by the words another headline or sentence chooses ("Rate cut as policymakers watch prices" / "Borrowers face new rate cut"); its figures, dates and denials still are. A state told of two days ("streets were quieter than usual on Saturday" / "on Monday") holds on both: no conflict over its date. Figures are compared as a careful reader would: "over $2.6 million" agrees with "$2.6 million" (a figure rounded in its unit or for print covers more than its digits), while "fewer than 232" does not agree with "232"; "one of his wives" counts nothing; the rest of a whole ("the other 61 percent") is no figure of its own; a count of things is not a figure with a decimal ("five hurt" / "a magnitude of 6.1"); figures more than a hundred times apart measure different things unless only their scale slipped ("$5 million" / "$5 billion" conflict); figures told of two stretches of play ("in the first half" / "in the second half") are two events; an average or a rate ("averaged 22.8 points", "$4 million a year") is no single figure, and a part of a counted whole ("10 of the team\'s first 17 points", "the last two games") no count of the whole, so neither conflicts with one. A deed denied of one subject is not contradicted by the same deed of another ("Cheeks did not meet them" / "Stefanski said he met with Cheeks"), nor by the same deed done to another thing the claim names elsewhere ("never checked into the Kelm clinic but is back at the Lorne clinic"). A figure is its doer\'s: a player\'s points are not disputed by another player\'s ("Gregory Echenique had 11 points"). Two quotations that give a figure otherwise are two speakers\' words. Opposite deeds have dates of their own ("ended her career in 1957" / "began a career in 1950"), and lengths or opposite deeds told of two times are two matters; "early" and "late" in a phrase of time are two moments. A sum in brackets in some other country\'s dollars ("$US1 million ($1.52 million)"), a tie ("a 12 - all game"), the bore of a gun, a fiscal year, and the yard line are no figures to compare; a hyphenated measure measures the thing after it ("a 41-yard touchdown pass" is no total of yards), and a spell in a role ("four seasons as the team\'s director") is a part of one that names none ("19 seasons with the 76ers"). A state told as it was at first ("had been initially peaceful") neither opposes nor states a later one ("violent protests"). A date of a deed done and one of the same deed still to come ("previously hosted the Oscars in 2007" / "to host 2014 Oscars"), or of the same deed done to two things ("won an Emmy in 2005" / "won a Tony Award in 2004"), tell two occasions; a figure told of a stretch of a game or a season ("68 yards in the first half", "five points during a 15 - 2 run", "13 homers in 54 games") is not disputed by the whole\'s; a depth ("one mile below ground level") is no distance from a place; the dates of a life in brackets date only a birth or a death. A quality or a thing denied after one verb and stated after another ("had no children" / "was one of six children") tells two deeds, and a participle before a noun ("a developing young center") tells none. Ages of two people, each named with it ("Peterson, 32," / "23-year-old Laci"), are two ages; a figure of one place "alone" ("in Sumatra alone") or a count within a stretch ("three times since October") is a part of a whole; a sentence that tells of something earlier ("Earlier this morning, ...") gives an earlier occurrence\'s figures. Another object alone (the same subject and deed with something else after them) does not outweigh an article that states the claim. Some of a group picked out by a deed or a state ("Two of the bombs fell within the camp", "Two of my children are sick") are a part of the group counted by another deed ("four bombs were dropped"); two lengths of something still running ("after four days of riots" / "after eight days of riots") are told up to each article\'s day, no conflict when they differ by no more than the days between the articles or when either article is undated; dates told by verbs of no kin ("was acquitted in 1958" / "was charged in 1957") and a length that qualifies a noun against a bare length of another deed ("serving a 12-year sentence" / "For two decades, he was head of the family") are two matters; a denied bound is the other bound ("never hit fewer than 26 homers": at least 26); a command ("Don\'t talk.") denies nothing, nor does a denial up to a time ("did not meet him until 2008"); two sizes of one product ("the 15-inch MacBook Pro" / "the 17-inch MacBook Pro") are two products; a margin ("two rebounds off his best", "three votes short of a majority") is no count; the one value of its kind on each side of the same statement, given otherwise, keeps the source from supporting the claim however loosely the two are framed ("came out after 2002" / "his 2002 summer club hit"). Two figures of two deals are no dispute: another name first after each figure\'s verb ("will pay $334 million for SeaMicro" / "agreed to buy ATI for $5.4 billion"), a figure owned by a name the other sentence lacks ("despite Charles\' 226 yards rushing" / "Despite rushing for 352 yards, the Chiefs lost"), or a part of a price ("$281 million in cash and the rest in stock", "of which $281 million"); a figure told since a week or game ("Since Week 11, ... 498 rushing yards") is a stretch\'s; a bound in a clause that opens with a denied subject is the other bound ("No team has offered more than eight years": at most eight); a length before an event measures its own clause\'s deed ("Six weeks before Obama takes office, the administration is changing ..." / "takes effect nine days before the inauguration"); and a deed told as only possible ("may not address") conflicts with neither its doing nor its denial. Figures are paired by their deeds and measures: a verb parted from a figure by "and" or a comma frames the figure it is joined to ("Ten people were killed and at least 50 injured": the injured are the 50), and two sums that name two measures ("$10 billion in cash" / "revenue totaling $100.5 billion") are no dispute; a sentence that opens by adding up ("Combined, ...") gives totals, and one that opens a year or more back ("Last year, ...", "Two years ago, ...") an earlier occurrence\'s figures. A deed told in the first person on one side only ("I\'ve not played him since I was nine" / "the ten actors who played him") is another doer\'s, and a silence ("declined to comment") is disputed by the person\'s own statement only, not by another\'s that names the person.',
};

/** `claim/unsupported`: no other article speaks to the claim. */
export const CLAIM_UNSUPPORTED: CodeInfo = {
  code: 'claim/unsupported',
  defaultSeverity: 'information',
  summary: 'No other article in the corpus states this claim.',
  help: 'Nothing else in the corpus corroborates the claim: it may be exclusive reporting, or it needs a second source. A sentence that names only the claim\'s subject, not what it did, does not count, nor one about a thing of the same name in another town (its subject placed "in" a town this article never names, in an article set in towns this one never names), nor the same words of another named thing ("in the cafés of Talstead" / "in the cafés of Gristenmouth"). Mark it verified in `.corroborate.json` once checked, or lower the severity with `severities`.',
};

const VALUE_CONFLICTS: ReadonlySet<ConflictKind> = new Set(['number', 'count', 'duration', 'date']);

/**
 * How many likely matches each claim is compared with. Past the first fourteen, retrieval's
 * matches mostly share a story's stock words: at 10k articles, 20 gave 13 % more false conflicts
 * and a sixth more false supports than 14, with as many planted conflicts found (1,299 / 1,301;
 * the changed side 814 / 810, and 808 with 16), and took a sixth more of the judging time
 * (bench/RESULTS.md, sixteenth session).
 */
export const CANDIDATES = 14;
/** Coverage at which a sentence of another article states the same fact. */
export const SUPPORT_COVERAGE = 0.55;
const CORE_SUPPORT = 0.7;
/**
 * Coverage a source needs before the pair model's doubt makes it a contradiction: a sentence that
 * speaks to about a third of the claim or less is about something else (on ECB+, 378 -> 355 false
 * alarms; held-out FEVER dev unchanged, VitaminC +0.3; 0.5 cost FEVER dev 0.4 points).
 */
const MODEL_CONTRADICTION_COVERAGE = 0.35;

const KIND_LABEL: Record<ConflictKind, string> = {
  number: 'number', count: 'count', duration: 'duration', date: 'date', polarity: 'negation', certainty: 'certainty', antonym: 'opposite predicate', actor: 'actor', object: 'object',
};

export interface JudgedArticle {
  readonly claims: ClaimVerdict[];
  readonly findings: Finding[];
}

/** Judges one claim: `judgeClaim`, or a caller's wrapper of it (the CLI's cache, claim by claim). */
export type OneClaimJudge = typeof judgeClaim;

export function judgeArticle(
  articleId: string,
  store: ClaimStore,
  settings: JudgmentSettings,
  dateOf: (articleId: string) => string | undefined,
  judgeOne: OneClaimJudge = judgeClaim,
): JudgedArticle {
  const claims: ClaimVerdict[] = [];
  const findings: Finding[] = [];
  for (const claim of store.sentencesOf(articleId)) {
    if (!claim.isClaim) continue;
    const verdict = judgeOne(claim, store, settings, dateOf);
    claims.push(verdict);
    const finding = findingFor(verdict);
    if (finding) findings.push(finding);
  }
  return { claims, findings };
}

/**
 * Whether a conflict is told of another time than the claim's: another occurrence years apart
 * (`anotherOccurrence`), or two lengths still running, each up to its article's day (`lengthsRunOn`).
 */
function toldAtAnotherTime(conflict: ConflictDetail, agreeingValues: number, claim: StoredSentence, source: StoredSentence, dateOf: DateOf): boolean {
  const daysApart = daysBetween(claim.articleId, source.articleId, dateOf);
  return anotherOccurrence(conflict, agreeingValues, daysApart) || lengthsRunOn(conflict, claim.features, source.features, daysApart);
}

export function judgeClaim(claim: StoredSentence, store: ClaimStore, settings: JudgmentSettings, dateOf: (id: string) => string | undefined): ClaimVerdict {
  // `agrees`: the supporter gives one of the claim's figures alike, not just its words.
  const supporters: Array<{ source: StoredSentence; score: number; agrees?: boolean }> = [];
  type Contradiction = { source: StoredSentence; score: number; conflict: NonNullable<ReturnType<typeof compareSentences>['conflict']> };
  const contradictors: Contradiction[] = [];
  const dissent: Contradiction[] = [];
  // One idf function per claim: `align` keeps the claim's term weights while it is given the same
  // function, and the store may change between two claims' judging (the language server).
  const idf: Idf = (key) => store.idf(key);
  for (const source of store.candidates(claim, CANDIDATES)) {
    const sameArticle = source.articleId === claim.articleId;
    const comparison = compareSentences(claim.features, source.features, idf);
    // Saying a matter is known is not refuted by another article saying it is unclear: that
    // article is the dissent (listed), and it is the one flagged.
    const dissentOnly = comparison.conflict?.kind === 'certainty' && !claim.features.unknown;
    if (comparison.conflict && dissentOnly) {
      dissent.push({ source, score: comparison.coverage, conflict: comparison.conflict });
    } else if (comparison.conflict && sameArticle && comparison.conflict.kind === 'object') {
      // Within one article, two sentences about one subject describe different things of it.
    } else if (comparison.conflict && toldAtAnotherTime(comparison.conflict, comparison.agreeingValues, claim, source, dateOf)) {
      // Years apart, a figure or a state given otherwise is most likely another occurrence; a
      // length still running is told up to each article's day.
    } else if (comparison.conflict && (placedElsewhere(claim, source, store) || storiesApart(claim, source, store))) {
      // A thing of the claim's name in another town, or an article of another story (`placedElsewhere.ts`).
    } else if (comparison.conflict) {
      contradictors.push({ source, score: comparison.coverage, conflict: comparison.conflict });
    } else if (!sameArticle && comparison.pair && (!statesIt(comparison) || wordsDiffer(comparison.pair.vector) || substitutionPossible(claim.features, comparison.pair.parts, comparison.agreeingValues))) {
      // Neither refuted slot by slot: the pair model weighs the simple claim, even against a
      // source that shares nearly all its words, since a substitution ("a 2002 film" / "a 1992
      // film", "a US senator" / "an American model") leaves the overlap high. A source that
      // states the claim with no telling sign (a figure given otherwise, an opposite word) and no
      // place for a substitution (`substitutionPossible`) supports it, as a close paraphrase in
      // news copy usually does.
      const p = supportProbability(comparison.pair.vector);
      if (p >= SUPPORT_ABOVE && !comparison.disagreeingValues && !comparison.namesApart && !placedElsewhere(claim, source, store)) supporters.push({ source, score: comparison.coverage, agrees: comparison.agreeingValues > 0 });
      else if (p < CONTRADICT_BELOW && comparison.coverage >= MODEL_CONTRADICTION_COVERAGE && !eitherIsHeadline(claim, source) && doubtNamesSlot(claim.features, source.features, comparison.pair) && !placedElsewhere(claim, source, store)) contradictors.push({ source, score: comparison.coverage, conflict: modelConflict(claim.features, source.features, comparison.pair.parts) });
    } else if (!sameArticle && statesIt(comparison) && !comparison.namesApart && !placedElsewhere(claim, source, store)) {
      supporters.push({ source, score: comparison.coverage, agrees: comparison.agreeingValues > 0 });
    }
  }
  supporters.sort((a, b) => b.score - a.score);
  contradictors.sort((a, b) => b.score - a.score);
  const supportOrigins = groupOrigins(supporters.map((s) => s.source.features.text), supporters.map((s) => s.source.articleId));
  const independentOrigins = new Set(supportOrigins).size;

  const sources: SourceSentence[] = [
    ...supporters.map((s, i) => sourceOf(s.source, 'corroborates', s.score, supportOrigins[i], dateOf)),
    ...[...contradictors, ...dissent].map((c, i) => ({ ...sourceOf(c.source, 'contradicts', c.score, supportOrigins.length + i, dateOf), conflict: c.conflict })),
  ];
  let verdict: ClaimVerdict['verdict'];
  // A majority of articles decides between agreement and dissent; wire copies still count once
  // per article here, and the independent-origin count is reported beside it.
  // When the dispute is over a figure or a date, only sources that give the claim's figure alike
  // weigh against those that give another: a sentence silent on the date does not outvote one
  // that names a different day.
  const valueDispute = contradictors.some((c) => VALUE_CONFLICTS.has(c.conflict.kind));
  const agreeing = supporters.filter((s) => !valueDispute || s.agrees);
  const supportingArticles = new Set(agreeing.map((s) => s.source.articleId)).size;
  const counted = contradictorsOfTheTime(claim, contradictors, agreeing, dateOf);
  const contradictingArticles = new Set(counted.map((c) => c.source.articleId)).size;
  // Another object alone (the same subject and deed with something else after them, found by
  // `objectConflict` or doubted by the pair model) does not outweigh an article that states the
  // claim: in a story's copy two sentences that share a subject and a verb mostly tell two
  // matters ("Iran is on seismic fault lines" / "Iran ... is prone to frequent earthquakes"),
  // while a supporter has stated this one.
  const otherObjectsOnly = counted.every((c) => c.conflict.kind === 'object');
  if (contradictors.length > 0) verdict = supportingArticles > contradictingArticles || (otherObjectsOnly && supportingArticles > 0) ? 'supported' : 'conflicting';
  else verdict = independentOrigins >= settings.minIndependentSources ? 'supported' : 'unsupported';
  const { span, text } = claim.features;
  return { span, text, verdict, sources, independentOrigins, conflict: verdict === 'conflicting' ? contradictors[0].conflict : undefined };
}

/**
 * The contradictors that weigh against the claim. An article dated long before or after the
 * claim's (`ofOneTime`), while one of the claim's own time agrees with it, most likely speaks of
 * another occurrence (another election of the same candidate, another year's figure), and is
 * listed but not counted. With no agreeing source of the claim's time, every contradictor counts:
 * a fact may be contradicted from any year.
 */
function contradictorsOfTheTime<T extends { source: StoredSentence }>(claim: StoredSentence, contradictors: readonly T[], agreeing: ReadonlyArray<{ source: StoredSentence }>, dateOf: DateOf): readonly T[] {
  if (contradictors.length === 0 || !agreeing.some((s) => ofOneTime(claim.articleId, s.source.articleId, dateOf))) return contradictors;
  return contradictors.filter((c) => ofOneTime(claim.articleId, c.source.articleId, dateOf));
}

function sourceOf(source: StoredSentence, relation: SourceSentence['relation'], score: number, origin: number, dateOf: (id: string) => string | undefined): SourceSentence {
  return { articleId: source.articleId, span: source.features.span, text: source.features.text, relation, score: round(score), origin, date: dateOf(source.articleId) };
}

function findingFor(verdict: ClaimVerdict): Finding | undefined {
  if (verdict.verdict === 'unsupported') {
    return { code: CLAIM_UNSUPPORTED.code, severity: CLAIM_UNSUPPORTED.defaultSeverity, message: 'Unsupported: no other article in the corpus states this.', span: verdict.span };
  }
  if (verdict.verdict !== 'conflicting' || !verdict.conflict) return undefined;
  const contradicting = verdict.sources.filter((s) => s.relation === 'contradicts');
  const first = contradicting[0];
  const { conflict } = verdict;
  const more = contradicting.length > 1 ? ` (and ${contradicting.length - 1} more)` : '';
  const related: RelatedLocation[] = contradicting.map((s) => ({
    articleId: s.articleId,
    span: s.span,
    message: `${KIND_LABEL[s.conflict?.kind ?? conflict.kind]}: "${s.conflict?.sourceValue ?? ''}"${s.date ? ` (${s.date})` : ''}`,
  }));
  return {
    code: CLAIM_CONFLICTING.code,
    severity: CLAIM_CONFLICTING.defaultSeverity,
    message: `Conflicting ${KIND_LABEL[conflict.kind]}: "${conflict.claimValue}" here, but "${conflict.sourceValue}" in ${fileName(first.articleId)}${more}.`,
    span: verdict.span,
    related,
    fix: replaceable(conflict) ? { replaceSpan: conflict.claimSpan, replacement: conflict.sourceValue, title: `Replace "${conflict.claimValue}" with "${conflict.sourceValue}"` } : undefined,
  };
}

/**
 * A value can be swapped for the source's in place only when both are written alike: figures for
 * figures, dates for dates. "a fourth time" and "twice" need the sentence rewritten around them.
 */
function replaceable(conflict: ConflictDetail): conflict is ConflictDetail & { claimSpan: { start: number; end: number } } {
  if (!conflict.claimSpan || !['number', 'duration', 'date', 'count'].includes(conflict.kind)) return false;
  const shape = (text: string) => text.replace(/\d+(?:[.,]\d+)*/g, '9').replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, 'N').toLowerCase();
  return shape(conflict.claimValue) === shape(conflict.sourceValue);
}

/**
 * Whether a sentence states the claim's fact: most of the claim is there, or its core (who did
 * what) is there with a good part of the rest, or a value both give alike with enough context.
 */
function states(c: { coverage: number; core: number; agreeingValues: number }): boolean {
  return c.coverage >= SUPPORT_COVERAGE || (c.core >= CORE_SUPPORT && c.coverage >= SUPPORT_COVERAGE * 0.65) || (c.agreeingValues > 0 && c.coverage >= SUPPORT_COVERAGE * 0.7);
}

/** Whether a source states the claim: no other subject, no figure given otherwise, and enough of the claim. */
function statesIt(c: ReturnType<typeof compareSentences>): boolean {
  return !c.otherSubject && !c.disagreeingValues && states(c);
}

/**
 * A headline on either side: its words are cut to a few ("Rate cut in Gristelavia as
 * policymakers watch prices" / "Borrowers in Gristelavia face new rate cut"), so what one headline
 * leaves out and another puts in is the subeditor's choice, not a slot filled otherwise. The
 * model's doubt does not contradict it; figures, dates and denials still do.
 */
function eitherIsHeadline(claim: StoredSentence, source: StoredSentence): boolean {
  return claim.kind === 'headline' || source.kind === 'headline';
}

/**
 * Whether the pair model's doubt names a slot that the source fills otherwise: each side's
 * leftover word is its own (`leftoverInBoth`), neither stands in a clause of circumstance, two
 * common nouns are two kinds of one thing, and the two subjects do not contrast.
 */
function doubtNamesSlot(claim: SentenceFeatures, source: SentenceFeatures, pair: { readonly parts: StatementParts; readonly alignment: Alignment }): boolean {
  const { parts } = pair;
  return !commonWordAdded(parts) && !leftoverInBoth(claim, source, parts) && !leftoverInCircumstance(claim, parts.claimLeftover) && !leftoverInCircumstance(source, parts.sourceLeftover)
    && !unrelatedLeftovers(parts) && !leftoversInTwoRelations(claim, source, parts) && !leftoversQuoted(claim, source, parts) && !twoQualities(claim, source, parts) && !subjectsContrast(claim, source, pair.alignment);
}

/**
 * Two qualities left over, each written as a common adjective ("a child-friendly program" / "as
 * constant as the stars", "the solution is available" / "an easy-to-use solution"), are two
 * things said of the subject, which may both be so: neither is put in the other's place.
 * Adjectives of a name ("an American" / "an Australian") still name one slot, as do opposites,
 * which `stance.ts` reads. (An adjective against a noun is left to the model: FEVER's "The
 * Bahamas is a city" / "an archipelagic state" is refuted.)
 */
function twoQualities(claim: SentenceFeatures, source: SentenceFeatures, parts: StatementParts): boolean {
  const common = (f: SentenceFeatures, t: Term | undefined) => t !== undefined && t.pos === 'adj' && !/^\p{Lu}/u.test(f.text.slice(t.start - f.span.start));
  return common(claim, parts.claimLeftover) && common(source, parts.sourceLeftover);
}

/**
 * A common noun of the claim with nothing left over in the source ("Smith didn't return a call
 * seeking further comment" / "Smith did not return a call") is the claim saying more, not a word
 * put in its place: the model's doubt names no slot. A name so left over is still doubted ("has
 * scored goals for Germany" / "led Portugal to the semi-finals").
 */
function commonWordAdded(parts: StatementParts): boolean {
  return parts.sourceLeftover === undefined && parts.claimLeftover?.pos === 'noun';
}

/**
 * Leftover words that both stand in what someone said, quoted or reported ("“Wenarfield is
 * stronger than the people who doubt it”" / "“Everyone in Wenarfield is tired, but nobody is
 * giving up”", "said that closing the bridge was the only responsible choice" / "said: “There will
 * be winners and losers”"), are what speakers make of the matter: neither is put in the other's
 * place. A sentence with no leftover word counts as quoted when it holds a quotation.
 */
function leftoversQuoted(claim: SentenceFeatures, source: SentenceFeatures, parts: StatementParts): boolean {
  const said = (f: SentenceFeatures, leftover: Term | undefined) => (leftover ? insideQuotation(f, leftover.start) || reportedClauseStart(f, leftover.token) >= 0 : (f.quoted?.length ?? 0) > 0);
  return said(claim, parts.claimLeftover) && said(source, parts.sourceLeftover);
}

/**
 * A contradiction names the word of one sentence that the other puts something else in place of;
 * when the source's leftover word is one the claim also names (its subject, "Thorvaldsen Ferries
 * is putting on more crossings" / "sailings have been laid on by Thorvaldsen Ferries"), or the
 * claim's one the source names, nothing was put in its place: the model's doubt names no slot.
 */
function leftoverInBoth(claim: SentenceFeatures, source: SentenceFeatures, parts: StatementParts): boolean {
  const named = (f: SentenceFeatures, key: string) => termsOf(f).some((t) => t.key === key);
  return (parts.sourceLeftover !== undefined && named(claim, parts.sourceLeftover.key)) || (parts.claimLeftover !== undefined && named(source, parts.claimLeftover.key));
}

/** Words that open what surrounds a deed rather than the deed: its time, cause or manner. */
const CIRCUMSTANCE_OPENERS = new Set(['while', 'because', 'after', 'once', 'when', 'before', 'since', 'until', 'unless', 'although', 'though', 'whereas', 'without']);

/**
 * A leftover word past the verb in a clause or phrase of circumstance ("... changed their plans
 * while the verdict dominated the news" / "... because of the transfer") tells when or why, not
 * what was done: the model's doubt over it names no slot of the statement.
 */
function leftoverInCircumstance(features: SentenceFeatures, leftover: Term | undefined): boolean {
  if (leftover === undefined || features.verbAt < 0) return false;
  for (let token = features.verbAt + 1; token < leftover.token; token++) if (CIRCUMSTANCE_OPENERS.has(lowerAt(features.tokens, token) ?? '')) return true;
  return false;
}

/**
 * Leftover common nouns that hang from different prepositions, or one from a preposition and one
 * from the verb ("heard from 42 witnesses" / "heard evidence"), fill two slots of the statement,
 * both of which may hold: neither is put in the other's place. Names are left to the model:
 * "studied at Berklee" against "studied under Robinson at the Cartoonists School" is still doubt
 * about where (every preposition for names cost FEVER dev a point of accuracy).
 */
function leftoversInTwoRelations(claim: SentenceFeatures, source: SentenceFeatures, parts: StatementParts): boolean {
  const mine = parts.claimLeftover;
  const theirs = parts.sourceLeftover;
  if (mine === undefined || theirs === undefined || mine.pos !== 'noun' || theirs.pos !== 'noun') return false;
  return governingPreposition(claim, mine.token) !== governingPreposition(source, theirs.token);
}

/** Steps up WordNet's hypernym chains within which two nouns count as alternatives. */
const ALTERNATIVE_LEVELS = 3;

/**
 * Two common nouns left over on each side that are no kin in WordNet ("region" / "faults",
 * "shop" / "block") are not one slot filled otherwise: each sentence says something else.
 */
function unrelatedLeftovers(parts: StatementParts): boolean {
  const mine = parts.claimLeftover;
  const theirs = parts.sourceLeftover;
  if (mine === undefined || theirs === undefined || mine.pos !== 'noun' || theirs.pos !== 'noun') return false;
  return !sameKindWithin(mine.lemma, theirs.lemma, ALTERNATIVE_LEVELS);
}

/** What the model's contradiction is about: the claim's word the source has no partner for, and the source's. */
function modelConflict(claim: SentenceFeatures, source: SentenceFeatures, parts: StatementParts): ConflictDetail {
  return {
    kind: 'object',
    claimValue: parts.claimLeftover ? writtenAt(claim, parts.claimLeftover) : claim.text,
    sourceValue: parts.sourceLeftover ? writtenAt(source, parts.sourceLeftover) : source.text,
    claimSpan: parts.claimLeftover && { start: parts.claimLeftover.start, end: parts.claimLeftover.end },
    sourceSpan: parts.sourceLeftover && { start: parts.sourceLeftover.start, end: parts.sourceLeftover.end },
  };
}

export function fileName(articleId: string): string {
  return decodeURIComponent(articleId.split(/[\\/]/).pop() ?? articleId);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

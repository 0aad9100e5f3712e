/**
 * What a sentence says, in a form two sentences can be compared in: content terms (lemmas, with
 * entities folded to their ids), value slots (numbers, counts, durations, dates), polarity and
 * certainty. Built once per sentence and reused for every comparison.
 */
import type { Span } from '../types';
import { extractValues, type ValueMention, withRelativeDatesVague } from '../claims/values';
import { isNumberWord } from '../claims/values-numbers';
import { findEntities, type EntityMention } from '../lexicon/entities';
import { conceptKeys, type WordNetPos } from '../lexicon/wordnet';
import { modifiesNoun, tokenize, type Token } from './nlp';
import { handsNegationOn, negationScopes, REPORTING_VERBS } from './negation';
import { appendTokens, columnsOf, endAt, lowerAt, posAt, runLength, startAt, textAt, tokenAt, type TokenColumns, type TokenRun } from './tokenColumns';
import { intern } from '../text/intern';
import { asSecondary, entityTerm, lemmaTerm, type Term, termStandingAt } from './terms';
import { type TermSource, termsOf } from './termColumns';


export interface SentenceFeatures {
  readonly span: Span;
  readonly text: string;
  /** Its tokens in its article's columns: read them with `tokensOf` (see tokenColumns.ts). */
  readonly tokens: TokenRun;
  /**
   * Content terms, in order: read them with `termsOf` (packed with the article's once it is
   * indexed, see termColumns.ts). The retrieval keys follow from them (`retrievalKeys`).
   */
  readonly terms: TermSource;
  readonly values: readonly ValueMention[];
  /** Values that state the size of a whole ("all its 31 members"), not a count within it. */
  readonly totals: ReadonlySet<ValueMention>;
  /**
   * Where the sentence names entities: the start and end of each mention, in pairs (what each one
   * is became a term). Judging reads no more of them than where they are (`withoutEntities`): as
   * mention objects, with their spans and texts, they took some 150 bytes each.
   */
  readonly entitySpans: readonly number[];
  /**
   * Where the article's quotations cover the sentence, as pairs of offsets (`quotes/*.ts` found
   * them, so that a sentence in the middle of a quotation of several sentences is quoted too).
   * Absent when the sentence was analysed without its article's quotes: its marks tell then.
   */
  readonly quoted?: readonly number[];
  /** The sentence says something is unknown ("it is not yet clear who ..."). */
  readonly unknown: boolean;
  /** Modal or reported uncertainty ("may", "could", "is expected to", "speculated"). */
  readonly hedged: boolean;
  readonly question: boolean;
  readonly wordCount: number;
  /**
   * The first verb or auxiliary among the tokens (its index in the run), or -1 when the sentence
   * has none. Kept with the sentence: judging reads the subject before it for every candidate.
   */
  readonly verbAt: number;
  /**
   * The sentence opens with a pronoun ("He played for the Lakers") that nothing before it in its
   * article resolves: its subject is the article's implicit topic, whatever the claim names.
   */
  readonly implicitSubject?: boolean;
  /** Birth and death dates written in brackets after a name: "(22 September 1917 - 11 June 2006)", "(born 1975)". */
  readonly lifespan?: { readonly born?: ValueMention; readonly died?: ValueMention };
}

// The dash between the dates may be a hyphen, an en or em dash, or a minus sign (U+2212).
// "born" may follow a pronunciation or the name in another script inside the brackets:
// "([ˈiːnəs]; born 4 May 1965)", "(Инес Окафор, born 4 May 1965)".
const LIFESPAN = /\(([^()]*?)\s[-\u2013\u2014\u2212]\s([^()]*?\d{4})\)|\((?:[^()]*?[,;]\s*)?born\s([^();]*?\d{4})/;

function lifespanOf(sentence: string, offset: number, values: readonly ValueMention[]): SentenceFeatures['lifespan'] {
  const match = LIFESPAN.exec(sentence);
  if (!match) return undefined;
  const at = offset + match.index;
  const inside = (from: number, to: number) => values.find((v) => v.kind === 'date' && v.span.start >= from && v.span.end <= to);
  if (match[3] !== undefined) return { born: inside(at, at + match[0].length) };
  const dash = sentence.indexOf(match[2], match.index) + offset;
  const born = inside(at, dash);
  const died = inside(dash, at + match[0].length);
  if (born || died) return { born, died };
  // Read as one range ("4 May 1965 - 2 March 2021"): its ends are the two dates.
  const range = inside(at, at + match[0].length);
  if (!range) return undefined;
  return {
    born: { ...range, high: range.low, text: match[1].trim(), span: { start: range.span.start, end: dash } },
    died: { ...range, low: range.high, value: range.high, text: match[2].trim(), span: { start: dash, end: range.span.end } },
  };
}

const OPENING_PRONOUN = /^(?:he|she|it|they|his|her|its|their)$/i;
/**
 * "It" that stands for nothing, only opening what follows: "It is the fifth time Keswick has been
 * convicted", "It was unclear whether ...", "It is expected that ...".
 */
const EMPTY_IT = /^it\s+(?:is|was|'s|\u2019s|has been|had been|will be|would be)\s+(?:not\s+)?(?:the\s+(?:\w+\s+)?times?\b|(?:\w+ly\s+)?\w+\s+(?:that|whether|if|how|when|why|what|who)\b|(?:expected|believed|thought|understood|feared|hoped|said|reported|known|unclear|clear|likely|unlikely|possible|impossible|too early)\b)/i;
/** Pronouns that stand for a person: what they were read to stand for tells two subjects apart (`names.ts`). */
export const PERSON_PRONOUN = /^(?:he|she|his|her)$/i;

/**
 * Resolves an opening pronoun to the first entity of the previous sentence of the same article
 * (a person for he/she): the entity joins the sentence's terms. Without a previous sentence the
 * pronoun's subject is left implicit.
 */
export function resolveOpeningPronoun(features: SentenceFeatures, previous: SentenceFeatures | undefined): SentenceFeatures {
  const at = subjectStart(features);
  const first = tokenAt(features.tokens, at);
  if (!first) return features;
  // "The film grossed ...", "The state has confirmed ...": with nothing before it in the article,
  // a bare definite description stands for the article's subject as a pronoun would.
  if (!previous && bareDescription(features, at)) return { ...features, implicitSubject: true };
  if (!OPENING_PRONOUN.test(first.text) || EMPTY_IT.test(features.text.slice(first.start - features.span.start))) return features;
  if (!previous) return { ...features, implicitSubject: true };
  const antecedent = termsOf(previous).find((t) => t.pos === 'entity' && (!PERSON_PRONOUN.test(first.text) || t.key.startsWith('e:person:')));
  if (!antecedent) return features;
  return { ...features, terms: [termStandingAt(antecedent, first, 0), ...termsOf(features)] };
}

/**
 * A sentence's retrieval keys: its terms' keys, a named person's surname and first names, the
 * WordNet senses of its nouns and verbs, and the kinds of its values. Worked out from the features
 * each time the store indexes, queries or drops a sentence, not kept with them: at some 30 keys a
 * sentence, a 10k corpus kept 12 million pointers (about 90 MB) for a few reads per sentence.
 */
export function retrievalKeys(features: Pick<SentenceFeatures, 'span' | 'text' | 'terms' | 'values'>): string[] {
  const keys = new Set<string>();
  for (const term of termsOf(features)) {
    // A pronoun standing for a person is found by the person's key alone: it does not spell the name.
    if (term.standsIn) {
      keys.add(term.key);
      continue;
    }
    for (const key of term.lexeme.retrievalKeys) keys.add(key);
    // A person's first names are keys too, as written: "Bremingley Wanderers" is found by the rare
    // "Bremingley", not only by the "Wanderers" that many names share.
    if (term.pos === 'entity' && term.key.startsWith('e:person:')) {
      const name = writtenAt(features, term);
      for (const word of name.toLowerCase().split(/\s+/).slice(0, -1)) if (/^\p{L}{3,}$/u.test(word)) keys.add(intern('l:' + word));
    }
  }
  // Values are retrieval keys too: a duration in years finds the other sentences that give one.
  for (const value of features.values) if (!value.vague) keys.add(intern(`v:${value.kind}:${value.unit ?? value.head ?? ''}`));
  return [...keys];
}

/** The words of a sentence at `at` (offsets in its article), as written. */
export function writtenAt(features: { readonly text: string; readonly span: Span }, at: { readonly start: number; readonly end: number }): string {
  return features.text.slice(at.start - features.span.start, at.end - features.span.start);
}

/**
 * Where the subject of a sentence begins: after an opening phrase that a comma closes ("As of
 * December 17, 2019, it has grossed ...", "On Rotten Tomatoes, the film has ..."), else at once.
 */
function subjectStart(features: SentenceFeatures): number {
  const tokens = features.tokens;
  const opener = posAt(tokens, 0);
  const adverbial = opener === 'ADP' || opener === 'SCONJ' || opener === 'ADV';
  const count = Math.min(runLength(tokens), 14);
  // The phrase ends at the last comma before the verb: a date inside it has commas of its own
  // ("As of December 17, 2019, it has grossed").
  let afterComma = 0;
  for (let i = 1; i < count; i++) {
    const pos = posAt(tokens, i);
    if (pos === 'VERB' || pos === 'AUX') break;
    if (textAt(tokens, i) === ',') afterComma = i + 1;
  }
  if (afterComma === 0) return 0;
  // Any other opening phrase counts when a subject pronoun follows its comma: an apposition
  // ("One of the most popular festivals of Hinduism, it signifies ...").
  return adverbial || OPENING_PRONOUN.test(textAt(tokens, afterComma) ?? '') ? afterComma : 0;
}

/** "The film", "This state": a determiner and one common noun, then the verb. */
function bareDescription(features: SentenceFeatures, at: number): boolean {
  const tokens = features.tokens;
  const determiner = lowerAt(tokens, at);
  if (determiner !== 'the' && determiner !== 'this') return false;
  const next = posAt(tokens, at + 2);
  return posAt(tokens, at + 1) === 'NOUN' && (next === 'VERB' || next === 'AUX' || next === 'ADV');
}

/** Adverbs ("shortly", "strongly") are left out: they rarely decide whether two sentences agree. */
const POS_MAP: Record<string, WordNetPos | undefined> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adj' };

/**
 * Verbs and words that carry no content of their own in news copy: the reporting verbs, the
 * auxiliaries, and vague nouns. They are kept out of coverage so that "X said Y" and "Z said W"
 * do not look alike.
 */
const LIGHT_LEMMAS = new Set([
  'be', 'have', 'do', 'say', 'tell', 'add', 'note', 'state', 'explain', 'report', 'accord', 'according', 'also', 'get',
  'make', 'go', 'come', 'thing', 'way', 'time', 'year', 'day', 'week', 'month', 'today', 'currently', 'still', 'already',
  'just', 'only', 'even', 'very', 'so', 'then', 'now', 'well', 'however', 'meanwhile', 'include', 'other', 'such', 'more',
  'most', 'many', 'much', 'some', 'new', 'own', 'recently', 'soon', 'yet', 'far', 'mr', 'mrs', 'ms',
  'matter', 'issue', 'thing', 'fact', 'way', 'part',
]);
/**
 * A verb whose base form the tagger's stop-word list holds while its other forms are content
 * words ("does not own" against "owned"): as a verb it is a term in every form, or a denial in
 * the base form would lose its verb ("own" stays light as an adjective, "their own"). The other
 * such verbs ("take", "give", "put", "keep") are kept out: so many senses that WordNet pairs them
 * with half a story's verbs ("take over" / "to lead"), which cost more than the denials gained.
 */
const STOP_LISTED_VERBS = new Set(['own']);
const UNKNOWN = /\b(?:(?:is|was|remains|remained|are|were) (?:still |as yet )?(?:not (?:yet |entirely |fully )?(?:clear|known|certain)|unclear|unknown|uncertain)|not (?:yet )?(?:clear|known|certain) (?:who|whether|if|what|when|how|why|which)|unclear (?:who|whether|if|what|when|how|why|which)|(?:has|have|had) (?:yet|not yet) to (?:decide|say|announce|declare|confirm)|remains to be seen)\b/i;
const HEDGES = new Set(['may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'perhaps', 'likely', 'expected', 'speculate', 'rumour', 'rumor', 'reportedly']);
const TOTAL_CUE = /\b(?:all(?: of)?(?: its| the| their)?|its|their|the entire|the whole|of the|total (?:of|to)|(?:total|global|worldwide|overall|combined) \w+ of|(?:a|the) combined)\s*$/i;
const RUNNING_TOTAL = /\b(?:so far|to date|thus far)\b/i;
/** A sentence that opens by adding things up ("Combined, EDS and HP had $39 billion in revenue"): each figure is a sum of several. */
const TOTAL_OPENER = /^\W*(?:combined|together|taken together|in all|altogether|all told)\s*,/i;
/** Words after a figure that make it a grand total ("grossed $93 million worldwide", "12 in all"). */
const TOTAL_AFTER = /^\s*(?:worldwide|globally|overall|in total|in all|altogether|combined)\b/i;
const VALUE_WINDOW = 8;

/** The totals of every sentence without any (most): one empty set, shared. */
export const NO_TOTALS: ReadonlySet<ValueMention> = new Set();

export interface FeatureContext {
  readonly articleDate?: string;
  /**
   * The article has no date header and `articleDate` was guessed from its body: its relative dates
   * ("today", "on Sunday", "last week") are read against a guess, and decide nothing (vague).
   */
  readonly guessedDate?: boolean;
  readonly knownPeople?: ReadonlySet<string>;
  /** The entities of the whole article, in reading order, when it was read as one text: a sentence takes its own from them. */
  readonly articleEntities?: readonly EntityMention[];
  readonly tolerance?: number;
  /** The spans of the article's quotations (their words, without the marks), in order. */
  readonly quoteSpans?: readonly Span[];
}

/** The entity spans of a sentence that names none, and the quoted parts of one no quotation covers: one empty list for all of them. */
export const NO_SPANS: readonly number[] = Object.freeze([]);

/** `columns`: the article's token columns, being filled, that the sentence's tokens join (else columns of their own). */
export function sentenceFeatures(text: string, span: Span, ctx: FeatureContext, columns?: TokenColumns): SentenceFeatures {
  const sentence = text.slice(span.start, span.end);
  const tokens = tokenize(text, span.start, span.end);
  const entities = ctx.articleEntities
    ? ctx.articleEntities.filter((e) => e.span.start >= span.start && e.span.end <= span.end)
    : findEntities(sentence, ctx.knownPeople).map((e) => ({ ...e, span: { start: e.span.start + span.start, end: e.span.end + span.start } }));
  const read = extractValues(sentence, { articleDate: ctx.articleDate, tolerance: ctx.tolerance });
  const values = (ctx.guessedDate ? withRelativeDatesVague(sentence, read, ctx.tolerance) : read)
    .map((v) => ({ ...v, span: { start: v.span.start + span.start, end: v.span.end + span.start } }));
  const terms = markSecondary(contentTerms(tokens, entities, values), tokens);
  // A date is no total ("their 1979 album").
  // A running total ("Israel has so far lost seven soldiers", "12 to date") counts every day's.
  const running = RUNNING_TOTAL.test(sentence);
  const summed = TOTAL_OPENER.test(sentence);
  const totalValues = values.filter((v) => v.kind !== 'date' && (summed || (running && v.kind === 'quantity') || TOTAL_CUE.test(text.slice(Math.max(span.start, v.span.start - 20), v.span.start)) || TOTAL_AFTER.test(text.slice(v.span.end, Math.min(span.end, v.span.end + 16)))));
  // Most sentences give no total: they share one empty set (a set costs ~100 bytes, and there
  // are ~30 sentences an article).
  const totals = totalValues.length ? new Set(totalValues) : NO_TOTALS;
  return {
    span,
    text: sentence,
    lifespan: lifespanOf(sentence, span.start, values),
    tokens: columns ? appendTokens(columns, tokens) : columnsOf(tokens),
    // A copy of the list just long enough: the one filled by `push` keeps room for 17 terms.
    terms: terms.slice(),
    values,
    totals,
    entitySpans: entities.length ? spansOf(entities) : NO_SPANS,
    quoted: ctx.quoteSpans && quotedParts(ctx.quoteSpans, span),
    unknown: UNKNOWN.test(sentence),
    hedged: tokens.some((t) => HEDGES.has(t.lemma) || HEDGES.has(t.lower)),
    question: /\?["”’)]?\s*$/.test(sentence),
    wordCount: tokens.filter((t) => /\p{L}/u.test(t.text)).length,
    verbAt: tokens.findIndex((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !modifiesNoun(tokens, i)),
  };
}

/**
 * The mentions' spans as pairs of offsets, in an array just long enough (`flatMap` and `push`
 * keep room to grow) and without holes: V8 sends an array made by `new Array(n)` to another
 * thread as a sparse one, which arrives with room for 16.
 */
/** The parts of a sentence that quotations cover, as pairs of offsets (the shared empty list for none). */
function quotedParts(quotes: readonly Span[], span: Span): readonly number[] {
  let parts: number[] | undefined;
  for (const quote of quotes) {
    if (quote.end <= span.start || quote.start >= span.end) continue;
    (parts ??= []).push(Math.max(quote.start, span.start), Math.min(quote.end, span.end));
  }
  return parts ? parts.slice() : NO_SPANS;
}

function spansOf(entities: readonly EntityMention[]): number[] {
  const spans: number[] = [];
  for (const e of entities) spans.push(e.span.start, e.span.end);
  return spans.slice();
}

function contentTerms(tokens: readonly Token[], entities: readonly EntityMention[], values: readonly ValueMention[]): Term[] {
  const terms: Term[] = [];
  const scopeOf = negationScopes(tokens);
  // The cues that have governed a term already: each governs one.
  let spentCue = -1;
  const negatedAt = (i: number) => {
    const cue = scopeOf[i];
    if (cue < 0 || cue === spentCue) return false;
    // "No-one is believed to have been injured": the cue passes over a verb of belief or report
    // before "to" to the deed it reports.
    if (handsNegationOn(tokens, i)) return false;
    // "no tsunami warning": the cue denies the compound's head, not the noun that modifies it.
    if (tokens[cue].lower === 'no' && tokens[i].pos === 'NOUN' && tokens[i + 1]?.pos === 'NOUN' && scopeOf[i + 1] === cue) return false;
    spentCue = cue;
    return true;
  };
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (e < entities.length && entities[e].span.end <= token.start) e++;
    const entity = entities[e];
    if (entity && entity.span.start <= token.start && token.end <= entity.span.end) {
      if (entity.span.start === token.start || !terms.some((t) => t.key === 'e:' + entity.id && t.start === entity.span.start)) {
        terms.push(entityTerm(entity.id, entity.span, negatedAt(i), i));
      }
      continue;
    }
    // A figure's number, in digits or words ("seventeen months"), is the values' to compare: as a
    // term it would match any sentence with the same number in it. An ordinal stays: "the fourth
    // round" names which round as much as it counts.
    if ((token.pos === 'NUM' || isNumberWord(token.lower)) && values.some((v) => v.span.start <= token.start && token.end <= v.span.end)) continue;
    const pos = POS_MAP[token.pos];
    const contentVerb = token.pos === 'VERB' && STOP_LISTED_VERBS.has(token.lemma);
    if (!pos || (token.stop && !contentVerb) || (LIGHT_LEMMAS.has(token.lemma) && !contentVerb) || !/\p{L}/u.test(token.text) || token.lemma.length < 2) continue;
    const lacked = pos === 'adj' ? privativeNoun(token.lower) : undefined;
    if (lacked) {
      // "childless" is "no child": the noun, negated (and "not childless" has children).
      terms.push(lemmaTerm(lacked, 'noun', token, !negatedAt(i), i));
      continue;
    }
    const lemma = token.pos === 'PROPN' ? token.lower : token.lemma;
    terms.push(lemmaTerm(lemma, pos, token, negatedAt(i), i));
  }
  return terms;
}

/** "-less" adjectives that do not mean "without the noun" ("countless" is very many). */
const NOT_PRIVATIVE = new Set(['countless', 'priceless', 'timeless', 'restless', 'regardless', 'doubtless', 'nevertheless', 'unless', 'matchless', 'peerless', 'tireless', 'fearless', 'relentless', 'ruthless', 'reckless', 'needless', 'senseless']);

/** The noun a "-less" adjective lacks ("childless" → child, "jobless" → job), when WordNet knows it as a noun. */
function privativeNoun(lower: string): string | undefined {
  if (!lower.endsWith('less') || lower.length < 7 || NOT_PRIVATIVE.has(lower)) return undefined;
  const stem = lower.slice(0, -4);
  return conceptKeys(stem, 'noun').length > 0 ? intern(stem) : undefined;
}

/**
 * Trailing elaborations are not what a sentence asserts first: a participle clause after a comma
 * (", reinforcing the consensus", ", underlining ...") or a concessive one (", even though ...").
 * Their terms still match, but weigh less, so a source need not repeat them.
 */
function markSecondary(terms: Term[], tokens: readonly Token[]): Term[] {
  // "The official revealed that ...", "He noted that ...": the attribution before a reporting
  // verb and "that" is who says it, not what is said.
  // Also "The fire service said 14 people were hurt", where "that" is left out.
  const reportAt = tokens.findIndex((t, i) => REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB' && i > 0 && (tokens[i + 1]?.lower === 'that' || clauseFollows(tokens, i + 1)));
  if (reportAt > 0) {
    // The attribution is the clause of the reporting verb: a clause of its own before it ("A
    // postal worker delivered 570 parcels, and parents said they had changed their plans") is
    // asserted.
    const attributionFrom = clauseStartBefore(tokens, reportAt);
    terms = terms.map((t) => (t.token <= reportAt && t.token > attributionFrom ? asSecondary(t) : t));
  }
  let from = -1;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== ',') continue;
    const next = tokens[i + 1];
    const participle = next.pos === 'VERB' && /ing$/.test(next.lower);
    const concessive = /^(?:even|although|though|while|whereas|despite)$/.test(next.lower);
    if (participle || concessive) {
      from = i;
      break;
    }
  }
  if (from < 0) return terms;
  return terms.map((t) => (t.token > from ? asSecondary(t) : t));
}

/**
 * A clause without "that" opens at token `at`: a noun phrase ("14 people", "the fire service's
 * chief", "he") and then its verb ("were hurt"). A reporting verb with an object and no verb after
 * it ("wrote a long post about the week", "confirmed the sale on Sunday") reports nothing said.
 */
function clauseFollows(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:DET|NUM|PROPN|PRON)$/.test(tokens[at]?.pos ?? '')) return false;
  let i = at;
  while (i < tokens.length && (/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[i].pos) || /^['\u2019]s$/.test(tokens[i].lower))) i++;
  return tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
}

/**
 * The last comma or semicolon before token `at` that closes a clause with a verb of its own (-1
 * if none): "..., and parents said" starts its clause there; "In Brussels, the minister said"
 * does not, since "In Brussels" has no verb.
 */
function clauseStartBefore(tokens: readonly Token[], at: number): number {
  for (let j = at - 1; j > 0; j--) {
    if (tokens[j].text !== ',' && tokens[j].text !== ';') continue;
    for (let k = 0; k < j; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return j;
    return -1;
  }
  return -1;
}

/** Indices of the terms near a value: the words its meaning hangs on ("extended ... twice"). */
export function termsNear(features: SentenceFeatures, value: ValueMention): Term[] {
  const tokens = features.tokens;
  const count = runLength(tokens);
  let first = 0;
  while (first < count && endAt(tokens, first)! <= value.span.start) first++;
  let last = first;
  while (last < count && startAt(tokens, last)! < value.span.end) last++;
  if (first === count) first = -1;
  const from = Math.max(0, first - VALUE_WINDOW);
  const to = last + VALUE_WINDOW;
  return termsOf(features).filter((t) => t.token >= from && t.token < to && !(t.start >= value.span.start && t.end <= value.span.end));
}

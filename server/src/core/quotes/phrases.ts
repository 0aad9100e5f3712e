/**
 * Finding the speaker's noun phrase around a speech verb, without a parser: a phrase is a run of
 * tokens that a noun phrase may contain (determiners, modifiers, capitalised names, possessives,
 * "of"/"for" links to another phrase), bounded by punctuation and by words a noun phrase never
 * contains (auxiliaries, conjunctions, relative words). Every walk is bounded, so the cost per
 * cue is constant.
 */
import {
  ADVERBS_BEFORE_VERB, DETERMINERS, INTRODUCTORY_WORDS, NOT_IN_NOUN_PHRASE, NOUN_PHRASE_PREPOSITIONS,
  ORGANISATION_NOUNS, ROLE_NOUNS, SPEAKER_MODIFIERS, SPEECH_PARTICIPLES, SPEECH_VERBS, SUBJECT_PRONOUNS,
  TIME_PREPOSITIONS, TIME_WORDS,
} from './lexicon';
import { isCapitalised, isName, isNumber, isPhraseInternal, isWord, type Token } from './tokens';

/** Token indices, inclusive. */
export interface Phrase {
  first: number;
  last: number;
  /** A relative clause that belongs to the speaker ("an official, who asked not to be named"). */
  relative?: { first: number; last: number };
}

const MAX_PHRASE_TOKENS = 14;
const MAX_UNIT_TOKENS = 7;
/** A comma-delimited chunk longer than this is a clause, not an apposition. */
const MAX_CHUNK_TOKENS = 24;

/** A word a noun phrase never contains, unless it is written as a name ("US", "May"). */
const isStop = (t: Token): boolean => NOT_IN_NOUN_PHRASE.has(t.lower) && !isName(t);
const isPronoun = (t: Token): boolean => SUBJECT_PRONOUNS.has(t.lower) && (t.lower === 'i' || !isName(t));
const isSpeechWord = (lower: string): boolean => SPEECH_VERBS.has(lower) || SPEECH_PARTICIPLES.has(lower);

/** A word that modifies a speaker's head noun without a determiner ("senior", "mobile-phone"). */
const isModifier = (t: Token): boolean => SPEAKER_MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower)
  || ORGANISATION_NOUNS.has(t.lower) || /^\p{Ll}+-\p{Ll}+/u.test(t.text);

/** A word that can end (head) a noun phrase. */
function canHead(t: Token): boolean {
  return isWord(t) && !isStop(t) && !DETERMINERS.has(t.lower)
    && !isSpeechWord(t.lower) && !NOUN_PHRASE_PREPOSITIONS.has(t.lower);
}

/** Probably a verb: "-ed" words outside the known modifiers, and speech verbs. */
function looksLikeVerb(t: Token): boolean {
  return isSpeechWord(t.lower) || (/^\p{Ll}+ed$/u.test(t.text) && t.text.length > 4 && !SPEAKER_MODIFIERS.has(t.lower));
}

/** Steps back over adverbs and time phrases between a speaker and its verb ("Britain on Thursday said"). */
export function skipBackOverAdverbials(tokens: readonly Token[], j: number, lo: number): number {
  for (let guard = 0; guard < 6 && j >= lo; guard++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (ADVERBS_BEFORE_VERB.has(t.lower) || (/^\p{Ll}{3,}ly$/u.test(t.text) && !ROLE_NOUNS.has(t.lower))) { j--; continue; }
    if (TIME_WORDS.has(t.lower) || (isNumber(t) && j - 1 >= lo && TIME_WORDS.has(tokens[j - 1].lower.replace(/\.$/, '')))) {
      j--;
      if (j >= lo && TIME_WORDS.has(tokens[j].lower.replace(/\.$/, ''))) j--;
      if (j >= lo && TIME_PREPOSITIONS.has(tokens[j].lower)) j--;
      continue;
    }
    break;
  }
  return j;
}

/** The first token of the noun-phrase unit headed by `head` (no "of"/"for" links), if any. */
function unitStart(tokens: readonly Token[], head: number, lo: number): number | undefined {
  // "one of the voting precincts", "two of his aides": a quantity standing for the head noun.
  if (DETERMINERS.has(tokens[head].lower) && tokens[head + 1]?.lower === 'of' && !/^(?:a|an|the)$/.test(tokens[head].lower)) return head;
  if (!canHead(tokens[head])) return undefined;
  // A determiner close before the head makes everything between part of the phrase.
  for (let k = head - 1; k >= lo && k >= head - MAX_UNIT_TOKENS; k--) {
    const t = tokens[k];
    if (!isWord(t)) { if (isPhraseInternal(t)) continue; break; }
    if (DETERMINERS.has(t.lower)) return k;
    if (isStop(t) || NOUN_PHRASE_PREPOSITIONS.has(t.lower) || looksLikeVerb(t) || isPronoun(t)) break;
  }
  // Otherwise a run of names, possessives, numbers and known modifiers ("UK Prime Minister Rishi Sunak's").
  let start = head;
  for (let k = head - 1; k >= lo && head - k <= MAX_PHRASE_TOKENS; k--) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (isPhraseInternal(t) && k - 1 >= lo && isWord(tokens[k - 1])) continue;
      break;
    }
    if (isStop(t) || TIME_WORDS.has(t.lower) || isPronoun(t) || DETERMINERS.has(t.lower)) break;
    if (isCapitalised(t) || isNumber(t) || isModifier(t)) { start = k; continue; }
    break;
  }
  return start;
}

/** The noun phrase that ends at token `head` (inclusive), joined through "of"/"for"/"and". */
export function phraseEndingAt(tokens: readonly Token[], head: number, lo: number): Phrase | undefined {
  if (head < lo || !isWord(tokens[head])) return undefined;
  if (isPronoun(tokens[head])) return { first: head, last: head };
  let first = unitStart(tokens, head, lo);
  if (first === undefined) return undefined;
  for (let guard = 0; guard < 3; guard++) {
    const link = tokens[first - 1];
    if (first - 2 < lo || !isWord(link)) break;
    const and = link.lower === 'and' || link.text === '&';
    const joinsNames = and && isCapitalised(tokens[first]) && isCapitalised(tokens[first - 2]);
    // "vice president for advocacy and policy": two objects of one preposition.
    const joinsObjects = and && first === head && isWord(tokens[first - 3]) && NOUN_PHRASE_PREPOSITIONS.has(tokens[first - 3].lower);
    if (!NOUN_PHRASE_PREPOSITIONS.has(link.lower) && !joinsNames && !joinsObjects) break;
    const before = unitStart(tokens, first - 2, lo);
    if (before === undefined || head - before >= MAX_PHRASE_TOKENS) break;
    first = before;
  }
  return { first, last: head };
}

/** The subject of the speech verb at `verb`, looking back no further than `lo`. */
export function subjectBefore(tokens: readonly Token[], verb: number, lo: number): Phrase | undefined {
  const j = skipBackOverAdverbials(tokens, verb - 1, lo);
  if (j < lo) return undefined;
  const t = tokens[j];
  if (!isWord(t)) return t.kind === 'punct' && t.text === ',' ? subjectBeforeComma(tokens, j, lo) : undefined;
  return phraseEndingAt(tokens, j, lo);
}

/** Start of the comma-delimited chunk that ends just before `end` (index after the previous boundary). */
function chunkStart(tokens: readonly Token[], end: number, lo: number): number {
  let k = end - 1;
  while (k >= lo && (isWord(tokens[k]) || isPhraseInternal(tokens[k])) && end - k <= MAX_CHUNK_TOKENS) k--;
  return k + 1;
}

/** Index of "who"/"which" after the first word of a chunk, if it holds one. */
function relativeWordIn(tokens: readonly Token[], start: number, end: number): number | undefined {
  for (let k = start + 1; k < end; k++) if (tokens[k].lower === 'who' || tokens[k].lower === 'which') return k;
  return undefined;
}

/** A whole chunk [start, end) that is one noun phrase. */
function wholeChunkPhrase(tokens: readonly Token[], start: number, end: number): Phrase | undefined {
  if (end <= start) return undefined;
  const phrase = phraseEndingAt(tokens, end - 1, start);
  return phrase && phrase.first === start ? phrase : undefined;
}

/**
 * "Scholz's spokesman, Steffen Hebestreit, said", "an official, who asked not to be named,
 * said", "Smith, 45, said": the verb follows a comma, so the speaker is the chunk (or the pair
 * of chunks) before it.
 */
function subjectBeforeComma(tokens: readonly Token[], comma: number, lo: number): Phrase | undefined {
  let end = comma;
  let relative: Phrase['relative'];
  let extendTo: number | undefined;
  for (let guard = 0; guard < 3 && end > lo; guard++) {
    const start = chunkStart(tokens, end, lo);
    if (start >= end) return undefined;
    const opener = tokens[start].lower;
    const boundary = tokens[start - 1];
    const atComma = start - 1 >= lo && boundary?.kind === 'punct' && boundary.text === ',';
    if ((opener === 'who' || opener === 'which') && atComma) {
      relative = { first: start, last: end - 1 };
      end = start - 1;
      continue;
    }
    if (end - start === 1 && (ADVERBS_BEFORE_VERB.has(opener) || NOT_IN_NOUN_PHRASE.has(opener)) && atComma) {
      end = start - 1; // "He, however, said"
      continue;
    }
    if ((NOUN_PHRASE_PREPOSITIONS.has(opener) || opener === 'from') && atComma && end - start > 1) {
      extendTo ??= end - 1; // "Matt Goodman, from the fire service, said"
      end = start - 1;
      continue;
    }
    const isAge = end - start === 1 && isNumber(tokens[start]);
    // "a resident of Ashgabat who declined to give her surname": a relative clause inside the chunk.
    const who = relativeWordIn(tokens, start, end);
    if (who !== undefined) relative = { first: who, last: end - 1 };
    const phrase = isAge ? undefined : wholeChunkPhrase(tokens, start, who ?? end);
    if (!phrase && !isAge) return undefined;
    if (atComma) {
      const earlier = wholeChunkPhrase(tokens, chunkStart(tokens, start - 1, lo), start - 1);
      if (earlier && !INTRODUCTORY_WORDS.has(tokens[earlier.first].lower) && !isPronoun(tokens[earlier.last])) {
        const last = isAge ? earlier.last : phrase!.last;
        return { first: earlier.first, last: extendTo ?? last, relative };
      }
    }
    return phrase ? { first: phrase.first, last: extendTo ?? phrase.last, relative } : undefined;
  }
  return undefined;
}

/**
 * The noun phrase that starts at token `s` and reads forward ("said the official", "according
 * to the spokesperson", "as quoted by the news agency Reuters").
 */
export function phraseFrom(tokens: readonly Token[], s: number, hi: number): Phrase | undefined {
  const t0 = tokens[s];
  if (s >= hi || !isWord(t0)) return undefined;
  if (isPronoun(t0)) return { first: s, last: s };
  // "said Thursday", "said today": a time, not a speaker (unless a name follows, "May Chen").
  if (TIME_WORDS.has(t0.lower.replace(/\.$/, '')) && !(isWord(tokens[s + 1]) && isCapitalised(tokens[s + 1]))) return undefined;
  let k = s;
  let last = -1;
  let head = false; // a word that can only be a noun has been read
  if (DETERMINERS.has(t0.lower)) k++;
  for (; k < hi && k - s < MAX_PHRASE_TOKENS; k++) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (isPhraseInternal(t) && isWord(tokens[k + 1])) continue;
      break;
    }
    const next = tokens[k + 1];
    if (NOUN_PHRASE_PREPOSITIONS.has(t.lower)) {
      // "a resident of the street": a linked phrase, with its own determiner and head.
      if (last < 0 || k + 1 >= hi || !isWord(next) || !(DETERMINERS.has(next.lower) || isCapitalised(next) || isNumber(next))) break;
      if (DETERMINERS.has(next.lower)) k++;
      head = false;
      continue;
    }
    if (/['\u2019]s$/.test(t.text) && !isStop(t)) {
      // "the central bank's chief economist": the possessed noun follows.
      last = k;
      head = false;
      continue;
    }
    if ((t.lower === 'and' || t.text === '&') && last >= 0 && isCapitalised(tokens[last]) && isWord(next) && isCapitalised(next)) continue;
    if (isStop(t) || DETERMINERS.has(t.lower) || isPronoun(t) || looksLikeVerb(t)) break;
    const known = SPEAKER_MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower) || ORGANISATION_NOUNS.has(t.lower);
    if (isCapitalised(t) || isNumber(t) || known) {
      last = k;
      // A sentence's first word is capitalised whatever it is, so it does not prove a name.
      if ((isCapitalised(t) && k !== s) || ROLE_NOUNS.has(t.lower) || ORGANISATION_NOUNS.has(t.lower)) head = true;
      continue;
    }
    const name = nameAfterTitle(tokens, k, hi);
    if (name !== undefined) {
      // "general manager Ed Stefanski": a lower-case job title before a name.
      last = k = name;
      head = true;
      continue;
    }
    // After a determiner, adjectives may come before the noun: "one young man".
    const afterDeterminer = DETERMINERS.has(t0.lower) && k - s <= 3 && !/ly$/.test(t.lower)
      && tokens.slice(s + 1, k).every((w) => !isCapitalised(w) && !isStop(w));
    if ((!head || afterDeterminer) && (k === s || last < 0 || !isCapitalised(tokens[last]))) {
      last = k;
      head = true;
      continue;
    }
    break;
  }
  return last >= s ? { first: s, last } : undefined;
}

/** Index of the name that follows a lower-case title of up to three words starting at `k`. */
function nameAfterTitle(tokens: readonly Token[], k: number, hi: number): number | undefined {
  for (let m = k; m < hi && m <= k + 3; m++) {
    const t = tokens[m];
    if (!isWord(t)) return undefined;
    if (m > k && isCapitalised(t) && !isStop(t)) return m;
    if (isCapitalised(t) || isStop(t) || DETERMINERS.has(t.lower) || isPronoun(t) || looksLikeVerb(t) || NOUN_PHRASE_PREPOSITIONS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** The subject of a sentence's main clause, after any introductory clauses ("Meanwhile, ..."). */
export function mainSubject(tokens: readonly Token[], start: number, hi: number): Phrase | undefined {
  let s = start;
  for (let guard = 0; guard < 4 && s < hi; guard++) {
    const t = tokens[s];
    if (!isWord(t) || !INTRODUCTORY_WORDS.has(t.lower)) break;
    let k = s;
    // An introductory clause is short; the bound keeps the cost per cue constant.
    while (k < hi && k - s < MAX_CHUNK_TOKENS && !(tokens[k].kind === 'punct' && tokens[k].text === ',')) k++;
    if (k >= hi || k - s >= MAX_CHUNK_TOKENS) return undefined;
    s = k + 1;
  }
  return phraseFrom(tokens, s, hi);
}

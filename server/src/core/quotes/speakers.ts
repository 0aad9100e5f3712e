/**
 * What a speaker phrase is (one person, several people, an organisation; named or anonymous) and
 * the running list of speakers an article has mentioned, so that "He explained" can be resolved
 * to the most recent speaker a "he" can refer to.
 */
import type { Span } from '../types';
import {
  ANONYMITY_MARKERS, DETERMINERS, INDEFINITE_DETERMINERS, NOUN_PHRASE_PREPOSITIONS, ORGANISATION_NOUNS,
  ROLE_NOUNS,
} from './lexicon';
import type { Phrase } from './phrases';
import { isCapitalised, isWord, type Token } from './tokens';

export interface SpeakerEntry {
  span: Span;
  text: string;
  /** The phrase's head noun, lower case ("official" in "a senior French official"). */
  head: string;
  plural: boolean;
  organisation: boolean;
  anonymous: boolean;
  pronoun: boolean;
}

const PLURAL_DETERMINERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'few', 'both', 'numerous', 'multiple', 'various', 'these', 'those']);
const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'spokesmen', 'spokeswomen', 'spokespeople']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
/** How far back a pronoun looks for its speaker. */
const HISTORY_LOOKBACK = 40;

/** The span a phrase covers, with its relative clause when that clause is about anonymity. */
export function phraseSpan(tokens: readonly Token[], phrase: Phrase, text: string): Span {
  const span = { start: tokens[phrase.first].start, end: tokens[phrase.last].end };
  if (phrase.relative) {
    const relative = { start: tokens[phrase.relative.first].start, end: tokens[phrase.relative.last].end };
    if (ANONYMITY_MARKERS.test(text.slice(relative.start, relative.end))) return { start: span.start, end: Math.max(span.end, relative.end) };
  }
  return span;
}

/** Describes a speaker phrase; `history` lets "the official" inherit the anonymity of "an official". */
export function describeSpeaker(tokens: readonly Token[], phrase: Phrase, text: string, history: readonly SpeakerEntry[]): SpeakerEntry {
  const span = phraseSpan(tokens, phrase, text);
  const written = text.slice(span.start, span.end);
  // The head is the last word before any "of"/"for" link: "spokesman" in "a spokesman for the ministry".
  let headIndex = phrase.last;
  let joined = false;
  for (let k = phrase.first + 1; k <= phrase.last; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (NOUN_PHRASE_PREPOSITIONS.has(t.lower)) { headIndex = k - 1; break; }
    if (t.lower === 'and' || t.text === '&') joined = true;
  }
  while (headIndex > phrase.first && !isWord(tokens[headIndex])) headIndex--;
  const headToken = tokens[headIndex];
  const head = headToken.lower.replace(/['\u2019]s$/, '');
  const first = tokens[phrase.first].lower;
  const pronoun = phrase.first === phrase.last && /^(?:he|she|they|it|we|i|you)$/.test(first);
  const plural = pronoun ? first === 'they' || first === 'we'
    : joined || PLURAL_DETERMINERS.has(first) || PLURAL_NOUNS.has(head)
      || (!isCapitalised(headToken) && /[^su]s$/.test(head) && head.length > 3);
  const acronym = phrase.first === phrase.last && /^\p{Lu}{2,}$/u.test(headToken.text);
  const organisation = ORGANISATION_NOUNS.has(head) || acronym || (pronoun && first === 'it');
  let anonymous = ANONYMITY_MARKERS.test(written);
  const lowerHead = !isCapitalised(headToken) && !ORGANISATION_NOUNS.has(head);
  if (!anonymous && !pronoun && lowerHead && INDEFINITE_DETERMINERS.has(first)) {
    anonymous = true; // "a senior French official", "two diplomats", "a resident"
  } else if (!anonymous && ROLE_NOUNS.has(head) && !pronoun) {
    if (!DETERMINERS.has(first) && plural) anonymous = true; // "diplomats say", "NATO officials told"
    else if (first === 'the' || first === 'this') {
      // "the official" after "a senior French official": the same unnamed person.
      for (let k = history.length - 1; k >= 0 && history.length - k <= HISTORY_LOOKBACK; k--) {
        if (history[k].head === head && !history[k].pronoun) { anonymous = history[k].anonymous; break; }
      }
    }
  }
  return { span, text: written, head, plural, organisation, anonymous, pronoun };
}

/**
 * The most recent earlier speaker a pronoun can refer to: he/she need one person, they a group
 * or an organisation, it an organisation. Undefined when nothing fits (the pronoun stays).
 */
export function resolvePronoun(pronoun: string, history: readonly SpeakerEntry[]): SpeakerEntry | undefined {
  const p = pronoun.toLowerCase();
  const fits = (e: SpeakerEntry): boolean => {
    if (e.pronoun) return false;
    if (PERSON_PRONOUNS.has(p)) return !e.plural && !e.organisation;
    if (p === 'they') return e.plural || e.organisation;
    if (p === 'it') return e.organisation && !e.plural;
    return false;
  };
  for (let k = history.length - 1; k >= 0 && history.length - k <= HISTORY_LOOKBACK; k--) {
    if (fits(history[k])) return history[k];
  }
  return undefined;
}

/**
 * Substitution in a simple statement: the same subject does the same thing (or "is") something
 * else: "Lost is a political party" against "Lost is an American television drama series". Also
 * the pieces of a statement the pair model reads (subject, predicate, complement).
 */
import type { ConflictDetail } from './types';
import type { SentenceFeatures, Term } from './features';
import { type Alignment, termMatch } from './align';

export const MAX_SIMPLE_TERMS = 8;
export const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'its', 'his', 'her', 'their']);

/**
 * The same subject does the same thing to something else: "Lost is a political party" against
 * "Lost is an American television drama series", "associated with death metal" against
 * "associated with dancehall music". The subject (the first term before the shared verb, or a
 * pronoun opening the other sentence, which stands for the topic) and the verb match, while the
 * first content word after the verb matches nothing on the other side, and vice versa.
 */
export function objectConflict(claim: SentenceFeatures, source: SentenceFeatures, alignment: Alignment): ConflictDetail | undefined {
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
export function complement(features: SentenceFeatures, verbToken: number): { head?: Term; country?: Term; modifiers: Term[] } {
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

export function withoutEntities(features: SentenceFeatures): string {
  let text = features.text;
  for (const e of features.entities) text = text.slice(0, e.span.start - features.span.start) + ' '.repeat(e.span.end - e.span.start) + text.slice(e.span.end - features.span.start);
  return text;
}

export function copulaToken(features: SentenceFeatures): number {
  return features.tokens.findIndex((t) => t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB'));
}

/**
 * What the claim store keeps of an article: its sentences with their features, which of them are
 * claims, and how a claim's retrieval keys group into the units of a query. Pure: plain data in,
 * plain data out, so that front ends can keep the result (the CLI's cache and index) and index it
 * later with `ClaimStore.setSentences`.
 */
import type { ParsedArticle } from '../article/parse';
import { type FeatureContext, resolveOpeningPronoun, retrievalKeys, type SentenceFeatures, sentenceFeatures } from './features';
import { findEntities } from '../lexicon/entities';
import { emptyColumns, finishColumns } from './tokenColumns';
import { packTerms, type TermSource, termsOf } from './termColumns';
import type { Term } from './terms';
import type { StoredSentence } from './store';

/**
 * The stored sentences of one article: every sentence but headings, with its features (the
 * expensive part of indexing an article). Pure: plain data in, plain data out, so that front ends
 * can keep the result (the CLI's cache and index) and index it later with `setSentences`.
 */
export function articleSentences(articleId: string, parsed: ParsedArticle, ctx: FeatureContext): StoredSentence[] {
  if (!parsed.analysable) return [];
  const stored: StoredSentence[] = [];
  // The article is read for names once, as a whole: each sentence takes the mentions within it,
  // and people named in full anywhere in the article are known by their surname in every
  // sentence. (Each sentence was read again on its own, with those people known: a seventh of
  // the analysis, for the same mentions but in a few headlines; bench/RESULTS.md.)
  const articleEntities = findEntities(parsed.text);
  const knownPeople = new Set(articleEntities.filter((e) => e.kind === 'person').map((e) => e.id));
  const sentenceContext = { ...ctx, knownPeople, articleEntities };
  // All the article's tokens in one set of columns (see tokenColumns.ts).
  const columns = emptyColumns();
  for (const sentence of parsed.sentences) {
    if (sentence.kind === 'heading') continue;
    const own = sentenceFeatures(parsed.text, sentence.span, sentenceContext, columns);
    const features = resolveOpeningPronoun(own, stored[stored.length - 1]?.features);
    stored.push({ gid: -1, articleId, index: stored.length, features, isClaim: isClaim(features), kind: sentence.kind });
  }
  finishColumns(columns);
  // The terms too, once every sentence has its own (an opening pronoun reads the previous one's).
  const runs = packTerms(stored.map((s) => s.features.terms as readonly Term[]));
  stored.forEach((s, i) => ((s.features as { terms: TermSource }).terms = runs[i]));
  return stored;
}

/**
 * The rule for what is a claim, kept explainable: a sentence of the article's own prose (or its
 * headline) with at least three words and a verb, that is not a question.
 */
export function isClaim(features: SentenceFeatures): boolean {
  return !features.question && features.wordCount >= 3 && features.verbAt >= 0;
}

/**
 * A claim's retrieval keys grouped by the term they come from (its key, the surname of a person,
 * the WordNet senses of a noun or verb), then one group per value kind: the units of a query.
 * Grouping keeps a word with many senses from counting as many matches.
 */
export function queryGroups(features: SentenceFeatures): string[][] {
  const keys = retrievalKeys(features);
  const inKeys = new Set(keys);
  const seen = new Set<string>();
  const groups: string[][] = [];
  // A term's keys not taken by an earlier term make its group; they are marked taken when the
  // group closes (a key a term lists twice counts twice, as retrieval has always read it).
  let fresh: string[] = [];
  const take = (key: string): void => {
    if (inKeys.has(key) && !seen.has(key)) fresh.push(key);
  };
  const close = (): void => {
    if (fresh.length === 0) return;
    for (const key of fresh) seen.add(key);
    groups.push(fresh);
    fresh = [];
  };
  for (const term of termsOf(features)) {
    for (const key of term.lexeme.retrievalKeys) take(key);
    close();
  }
  // Keys no term's word accounts for (values, the first names of a person): one group each.
  for (const key of keys) {
    take(key);
    close();
  }
  return groups;
}

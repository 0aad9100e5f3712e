/**
 * Sentences that cross a boundary as plain data: sent from a worker thread, written to and read
 * back from the cache or an index. `portableSentences` packs them to go; `compactCopiedFeatures`
 * makes what arrives as compact as what this process computes itself.
 *
 * A copy holds its own strings and objects where a computed analysis shares them: a computed
 * sentence's text is a slice of its article's text (a few bytes pointing into it), its words and
 * value kinds are the process's one copy of each (intern.ts), its terms point to the process's
 * `Word`s. Left as they arrive, copies made the heap of a two-thread check at 10k articles about
 * 120 MB larger than that of a one-thread check.
 */
import type { ParsedArticle } from '../article/parse';
import type { Span } from '../types';
import { intern } from '../text/intern';
import { NO_SPANS, NO_TOTALS, type SentenceFeatures } from './features';
import { type CopiedTerm, copyOfTerm, Term, termFromCopy } from './terms';
import { internColumns, portableColumns, type TokenColumns } from './tokenColumns';
import { isTermList, packTerms, termsOf } from './termColumns';

/** Where copied sentences come from, for them to share its strings. */
export interface CopiedFrom {
  /** The text of the sentences' article: texts that are slices of it become slices again. */
  readonly text: string;
  /** The article's id, when the copies carry it (a worker's results, not the cache's). */
  readonly articleId?: string;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes the features of sentences that were copied (read from the cache, sent from a worker
 * thread) as compact as computed ones: terms are packed again (`packTerms`, one array for the
 * sentences given) with the numbers of the process's own `Word`s, and a sentence without totals
 * or names shares the empty set or list. Given the article they come from, their texts become slices of its
 * text again and their short strings (kinds, units) the process's copies. Changes the
 * sentences in place: objects that two of them share (a value that is also a total) stay shared.
 */
export function compactCopiedFeatures(sentences: ReadonlyArray<{ readonly features: SentenceFeatures; readonly articleId?: string; readonly kind?: string }>, from?: CopiedFrom): void {
  const runs = packTerms(sentences.map(({ features }) => (features.terms as readonly unknown[] as readonly CopiedTerm[]).map(termFromCopy)));
  sentences.forEach((sentence, i) => {
    const features = sentence.features as Writable<SentenceFeatures>;
    features.terms = runs[i];
    if (sentence.features.totals.size === 0) features.totals = NO_TOTALS;
    if (sentence.features.entitySpans.length === 0) features.entitySpans = NO_SPANS;
    if (sentence.features.quoted?.length === 0) features.quoted = NO_SPANS;
    if (!from) return;
    const writable = sentence as Writable<typeof sentence>;
    if (from.articleId !== undefined && sentence.articleId === from.articleId) writable.articleId = from.articleId;
    if (sentence.kind !== undefined) writable.kind = intern(sentence.kind);
    features.text = sharedText(from.text, features.span, features.text);
    for (const mentions of [features.values, [features.lifespan?.born, features.lifespan?.died]]) {
      for (const mention of mentions) if (mention) shareMentionStrings(mention as unknown as Record<string, unknown>, from.text);
    }
  });
}

/**
 * An article's parse and sentences copied together (a worker's result, a cache entry) made as
 * compact as computed ones: its token columns packed (`internColumns`), the sentences as
 * `compactCopiedFeatures` makes them, and the texts and kinds of the parse's sentences, blocks
 * and boilerplate, and of the quotes, shared with the article's text. Changes them in place.
 */
export function compactCopiedArticle(parsed: ParsedArticle, analysis: { readonly sentences: Parameters<typeof compactCopiedFeatures>[0]; readonly quotes: readonly object[] }, articleId?: string): void {
  for (const columns of new Set(analysis.sentences.map((s) => s.features.tokens.columns))) internColumns(columns);
  compactCopiedFeatures(analysis.sentences, { text: parsed.text, articleId });
  for (const part of [parsed.sentences, parsed.blocks, parsed.boilerplate, analysis.quotes] as ReadonlyArray<readonly object[]>) {
    for (const item of part) shareMentionStrings(item as Record<string, unknown>, parsed.text);
  }
}

/**
 * Features handed in from outside as plain data (an analysis kept and passed back, read from a
 * file, sent from a thread) have their terms as a list of copies: those are packed again, as
 * `compactCopiedFeatures` packs them. Features already of this process (their terms packed, or
 * a list of `Term`s) are left as they are.
 */
export function adoptCopiedFeatures(sentences: ReadonlyArray<{ readonly features: SentenceFeatures }>): void {
  const copied = sentences.filter(({ features }) => isTermList(features.terms) && features.terms.length > 0 && !(features.terms[0] instanceof Term));
  if (copied.length > 0) compactCopiedFeatures(copied);
}

/**
 * Sentences as plain data to send or store: each term packed (`copyOfTerm`), which the
 * receiver makes a term again (`compactCopiedFeatures`), and the token columns with their
 * strings, not this process's numbers of them (`portableColumns`, which the receiver packs
 * again with `internColumns`). The sentences given are left as they are.
 */
export function portableSentences<S extends { readonly features: SentenceFeatures }>(sentences: readonly S[]): S[] {
  // The sentences of an article share its columns: so do their copies.
  const columns = new Map<TokenColumns, TokenColumns>();
  const portable = (own: TokenColumns): TokenColumns => {
    let copy = columns.get(own);
    if (!copy) columns.set(own, (copy = portableColumns(own)));
    return copy;
  };
  return sentences.map((sentence) => {
    const { features } = sentence;
    const tokens = { ...features.tokens, columns: portable(features.tokens.columns) };
    return { ...sentence, features: { ...features, tokens, terms: termsOf(features).map(copyOfTerm) as unknown as readonly Term[] } };
  });
}

/** A value's strings shared: its text a slice of the article's, the others interned. */
function shareMentionStrings(mention: Record<string, unknown>, articleText: string): void {
  for (const key of Object.keys(mention)) {
    const value = mention[key];
    if (typeof value !== 'string') continue;
    mention[key] = key === 'text' && isSpan(mention.span) ? sharedText(articleText, mention.span, value) : intern(value);
  }
}

/**
 * `text` as a slice of the article's text when it is that slice (V8 then keeps a pointer into
 * the article's string, not the characters); a short text, which V8 copies when sliced, interned.
 */
function sharedText(articleText: string, span: Span, text: string): string {
  if (text.length <= SHORTEST_SLICE) return intern(text);
  const slice = articleText.slice(span.start, span.end);
  return slice === text ? slice : intern(text);
}

/** V8 copies the characters of a slice shorter than 13 (SlicedString::kMinLength). */
const SHORTEST_SLICE = 12;

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}

/**
 * Quotes across the corpus: the same words reported by other articles (corroboration of the
 * quote, and who they attribute it to), the same quote with words added, dropped or changed
 * (`quote/altered`), and the same words put in the mouth of a different named person
 * (`quote/misattributed`). Quotes are matched by their word wordPairs, tolerant of case,
 * punctuation and quote marks, through an index so that each quote meets only its likely twins.
 */
import type { CodeInfo, Finding, RelatedLocation, Span } from '../types';
import type { Quote } from './model';
import { type Indexed, indexedQuote, SAME_QUOTE_SHARE, sharedPairs } from './twins';
import { type QuotesSnapshot, quotesSnapshotOf, RestoredQuotes } from './quoteSnapshot';

export { namesIn, quoteTokens } from './twins';

/** `quote/altered`: the quote appears elsewhere with different wording. */
export const ALTERED_QUOTE: CodeInfo = {
  code: 'quote/altered',
  defaultSeverity: 'information',
  summary: 'The same quotation appears in another article with different wording.',
  help: 'Another article reports this quote with words (or punctuation that changes the reading) added, dropped or changed. The message shows the difference; check the original statement and make the quote exact. A quote that names someone or something is compared only with quotes that have the same name in the same place.',
};

/** `quote/misattributed`: the same words are attributed to a different named person elsewhere. */
export const MISATTRIBUTED_QUOTE: CodeInfo = {
  code: 'quote/misattributed',
  defaultSeverity: 'warning',
  summary: 'Another article attributes this quotation to a different person.',
  help: 'The same words are attributed to two different named people. An unnamed official and a named minister are compatible (the official may be the minister\'s spokesperson); two different names are not. Check who said it.',
};

export interface CorpusQuote {
  readonly articleId: string;
  readonly quote: Quote;
}

export interface QuoteAppearance {
  readonly articleId: string;
  readonly span: Span;
  readonly text: string;
  readonly speaker?: string;
  readonly relation: 'same' | 'altered';
}

const EMPTY: ReadonlySet<Indexed> = new Set();
/**
 * Appearances listed per quote, at most. A wire quote can run in hundreds of articles of a large
 * corpus; every one is still compared (for altered and misattributed copies), but listing them
 * all would make the report grow with the square of the corpus.
 */
export const MAX_LISTED_APPEARANCES = 50;

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export class QuoteIndex {
  private readonly byArticle = new Map<string, Indexed[]>();
  private readonly postings = new Map<string, Set<Indexed>>();
  private indexed = 0;
  /** An index restored from a snapshot (`restored`), read in place until it is changed. */
  private restoredFrom?: RestoredQuotes;

  /** An index that answers as the one `snapshot` was taken of, with some articles' quotes replaced in place. */
  static restored(snapshot: QuotesSnapshot, replaced: ReadonlyMap<string, readonly Quote[]>): QuoteIndex {
    const index = new QuoteIndex();
    index.restoredFrom = new RestoredQuotes(snapshot, replaced);
    return index;
  }

  /** The index as plain data, to restore later (see `restored`). */
  snapshot(): QuotesSnapshot {
    this.materialise();
    return quotesSnapshotOf(this.byArticle, this.postings);
  }

  /** Indexes every quote of a restored index, in its order, before it is changed. */
  private materialise(): void {
    const restored = this.restoredFrom;
    if (!restored) return;
    this.restoredFrom = undefined;
    for (const [id, quotes] of restored.quotesInOrder()) this.setArticle(id, quotes);
  }
  /**
   * The twins of a wording, across all articles, while the index does not change: a wire quote's
   * copies share one wording, so its twins are looked up once rather than once per copy.
   */
  private readonly twinsOfWording = new Map<string, Indexed[]>();

  setArticle(articleId: string, quotes: readonly Quote[]): void {
    this.materialise();
    this.removeArticle(articleId);
    this.twinsOfWording.clear();
    const entries: Indexed[] = [];
    for (const quote of quotes) {
      const indexed = indexedQuote(articleId, quote, this.indexed);
      if (!indexed) continue;
      this.indexed++;
      entries.push(indexed);
      for (const gram of indexed.pairSet) {
        let set = this.postings.get(gram);
        if (!set) this.postings.set(gram, (set = new Set()));
        set.add(indexed);
      }
    }
    this.byArticle.set(articleId, entries);
  }

  /**
   * The articles with a quote that counts one of `quotes` among its twins, or would if it were
   * indexed: the reports whose appearances and findings a change of those quotes can reach.
   */
  articlesWithTwinsOf(quotes: readonly Quote[]): Set<string> {
    if (this.restoredFrom) return this.restoredFrom.articlesWithTwinsOf(quotes);
    const articles = new Set<string>();
    for (const quote of quotes) {
      const theirs = indexedQuote('', quote, -1);
      if (!theirs) continue;
      const checked = new Set<Indexed>();
      for (const gram of theirs.pairSet) {
        for (const mine of this.postings.get(gram) ?? EMPTY) {
          if (checked.has(mine)) continue;
          checked.add(mine);
          if (sharedPairs(mine, theirs).twin) articles.add(mine.entry.articleId);
        }
      }
    }
    return articles;
  }

  removeArticle(articleId: string): void {
    this.materialise();
    if (this.byArticle.has(articleId)) this.twinsOfWording.clear();
    for (const indexed of this.byArticle.get(articleId) ?? []) {
      for (const gram of indexed.wordPairs) {
        const set = this.postings.get(gram);
        set?.delete(indexed);
        if (set && set.size === 0) this.postings.delete(gram);
      }
    }
    this.byArticle.delete(articleId);
  }

  /** For each speech quote of the article: where else it appears, and the findings. */
  judgeArticle(articleId: string): { appearances: Map<number, QuoteAppearance[]>; findings: Finding[] } {
    // By where each quote starts: a restored corpus indexes copies of the quotes it reports.
    const appearances = new Map<number, QuoteAppearance[]>();
    const findings: Finding[] = [];
    for (const mine of this.restoredFrom?.entriesOf(articleId) ?? this.byArticle.get(articleId) ?? []) {
      const seen: QuoteAppearance[] = [];
      let altered: { other: Indexed; difference: string } | undefined;
      let misattributed: Indexed | undefined;
      for (const other of this.twins(mine)) {
        // The wording is compared only while it is still needed: for a listed appearance, or
        // until a first altered copy is found. A wire quote can run in hundreds of articles, and
        // comparing every copy with every other would grow with the square of their number.
        const listed = seen.length < MAX_LISTED_APPEARANCES;
        if (!listed && altered && misattributed) break;
        const compare = listed || !altered;
        // Word for word the same (wire copy): nothing to compare, and at scale most twins are.
        const difference = !compare || sameTokens(mine.tokens, other.tokens) ? '' : describeDifference(...alignedRegions(mine, other));
        const { quote } = other.entry;
        if (listed) seen.push({ articleId: other.entry.articleId, span: quote.span, text: quote.text, speaker: quote.speaker, relation: difference ? 'altered' : 'same' });
        if (difference && !altered) altered = { other, difference };
        if (!misattributed && differentNamedSpeakers(mine.entry.quote, quote)) misattributed = other;
      }
      if (seen.length) appearances.set(mine.entry.quote.span.start, seen);
      const { quote } = mine.entry;
      if (altered) {
        findings.push({
          code: ALTERED_QUOTE.code,
          severity: ALTERED_QUOTE.defaultSeverity,
          message: `This quote reads differently in ${fileName(altered.other.entry.articleId)}: ${altered.difference}.`,
          span: quote.span,
          related: [related(altered.other, 'the same quote, worded differently')],
        });
      }
      if (misattributed) {
        findings.push({
          code: MISATTRIBUTED_QUOTE.code,
          severity: MISATTRIBUTED_QUOTE.defaultSeverity,
          message: `Attributed here to ${quote.speaker}, but to ${misattributed.entry.quote.speaker} in ${fileName(misattributed.entry.articleId)}.`,
          span: quote.span,
          related: [related(misattributed, `attributed to ${misattributed.entry.quote.speaker}`)],
        });
      }
    }
    return { appearances, findings };
  }

  /** Quotes of other articles that share most of this quote's wordPairs. */
  private twins(mine: Indexed): Indexed[] {
    const wording = mine.tokens.join('\u0001');
    let all = this.twinsOfWording.get(wording);
    if (!all) this.twinsOfWording.set(wording, (all = this.twinsInAnyArticle(mine)));
    return all.filter((other) => other.entry.articleId !== mine.entry.articleId);
  }

  /** Quotes of every article (this one's too) that share most of this quote's wordPairs, in the order they are reported. */
  private twinsInAnyArticle(mine: Indexed): Indexed[] {
    const grams = [...new Set(mine.wordPairs)];
    const needed = Math.max(1, Math.ceil(grams.length * SAME_QUOTE_SHARE));
    // A twin shares `needed` of the quote's word pairs, so it shares at least one of any
    // `grams.length - needed + 1` of them: looking up the rarest that many finds every twin
    // without walking the postings of common pairs ("of the"), which hold a share of all quotes.
    const restored = this.restoredFrom;
    const postingsOf = (gram: string): Iterable<Indexed> => (restored ? restored.postings(gram) : this.postings.get(gram) ?? EMPTY);
    const countOf = (gram: string): number => (restored ? restored.postingsCount(gram) : this.postings.get(gram)?.size ?? 0);
    // A quote that names someone or something is the same quote only where the name is too: the
    // same sentence about another town ("Pellendale has waited long enough" / "Wenendale has
    // waited long enough") is another statement, and a stock phrase would otherwise make every
    // article that uses it a twin of every other. So only its pairs with a name are looked up.
    const probes = mine.namePairs.length > 0 ? mine.namePairs : [...grams].sort((a, b) => countOf(a) - countOf(b)).slice(0, grams.length - needed + 1);
    // Each twin with the position of the first of this quote's pairs it shares.
    const found = new Map<Indexed, number>();
    const rejected = new Set<Indexed>();
    for (const gram of probes) {
      for (const other of postingsOf(gram)) {
        if (found.has(other) || rejected.has(other)) continue;
        const { twin, first } = sharedPairs(mine, other, grams, needed);
        if (twin) found.set(other, first);
        else rejected.add(other);
      }
    }
    // In the order a walk of the quote's pairs, each pair's postings in turn, would meet them
    // (the first is the one reported): by the first pair they share, then by indexing order.
    return [...found].sort(([a, firstA], [b, firstB]) => firstA - firstB || a.sequence - b.sequence).map(([other]) => other);
  }
}

/**
 * The stretches of two quotes that line up: from the first to the last shared word pair, widened
 * at each end by the words both quotes still have there. Quotes cut at different places (one
 * article quotes two sentences, another one) are compared on their common part only.
 */
function alignedRegions(mine: Indexed, other: Indexed): [string[], string[]] {
  const span = (tokens: readonly string[], grams: ReadonlySet<string>): [number, number] | undefined => {
    const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /[\p{L}\p{N}]/u.test(t));
    let first = -1;
    let last = -1;
    for (let k = 0; k + 1 < words.length; k++) {
      if (grams.has(`${words[k].t} ${words[k + 1].t}`)) {
        if (first < 0) first = k;
        last = k + 1;
      }
    }
    return first < 0 ? undefined : [first, last];
  };
  const shared = new Set(mine.wordPairs.filter((g) => other.wordPairs.includes(g)));
  const wordsOf = (tokens: readonly string[]) => tokens.map((t, i) => ({ t, i })).filter(({ t }) => /[\p{L}\p{N}]/u.test(t));
  const a = span(mine.tokens, shared);
  const b = span(other.tokens, shared);
  if (!a || !b) return [mine.tokens, other.tokens];
  const wa = wordsOf(mine.tokens);
  const wb = wordsOf(other.tokens);
  const lead = Math.min(a[0], b[0]);
  const trail = Math.min(wa.length - 1 - a[1], wb.length - 1 - b[1]);
  const cut = (tokens: readonly string[], words: Array<{ i: number }>, [from, to]: [number, number]) =>
    tokens.slice(words[from - lead].i, words[to + trail].i + 1);
  return [cut(mine.tokens, wa, a), cut(other.tokens, wb, b)];
}

/** A short account of what differs ("“,” after “alliance” dropped"), or '' when nothing does. */
export function describeDifference(mine: readonly string[], theirs: readonly string[]): string {
  const trimEnd = (t: readonly string[]) => { const c = [...t]; while (c.length && /^[,;:]$/.test(c[c.length - 1])) c.pop(); return c; };
  const a = trimEnd(mine);
  const b = trimEnd(theirs);
  const edits = diff(a, b);
  if (edits.length === 0) return '';
  return edits.slice(0, 3).map((e) => e).join('; ') + (edits.length > 3 ? `; and ${edits.length - 3} more` : '');
}

/** Word-level LCS diff, described from this article's side: changed, missing and extra words. */
function diff(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const edits: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { i++; j++; continue; }
    const extra: string[] = [];
    const missing: string[] = [];
    const context = i > 0 ? ` after “${a[i - 1]}”` : '';
    while (i < n && (j >= m || (a[i] !== b[j] && table[i + 1][j] >= table[i][j + 1]))) extra.push(a[i++]);
    while (j < m && (i >= n || (a[i] !== b[j] && table[i][j + 1] > table[i + 1][j]) || (i < n && a[i] !== b[j] && extra.length === 0))) missing.push(b[j++]);
    if (extra.length && missing.length) edits.push(`“${missing.join(' ')}” there, “${extra.join(' ')}” here${context}`);
    else if (missing.length) edits.push(`“${missing.join(' ')}”${context} is missing here`);
    else if (extra.length) edits.push(`“${extra.join(' ')}”${context} is not in the other`);
    else break;
  }
  return edits;
}

/** Two different named people; an anonymous or unnamed speaker is compatible with anyone. */
function differentNamedSpeakers(a: Quote, b: Quote): boolean {
  if (!a.cited || !b.cited || a.anonymous || b.anonymous || !a.speaker || !b.speaker) return false;
  const surname = (speaker: string): string | undefined => {
    const names = speaker.replace(/['’]s\b.*$/, '').match(/\b\p{Lu}[\p{L}'-]+/gu);
    return names?.[names.length - 1]?.toLowerCase();
  };
  const x = surname(a.speaker);
  const y = surname(b.speaker);
  // Only people named by a capitalised surname can be told apart; "the minister" cannot.
  return x !== undefined && y !== undefined && x !== y && !/\bspokes(?:man|woman|person)\b/i.test(a.speaker + b.speaker);
}

function related(other: Indexed, message: string): RelatedLocation {
  return { articleId: other.entry.articleId, span: other.entry.quote.span, message };
}

function fileName(articleId: string): string {
  return decodeURIComponent(articleId.split(/[\\/]/).pop() ?? articleId);
}

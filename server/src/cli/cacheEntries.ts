/**
 * The entries of the check cache (`cache.ts`), as stored: their shapes, and the checks that a
 * value read back from a file has that shape (a damaged or older entry is then not used).
 */
import { type ArticleAnalysis, portableAnalysis } from '../core/corpus';
import type { ParsedArticle } from '../core/article/parse';
import type { JudgedArticle } from '../core/judgment/judge';
import type { ClaimVerdict } from '../core/judgment/types';
import type { JudgeReads } from './judgeRecorder';
import { shortHash } from './cacheFile';
import { PLAIN_INFO_WIDTH, type TokenColumns } from '../core/judgment/tokenColumns';
import { compactCopiedArticle } from '../core/judgment/copies';

/** An article's parse and analysis, under the key of its file's bytes. */
export interface AnalysisEntry {
  /** Today's date when the entry was made, and the reference date: an undated article's parse depends on them. */
  readonly today: string;
  readonly reference?: string;
  readonly parsed: ParsedArticle;
  readonly analysis: ArticleAnalysis;
}

/**
 * When each article's verdicts were last made or proven current: the corpus state and the
 * store's retrieval state (hashed; the state itself is an entry of its own, see `retrievalChange.ts`). Kept in one small entry, so that proving a verdict current
 * does not rewrite the verdict itself.
 */
export type VerdictProofs = Map<string, { readonly state: string; readonly retrieval: string }>;
export const PROOFS_KEY = 'verdict-proofs';

/** JSON with object keys in a fixed order: equal settings give equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An article's contents as judging sees them: its text and dates (see `CheckCache.contentKey`). */
export function contentKeyOf(parsed: ParsedArticle): string {
  return shortHash(`${parsed.analysable}\0${parsed.date ?? ''}\0${parsed.inferredDate?.date ?? ''}\0${parsed.text}`);
}

export function isAnalysisEntry(value: AnalysisEntry): boolean {
  return typeof value === 'object' && value !== null && typeof value.today === 'string' && typeof value.parsed?.text === 'string' &&
    Array.isArray(value.analysis?.sentences) && Array.isArray(value.analysis?.quotes) && Array.isArray(value.analysis?.quoteFindings);
}

/**
 * JSON that tells apart everything plain JSON merges: undefined, non-finite numbers and -0, Sets
 * and Maps (by their entries). Equal texts mean equal values, so a key made from it never lets a
 * changed sentence pass for an unchanged one.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (v === undefined) return '\u0000undefined';
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return `\u0000number:${Object.is(v, -0) ? '-0' : String(v)}`;
    if (typeof v === 'string' && v.startsWith('\u0000')) return '\u0000string:' + v;
    if (v instanceof Set) return { '\u0000set': [...v] };
    if (v instanceof Map) return { '\u0000map': [...v] };
    return v;
  }) ?? '\u0000undefined';
}

export function sameProofs(a: VerdictProofs, b: VerdictProofs): boolean {
  if (a.size !== b.size) return false;
  for (const [id, proof] of b) {
    const other = a.get(id);
    if (!other || other.state !== proof.state || other.retrieval !== proof.retrieval) return false;
  }
  return true;
}

export function asJudged(value: unknown): JudgedArticle | undefined {
  const judged = value as JudgedArticle | undefined;
  return judged && Array.isArray(judged.claims) && Array.isArray(judged.findings) ? judged : undefined;
}

export function asReads(value: unknown): JudgeReads | undefined {
  const reads = value as JudgeReads | undefined;
  const lists = reads && [reads.ids, reads.contents, reads.sentences, reads.dates, reads.idf, reads.candidates];
  return lists && lists.every(Array.isArray) ? reads : undefined;
}

/** What judging each claim of an article read, by the claim's position among the article's sentences (null: not recordable). */
export type ClaimReads = Array<readonly [index: number, reads: JudgeReads | null]>;
export interface PreviousClaim {
  readonly verdict: ClaimVerdict;
  readonly reads?: JudgeReads;
}

export function asClaimReads(value: unknown): ClaimReads | undefined {
  return Array.isArray(value) && value.every((e) => Array.isArray(e) && typeof e[0] === 'number') ? (value as ClaimReads) : undefined;
}

/** An article's cached verdicts with their reads, by claim position; none if the entries do not match. */
export function previousClaims(judged: JudgedArticle | undefined, reads: ClaimReads | undefined): Map<number, PreviousClaim> {
  const previous = new Map<number, PreviousClaim>();
  if (!judged || !reads || reads.length !== judged.claims.length) return previous;
  reads.forEach(([index, claimReads], i) => previous.set(index, { verdict: judged.claims[i], reads: (claimReads && asReads(claimReads)) || undefined }));
  return previous;
}


/**
 * An analysis entry as it is written to a file. Its tokens are already columns (one array per
 * field, see tokenColumns.ts): the serialiser writes every property name of every object, so
 * token objects took several times the bytes of their text.
 */
export function storedAnalysis(entry: AnalysisEntry): unknown {
  return { ...entry, analysis: portableAnalysis(entry.analysis), tokenColumns: 1 };
}

/** An analysis entry read back from a file, or undefined if it is not one. */
export function readAnalysisEntry(value: unknown): AnalysisEntry | undefined {
  const stored = value as (AnalysisEntry & { tokenColumns?: number }) | undefined;
  if (!stored || stored.tokenColumns !== 1 || !isAnalysisEntry(stored)) return undefined;
  const { tokenColumns: _tokenColumns, ...entry } = stored;
  try {
    const columns = new Set(entry.analysis.sentences.map((s) => s.features.tokens.columns));
    if (![...columns].every(wellFormedColumns)) return undefined;
    // The copies' strings and term arrays shared again, as computed analyses share them.
    compactCopiedArticle(entry.parsed, entry.analysis);
    return entry;
  } catch {
    // A damaged entry (fields of other lengths or kinds) is not used: it is computed again.
    return undefined;
  }
}

/** Columns whose fields agree in length (a damaged entry is computed again, not read). */
function wellFormedColumns(columns: TokenColumns | undefined): boolean {
  if (!columns || !Array.isArray(columns.text) || !Array.isArray(columns.lower) || !Array.isArray(columns.lemma) || !(columns.info instanceof Int32Array)) return false;
  const n = columns.text.length;
  return columns.lower.length === n && columns.lemma.length === n && columns.info.length === PLAIN_INFO_WIDTH * n && columns.packed === undefined;
}

/**
 * What a cached JSON check keeps of its run for the next one to re-check from (`recheck.ts`):
 * the files with their analysis entries, the corpus snapshot (its retrieval and its quotes, each
 * an entry of its own that a re-check which changes neither keeps as it is), each article's report
 * line and finding counts, what each article's judgment read of the others, and each article's
 * line starts. Tables are typed arrays: at 10,000 articles they hold millions of numbers, which
 * as objects would cost more to read than the re-check saves.
 */
import { serialize } from 'node:v8';
import type { Corpus, CorpusSnapshot } from '../core/corpus';
import type { Severity } from '../core/types';
import { isRetrievalSnapshot } from '../core/judgment/storeSnapshot';
import { isQuotesSnapshot } from '../core/quotes/quoteSnapshot';
import { LineIndex, LineRanges } from '../core/text/lineIndex';
import type { CheckCache } from './cache';
import { shortHash } from './cacheFile';
import type { CheckRun } from './checkRun';

export interface RunSnapshot {
  /**
   * The day the run was made on, when an article had no date of its own (undated articles are
   * parsed against it, so another day's run cannot reuse this one); null when every article had.
   */
  readonly today: string | null;
  /** The reported files in order: absolute path, display path, analysis entry, content key. */
  readonly files: ReadonlyArray<readonly [absolute: string, display: string, entry: string, content: string]>;
  /** Undated articles the corpus placed again by its own dates (their stored analyses predate it). */
  readonly placedAgain: readonly string[];
  /** The entries of the corpus snapshot's retrieval and quotes, and every article's kind and date. */
  readonly retrievalEntry: string;
  readonly quotesEntry: string;
  readonly articles: CorpusSnapshot['articles'];
  /** The entry of each file's piece of the report (`reportPieces.ts`), and its length in bytes. */
  readonly lines: readonly string[];
  readonly pieceBytes: Int32Array;
  /** Each file's findings at each severity, four numbers per file (see `SEVERITIES`). */
  readonly severities: Int32Array;
  /**
   * What each file's judgment read of other files, each list ending at `readsEnds`: the file
   * (its position in `files`; -1: anything, when not known) and the sentence (-1: all of them).
   */
  readonly readFiles: Int32Array;
  readonly readSentences: Int32Array;
  readonly readsEnds: Int32Array;
  /** Each file's line starts (ending at `lineStartsEnds`) and text length: related locations into it, without reading it. */
  readonly lineStarts: Int32Array;
  readonly lineStartsEnds: Int32Array;
  readonly textLengths: Int32Array;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The entry a run's snapshot is kept under: one per set of inputs, working folder and report format. */
export function runSnapshotKey(inputs: readonly string[], cwd: string, format: string): string {
  return 'run:' + shortHash(JSON.stringify([inputs, cwd, format]));
}

/** The day a snapshot depends on (see `RunSnapshot.today`): `today` if an article has no date. */
export function dayDependedOn(articles: RunSnapshot['articles'], today: string): string | null {
  return articles.some(([, , date]) => date === null) ? today : null;
}

/**
 * Keeps a full check's snapshot in the cache, when its run can be re-checked: one corpus, every
 * article read whole into the cache, and `pieces` the entries of the reported articles' pieces of
 * the report (`keepLine`).
 */
export function recordRun(cache: CheckCache, run: CheckRun, pieces: readonly KeptPiece[], key: string, today: string): void {
  const entries = cache.entries;
  if (!entries || run.corpora.length !== 1 || run.articles.length !== pieces.length) return;
  const [corpus] = run.corpora;
  const ids = corpus.ids();
  if (ids.length !== run.articles.length || run.articles.some((a, i) => a.file.absolute !== ids[i])) return;
  const files: Array<readonly [string, string, string, string]> = [];
  for (const { file } of run.articles) {
    const entry = cache.analysisKeyOf(file.absolute);
    if (!entry) return;
    files.push([file.absolute, file.display, entry, cache.contentKeyIn(corpus, file.absolute)]);
  }
  const severities = new Int32Array(4 * files.length);
  run.articles.forEach((a, i) => countSeverities(a.report.findings, severities, i));
  const reads = readsTable(cache, ids, () => undefined);
  const parts = keepCorpusSnapshot(cache, corpus);
  entries.put(key, {
    today: dayDependedOn(parts.articles, today), files, placedAgain: run.placedAgain, ...parts,
    lines: pieces.map((p) => p.key), pieceBytes: Int32Array.from(pieces, (p) => p.bytes), severities, ...reads, ...lineStartsTable(ids.map((id) => corpus.get(id)!.lines)),
  } satisfies RunSnapshot);
}

/**
 * The corpus snapshot's parts as entries: `kept` names the parts a re-check left unchanged
 * (their entries are kept as they are, not written again).
 */
export function keepCorpusSnapshot(cache: CheckCache, corpus: Corpus, kept: { retrievalEntry?: string; quotesEntry?: string } = {}): Pick<RunSnapshot, 'retrievalEntry' | 'quotesEntry' | 'articles'> {
  return {
    retrievalEntry: kept.retrievalEntry ?? keepPart(cache, 'snapshot-retrieval:', corpus.claimStore.retrievalSnapshot()),
    quotesEntry: kept.quotesEntry ?? keepPart(cache, 'snapshot-quotes:', corpus.quotesSnapshot()),
    articles: corpus.articlesSnapshot(),
  };
}

/** The corpus snapshot a run's snapshot names; undefined when a part is missing or damaged. */
export function corpusSnapshotOf(cache: CheckCache, run: RunSnapshot): CorpusSnapshot | undefined {
  const retrieval = cache.entries?.get(run.retrievalEntry);
  const quotes = cache.entries?.get(run.quotesEntry);
  if (!isRetrievalSnapshot(retrieval) || !isQuotesSnapshot(quotes)) return undefined;
  return { retrieval, quotes, articles: run.articles };
}

/** A part stored under a key made from its bytes, so that an unchanged part is written once. */
function keepPart(cache: CheckCache, prefix: string, value: unknown): string {
  const bytes = serialize(value);
  const key = prefix + shortHash(bytes);
  if (!cache.entries!.keep(key)) cache.entries!.putBytes(key, bytes);
  return key;
}

export interface KeptPiece {
  readonly key: string;
  readonly bytes: number;
}

/** The entry of an article's piece of the report, added to the cache unless the same piece is already there. */
export function keepLine(cache: CheckCache, line: string): KeptPiece {
  const key = 'line:' + shortHash(line);
  const bytes = Buffer.from(line, 'utf8');
  if (!cache.entries!.keep(key)) cache.entries!.putBytes(key, bytes);
  return { key, bytes: bytes.length };
}

export function countSeverities(findings: ReadonlyArray<{ severity: Severity }>, into: Int32Array, file: number): void {
  for (const finding of findings) into[4 * file + SEVERITIES.indexOf(finding.severity)]++;
}

/**
 * The reads of each file as positions among `ids`: a file whose reads `kept` gives (a re-check's
 * unaffected ones) keeps them, the others are encoded from what the cache recorded this run.
 */
export function readsTable(cache: CheckCache, ids: readonly string[], kept: (i: number) => { files: Int32Array; sentences: Int32Array } | undefined): Pick<RunSnapshot, 'readFiles' | 'readSentences' | 'readsEnds'> {
  const position = new Map(ids.map((id, i) => [id, i]));
  const files = new GrowingInts();
  const sentences = new GrowingInts();
  const readsEnds = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    const same = kept(i);
    const read = same ? undefined : cache.readsOf.get(id);
    if (same) {
      files.pushAll(same.files);
      sentences.pushAll(same.sentences);
    } else if (!read) {
      files.push(-1);
      sentences.push(-1);
    } else {
      for (const other of read) {
        files.push(position.get(other.id) ?? -1);
        sentences.push(other.index === 'all' ? -1 : other.index);
      }
    }
    readsEnds[i] = files.length;
  });
  return { readFiles: files.done(), readSentences: sentences.done(), readsEnds };
}

/** A file's reads as the snapshot keeps them. */
export function readsOfFile(snapshot: RunSnapshot, i: number): { files: Int32Array; sentences: Int32Array } {
  const from = i ? snapshot.readsEnds[i - 1] : 0;
  return { files: snapshot.readFiles.subarray(from, snapshot.readsEnds[i]), sentences: snapshot.readSentences.subarray(from, snapshot.readsEnds[i]) };
}

/** Each file's line starts and text length, in one table (see `RunSnapshot.lineStarts`). */
export function lineStartsTable(lines: ReadonlyArray<LineIndex | FileLines>): Pick<RunSnapshot, 'lineStarts' | 'lineStartsEnds' | 'textLengths'> {
  const starts = new GrowingInts();
  const lineStartsEnds = new Int32Array(lines.length);
  const textLengths = new Int32Array(lines.length);
  lines.forEach((index, i) => {
    starts.pushAll(index instanceof LineIndex ? index.lineStartOffsets : index.starts);
    lineStartsEnds[i] = starts.length;
    textLengths[i] = index instanceof LineIndex ? index.textLength : index.length;
  });
  return { lineStarts: starts.done(), lineStartsEnds, textLengths };
}

export type FileLines = LineRanges & { readonly starts: Int32Array; readonly length: number };

/** A file's line ranges as the snapshot keeps them. */
export function linesOfFile(snapshot: RunSnapshot, i: number): FileLines {
  const starts = snapshot.lineStarts.subarray(i ? snapshot.lineStartsEnds[i - 1] : 0, snapshot.lineStartsEnds[i]);
  return Object.assign(new LineRanges(starts, snapshot.textLengths[i]), { starts, length: snapshot.textLengths[i] });
}

export function asRunSnapshot(value: unknown): RunSnapshot | undefined {
  const s = value as RunSnapshot | undefined;
  if (!s || !Array.isArray(s.files) || !Array.isArray(s.lines) || !Array.isArray(s.placedAgain) || !Array.isArray(s.articles)) return undefined;
  if (typeof s.retrievalEntry !== 'string' || typeof s.quotesEntry !== 'string' || !(s.today === null || typeof s.today === 'string')) return undefined;
  const tables = [s.pieceBytes, s.severities, s.readFiles, s.readSentences, s.readsEnds, s.lineStarts, s.lineStartsEnds, s.textLengths];
  if (!tables.every((t) => t instanceof Int32Array)) return undefined;
  const n = s.files.length;
  const sizes = s.lines.length === n && s.pieceBytes.length === n && s.articles.length === n && s.severities.length === 4 * n && s.readsEnds.length === n &&
    s.readFiles.length === s.readSentences.length && s.lineStartsEnds.length === n && s.textLengths.length === n;
  return sizes ? s : undefined;
}

/** An Int32Array filled piece by piece (millions of numbers: a plain array would hold them as objects' worth). */
class GrowingInts {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1);
    this.values[this.length++] = value;
  }

  pushAll(values: ArrayLike<number>): void {
    if (this.length + values.length > this.values.length) this.grow(this.length + values.length);
    for (let i = 0; i < values.length; i++) this.values[this.length++] = values[i];
  }

  done(): Int32Array {
    return this.values.slice(0, this.length);
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(needed, this.values.length * 2));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}

/**
 * The cached re-check of a corpus after a few edits, reading only what the edits can reach.
 *
 * A cached JSON check keeps a snapshot of its run (`RunSnapshot`): the files with their analysis
 * entries, the corpus's retrieval and quotes (`CorpusSnapshot`), each article's report line and
 * finding counts, and the articles each article's judgment read. The next check of the same
 * inputs hashes every file; when only a few changed, with their dates and places, it restores the
 * corpus from the snapshot with the new versions in place (`Corpus.restored`, which loads an
 * article only when a report reads it) and reports again only the articles a change can reach:
 *
 * - the changed articles themselves;
 * - the articles whose judgment read one of them (a source sentence, a date);
 * - the articles with a sentence that has a key whose postings changed (the idf their claims
 *   read, and the candidates their claims are given, are read through their own keys);
 * - the articles with a quote that counts a changed quote (old or new) among its twins.
 *
 * Every other article's report line is copied from the cache. The result is byte for byte that
 * of a full check; anything the snapshot cannot vouch for (another file list, a moved date, an
 * article placed again by date, a damaged entry) declines, and the full check runs instead.
 */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type AnalysedArticle, analyseArticle, Corpus, type CorpusSnapshot, medianDate, placedAgainBy } from '../core/corpus';
import { type CorroborateConfig, reachesThreshold } from '../core/config';
import type { Quote } from '../core/quotes/index';
import { RestoreError, retrievalSizeOf, sameRetrievalWeight } from '../core/judgment/store';
import { documentFrequencies, isRetrievalSnapshot, type RetrievalSnapshot } from '../core/judgment/storeSnapshot';
import type { Severity } from '../core/types';
import { type ArticleFile, findArticleFiles } from '../io/files';
import type { CheckCache, OtherArticleRead } from './cache';
import { contentKeyOf } from './cacheEntries';
import { sha256, shortHash } from './cacheFile';
import type { CheckedArticle, CheckRun, ReportContext } from './checkRun';
import { articleLine, JsonReportStream } from './formats/json';
import { addChangedKeys } from './retrievalChange';
import { LineIndex, LineRanges } from '../core/text/lineIndex';

/** What a cached JSON check keeps of its run for the next one. */
export interface RunSnapshot {
  readonly median: string | null;
  /** The reported files in order: absolute path, display path, analysis entry, content key. */
  readonly files: ReadonlyArray<readonly [absolute: string, display: string, entry: string, content: string]>;
  /** Undated articles the corpus placed again by its own dates. */
  readonly placedAgain: readonly string[];
  readonly corpus: CorpusSnapshot;
  /** The entry of each file's report line. */
  readonly lines: readonly string[];
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

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
/** Beyond this many changed files (or a twentieth of the corpus), the full check's replay is as quick. */
const MAX_CHANGED = 64;

/** The entry a run's snapshot is kept under: one per set of inputs, working folder and day. */
export function runSnapshotKey(inputs: readonly string[], cwd: string, today: string): string {
  return 'run:' + shortHash(JSON.stringify([inputs, cwd, today]));
}

/**
 * Keeps a full check's snapshot in the cache, when its run can be re-checked: one corpus, every
 * article read whole into the cache, and `lines` the report line of each reported article.
 */
export function recordRun(cache: CheckCache, run: CheckRun, lines: readonly string[], key: string): void {
  const entries = cache.entries;
  if (!entries || run.corpora.length !== 1 || run.articles.length !== lines.length) return;
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
  entries.put(key, {
    median: run.medians[0] ?? null, files, placedAgain: run.placedAgain, corpus: corpus.snapshot(),
    lines: lines.map((line) => keepLine(cache, line)), severities, ...readsTable(cache, files.map(([id]) => id)),
    ...lineStartsTable(ids.map((id) => corpus.get(id)!.lines)),
  } satisfies RunSnapshot);
}

export interface RecheckOptions {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly today: string;
  readonly config: CorroborateConfig;
  readonly cache: CheckCache;
  readonly key: string;
  /** The report's file (written whole at the end, in place of the old one), or undefined for `stdout`. */
  readonly out?: string;
  readonly stdout: (text: string) => void;
}

/**
 * Re-checks the corpus from the last run's snapshot, when only a few articles changed: writes the
 * JSON report and returns whether a finding reaches the failure threshold; undefined (nothing
 * written) when the snapshot cannot vouch for the result, and the full check must run.
 */
export async function recheck(options: RecheckOptions): Promise<{ failed: boolean } | undefined> {
  const { cache, config } = options;
  const snapshot = asRunSnapshot(cache.entries?.get(options.key));
  if (!snapshot) return undefined;
  const files = await findArticleFiles(options.inputs, config, options.cwd);
  if (files.length !== snapshot.files.length || files.some((f, i) => f.absolute !== snapshot.files[i][0] || f.display !== snapshot.files[i][1])) return undefined;
  const changed = changedFiles(files, snapshot, config.maxFileBytes);
  if (!changed || changed.length > Math.min(MAX_CHANGED, Math.max(1, files.length / 20))) return undefined;

  const median = snapshot.median ?? undefined;
  const replaced = new Map<string, AnalysedArticle>();
  const oldVersions: AnalysedArticle[] = [];
  const corpusMedian = medianOf(snapshot.corpus);
  for (const i of changed) {
    const id = files[i].absolute;
    const now = analysed(cache, id, median, config);
    const before = cache.storedAnalysisEntry(snapshot.files[i][2]);
    if (!now || !before || snapshot.placedAgain.includes(id)) return undefined;
    if (now.parsed.analysable !== before.parsed.analysable || now.parsed.date !== before.parsed.date) return undefined;
    if (corpusMedian && placedAgainBy(now.parsed, corpusMedian)) return undefined;
    replaced.set(id, now);
    oldVersions.push(before);
  }
  const rows = snapshot.files.map(([id, , entry, content], i) => ({ id, entry, content, reads: readsAt(snapshot, i, files) }));
  for (const i of changed) Object.assign(rows[i], { entry: cache.analysisKeyOf(files[i].absolute)!, content: contentKeyOf(replaced.get(files[i].absolute)!.parsed) });
  cache.knowArticles(rows);

  let lines: Array<string | undefined>;
  let severities: Int32Array;
  let corpus: Corpus;
  try {
    corpus = Corpus.restored({ config, referenceDate: options.today }, snapshot.corpus, replaced, (id) => {
      const entry = cache.storedAnalysisEntry(cache.analysisKeyOf(id) ?? '');
      return entry && { parsed: entry.parsed, analysis: entry.analysis };
    });
    if (corpus.claimStore.retrievalSize !== retrievalSizeOf(snapshot.corpus.retrieval)) return undefined;
    const seesChange = new Map(changed.map((i, n) => [files[i].absolute, changedSentences(cache, oldVersions[n], replaced.get(files[i].absolute)!, linesAt(snapshot, i).starts)]));
    const reached = reachedBy(corpus, snapshot.corpus.retrieval, changed.map((i) => files[i].absolute), oldVersions, [...replaced.values()], rows, seesChange);
    const lineRanges = files.map((file, i) => (replaced.has(file.absolute) ? new LineIndex(replaced.get(file.absolute)!.parsed.text) : linesAt(snapshot, i)));
    ({ lines, severities } = reportReached(corpus, cache, files, reached, snapshot.severities, lineRanges));
    cache.provenUnaffected(corpus, corpus.claimStore, files.map((f) => f.absolute).filter((id) => !reached.has(id)));
    cache.stats.reportsReused += files.length - reached.size;
    cache.stats.analysesReused += files.length - changed.length;
  } catch (error) {
    if (error instanceof RestoreError) return undefined;
    throw error;
  }
  // Every line kept is there (an unreadable one declines before anything is written).
  const lineKeys = lines.map((line, i) => (line === undefined ? snapshot.lines[i] : keepLine(cache, line)));
  if (!writeReport(options, lineKeys, lines, cache)) return undefined;
  cache.entries!.put(options.key, {
    median: snapshot.median, files: rows.map((r, i) => [r.id, files[i].display, r.entry, r.content] as const), placedAgain: snapshot.placedAgain,
    corpus: corpus.snapshot(), lines: lineKeys, severities, ...readsTable(cache, files.map((f) => f.absolute)),
    ...lineStartsTable(files.map((file, i) => (replaced.has(file.absolute) ? new LineIndex(replaced.get(file.absolute)!.parsed.text) : linesAt(snapshot, i)))),
  } satisfies RunSnapshot);
  return { failed: failedAt(severities, config.failOn) };
}

/** The positions of the files whose bytes changed since the snapshot; undefined if one cannot be read whole. */
function changedFiles(files: readonly ArticleFile[], snapshot: RunSnapshot, maxBytes: number): number[] | undefined {
  const changed: number[] = [];
  for (const [i, file] of files.entries()) {
    let bytes: Buffer;
    try {
      if (statSync(file.absolute).size > maxBytes) return undefined;
      bytes = readFileSync(file.absolute);
    } catch {
      return undefined;
    }
    if ('a:' + sha256(bytes) !== snapshot.files[i][2]) changed.push(i);
  }
  return changed;
}

/** A changed file's parse and analysis (stored, or made now and kept in the cache). */
function analysed(cache: CheckCache, id: string, median: string | undefined, config: CorroborateConfig): AnalysedArticle | undefined {
  const loaded = cache.load(id, median);
  if (!loaded.key) return undefined;
  if (loaded.analysis) return { parsed: loaded.parsed, analysis: loaded.analysis };
  const analysis = analyseArticle(id, loaded.parsed, config);
  cache.analysed(loaded, analysis);
  return { parsed: loaded.parsed, analysis };
}

/** The articles a change can reach (see the top of this file). */
function reachedBy(
  corpus: Corpus, old: RetrievalSnapshot, changedIds: readonly string[], before: readonly AnalysedArticle[], after: readonly AnalysedArticle[],
  rows: ReadonlyArray<{ id: string; reads?: readonly OtherArticleRead[] }>, seesChange: ReadonlyMap<string, (index: number | 'all') => boolean>,
): Set<string> {
  const reached = new Set(changedIds);
  const keys = new Set<string>();
  before.forEach((was, n) => addChangedKeys(was.parsed.analysable ? was.analysis.sentences : [], after[n].parsed.analysable ? after[n].analysis.sentences : [], keys));
  // A key too common to be looked up, whose rounded frequency stayed, changed nothing any claim
  // reads ("said" in an added sentence): its sentences' articles are not reached through it.
  const store = corpus.claimStore;
  const dfBefore = documentFrequencies(old, keys);
  for (const key of keys) if (sameRetrievalWeight(dfBefore.get(key) ?? 0, store.documentFrequency(key), store.retrievalSize)) keys.delete(key);
  for (const id of corpus.articlesWithKeys(keys)) reached.add(id);
  for (const row of rows) if (!row.reads || row.reads.some((read) => seesChange.get(read.id)?.(read.index))) reached.add(row.id);
  const quotes: Quote[] = [...before, ...after].flatMap((a) => a.analysis.quotes);
  for (const id of corpus.articlesWithTwinsOf(quotes)) reached.add(id);
  return reached;
}

/** Reports the reached articles: their report lines, and every file's finding counts. */
function reportReached(
  corpus: Corpus, cache: CheckCache, files: readonly ArticleFile[], reached: ReadonlySet<string>, counts: Int32Array, lineRanges: ReadonlyArray<LineIndex | LineRanges>,
): { lines: Array<string | undefined>; severities: Int32Array } {
  const judge = cache.judgeFor(corpus);
  const position = new Map(files.map((f, i) => [f.absolute, i]));
  // Related locations into the articles a report cites, without loading those articles.
  const linesOf = (id: string) => {
    const at = position.get(id);
    return at === undefined ? undefined : lineRanges[at];
  };
  const context: ReportContext = { files: new Map(files.map((f) => [f.absolute, f])), corpora: [corpus], linesOf };
  const severities = Int32Array.from(counts);
  const lines = files.map((file, i): string | undefined => {
    if (!reached.has(file.absolute)) return undefined;
    const report = corpus.report(file.absolute, judge);
    if (!report) throw new RestoreError(`no report for ${file.display}`);
    const checked: CheckedArticle = { file, uri: pathToFileURL(file.absolute).href, report };
    severities.fill(0, 4 * i, 4 * i + 4);
    countSeverities(report.findings, severities, i);
    return articleLine(checked, context);
  });
  return { lines, severities };
}

/**
 * Writes the report: the new lines, and the kept ones read from the cache. To a file, through a
 * temporary file put in its place at the end; false (nothing written) if a kept line is unreadable.
 */
function writeReport(options: RecheckOptions, keys: readonly string[], lines: ReadonlyArray<string | undefined>, cache: CheckCache): boolean {
  const stream = new JsonReportStream();
  const temporary = options.out && `${options.out}.${process.pid}.tmp`;
  const pieces: string[] = [];
  const fd = temporary ? openSync(temporary, 'w') : undefined;
  const write = (text: string | Buffer): void => {
    if (fd === undefined) pieces.push(text.toString());
    else if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
  };
  let whole = true;
  try {
    write(stream.begin());
    for (const [i, key] of keys.entries()) {
      // A kept line is copied as the bytes it was stored as, never decoded.
      const line = lines[i] ?? cache.entries!.getBytes(key);
      if (line === undefined) {
        whole = false;
        break;
      }
      write(stream.line(''));
      write(line);
    }
    write(stream.end());
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (!whole) {
    if (temporary) unlinkSync(temporary);
    return false;
  }
  if (temporary) renameSync(temporary, options.out!);
  else options.stdout(pieces.join(''));
  return true;
}

/** The entry of a report line, added to the cache unless the same line is already there. */
function keepLine(cache: CheckCache, line: string): string {
  const key = 'line:' + shortHash(line);
  if (!cache.entries!.keep(key)) cache.entries!.putBytes(key, Buffer.from(line, 'utf8'));
  return key;
}

function countSeverities(findings: ReadonlyArray<{ severity: Severity }>, into: Int32Array, file: number): void {
  for (const finding of findings) into[4 * file + SEVERITIES.indexOf(finding.severity)]++;
}

function failedAt(severities: Int32Array, failOn: Severity | 'never'): boolean {
  return severities.some((n, i) => n > 0 && reachesThreshold(SEVERITIES[i % 4], failOn));
}

/** The reads of each file as positions among `ids` (see `RunSnapshot.readFiles`). */
function readsTable(cache: CheckCache, ids: readonly string[]): Pick<RunSnapshot, 'readFiles' | 'readSentences' | 'readsEnds'> {
  const position = new Map(ids.map((id, i) => [id, i]));
  const files: number[] = [];
  const sentences: number[] = [];
  const readsEnds = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    const read = cache.readsOf.get(id);
    if (!read) {
      files.push(-1);
      sentences.push(-1);
    }
    for (const other of read ?? []) {
      files.push(position.get(other.id) ?? -1);
      sentences.push(other.index === 'all' ? -1 : other.index);
    }
    readsEnds[i] = files.length;
  });
  return { readFiles: Int32Array.from(files), readSentences: Int32Array.from(sentences), readsEnds };
}

/** Each file's line starts and text length, in one table (see `RunSnapshot.lineStarts`). */
function lineStartsTable(lines: ReadonlyArray<LineIndex | { starts: Int32Array; length: number }>): Pick<RunSnapshot, 'lineStarts' | 'lineStartsEnds' | 'textLengths'> {
  const starts: number[] = [];
  const lineStartsEnds = new Int32Array(lines.length);
  const textLengths = new Int32Array(lines.length);
  lines.forEach((index, i) => {
    const own = index instanceof LineIndex ? index.lineStartOffsets : index.starts;
    for (const start of own) starts.push(start);
    lineStartsEnds[i] = starts.length;
    textLengths[i] = index instanceof LineIndex ? index.textLength : index.length;
  });
  return { lineStarts: Int32Array.from(starts), lineStartsEnds, textLengths };
}

/** A file's line ranges as the snapshot keeps them. */
function linesAt(snapshot: RunSnapshot, i: number): LineRanges & { starts: Int32Array; length: number } {
  const starts = snapshot.lineStarts.subarray(i ? snapshot.lineStartsEnds[i - 1] : 0, snapshot.lineStartsEnds[i]);
  return Object.assign(new LineRanges(starts, snapshot.textLengths[i]), { starts, length: snapshot.textLengths[i] });
}

/** What a file's judgment read, by id; undefined when it is not known (the file is then always reached). */
function readsAt(snapshot: RunSnapshot, i: number, files: readonly ArticleFile[]): OtherArticleRead[] | undefined {
  const reads: OtherArticleRead[] = [];
  for (let r = i ? snapshot.readsEnds[i - 1] : 0; r < snapshot.readsEnds[i]; r++) {
    const at = snapshot.readFiles[r];
    if (at < 0 || at >= files.length) return undefined;
    const index = snapshot.readSentences[r];
    reads.push({ id: files[at].absolute, index: index < 0 ? 'all' : index });
  }
  return reads;
}

/**
 * Which sentences of a changed article a reader can see changed: those whose content key
 * changed (or that one version lacks), and those whose line and column moved, at or after the
 * first line start that differs (a related location into them prints another place).
 */
function changedSentences(cache: CheckCache, before: AnalysedArticle, after: AnalysedArticle, linesBefore: ArrayLike<number>): (index: number | 'all') => boolean {
  const old = before.parsed.analysable ? before.analysis.sentences : [];
  const now = after.parsed.analysable ? after.analysis.sentences : [];
  const changed = new Set<number>();
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    if (i >= old.length || i >= now.length || cache.sentenceKeyOf(old[i]) !== cache.sentenceKeyOf(now[i])) changed.add(i);
  }
  const linesNow = new LineIndex(after.parsed.text).lineStartOffsets;
  let firstMoved = Infinity;
  for (let l = 0; l < Math.max(linesBefore.length, linesNow.length); l++) {
    if (linesBefore[l] === linesNow[l]) continue;
    firstMoved = Math.min(linesBefore[l] ?? Infinity, linesNow[l] ?? Infinity);
    break;
  }
  return (index) => index === 'all' || changed.has(index) || (old[index]?.features.span.end ?? Infinity) >= firstMoved;
}

/** The median of the corpus's dates, which `Corpus.refreshUndated` places undated articles by. */
function medianOf(corpus: CorpusSnapshot): string | undefined {
  return medianDate(corpus.articles.flatMap(([, , date]) => (date ? [date] : [])));
}

function asRunSnapshot(value: unknown): RunSnapshot | undefined {
  const s = value as RunSnapshot | undefined;
  if (!s || !Array.isArray(s.files) || !Array.isArray(s.lines) || !Array.isArray(s.placedAgain) || !s.corpus || !isRetrievalSnapshot(s.corpus.retrieval)) return undefined;
  const tables = [s.severities, s.readFiles, s.readSentences, s.readsEnds, s.lineStarts, s.lineStartsEnds, s.textLengths];
  if (!tables.every((t) => t instanceof Int32Array)) return undefined;
  const n = s.files.length;
  const sizes = s.lines.length === n && s.severities.length === 4 * n && s.readsEnds.length === n && s.readFiles.length === s.readSentences.length && s.lineStartsEnds.length === n && s.textLengths.length === n;
  return sizes && Array.isArray(s.corpus.articles) && s.corpus.articles.length === n ? s : undefined;
}

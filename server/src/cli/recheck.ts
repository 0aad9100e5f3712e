/**
 * The cached re-check of a corpus after a few edits, reading only what the edits can reach.
 *
 * A cached JSON check keeps a snapshot of its run (`runSnapshot.ts`): the files with their analysis
 * entries, the corpus's retrieval and quotes (`CorpusSnapshot`), each article's report line and
 * finding counts, and what each article's judgment read of the others. The next check of the same
 * inputs hashes every file; when only a few changed, with their dates and places, it restores the
 * corpus from the snapshot with the new versions in place (`Corpus.restored`, which loads an
 * article only when a report reads it) and reports again only the articles a change can reach:
 *
 * - the changed articles themselves;
 * - the articles whose judgment read a sentence of them that changed, or moved to another line;
 * - the articles with a sentence that has a key whose postings changed (the idf their claims
 *   read, and the candidates their claims are given, are read through their own keys);
 * - the articles with a quote that counts a changed quote (old or new) among its twins.
 *
 * Every other article's report line is copied from the cache. The result is byte for byte that
 * of a full check; anything the snapshot cannot vouch for (another file list, a moved date, an
 * article placed again by date, a damaged entry) declines, and the full check runs instead.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type AnalysedArticle, analyseArticle, Corpus, placedAgainBy, referenceDates } from '../core/corpus';
import { parseArticle } from '../core/article/parse';
import { type CorroborateConfig, reachesThreshold } from '../core/config';
import type { Quote } from '../core/quotes/index';
import { RestoreError, retrievalSizeOf, sameRetrievalWeight, type StoredSentence } from '../core/judgment/store';
import { documentFrequencies, type RetrievalSnapshot } from '../core/judgment/storeSnapshot';
import { LineIndex, type LineRanges } from '../core/text/lineIndex';
import type { Severity } from '../core/types';
import { type ArticleFile, findArticleFiles } from '../io/files';
import type { CheckCache } from './cache';
import { contentKeyOf } from './cacheEntries';
import { sha256 } from './cacheFile';
import type { CheckedArticle, ReportContext } from './checkRun';
import type { PiecedReport } from './reportPieces';
import { addChangedKeys } from './retrievalChange';
import {
  asRunSnapshot, corpusSnapshotOf, countSeverities, dayDependedOn, keepCorpusSnapshot, type KeptPiece, keepLine, linesOfFile, lineStartsTable, readsOfFile, readsTable,
  type RunSnapshot, SEVERITIES,
} from './runSnapshot';

/** Beyond this many changed files (or a twentieth of the corpus), the full check's replay is as quick. */
const MAX_CHANGED = 64;

export interface RecheckOptions {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly today: string;
  readonly config: CorroborateConfig;
  readonly cache: CheckCache;
  readonly key: string;
  /** The format, as pieces: what each reached article's piece is made with. */
  readonly report: PiecedReport;
  /** The report's file (written whole at the end, in place of the old one), or undefined for `stdout`. */
  readonly out?: string;
  readonly stdout: (text: string) => void;
}

/**
 * Re-checks the corpus from the last run's snapshot, when only a few articles changed: writes the
 * JSON report and returns whether a finding reaches the failure threshold; undefined when the
 * snapshot cannot vouch for the result, and the full check must run (nothing was written, but
 * for a report file whose stored lines turned out unreadable, which the full check writes anew).
 */
export async function recheck(options: RecheckOptions): Promise<{ failed: boolean } | undefined> {
  const { cache, config } = options;
  const snapshot = asRunSnapshot(cache.entries?.get(options.key));
  // A run with undated articles parsed them against its day: another day's check reads them again.
  if (!snapshot || (snapshot.today !== null && snapshot.today !== options.today)) return undefined;
  const files = await findArticleFiles(options.inputs, config, options.cwd);
  if (files.length !== snapshot.files.length || files.some((f, i) => f.absolute !== snapshot.files[i][0] || f.display !== snapshot.files[i][1])) return undefined;
  const changed = changedFiles(files, snapshot, config.maxFileBytes);
  if (!changed || changed.length > Math.min(MAX_CHANGED, Math.max(1, files.length / 20))) return undefined;

  const stored = corpusSnapshotOf(cache, snapshot);
  if (!stored) return undefined;
  const replaced = new Map<string, AnalysedArticle>();
  const oldVersions: AnalysedArticle[] = [];
  // The dates undated articles were placed by, first and once the corpus was read: as the full
  // check worked them out, from the same header dates (`checkRun`, `Corpus.refreshUndated`).
  const referenceOf = referenceDates(stored.articles.map(([id, , date]) => [id, date ?? undefined] as const));
  for (const i of changed) {
    const id = files[i].absolute;
    const reference = referenceOf(id);
    const now = analysed(cache, id, reference, config);
    const before = cache.storedAnalysisEntry(snapshot.files[i][2]);
    if (!now || !before || snapshot.placedAgain.includes(id)) return undefined;
    if (now.parsed.analysable !== before.parsed.analysable || now.parsed.date !== before.parsed.date) return undefined;
    // Judging goes by an undated article's inferred date too (`articleTime.ts`).
    if (now.parsed.inferredDate?.date !== before.parsed.inferredDate?.date) return undefined;
    if (reference && placedAgainBy(now.parsed, reference)) return undefined;
    replaced.set(id, now);
    oldVersions.push(before);
  }
  const rows = snapshot.files.map(([id, , entry, content]) => ({ id, entry, content }));
  for (const i of changed) Object.assign(rows[i], { entry: cache.analysisKeyOf(files[i].absolute)!, content: contentKeyOf(replaced.get(files[i].absolute)!.parsed) });
  cache.knowArticles(rows);
  const lineRanges = files.map((file, i) => (replaced.has(file.absolute) ? new LineIndex(replaced.get(file.absolute)!.parsed.text) : linesOfFile(snapshot, i)));
  const placedAgain = new Set(snapshot.placedAgain);
  const newVersions = [...replaced.values()];
  // The keys whose postings the edits changed (all the keys of every changed sentence), worked out once.
  const changedKeys = new Set<string>();
  oldVersions.forEach((was, n) => addChangedKeys(sentencesOf(was), sentencesOf(newVersions[n]), changedKeys));

  let lines: Array<string | undefined>;
  let severities: Int32Array;
  let corpus: Corpus;
  let reached: Set<string>;
  try {
    corpus = Corpus.restored({ config, referenceDate: options.today }, stored, replaced, (id) => {
      const entry = cache.storedAnalysisEntry(cache.analysisKeyOf(id) ?? '');
      if (!entry) return undefined;
      // Stored as first read: the corpus placed it again by its dates, as a full check does each time.
      const reference = referenceOf(id);
      if (!placedAgain.has(id) || !reference) return { parsed: entry.parsed, analysis: entry.analysis };
      const parsed = parseArticle(entry.parsed.text, { referenceDate: reference });
      return { parsed, analysis: analyseArticle(id, parsed, config) };
    });
    if (corpus.claimStore.retrievalSize !== retrievalSizeOf(stored.retrieval)) return undefined;
    const seesChange = new Map(changed.map((i, n) => [i, changedSentences(cache, oldVersions[n], replaced.get(files[i].absolute)!, linesOfFile(snapshot, i).starts)]));
    reached = reachedBy(corpus, stored.retrieval, snapshot, changed.map((i) => files[i].absolute), oldVersions, newVersions, changedKeys, seesChange);
    ({ lines, severities } = reportReached(corpus, cache, files, reached, snapshot.severities, lineRanges, options.report));
    cache.provenUnaffected(corpus, corpus.claimStore, files.map((f) => f.absolute).filter((id) => !reached.has(id)));
    cache.stats.reportsReused += files.length - reached.size;
    cache.stats.analysesReused += files.length - changed.length;
  } catch (error) {
    if (error instanceof RestoreError) return undefined;
    throw error;
  }
  // Every line kept is there (an unreadable one declines before anything is written).
  const pieces = lines.map((line, i) => (line === undefined ? { key: snapshot.lines[i], bytes: snapshot.pieceBytes[i] } : keepLine(cache, line)));
  if (!writeReport(options, pieces, lines, cache)) return undefined;
  // The parts no edit changed are kept as they are: the retrieval when no sentence's keys moved,
  // the quotes when no changed article's quotes did.
  const keysMoved = changedKeys.size > 0 || oldVersions.some((was, n) => sentencesOf(was).length !== sentencesOf(newVersions[n]).length);
  const quotesMoved = oldVersions.some((was, n) => JSON.stringify(was.analysis.quotes) !== JSON.stringify(newVersions[n].analysis.quotes));
  const kept = { retrievalEntry: keysMoved ? undefined : snapshot.retrievalEntry, quotesEntry: quotesMoved ? undefined : snapshot.quotesEntry };
  const parts = keepCorpusSnapshot(cache, corpus, kept);
  cache.entries!.put(options.key, {
    today: dayDependedOn(parts.articles, options.today), files: rows.map((r, i) => [r.id, files[i].display, r.entry, r.content] as const), placedAgain: snapshot.placedAgain,
    ...parts, lines: pieces.map((p) => p.key), pieceBytes: Int32Array.from(pieces, (p) => p.bytes), severities,
    ...readsTable(cache, files.map((f) => f.absolute), (i) => (reached.has(files[i].absolute) ? undefined : readsOfFile(snapshot, i))),
    ...lineStartsTable(lineRanges),
  } satisfies RunSnapshot);
  return { failed: failedAt(severities, config.failOn) };
}

/** The positions of the files whose bytes changed since the snapshot; undefined if one cannot be read whole. */
function changedFiles(files: readonly ArticleFile[], snapshot: RunSnapshot, maxBytes: number): number[] | undefined {
  const changed: number[] = [];
  // One buffer for every file: ten thousand small reads, no buffer each.
  let buffer = Buffer.allocUnsafe(1 << 16);
  for (const [i, file] of files.entries()) {
    let fd: number | undefined;
    try {
      fd = openSync(file.absolute, 'r');
      const size = fstatSync(fd).size;
      if (size > maxBytes) return undefined;
      if (buffer.length < size + 1) buffer = Buffer.allocUnsafe(Math.max(size + 1, 2 * buffer.length));
      // One byte more than the size, to see a file that grew since it was measured.
      let length = 0;
      for (let n; length <= size && (n = readSync(fd, buffer, length, size + 1 - length, length)) > 0; ) length += n;
      if (length !== size) return undefined;
      if ('a:' + sha256(buffer.subarray(0, size)) !== snapshot.files[i][2]) changed.push(i);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return changed;
}

/** A changed file's parse and analysis (stored, or made now and kept in the cache). */
function analysed(cache: CheckCache, id: string, reference: string | undefined, config: CorroborateConfig): AnalysedArticle | undefined {
  const loaded = cache.load(id, reference);
  if (!loaded.key) return undefined;
  if (loaded.analysis) return { parsed: loaded.parsed, analysis: loaded.analysis };
  const analysis = analyseArticle(id, loaded.parsed, config);
  cache.analysed(loaded, analysis);
  return { parsed: loaded.parsed, analysis };
}

/** The articles a change can reach (see the top of this file). */
function reachedBy(
  corpus: Corpus, old: RetrievalSnapshot, snapshot: RunSnapshot, changedIds: readonly string[], before: readonly AnalysedArticle[], after: readonly AnalysedArticle[],
  changedKeys: ReadonlySet<string>, seesChange: ReadonlyMap<number, (index: number | 'all') => boolean>,
): Set<string> {
  const reached = new Set(changedIds);
  const keys = new Set(changedKeys);
  // A key too common to be looked up, whose rounded frequency stayed, changed nothing any claim
  // reads ("said" in an added sentence): its sentences' articles are not reached through it.
  const store = corpus.claimStore;
  const dfBefore = documentFrequencies(old, keys);
  for (const key of keys) if (sameRetrievalWeight(dfBefore.get(key) ?? 0, store.documentFrequency(key), store.retrievalSize)) keys.delete(key);
  for (const id of corpus.articlesWithKeys(keys)) reached.add(id);
  // Readers of a changed sentence, straight from the snapshot's tables.
  const { readFiles, readSentences, readsEnds } = snapshot;
  let file = 0;
  for (let r = 0; r < readFiles.length; r++) {
    while (r >= readsEnds[file]) file++;
    const read = readFiles[r];
    const sees = read < 0 ? undefined : seesChange.get(read);
    if (read < 0 || sees?.(readSentences[r] < 0 ? 'all' : readSentences[r])) reached.add(snapshot.files[file][0]);
  }
  const quotes: Quote[] = [...before, ...after].flatMap((a) => a.analysis.quotes);
  for (const id of corpus.articlesWithTwinsOf(quotes)) reached.add(id);
  return reached;
}

function sentencesOf(article: AnalysedArticle): readonly StoredSentence[] {
  return article.parsed.analysable ? article.analysis.sentences : [];
}

/** Reports the reached articles: their report lines, and every file's finding counts. */
function reportReached(
  corpus: Corpus, cache: CheckCache, files: readonly ArticleFile[], reached: ReadonlySet<string>, counts: Int32Array, lineRanges: ReadonlyArray<LineIndex | LineRanges>,
  format: PiecedReport,
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
    return format.piece(checked, context);
  });
  return { lines, severities };
}

/**
 * Writes the report: the new lines, and the kept ones copied from the cache as the bytes they were
 * stored as. A file is written over in place and cut to its new length (most of its bytes come
 * out the same; replacing a report of hundreds of megabytes took longer than writing it); false
 * when a kept line is unreadable, and the full check, which writes the file anew, must run.
 */
function writeReport(options: RecheckOptions, pieces: readonly KeptPiece[], lines: ReadonlyArray<string | undefined>, cache: CheckCache): boolean {
  const frame = options.report.frame(pieces.filter((p) => p.bytes > 0).length);
  const fd = options.out === undefined ? undefined : openSync(options.out, existsSync(options.out) ? 'r+' : 'w');
  const output = new BufferedOutput(fd, options.stdout);
  try {
    output.write(frame.head);
    let written = 0;
    for (const [i, { key, bytes }] of pieces.entries()) {
      if (bytes === 0) continue;
      const piece = lines[i] ?? cache.entries!.viewBytes(key);
      if (piece === undefined) return false;
      if (written++ > 0) output.write(frame.separator);
      output.write(piece);
    }
    output.write(frame.tail);
    output.finish();
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Output gathered into large writes: to a file (then cut to length), or to `stdout` at the end. */
class BufferedOutput {
  private readonly buffer = Buffer.allocUnsafe(1 << 22);
  private used = 0;
  private position = 0;
  private readonly pieces: Buffer[] = [];

  constructor(private readonly fd: number | undefined, private readonly stdout: (text: string) => void) {}

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (this.used + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) this.emit(bytes);
    else this.used += Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).copy(this.buffer, this.used);
  }

  finish(): void {
    this.flush();
    if (this.fd === undefined) this.stdout(Buffer.concat(this.pieces).toString('utf8'));
    else ftruncateSync(this.fd, this.position);
  }

  private flush(): void {
    if (this.used > 0) this.emit(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private emit(bytes: Uint8Array): void {
    if (this.fd === undefined) {
      this.pieces.push(Buffer.from(bytes));
      return;
    }
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.position + done);
    this.position += bytes.length;
  }
}

function failedAt(severities: Int32Array, failOn: Severity | 'never'): boolean {
  return severities.some((n, i) => n > 0 && reachesThreshold(SEVERITIES[i % 4], failOn));
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

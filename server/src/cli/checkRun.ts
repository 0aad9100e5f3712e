/**
 * The `check` command's work, apart from printing: find the files, read the config, build one
 * corpus per scope, and collect each reported article's findings. A loader (the cache, the
 * index) may supply stored analyses and a judge stored verdicts; a shard reports on some of the
 * articles but builds the same corpora, so that its findings are those of a whole run.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus, referenceDates } from '../core/corpus';
import type { ArticleReport, ClaimJudge } from '../core/corpus';
import type { CorroborateConfig } from '../core/config';
import type { Span } from '../core/types';
import type { LineRange } from '../core/text/lineIndex';
import { type ArticleFile, findArticleFiles } from '../io/files';
import { peekHeaderDate, readArticleFile } from '../io/readArticle';
import type { ArticleLoader, LoadedArticle } from './articleLoader';
import { analyseInWorkers, MIN_FILES_FOR_WORKERS } from './analyseWorkers';
import { CandidatePrefetch } from './retrievalThread';
import { CANDIDATES } from '../core/judgment/judge';

export interface CheckOptions {
  readonly inputs: readonly string[];
  readonly against: readonly string[];
  readonly scope: 'corpus' | 'folder';
  readonly config: CorroborateConfig;
  readonly cwd: string;
  /** Today's date (YYYY-MM-DD), used only to place year-less dates in undated articles. */
  readonly today: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** Where parses and analyses come from (the cache, the index); by default each file is read and analysed. */
  readonly loader?: ArticleLoader;
  /** The judge of each corpus (the cache's); by default the core's. */
  readonly judgeFor?: (corpus: Corpus) => ClaimJudge;
  /** Which of the found articles to report on (a shard); all of them are still read and judged against. */
  readonly reportOn?: (file: ArticleFile) => boolean;
  /**
   * Called with each article's report as soon as it is judged (a streaming format writes it
   * out); returns what the result keeps of it. Without it, every report is kept whole.
   */
  readonly onArticle?: (article: CheckedArticle, context: ReportContext) => CheckedArticle;
  /**
   * Worker threads to read and analyse the articles in (1: none). Used only without a loader
   * (the cache and the index have their own) and for enough files to pay for starting them.
   */
  readonly jobs?: number;
  /** Told how long each phase took (`--timing`), in milliseconds, summed over the corpora. */
  readonly onPhase?: (phase: CheckPhase, milliseconds: number) => void;
}

/** The phases of a check, as `--timing` reports them. */
export type CheckPhase = 'find files' | 'read and analyse' | 'place undated' | 'judge and report';

export interface CheckedArticle {
  readonly file: ArticleFile;
  readonly uri: string;
  readonly report: ArticleReport;
}

/** What resolving a related location needs: the files and the corpora that hold their lines. */
export interface ReportContext {
  /** Display path of every article id, so that related locations can be printed. */
  readonly files: ReadonlyMap<string, ArticleFile>;
  readonly corpora: readonly Corpus[];
  /** Where an article's lines start, when known without reading it from the corpora (a re-check). */
  readonly linesOf?: (id: string) => { rangeOf(span: Span): LineRange } | undefined;
}

export interface CheckResult extends ReportContext {
  readonly articles: readonly CheckedArticle[];
}

/** A check's result with what its cache records of how the corpora were built (`recheck.ts`). */
export interface CheckRun extends CheckResult {
  /** Undated articles the corpora placed again once their own dates were known (`Corpus.refreshUndated`). */
  readonly placedAgain: readonly string[];
}

export async function runCheck(options: CheckOptions): Promise<CheckRun> {
  let phaseStart = performance.now();
  const phaseDone = (phase: CheckPhase): void => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStart);
    phaseStart = now;
  };
  const reported = await findArticleFiles(options.inputs, options.config, options.cwd);
  const reportedPaths = new Set(reported.map((f) => f.absolute));
  const references = (await findArticleFiles(options.against, options.config, options.cwd)).filter((f) => !reportedPaths.has(f.absolute));
  const files = new Map<string, ArticleFile>();
  for (const file of [...reported, ...references]) files.set(file.absolute, file);

  const groups = groupByScope(reported, options.scope);
  const corpora: Corpus[] = [];
  const articles: CheckedArticle[] = [];
  const placedAgain: string[] = [];
  const total = reported.length + references.length * groups.length;
  let done = 0;
  const jobs = options.jobs ?? 1;
  // Each corpus's reference dates, from the date headers alone: undated articles are parsed against
  // theirs at once (the corpus still checks it, and places them again if it was off)
  // (`referenceDates`: its folder's median, else the corpus's).
  const headerDates = new Map([...files.keys()].map((f) => [f, peekHeaderDate(f)] as const));
  const referencesOf = groups.map((group) => referenceDates([...group, ...references].map((f) => [f.absolute, headerDates.get(f.absolute)] as const)));
  const medianOf = new Map<string, string | undefined>();
  groups.forEach((group, g) => group.forEach((file) => medianOf.set(file.absolute, referencesOf[g](file.absolute))));
  for (const file of references) if (!medianOf.has(file.absolute)) medianOf.set(file.absolute, referencesOf[0](file.absolute));
  phaseDone('find files');
  // The workers take files from the back of the order in which the corpora below ask for them.
  const loadOrder = [...new Set([...(groups[0] ?? []), ...references, ...groups.slice(1).flat()].map((f) => f.absolute))];
  const loader = options.loader ?? (jobs > 1 && files.size >= MIN_FILES_FOR_WORKERS ? analyseInWorkers(loadOrder, options.config, options.today, jobs, (f) => medianOf.get(f)) : undefined);
  const add = async (corpus: Corpus, file: ArticleFile, reference: boolean, median: string | undefined): Promise<void> => {
    await loader?.ready?.(file.absolute);
    const loaded: LoadedArticle = loader ? loader.load(file.absolute, median) : { parsed: readArticleFile(file.absolute, options.config.maxFileBytes, options.today, median) };
    corpus.setParsed(file.absolute, loaded.parsed, { reference, analysis: loaded.analysis });
    if (options.loader && !loaded.analysis) options.loader.analysed(loaded, corpus.analysisOf(file.absolute)!);
    options.onProgress?.(++done, total);
  };
  for (const [g, group] of groups.entries()) {
    const corpus = new Corpus({ config: options.config, referenceDate: options.today });
    for (const file of group) await add(corpus, file, false, referencesOf[g](file.absolute));
    for (const file of references) await add(corpus, file, true, referencesOf[g](file.absolute));
    phaseDone('read and analyse');
    placedAgain.push(...corpus.refreshUndated());
    corpus.packIndex();
    phaseDone('place undated');
    corpora.push(corpus);
    const judge = options.judgeFor?.(corpus);
    const judged = group.filter((file) => !options.reportOn || options.reportOn(file));
    // The second core finds the candidates of the claims to come (`retrievalThread.ts`).
    const prefetch = jobs > 1 && judged.length >= MIN_FILES_FOR_WORKERS ? CandidatePrefetch.start(corpus.claimStore, judged.map((f) => f.absolute), CANDIDATES) : undefined;
    try {
      for (const file of judged) {
        await prefetch?.ready(file.absolute);
        const report = corpus.report(file.absolute, judge);
        if (!report) continue;
        const checked: CheckedArticle = { file, uri: pathToFileURL(file.absolute).href, report };
        articles.push(options.onArticle ? options.onArticle(checked, { files, corpora }) : checked);
      }
    } finally {
      prefetch?.close();
    }
    phaseDone('judge and report');
  }
  return { articles, files, corpora, placedAgain };
}

/** With `scope: folder`, every folder that holds articles is a story of its own. */
function groupByScope(files: readonly ArticleFile[], scope: 'corpus' | 'folder'): ArticleFile[][] {
  if (scope === 'corpus') return files.length ? [[...files]] : [];
  const byFolder = new Map<string, ArticleFile[]>();
  for (const file of files) {
    const folder = path.dirname(file.absolute);
    const list = byFolder.get(folder) ?? [];
    list.push(file);
    byFolder.set(folder, list);
  }
  return [...byFolder.values()];
}

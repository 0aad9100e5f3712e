/**
 * Reading and analysing the articles of a check on every core: the main thread analyses the
 * first part of the files itself, as a check on one thread does, while worker threads read,
 * parse and analyse (quotes, sentence features: the costly part of indexing) the rest and send
 * the plain results back, which the main thread indexes, in file order, as they come. The
 * report is the same byte for byte as one thread's.
 *
 * This module is also the workers' entry: the bundle starts a worker on its own file, and the
 * code at the bottom answers when it runs inside one.
 */
import { availableParallelism } from 'node:os';
import * as v8 from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyseArticle, portableAnalysis } from '../core/corpus';
import type { CorroborateConfig } from '../core/config';
import { compactCopiedArticle } from '../core/judgment/copies';
import { readArticleFile } from '../io/readArticle';
import type { ArticleLoader, LoadedArticle } from './articleLoader';

/** Below this many files, starting a worker (each loads the language model) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 150;
/** Articles a worker sends back at a time: small enough to keep the main thread busy early. */
const BATCH = 16;
const WORKER_TAG = 'corroborate-analyse';
/**
 * A worker's semi-spaces, in MB. Each thread commits its young generation in full, and the
 * worker's is alive at the end of the analysis, when the main thread holds every article: at 10k
 * articles, 8 MB rather than the main thread's 32 (its size then) took the check's peak RSS from
 * 1,043 to 959 MB, at no cost in time on 1k or 10k (bench/RESULTS.md). A worker's objects live
 * one batch, so a small young generation promotes few of them.
 */
const WORKER_SEMI_SPACE_MB = 8;
/**
 * The main thread's part of the analysis, against one worker's: it also copies the workers'
 * results in and indexes every article, so it analyses less. On the 2-core machine of
 * bench/RESULTS.md, copying an analysis in costs about a third of computing it, and indexing a
 * sixth; two threads side by side each run at about three quarters of one alone.
 */
const MAIN_THREAD_WEIGHT = 0.6;

interface WorkerInput {
  readonly tag: typeof WORKER_TAG;
  readonly files: readonly string[];
  readonly config: CorroborateConfig;
  readonly today: string;
  /** The median date of each file's corpus, where known (see `ArticleLoader.load`). */
  readonly references: ReadonlyArray<string | undefined>;
}

interface WorkerBatch {
  readonly articles: ReadonlyArray<{ readonly file: string; readonly loaded: LoadedArticle }>;
  readonly done: boolean;
}

/** How many threads a check uses by default: every core, up to two (the main thread and one worker). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Starts `jobs - 1` worker threads on the last part of `files` and returns a loader that hands
 * their results to the check as they arrive (`ready` waits for one); the main thread's part is
 * loaded without an analysis, so that the corpus analyses it. The workers' files are dealt out
 * round-robin so that results come back in about the order the check asks for them.
 */
export function analyseInWorkers(
  files: readonly string[], config: CorroborateConfig, today: string, jobs: number, referenceOf: (file: string) => string | undefined = () => undefined, workerFile: string = __filename,
): ArticleLoader {
  const workers = Math.max(1, jobs - 1);
  const mainCount = Math.floor((files.length * MAIN_THREAD_WEIGHT) / (MAIN_THREAD_WEIGHT + workers));
  const results = new Map<string, LoadedArticle>();
  let mainLoads = 0;
  // The files still with a worker, each with the arrival the check may be waiting for (one
  // promise per file, however many times it is asked for).
  const arrivals = new Map<string, { promise?: Promise<void>; resolve?: () => void; reject?: (error: Error) => void }>();
  for (const file of files.slice(mainCount)) arrivals.set(file, {});
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const arrival of arrivals.values()) arrival.reject?.(failure);
  };
  const shares: string[][] = Array.from({ length: workers }, () => []);
  files.slice(mainCount).forEach((file, i) => shares[i % workers].push(file));
  // V8 reads its flags when an isolate starts, and `resourceLimits` cannot lower a size the
  // process flag set: the flag is changed for the workers' start and set back once they run.
  let starting = 0;
  const restoreYoungGeneration = youngGenerationFlagFor(WORKER_SEMI_SPACE_MB);
  for (const share of shares.filter((s) => s.length > 0)) {
    const input: WorkerInput = { tag: WORKER_TAG, files: share, config, today, references: share.map(referenceOf) };
    const worker = new Worker(workerFile, { workerData: input });
    // Running, or stopped before it ran: either way the worker no longer needs the flag.
    starting++;
    const started = (): void => {
      worker.off('online', started).off('exit', started);
      if (--starting === 0) restoreYoungGeneration();
    };
    worker.on('online', started).on('exit', started);
    // A check that stops early (an error of its own) must not be kept alive by its workers.
    worker.unref();
    let finished = false;
    worker.on('message', (batch: WorkerBatch) => {
      for (const { file, loaded } of batch.articles) {
        // A structured clone copies the strings and WordNet arrays that computed features
        // share: share them again, and pack the token columns with this thread's numbers.
        if (loaded.analysis) compactCopiedArticle(loaded.parsed, loaded.analysis, file);
        results.set(file, loaded);
        arrivals.get(file)?.resolve?.();
        arrivals.delete(file);
      }
      if (batch.done) {
        finished = true;
        void worker.terminate();
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!finished) fail(new Error(`an analysis worker stopped early (exit code ${code})`));
    });
  }
  return {
    ready: (file) => {
      if (failure) return Promise.reject(failure);
      const arrival = arrivals.get(file);
      // While the main thread analyses its own part, the workers' batches arrive: it takes them
      // in every few articles (a turn of the event loop), so that they become compact objects as
      // they come rather than wait as serialised bytes until the check reaches the workers' files.
      if (!arrival) return ++mainLoads % BATCH === 0 && arrivals.size > 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
      arrival.promise ??= new Promise<void>((resolve, reject) => Object.assign(arrival, { resolve, reject }));
      return arrival.promise;
    },
    // The main thread's files (and any a worker did not see) are read here, and analysed by the
    // corpus. A file parsed against another reference date (a reference article shared by
    // several corpora) is placed again by the corpus, which checks every undated article's date.
    load: (file, reference) => results.get(file) ?? { parsed: readArticleFile(file, config.maxFileBytes, today, reference), reference },
    analysed: () => undefined,
  };
}

/**
 * Sets V8's semi-space size for isolates started from now on, and returns what sets it back to
 * the process's own (from its command line or NODE_OPTIONS; 0, V8's default, if neither sets it).
 */
export function youngGenerationFlagFor(megabytes: number): () => void {
  const own = semiSpaceFlag([...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]) ?? 0;
  v8.setFlagsFromString(`--max-semi-space-size=${megabytes}`);
  return () => v8.setFlagsFromString(`--max-semi-space-size=${own}`);
}

/** The last `--max-semi-space-size` among node's arguments (either spelling, `=N` or `N`), if any. */
export function semiSpaceFlag(args: readonly string[]): number | undefined {
  let size: number | undefined;
  args.forEach((arg, i) => {
    const match = /^--max[-_]semi[-_]space[-_]size(?:=(\d+))?$/.exec(arg);
    const value = match && (match[1] ?? args[i + 1]);
    if (value && /^\d+$/.test(value)) size = Number(value);
  });
  return size;
}

function runWorker(input: WorkerInput): void {
  let batch: Array<{ file: string; loaded: LoadedArticle }> = [];
  for (const [i, file] of input.files.entries()) {
    const reference = input.references[i];
    const parsed = readArticleFile(file, input.config.maxFileBytes, input.today, reference);
    // Terms go as their words' part of speech and lemma (the main thread has its own words).
    batch.push({ file, loaded: { parsed, analysis: portableAnalysis(analyseArticle(file, parsed, input.config)), reference } });
    if (batch.length === BATCH) {
      parentPort!.postMessage({ articles: batch, done: false } satisfies WorkerBatch);
      batch = [];
    }
  }
  parentPort!.postMessage({ articles: batch, done: true } satisfies WorkerBatch);
}

if (!isMainThread && (workerData as Partial<WorkerInput> | undefined)?.tag === WORKER_TAG) runWorker(workerData as WorkerInput);

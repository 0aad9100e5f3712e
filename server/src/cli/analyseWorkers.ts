/**
 * Reading and analysing the articles of a check on every core: the main thread analyses files
 * from the front of the list, in the order the check asks for them, while worker threads read,
 * parse and analyse (quotes, sentence features: the costly part of indexing) files from the back
 * and send the plain results back, which the main thread indexes, in file order, as it reaches
 * them. Each file is claimed once, by whichever thread gets to it first, so the two meet where
 * their speeds put them and neither waits long for the other. The report is the same byte for
 * byte as one thread's.
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
import { type Deferred, deferred } from './deferred';

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
/** Who analyses a file: no one yet, the main thread, or a worker, `WORKER` plus its number (`WorkerInput.claims`). */
const UNCLAIMED = 0;
const MAIN_THREAD = 1;
const WORKER = 2;

interface WorkerInput {
  readonly tag: typeof WORKER_TAG;
  /** Every file of the check, in the order the check asks for them. */
  readonly files: readonly string[];
  /**
   * One cell per file, shared by every thread: a thread analyses a file only once it has changed
   * its cell from `UNCLAIMED` to itself (`Atomics.compareExchange`), so no file is done twice.
   */
  readonly claims: Int32Array;
  /** The shared count of files the workers have not yet looked at: they take files from the back. */
  readonly fromBack: Int32Array;
  /** What this worker writes in a cell it claims: `WORKER` plus its number. */
  readonly claimAs: number;
  readonly config: CorroborateConfig;
  readonly today: string;
  /** The median date of each file's corpus, where known (see `ArticleLoader.load`). */
  readonly references: ReadonlyArray<string | undefined>;
}

interface WorkerBatch {
  readonly articles: ReadonlyArray<{ readonly file: string; readonly loaded: LoadedArticle }>;
  readonly done: boolean;
  /** Sent once, when the worker has claimed its first file. */
  readonly started?: boolean;
}

/** How many threads a check uses by default: every core, up to two (the main thread and one worker). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** The loader of `analyseInWorkers`, with what tests wait for. */
export interface WorkerLoader extends ArticleLoader {
  /** Resolves once a worker has claimed its first file (never, if every file went to the main thread first). */
  readonly workerStarted: Promise<void>;
}

/**
 * Starts `jobs - 1` worker threads on `files` (in the order the check will ask for them) and
 * returns a loader that hands their results to the check as they arrive (`ready` waits for one).
 * The main thread claims each file as the check asks for it (`ready`) and, when it is first,
 * loads it without an analysis, so that the corpus analyses it; the workers claim files from the
 * back. A fixed share for each side left one idle at the end: at 10k articles the main thread,
 * which also copies the workers' results in and indexes every article, finished its share eight
 * seconds before the worker.
 */
export function analyseInWorkers(
  files: readonly string[], config: CorroborateConfig, today: string, jobs: number, referenceOf: (file: string) => string | undefined = () => undefined, workerFile: string = __filename,
): WorkerLoader {
  const workers = Math.max(1, jobs - 1);
  const indexOf = new Map(files.map((file, i) => [file, i] as const));
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, files.length)));
  const fromBack = new Int32Array(new SharedArrayBuffer(4));
  fromBack[0] = files.length;
  const results = new Map<string, LoadedArticle>();
  let mainLoads = 0;
  // The files the check waits for from a worker, each with one promise however often it is asked.
  const arrivals = new Map<string, Deferred>();
  // A worker that fails (cannot start, or stops) leaves its files to the main thread: those it
  // claimed and did not send back are loaded without an analysis, for the corpus to analyse.
  const failed = new Set<number>();

  // A check that stops early (an error of its own) must not be kept alive by its workers: they
  // hold the process only while the check waits for one of them (or one has yet to start).
  const live = new Map<number, { worker: Worker; started: boolean }>();
  const holdWhileWaited = (): void => {
    for (const { worker, started } of live.values()) {
      if (!started || arrivals.size > 0) worker.ref();
      else worker.unref();
    }
  };
  const claimedByFailed = (index: number): boolean => failed.has(Atomics.load(claims, index) - WORKER);
  const fail = (w: number): void => {
    if (failed.has(w)) return;
    failed.add(w);
    live.delete(w);
    for (const [file, arrival] of [...arrivals]) {
      if (!claimedByFailed(indexOf.get(file)!)) continue;
      arrivals.delete(file);
      arrival.resolve();
    }
    holdWhileWaited();
  };
  const firstClaim = deferred();
  // V8 reads its flags when an isolate starts, and `resourceLimits` cannot lower a size the
  // process flag set: the flag is changed for the workers' start and set back once they run.
  let starting = 0;
  const restoreYoungGeneration = youngGenerationFlagFor(WORKER_SEMI_SPACE_MB);
  const references = files.map(referenceOf);
  for (let w = 0; w < workers; w++) {
    const input: WorkerInput = { tag: WORKER_TAG, files, claims, fromBack, claimAs: WORKER + w, config, today, references };
    const worker = new Worker(workerFile, { workerData: input });
    // Running, or stopped before it ran: either way the worker no longer needs the flag.
    starting++;
    const started = (): void => {
      worker.off('online', started).off('exit', started);
      if (--starting === 0) restoreYoungGeneration();
    };
    worker.on('online', started).on('exit', started);
    live.set(w, { worker, started: false });
    let finished = false;
    worker.on('message', (batch: WorkerBatch) => {
      if (batch.started) {
        live.set(w, { worker, started: true });
        firstClaim.resolve();
      }
      for (const { file, loaded } of batch.articles) {
        // A structured clone copies the strings and WordNet arrays that computed features
        // share: share them again, and pack the token columns with this thread's numbers.
        if (loaded.analysis) compactCopiedArticle(loaded.parsed, loaded.analysis, file);
        results.set(file, loaded);
        arrivals.get(file)?.resolve();
        arrivals.delete(file);
      }
      if (batch.done) {
        finished = true;
        live.delete(w);
        void worker.terminate();
      }
      holdWhileWaited();
    });
    worker.on('error', () => fail(w));
    worker.on('exit', () => {
      if (!finished) fail(w);
    });
  }
  return {
    workerStarted: firstClaim.promise,
    ready: (file) => {
      const index = indexOf.get(file);
      const claimed = index === undefined ? MAIN_THREAD : Atomics.compareExchange(claims, index, UNCLAIMED, MAIN_THREAD);
      if (claimed === UNCLAIMED || claimed === MAIN_THREAD) {
        // While the main thread analyses its own files, the workers' batches arrive: it takes them
        // in every few articles (a turn of the event loop), so that they become compact objects as
        // they come rather than wait as serialised bytes until the check reaches the workers' files.
        return ++mainLoads % BATCH === 0 && live.size > 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
      }
      if (results.has(file) || claimedByFailed(index!)) return undefined;
      let arrival = arrivals.get(file);
      if (!arrival) {
        arrival = deferred();
        arrivals.set(file, arrival);
        holdWhileWaited();
      }
      return arrival.promise;
    },
    // The main thread's files are read here, and analysed by the corpus. A file parsed against
    // another reference date (a reference article shared by several corpora) is placed again by
    // the corpus, which checks every undated article's date.
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
  let started = false;
  // Files from the back, one at a time: a file the main thread claimed first is its own (in
  // order, it has then claimed every file before it too, but a check over several story folders
  // may ask out of order, so the rest are still tried).
  for (let i = Atomics.sub(input.fromBack, 0, 1) - 1; i >= 0; i = Atomics.sub(input.fromBack, 0, 1) - 1) {
    if (Atomics.compareExchange(input.claims, i, UNCLAIMED, input.claimAs) !== UNCLAIMED) continue;
    const file = input.files[i];
    const parsed = readArticleFile(file, input.config.maxFileBytes, input.today, input.references[i]);
    if (!started) parentPort!.postMessage({ articles: [], done: false, started: (started = true) } satisfies WorkerBatch);
    // Terms go as their words' part of speech and lemma (the main thread has its own words).
    batch.push({ file, loaded: { parsed, analysis: portableAnalysis(analyseArticle(file, parsed, input.config)), reference: input.references[i] } });
    if (batch.length === BATCH) {
      parentPort!.postMessage({ articles: batch, done: false } satisfies WorkerBatch);
      batch = [];
    }
  }
  parentPort!.postMessage({ articles: batch, done: true } satisfies WorkerBatch);
}

if (!isMainThread && (workerData as Partial<WorkerInput> | undefined)?.tag === WORKER_TAG) runWorker(workerData as WorkerInput);

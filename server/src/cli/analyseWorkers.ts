/**
 * Reading and analysing the articles of a check on every core: worker threads read, parse and
 * analyse (quotes, sentence features: the costly part of indexing) their share of the files and
 * send the plain results back; the main thread then indexes and judges them as if it had
 * computed them itself, so that the report is the same byte for byte.
 *
 * This module is also the workers' entry: the bundle starts a worker on its own file, and the
 * code at the bottom answers when it runs inside one.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyseArticle } from '../core/corpus';
import type { CorroborateConfig } from '../core/config';
import { compactCopiedFeatures } from '../core/judgment/features';
import { internColumns } from '../core/judgment/tokenColumns';
import { readArticleFile } from '../io/readArticle';
import type { ArticleLoader, LoadedArticle } from './cache';

/** Below this many files, starting workers (each loads the language model) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 150;
/** Articles a worker sends back at a time: small enough to keep the main thread busy early. */
const BATCH = 16;
const WORKER_TAG = 'corroborate-analyse';

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

/**
 * How many threads a check uses by default: one. On the 2-vCPU machine of bench/RESULTS.md two
 * threads ran a check no faster (two CPU-bound processes there get 1.25 times the work of one,
 * and copying the analyses back costs the rest), so more threads are asked for with `--jobs`.
 */
export function defaultJobs(): number {
  return 1;
}

/**
 * Reads and analyses `files` in `jobs` worker threads and returns a loader that hands each
 * result to the check. Files are dealt out round-robin so that every worker gets a similar mix.
 */
export async function analyseInWorkers(
  files: readonly string[], config: CorroborateConfig, today: string, jobs: number, referenceOf: (file: string) => string | undefined = () => undefined, workerFile: string = __filename,
): Promise<ArticleLoader> {
  const results = new Map<string, LoadedArticle>();
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  files.forEach((file, i) => shares[i % jobs].push(file));
  await Promise.all(
    shares.filter((share) => share.length > 0).map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const input: WorkerInput = { tag: WORKER_TAG, files: share, config, today, references: share.map(referenceOf) };
          const worker = new Worker(workerFile, { workerData: input });
          let finished = false;
          worker.on('message', (batch: WorkerBatch) => {
            for (const { file, loaded } of batch.articles) {
              // A structured clone copies the strings and WordNet arrays that computed features
              // share: share them again.
              if (loaded.analysis) {
                for (const columns of new Set(loaded.analysis.sentences.map((s) => s.features.tokens.columns))) internColumns(columns);
                compactCopiedFeatures(loaded.analysis.sentences);
              }
              results.set(file, loaded);
            }
            if (batch.done) {
              finished = true;
              void worker.terminate();
              resolve();
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (!finished) reject(new Error(`an analysis worker stopped early (exit code ${code})`));
          });
        }),
    ),
  );
  return {
    // Files a worker did not see (none, unless the list changed) are read here as usual.
    // A file parsed against another reference date (a reference article shared by several
    // corpora) is placed again by the corpus, which checks every undated article's date.
    load: (file, reference) => results.get(file) ?? { parsed: readArticleFile(file, config.maxFileBytes, today, reference), reference },
    analysed: () => undefined,
  };
}

function runWorker(input: WorkerInput): void {
  let batch: Array<{ file: string; loaded: LoadedArticle }> = [];
  for (const [i, file] of input.files.entries()) {
    const reference = input.references[i];
    const parsed = readArticleFile(file, input.config.maxFileBytes, input.today, reference);
    batch.push({ file, loaded: { parsed, analysis: analyseArticle(file, parsed, input.config), reference } });
    if (batch.length === BATCH) {
      parentPort!.postMessage({ articles: batch, done: false } satisfies WorkerBatch);
      batch = [];
    }
  }
  parentPort!.postMessage({ articles: batch, done: true } satisfies WorkerBatch);
}

if (!isMainThread && (workerData as Partial<WorkerInput> | undefined)?.tag === WORKER_TAG) runWorker(workerData as WorkerInput);

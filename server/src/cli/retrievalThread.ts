/**
 * Judging on both cores: while the main thread compares each claim with its candidates, a worker
 * thread finds the candidates of the claims to come (`core/judgment/sharedRetrieval.ts`), reading
 * the claim store's postings from the buffer they share, without a copy. The main thread works
 * out each claim's query (it needs the claim's features) and the worker scores it; the answers
 * are the store's own, so the report is the same byte for byte as one thread's.
 *
 * The worker runs `retrievalWorker.ts`, a file of its own (its own small bundle, `esbuild.mjs`):
 * it needs none of the analysis, and loading the whole server would cost it tens of megabytes.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClaimStore, StoredSentence } from '../core/judgment/store';
import { youngGenerationFlagFor } from './analyseWorkers';
import { type Deferred, deferred } from './deferred';
import { type RetrievalRequest, RETRIEVAL_WORKER_TAG, type RetrievalWorkerInput } from './retrievalWorker';

/** The worker's file: beside this one, whether bundled (dist/) or compiled file by file (out/). */
const WORKER_FILE = path.join(__dirname, 'retrievalWorker.js');
/** Articles whose claims go to the worker in one message. */
const ARTICLES_PER_BATCH = 8;
/**
 * Batches asked for ahead of the article being judged: enough that the worker is never idle
 * while the main thread judges, few enough that answers wait little in memory.
 */
const BATCHES_AHEAD = 3;
/** The worker's semi-spaces, in MB: it allocates only each batch's query groups and answers. */
const WORKER_SEMI_SPACE_MB = 4;

/**
 * Finds, on a worker thread, the candidates of the claims of `articleIds` (in the order they will
 * be judged) for queries of `limit` candidates. `ready(articleId)` resolves once the store holds
 * that article's answers (undefined if it need not wait); the store answers by itself for any
 * claim the worker did not (a claim asked for out of order, or after the store changed).
 */
export class CandidatePrefetch {
  private readonly batchOf = new Map<string, number>();
  private readonly batches: string[][] = [];
  private readonly pending = new Map<number, Deferred>();
  /** The claims asked for in each batch, until the check has gone past it. */
  private readonly claimsOf = new Map<number, StoredSentence[]>();
  private asked = 0;
  private failure?: Error;

  private constructor(
    private readonly store: ClaimStore,
    private readonly worker: Worker,
    private readonly limit: number,
    articleIds: readonly string[],
  ) {
    for (let i = 0; i < articleIds.length; i += ARTICLES_PER_BATCH) {
      const batch = articleIds.slice(i, i + ARTICLES_PER_BATCH);
      for (const id of batch) this.batchOf.set(id, this.batches.length);
      this.batches.push(batch);
    }
    worker.on('message', (answer: RetrievalRequest) => {
      this.store.acceptCandidates(answer.queries, this.limit);
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      // Referenced only while the check waits for an answer (see `ask`).
      if (this.pending.size === 0) this.worker.unref();
      waiting?.resolve();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the retrieval worker stopped early (exit code ${code})`)));
  }

  /** A prefetch for a store packed for sharing (`ClaimStore.packPostings`), else undefined. */
  static start(store: ClaimStore, articleIds: readonly string[], limit: number, workerFile: string = WORKER_FILE): CandidatePrefetch | undefined {
    const shared = store.sharedPostings();
    if (!shared || articleIds.length === 0) return undefined;
    const restoreYoungGeneration = youngGenerationFlagFor(WORKER_SEMI_SPACE_MB);
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: { tag: RETRIEVAL_WORKER_TAG, shared } satisfies RetrievalWorkerInput });
    } catch {
      // The store answers every query itself, as on one thread.
      return undefined;
    } finally {
      restoreYoungGeneration();
    }
    // A check that stops early must not be kept alive by its worker.
    worker.unref();
    return new CandidatePrefetch(store, worker, limit, articleIds);
  }

  /** Waits, if need be, until the claims of `articleId` have their candidates, and asks for those of the articles after it. */
  ready(articleId: string): Promise<void> | undefined {
    const batch = this.batchOf.get(articleId);
    if (batch === undefined || this.failure) return undefined;
    // Answers a judge did not read (the cache proved a verdict without asking) are dropped.
    for (const [earlier, claims] of this.claimsOf) {
      if (earlier >= batch) continue;
      this.store.forgetCandidates(claims);
      this.claimsOf.delete(earlier);
    }
    while (this.asked <= batch + BATCHES_AHEAD && this.asked < this.batches.length) this.ask(this.asked++);
    return this.pending.get(batch)?.promise;
  }

  /** Stops the worker; the store answers every later query itself. */
  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }

  private ask(batch: number): void {
    const claims: StoredSentence[] = [];
    for (const id of this.batches[batch]) for (const sentence of this.store.sentencesOf(id)) if (sentence.isClaim) claims.push(sentence);
    const queries: number[] = [];
    if (!this.store.encodeQueries(claims, this.limit, queries)) return;
    this.claimsOf.set(batch, claims);
    this.pending.set(batch, deferred());
    // A worker that is unreferenced lets the process exit while the check awaits its answer.
    this.worker.ref();
    const encoded = Int32Array.from(queries);
    this.worker.postMessage({ id: batch, queries: encoded } satisfies RetrievalRequest, [encoded.buffer]);
  }

  /** A failed worker: whoever waits goes on, and the store answers by itself from now on. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.resolve();
    this.pending.clear();
    this.worker.unref();
  }
}

/**
 * The retrieval worker's entry (see `retrievalThread.ts`): it answers the claim store's queries
 * from the postings the main thread shares with it. A file of its own, bundled on its own
 * (`dist/retrievalWorker.js`), so that the worker loads only retrieval's scoring.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { answerQueries, queryAnswerer, type SharedPostings } from '../core/judgment/sharedRetrieval';

export const RETRIEVAL_WORKER_TAG = 'corroborate-retrieve';

export interface RetrievalWorkerInput {
  readonly tag: typeof RETRIEVAL_WORKER_TAG;
  readonly shared: SharedPostings;
}

/** A batch of queries (`encodeQuery`), and the same batch's answers (`answerQueries`) on the way back. */
export interface RetrievalRequest {
  readonly id: number;
  readonly queries: Int32Array;
}

function answerBatches(input: RetrievalWorkerInput): void {
  const answerer = queryAnswerer(input.shared);
  parentPort!.on('message', (request: RetrievalRequest) => {
    const answers = answerQueries(answerer, request.queries);
    parentPort!.postMessage({ id: request.id, queries: answers } satisfies RetrievalRequest, [answers.buffer]);
  });
}

if (!isMainThread && (workerData as Partial<RetrievalWorkerInput> | undefined)?.tag === RETRIEVAL_WORKER_TAG) answerBatches(workerData as RetrievalWorkerInput);

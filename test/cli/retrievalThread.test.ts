/**
 * Judging on two threads (`retrievalThread.ts`): a worker finds the candidates of the claims to
 * come from the store's shared postings, and every article's report is the one a single thread
 * gives; a worker that cannot start leaves the store to answer by itself.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CandidatePrefetch } from '../../server/src/cli/retrievalThread';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { Corpus } from '../../server/src/core/corpus';
import { CANDIDATES } from '../../server/src/core/judgment/judge';
import { findArticleFiles } from '../../server/src/io/files';
import { readArticleFile } from '../../server/src/io/readArticle';
import { EXAMPLES, NATO, REPO_ROOT } from '../helpers/paths';

const TODAY = '2026-11-25';

async function packedCorpus(): Promise<{ corpus: Corpus; files: string[] }> {
  const files = (await findArticleFiles([NATO, EXAMPLES], DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
  const corpus = new Corpus({ config: DEFAULT_CONFIG, referenceDate: TODAY });
  for (const file of files) corpus.setParsed(file, readArticleFile(file, DEFAULT_CONFIG.maxFileBytes, TODAY));
  corpus.packIndex();
  return { corpus, files };
}

/** What a report says, as the JSON report would: its claims and findings. */
const said = (corpus: Corpus, file: string) => JSON.stringify(corpus.report(file), (key, value) => (key === 'article' ? undefined : value));

/** Counts the answers the store takes from the worker. */
function countAnswers(corpus: Corpus): () => number {
  const store = corpus.claimStore;
  const accept = store.acceptCandidates.bind(store);
  let answers = 0;
  store.acceptCandidates = (given, limit) => {
    answers += given.length;
    accept(given, limit);
  };
  return () => answers;
}

/** Judges every article as a check does, waiting for the prefetch, and asserts each report is the one thread's. */
async function judgeAllAlike(prefetch: CandidatePrefetch, corpus: Corpus, alone: Corpus, files: readonly string[]): Promise<void> {
  try {
    for (const file of files) {
      await prefetch.ready(file);
      assert.equal(said(corpus, file), said(alone, file), file);
    }
  } finally {
    prefetch.close();
  }
}

describe('candidates found on a worker thread', () => {
  test('give every article the report one thread gives, byte for byte', async () => {
    const alone = await packedCorpus();
    const { corpus, files } = await packedCorpus();
    const answered = countAnswers(corpus);
    const prefetch = CandidatePrefetch.start(corpus.claimStore, files, CANDIDATES);
    assert.ok(prefetch, 'a packed store is shared');
    await judgeAllAlike(prefetch, corpus, alone.corpus, files);
    assert.ok(answered() > 0, 'the worker answered');
    assert.ok(files.some((f) => said(alone.corpus, f).includes('"verdict":"conflicting"')), 'the reports have conflicts to compare');
  });

  test('a worker that cannot start leaves the check to go on, on one thread', { timeout: 60_000 }, async () => {
    const alone = await packedCorpus();
    const { corpus, files } = await packedCorpus();
    const answered = countAnswers(corpus);
    const prefetch = CandidatePrefetch.start(corpus.claimStore, files, CANDIDATES, path.join(REPO_ROOT, 'no-such-worker.js'))!;
    await judgeAllAlike(prefetch, corpus, alone.corpus, files);
    assert.equal(answered(), 0);
  });

  test('a store changed since it was packed is not shared', async () => {
    const { corpus, files } = await packedCorpus();
    corpus.setParsed(files[0], readArticleFile(files[0], DEFAULT_CONFIG.maxFileBytes, TODAY));
    assert.equal(CandidatePrefetch.start(corpus.claimStore, files, CANDIDATES), undefined);
  });
});

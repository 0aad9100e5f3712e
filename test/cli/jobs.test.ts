/**
 * `--jobs`: articles read and analysed in worker threads give the very report one thread gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCheck } from '../../server/src/cli/checkRun';
import { Worker } from 'node:worker_threads';
import { analyseInWorkers, semiSpaceFlag, youngGenerationFlagFor } from '../../server/src/cli/analyseWorkers';
import { formatJson } from '../../server/src/cli/formats/json';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { findArticleFiles } from '../../server/src/io/files';
import { EXAMPLES, NATO, REPO_ROOT } from '../helpers/paths';
import { cli } from '../helpers/cli';

const TODAY = '2026-11-25';
const INPUTS = [path.relative(REPO_ROOT, NATO), path.relative(REPO_ROOT, EXAMPLES)];

describe('analysis in worker threads', () => {
  test('two workers give the same JSON report, byte for byte, as the main thread alone', async () => {
    const options = { inputs: INPUTS, against: [], scope: 'corpus' as const, config: DEFAULT_CONFIG, cwd: REPO_ROOT, today: TODAY };
    const alone = formatJson(await runCheck(options));
    const files = (await findArticleFiles(INPUTS, DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
    assert.ok(files.length >= 9);
    const loader = analyseInWorkers(files, DEFAULT_CONFIG, TODAY, 2);
    // The main thread analyses the first files itself; the worker's come back as they are ready.
    assert.equal(loader.ready?.(files[0]), undefined);
    const last = loader.ready?.(files[files.length - 1]);
    assert.ok(last instanceof Promise);
    // Asked twice, a file is one arrival: both callers are told.
    assert.equal(loader.ready?.(files[files.length - 1]), last);
    const withWorkers = formatJson(await runCheck({ ...options, loader }));
    assert.ok(alone.includes('"verdict":"conflicting"'), 'the report has conflicts to compare');
    assert.equal(withWorkers, alone);
  });

  test('a worker that fails fails the check, and does not leave it waiting', { timeout: 60_000 }, async () => {
    const options = { inputs: INPUTS, against: [], scope: 'corpus' as const, config: DEFAULT_CONFIG, cwd: REPO_ROOT, today: TODAY };
    const files = (await findArticleFiles(INPUTS, DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
    const loader = analyseInWorkers(files, DEFAULT_CONFIG, TODAY, 2, () => undefined, path.join(REPO_ROOT, 'no-such-worker.js'));
    await assert.rejects(runCheck({ ...options, loader }));
  });

  test('workers start with a small young generation, and later threads with the process\'s own', async () => {
    const before = await heapLimitOfNewThread();
    const restore = youngGenerationFlagFor(1);
    const small = await heapLimitOfNewThread();
    restore();
    // V8's heap limit counts the young generation: three semi-spaces.
    assert.ok(small < before, `${small} < ${before}`);
    assert.equal(await heapLimitOfNewThread(), before);
    // The analysis workers set it back once they run.
    const files = (await findArticleFiles(INPUTS, DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
    const loader = analyseInWorkers(files, DEFAULT_CONFIG, TODAY, 2);
    await loader.ready?.(files[files.length - 1]);
    assert.equal(await heapLimitOfNewThread(), before);
  });

  test('the semi-space size is read from node\'s arguments in either spelling', () => {
    assert.equal(semiSpaceFlag([]), undefined);
    assert.equal(semiSpaceFlag(['--inspect', '--max-semi-space-size=32']), 32);
    assert.equal(semiSpaceFlag(['--max_semi_space_size', '16', '--trace-gc']), 16);
    assert.equal(semiSpaceFlag(['--max-semi-space-size=8', '--max-semi-space-size=64']), 64);
    assert.equal(semiSpaceFlag(['--max-semi-space-size=lots']), undefined);
  });

  test('--jobs must be a whole number from 1 to 64', async () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const run = await cli(['check', ...INPUTS, '--jobs', bad], { cwd: REPO_ROOT });
      assert.equal(run.code, 2, `--jobs ${bad}`);
      assert.match(run.stderr, /--jobs must be a whole number/);
    }
  });
});

/** The heap limit V8 gives a thread started now. */
function heapLimitOfNewThread(): Promise<number> {
  const probe = new Worker('require("node:worker_threads").parentPort.postMessage(require("node:v8").getHeapStatistics().heap_size_limit)', { eval: true });
  return new Promise((resolve, reject) => {
    probe.once('message', (limit: number) => {
      void probe.terminate();
      resolve(limit);
    });
    probe.once('error', reject);
  });
}

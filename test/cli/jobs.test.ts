/**
 * `--jobs`: articles read and analysed in worker threads give the very report one thread gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
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
    // Once the worker runs, it has claimed the last file: the main thread waits for it, and
    // a file asked for twice is one arrival, both callers told.
    await loader.workerStarted;
    assert.equal(loader.ready?.(files[files.length - 1]), loader.ready?.(files[files.length - 1]));
    const withWorkers = formatJson(await runCheck({ ...options, loader }));
    assert.ok(alone.includes('"verdict":"conflicting"'), 'the report has conflicts to compare');
    assert.equal(withWorkers, alone);
    // The main thread took files from the front (the corpus analysed them), the worker from the back.
    const byWorker = files.map((file) => loader.load(file).analysis !== undefined);
    assert.equal(byWorker[0], false);
    assert.equal(byWorker[files.length - 1], true);
    assert.deepEqual(byWorker, [...byWorker].sort((a, b) => Number(a) - Number(b)), 'one run from the front, one from the back');
  });

  test('a check that asks for the files in another order than the workers were given still gets each one, and the same report', async () => {
    const options = { inputs: INPUTS, against: [], scope: 'corpus' as const, config: DEFAULT_CONFIG, cwd: REPO_ROOT, today: TODAY };
    const alone = formatJson(await runCheck(options));
    const files = (await findArticleFiles(INPUTS, DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
    // Reversed, the workers start from the files the check asks for first: both sides contend for them.
    const loader = analyseInWorkers([...files].reverse(), DEFAULT_CONFIG, TODAY, 3);
    await loader.workerStarted;
    assert.equal(formatJson(await runCheck({ ...options, loader })), alone);
    assert.ok(files.some((file) => loader.load(file).analysis !== undefined), 'the workers analysed some files');
  });

  test('a worker that cannot start, or stops half-way, leaves its files to the main thread: the same report', { timeout: 60_000 }, async () => {
    const options = { inputs: INPUTS, against: [], scope: 'corpus' as const, config: DEFAULT_CONFIG, cwd: REPO_ROOT, today: TODAY };
    const alone = formatJson(await runCheck(options));
    const files = (await findArticleFiles(INPUTS, DEFAULT_CONFIG, REPO_ROOT)).map((f) => f.absolute);
    const missing = analyseInWorkers(files, DEFAULT_CONFIG, TODAY, 2, () => undefined, path.join(REPO_ROOT, 'no-such-worker.js'));
    assert.equal(formatJson(await runCheck({ ...options, loader: missing })), alone);
    // A worker that claims the last three files, says it started, and dies.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-jobs-'));
    const dying = path.join(dir, 'dying-worker.js');
    fs.writeFileSync(dying, [
      "const { workerData, parentPort } = require('node:worker_threads');",
      'for (let i = 1; i <= 3; i++) Atomics.store(workerData.claims, workerData.files.length - i, workerData.claimAs);',
      'parentPort.postMessage({ articles: [], done: false, started: true });',
      'setTimeout(() => process.exit(3), 50);',
    ].join('\n'));
    try {
      const loader = analyseInWorkers(files, DEFAULT_CONFIG, TODAY, 2, () => undefined, dying);
      await loader.workerStarted;
      assert.ok(loader.ready?.(files[files.length - 1]) instanceof Promise, 'the check waits for the file the worker claimed');
      assert.equal(formatJson(await runCheck({ ...options, loader })), alone);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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
    await loader.workerStarted;
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

/**
 * `--jobs`: articles read and analysed in worker threads give the very report one thread gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCheck } from '../../server/src/cli/checkRun';
import { analyseInWorkers } from '../../server/src/cli/analyseWorkers';
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

  test('--jobs must be a whole number from 1 to 64', async () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const run = await cli(['check', ...INPUTS, '--jobs', bad], { cwd: REPO_ROOT });
      assert.equal(run.code, 2, `--jobs ${bad}`);
      assert.match(run.stderr, /--jobs must be a whole number/);
    }
  });
});

/**
 * The `corroborate` executable runs itself again with the V8 flags of `bin/node-flags.json`:
 * arguments, output and exit codes must pass through unchanged, and a process started with
 * flags of its own is not started again. Runs the built bundle (`npm test` builds it first). What
 * the flag gains is measured, not asserted (bench/RESULTS.md).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths';

const BIN = path.join(REPO_ROOT, 'bin', 'corroborate.js');

function run(args: readonly string[], nodeFlags: readonly string[] = [], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [...nodeFlags, BIN, ...args], { encoding: 'utf8', env });
}

/**
 * The environment of a run whose every Node process (the command and the one it starts) writes
 * its `MALLOC_MMAP_THRESHOLD_` to stderr: NODE_OPTIONS preloads a module in both, and is not in
 * `execArgv`, so the command still starts itself again.
 */
function reportingThreshold(threshold: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${path.join(REPO_ROOT, 'test', 'fixtures', 'print-malloc-env.cjs')}` };
  if (threshold === undefined) delete env.MALLOC_MMAP_THRESHOLD_;
  else env.MALLOC_MMAP_THRESHOLD_ = threshold;
  return env;
}

describe('bin/corroborate.js', () => {
  test('passes arguments and output through, and reports with the flags it set', () => {
    const checked = run(['check', EXAMPLES, '--format', 'json']);
    assert.equal(checked.status, 0, checked.stderr);
    assert.ok(JSON.parse(checked.stdout).articles.length > 0);
  });

  test('passes the exit code of a failed check through', () => {
    const missing = run(['check', path.join(REPO_ROOT, 'no-such-folder')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file or folder/);
  });

  test('starts itself again with the mmap threshold fixed, unless the user set one', () => {
    const fixed = run(['--help'], [], reportingThreshold(undefined));
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.deepEqual(fixed.stderr.match(/mmap threshold: \S+/g), ['mmap threshold: unset', 'mmap threshold: 131072']);
    const own = run(['--help'], [], reportingThreshold('65536'));
    assert.deepEqual(own.stderr.match(/mmap threshold: \S+/g), ['mmap threshold: 65536', 'mmap threshold: 65536']);
  });

  test('started with flags of its own, it runs as it was started', () => {
    const own = run(['--help'], ['--no-warnings']);
    assert.equal(own.status, 0, own.stderr);
    assert.match(own.stdout, /Usage: corroborate check/);
  });
});

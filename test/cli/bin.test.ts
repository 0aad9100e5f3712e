/**
 * The `corroborate` executable runs itself again with the V8 flags of `bin/node-flags.json`:
 * arguments, output and exit codes must pass through unchanged, and a process started with
 * flags of its own is not started again. Runs the built bundle (`npm test` builds it first). What
 * the flag gains is measured, not asserted (bench/RESULTS.md).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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

describe('the bundles', () => {
  test('are ASCII, which V8 holds one byte a character (a thread keeps its script\'s source)', () => {
    for (const bundle of ['server.js', 'client.js']) {
      const text = readFileSync(path.join(REPO_ROOT, 'dist', bundle), 'utf8');
      assert.equal(/[^\x00-\x7f]/.exec(text)?.index, undefined, bundle);
    }
  });

  test('write each non-ASCII character as an escape of the same meaning', async () => {
    const { asciiEscaped } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'ascii-escapes.mjs')).href)) as { asciiEscaped(source: string): string };
    const cases: Array<[source: string, input: string]> = [
      ['/^[\u201c”’]x$/', '”x'],
      ['/^\\–$/', '–'],
      ['/^\\\\–$/', '\\–'],
      ['/^😀+$/u', '😀😀'],
      ['/^é.$/', 'éa'],
    ];
    for (const [source, input] of cases) {
      const escaped = asciiEscaped(source);
      assert.match(escaped, /^[\x00-\x7f]*$/, escaped);
      const [original, rewritten] = [source, escaped].map((s) => new Function(`return ${s}`)() as RegExp);
      assert.ok(original.test(input), `${source} matches ${input}`);
      assert.ok(rewritten.test(input), `${escaped} matches ${input}`);
      assert.equal(rewritten.test(input + '!'), original.test(input + '!'));
    }
    assert.equal(new Function(`return ${asciiEscaped('"a\\’b” \\\\ é"')}`)(), 'a’b” \\ é');
  });
});

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

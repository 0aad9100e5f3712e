/**
 * The cached re-check from a run's snapshot (`recheck.ts`): after each kind of edit, the report
 * is byte for byte a cold check's, and the articles no edit can reach are not reported again;
 * what the snapshot cannot vouch for runs the full check.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

/** A synthetic corpus of 48 articles in several stories (the benchmark's generator), plus the harbour example. */
function corpus(): string {
  const dir = scratchFolder('recheck');
  const generated = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench/generate.mjs'), '--articles', '48', '--out', path.join(dir, 'corpus'), '--seed', '5', '--quiet'], { encoding: 'utf8' });
  assert.equal(generated.status, 0, generated.stderr);
  unlinkSync(path.join(dir, 'corpus', 'answers.json'));
  mkdirSync(path.join(dir, 'corpus', 'harbour'));
  for (const name of readdirSync(path.join(EXAMPLES, 'harbour-bridge')).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(path.join(EXAMPLES, 'harbour-bridge', name), path.join(dir, 'corpus', 'harbour', name));
  }
  return dir;
}

const CACHED = ['check', 'corpus', '--format', 'json', '--cache', '--cache-location', 'cache/', '--timing', '--fail-on', 'warning'];
const COLD = ['check', 'corpus', '--format', 'json', '--fail-on', 'warning'];

/** What the cache line of `--timing` says, as numbers. */
function cacheLine(stderr: string): { reportsReused: number; analysesComputed: number; rechecked: boolean } {
  const line = /^corroborate: cache: analyses (\d+) reused, (\d+) computed;.*reports (\d+) reused unread$/m.exec(stderr);
  assert.ok(line, stderr);
  return { analysesComputed: Number(line[2]), reportsReused: Number(line[3]), rechecked: /^corroborate: timing: re-check/m.test(stderr) };
}

function firstFile(dir: string, folder: string): string {
  const story = path.join(dir, 'corpus', folder);
  return path.join(story, readdirSync(story).filter((n) => n.endsWith('.txt')).sort()[0]);
}

function rewrite(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  assert.notEqual(changed, text, `the edit applies to ${file}`);
  writeFileSync(file, changed);
}

describe('re-check from the last run', () => {
  test('after each kind of edit the report is a cold check\'s, and most reports are reused unread', async () => {
    const dir = corpus();
    const first = await cli(CACHED, { cwd: dir });
    assert.equal(first.stdout, (await cli(COLD, { cwd: dir })).stdout);
    assert.equal(cacheLine(first.stderr).rechecked, false, 'nothing to re-check from yet');
    const total = (JSON.parse(first.stdout) as { articles: unknown[] }).articles.length;

    const harbour = path.join(dir, 'corpus', 'harbour', '03-evening-star.txt');
    const story = firstFile(dir, 'story-0002');
    const original = readFileSync(harbour, 'utf8');
    // `reused`: the share of reports reused unread, at least. In a corpus this small every
    // claim's candidates span much of it, and an added sentence's common words reach all of it.
    const edits: Array<{ name: string; apply: () => void; rechecked: boolean; reused?: number }> = [
      { name: 'nothing', apply: () => undefined, rechecked: true, reused: 1 },
      { name: 'a figure', apply: () => rewrite(harbour, (t) => t.replace('injured 41 people', 'injured 47 people')), rechecked: true, reused: 0.25 },
      { name: 'a sentence with new words', apply: () => rewrite(story, (t) => `${t}\nThe Lanthorn harbour council said a levy of 12 percent was approved on Tuesday.\n`), rechecked: true },
      // Same length: later sentences keep their offsets, but not their lines.
      { name: 'a line broken in two', apply: () => rewrite(harbour, (t) => t.replace('people, hospital officials', 'people,\nhospital officials')), rechecked: true, reused: 0.25 },
      { name: 'a quote reworded', apply: () => rewrite(harbour, (t) => t.replace('comes before comfort, every single time', 'comes before comfort, every time')), rechecked: true, reused: 0.25 },
      { name: 'back to the first version', apply: () => writeFileSync(harbour, original), rechecked: true },
      { name: 'a date moved', apply: () => rewrite(harbour, (t) => t.replace(/date \d{4}-\d\d-\d\d/, 'date 2024-03-20')), rechecked: false },
      { name: 'after the full check, a figure again', apply: () => rewrite(harbour, (t) => t.replace('injured 41 people', 'injured 39 people')), rechecked: true, reused: 0.25 },
      { name: 'an article removed', apply: () => unlinkSync(firstFile(dir, 'story-0003')), rechecked: false },
      { name: 'an article added', apply: () => writeFileSync(path.join(dir, 'corpus', 'harbour', '00-new.txt'), ' date 2024-03-14\nThe ferry pier reopened on Thursday, the harbour council said.\n'), rechecked: false },
      { name: 'binary bytes in an article', apply: () => writeFileSync(story, Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x00, 0xff, 0xfe, 0x00])), rechecked: false },
    ];
    for (const { name, apply, rechecked, reused = 0 } of edits) {
      apply();
      const cold = await cli(COLD, { cwd: dir });
      const warm = await cli(CACHED, { cwd: dir });
      assert.equal(warm.stdout, cold.stdout, `after ${name}: the report is a cold check's`);
      assert.equal(warm.code, cold.code, `after ${name}: the exit code is a cold check's`);
      const stats = cacheLine(warm.stderr);
      assert.equal(stats.rechecked, rechecked, `after ${name}: ${rechecked ? 're-checked from the snapshot' : 'the full check ran'}\n${warm.stderr}`);
      if (rechecked) assert.ok(stats.reportsReused >= total * reused, `after ${name}: ${stats.reportsReused} of ${total} reports reused unread`);
    }
  });

  test('a report written to a file is replaced whole, and a damaged snapshot only costs the full check', async () => {
    const dir = corpus();
    const args = [...CACHED, '--out', 'report.json'];
    await cli(args, { cwd: dir });
    rewrite(path.join(dir, 'corpus', 'harbour', '03-evening-star.txt'), (t) => t.replace('injured 41 people', 'injured 44 people'));
    // The report is written over in place: what the file held beyond the new report goes.
    writeFileSync(path.join(dir, 'report.json'), readFileSync(path.join(dir, 'report.json'), 'utf8') + 'x'.repeat(5000));
    const warm = await cli(args, { cwd: dir });
    assert.equal(cacheLine(warm.stderr).rechecked, true);
    assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), (await cli(COLD, { cwd: dir })).stdout);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
    // Damage the cache file's last entry table: the next run notes it and checks in full.
    const cacheDir = path.join(dir, 'cache');
    const file = path.join(cacheDir, readdirSync(cacheDir).find((n) => n.endsWith('.cache'))!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    const damaged = await cli(args, { cwd: dir });
    assert.match(damaged.stderr, /damaged/);
    assert.equal(cacheLine(damaged.stderr).rechecked, false);
    assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), (await cli(COLD, { cwd: dir })).stdout);
  });

  test('a corpus whose articles all have dates is re-checked on another day; one with an undated article is checked in full', async () => {
    const dir = scratchFolder('recheck');
    mkdirSync(path.join(dir, 'corpus'));
    // The example's first three articles have date headers; the fourth has none.
    const [undated, ...dated] = readdirSync(path.join(EXAMPLES, 'harbour-bridge')).filter((n) => n.endsWith('.txt')).sort().reverse();
    for (const name of dated) copyFileSync(path.join(EXAMPLES, 'harbour-bridge', name), path.join(dir, 'corpus', name));
    const run = async (today: string) => {
      const warm = await cli(CACHED, { cwd: dir, today });
      assert.equal(warm.stdout, (await cli(COLD, { cwd: dir, today })).stdout, today);
      return cacheLine(warm.stderr).rechecked;
    };
    assert.equal(await run('2026-11-25'), false);
    assert.equal(await run('2026-11-26'), true, 'every article is dated: the day does not matter');
    copyFileSync(path.join(EXAMPLES, 'harbour-bridge', undated), path.join(dir, 'corpus', undated));
    assert.equal(await run('2026-11-26'), false, 'an article added: the full check');
    assert.equal(await run('2026-11-26'), true, 'the same day');
    assert.equal(await run('2026-11-27'), false, 'an undated article was parsed against yesterday');
  });

  for (const format of ['sarif', 'github']) {
    test(`--format ${format}: the re-check splices the reached articles' pieces into a report byte for byte a cold check's`, async () => {
      const dir = corpus();
      const cached = ['check', 'corpus', '--format', format, '--cache', '--cache-location', 'cache/', '--timing', '--fail-on', 'warning'];
      const cold = ['check', 'corpus', '--format', format, '--fail-on', 'warning'];
      const first = await cli(cached, { cwd: dir });
      assert.equal(first.stdout, (await cli(cold, { cwd: dir })).stdout);
      const harbour = path.join(dir, 'corpus', 'harbour', '03-evening-star.txt');
      const edits: Array<[string, () => void, boolean]> = [
        ['nothing', () => undefined, true],
        ['a figure', () => rewrite(harbour, (t) => t.replace('injured 41 people', 'injured 47 people')), true],
        ['a quote reworded', () => rewrite(harbour, (t) => t.replace('comes before comfort, every single time', 'comes before comfort, every time')), true],
        ['a date header broken', () => rewrite(harbour, (t) => t.replace(/date (\d{4})-(\d\d)-(\d\d)/, 'date $1/$2/$3')), false],
        ['an article added', () => writeFileSync(path.join(dir, 'corpus', 'harbour', '00-new.txt'), ' date 2024-03-14\nThe ferry pier reopened on Thursday, the harbour council said.\n'), false],
      ];
      for (const [name, apply, rechecked] of edits) {
        apply();
        const warm = await cli(cached, { cwd: dir });
        const expected = await cli(cold, { cwd: dir });
        assert.equal(warm.stdout, expected.stdout, `after ${name}`);
        assert.equal(warm.code, expected.code, `after ${name}: the exit code`);
        assert.equal(cacheLine(warm.stderr).rechecked, rechecked, `after ${name}\n${warm.stderr}`);
      }
    });
  }
});

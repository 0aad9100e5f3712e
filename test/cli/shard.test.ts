/**
 * Shards: n jobs, each checking its shard against the index of the whole corpus, report together
 * exactly what one job reports.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { parseShard, shardOf } from '../../server/src/cli/shard';
import { EXAMPLES, NATO, REPO_ROOT } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

interface Article {
  path: string;
  claims: unknown[];
  quotes: unknown[];
  diagnostics: unknown[];
}

const INPUTS = [path.relative(REPO_ROOT, NATO), 'examples'];

async function articlesOf(args: string[], cwd = REPO_ROOT): Promise<Article[]> {
  const run = await cli(['check', ...args, '--format', 'json'], { cwd });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return (JSON.parse(run.stdout) as { articles: Article[] }).articles;
}

describe('--shard with --index', () => {
  test('three shards against the index report together exactly what one job reports', async () => {
    const dir = scratchFolder('shard');
    const index = path.join(dir, 'corpus.index');
    const indexed = await cli(['index', ...INPUTS, '--out', index], { cwd: REPO_ROOT });
    assert.equal(indexed.code, 0, indexed.stderr);
    assert.match(indexed.stdout, /^Indexed 9 articles into /);

    const whole = await articlesOf(INPUTS);
    assert.equal(whole.length, 9);
    const seen = new Map<string, number>();
    for (let i = 1; i <= 3; i++) {
      const run = await cli(['check', ...INPUTS, '--format', 'json', '--shard', `${i}/3`, '--index', index], { cwd: REPO_ROOT });
      assert.equal(run.stderr, '', 'the index fits: no note');
      for (const article of (JSON.parse(run.stdout) as { articles: Article[] }).articles) {
        assert.ok(!seen.has(article.path), `${article.path} is in one shard only`);
        seen.set(article.path, i);
        const alone = whole.find((a) => a.path === article.path);
        assert.ok(alone, article.path);
        assert.deepEqual(article.diagnostics, alone.diagnostics, `diagnostics of ${article.path}`);
        assert.deepEqual(article.claims, alone.claims, `claims of ${article.path}`);
        assert.deepEqual(article.quotes, alone.quotes, `quotes of ${article.path}`);
      }
    }
    assert.equal(seen.size, whole.length, 'every article is in a shard');
    assert.ok(new Set(seen.values()).size > 1, 'the articles are spread over the shards');
  });

  test('a shard without an index, or with a stale one, still reports what one job reports', async () => {
    const dir = scratchFolder('shard');
    for (const name of ['01-daily-courier.txt', '02-harbour-post.txt', '03-evening-star.txt']) copyFileSync(path.join(EXAMPLES, 'harbour-bridge', name), path.join(dir, name));
    const index = path.join(dir, '.index');
    await cli(['index', '.', '--out', index], { cwd: dir });
    // Edited after indexing: the job analyses this one itself.
    const edited = path.join(dir, '02-harbour-post.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n/, '\nThe ferry timetable will not change before the spring.\n'));
    const whole = await articlesOf(['.'], dir);
    for (const extra of [[], ['--index', index]]) {
      const union: Article[] = [];
      for (let i = 1; i <= 2; i++) union.push(...(await articlesOf(['.', '--shard', `${i}/2`, ...extra], dir)));
      assert.deepEqual(union.sort((x, y) => x.path.localeCompare(y.path)), [...whole].sort((x, y) => x.path.localeCompare(y.path)));
    }
  });

  test('a missing index is a note, not a failure; a bad --shard is a usage error', async () => {
    const missing = await cli(['check', 'examples', '--shard', '1/2', '--index', 'no-such.index'], { cwd: REPO_ROOT });
    assert.ok(missing.code === 0 || missing.code === 1);
    assert.match(missing.stderr, /no index at .*no-such.index/);
    for (const bad of ['0/3', '4/3', '1/0', 'two/three', '1']) {
      const run = await cli(['check', 'examples', '--shard', bad], { cwd: REPO_ROOT });
      assert.equal(run.code, 2, bad);
      assert.match(run.stderr, /--shard must be i\/n/);
    }
    assert.equal((await cli(['index', 'examples'], { cwd: REPO_ROOT })).code, 2, 'index needs --out');
  });

  test('SARIF of a shard is its own code scanning category', async () => {
    const run = await cli(['check', 'examples', '--format', 'sarif', '--shard', '2/3'], { cwd: REPO_ROOT });
    assert.equal(JSON.parse(run.stdout).runs[0].automationDetails.id, 'corroborate/shard-2-of-3/');
  });
});

describe('the shard of an article', () => {
  test('depends on its path only, with either slash, and spreads paths evenly', () => {
    assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
    assert.equal(parseShard('3/2'), undefined);
    assert.equal(shardOf('stories/a.txt', 4), shardOf('stories\\a.txt', 4));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`desk/${i}.txt`, 4) - 1]++;
    assert.ok(counts.every((n) => n > 850 && n < 1150), counts.join(' '));
  });
});

// The benchmark runner (npm run bench): generates synthetic corpora, runs a cold
// `corroborate check` on each, and prints throughput, peak memory, the growth ratio between sizes
// and the accuracy on the planted findings. Figures are printed (and written to
// bench/RESULTS.md with --write), never asserted.
// Each size is also re-checked with the cache after one article is edited (`generate.mjs --edit`).
// Usage: node bench/run.mjs [--sizes 1000,10000] [--seed 1] [--scope corpus|folder] [--jobs N] [--write] [--keep]
// The corpora, caches and reports go to a temporary folder, removed at the end (a 10k run leaves
// 3.6 GB there) unless --keep is given, in which case its path is printed.
// --write replaces the part of bench/RESULTS.md between its `bench:run` markers (or the whole
// file when they are missing), so that figures written by hand or by other benchmarks stay.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, scope: { type: 'string', default: 'corpus' }, jobs: { type: 'string' }, write: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
// An interrupted run (Ctrl-C) cleans up too; 'exit' handlers run on process.exit, not on signals.
process.on('exit', () => (values.keep ? console.log(`kept: ${work}`) : rmSync(work, { recursive: true, force: true })));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const sizes = values.sizes.split(',').map(Number);
const rows = [];

function timed(args) {
  // GNU time's maximum resident set size is the peak memory of the check process itself.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  // With --timing, the check's own lines say what the cache reused.
  const cacheLine = /^corroborate: cache: (.*)$/m.exec(run.stderr)?.[1];
  return { seconds, rssMb: kb / 1024, stdout: run.stdout, status: run.status, cacheLine };
}

for (const size of sizes) {
  const corpus = join(work, `corpus-${size}`);
  spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), '--articles', String(size), '--out', corpus, '--seed', values.seed, '--quiet'], { stdio: 'inherit' });
  // The key is one item per line; its summary line carries the corpus's word count.
  const summaryLine = readFileSync(join(corpus, 'answers.json'), 'utf8').split('\n').find((l) => l.startsWith('"summary"')) ?? '';
  const words = Number(/"words":(\d+)/.exec(summaryLine)?.[1] ?? 0);
  const reportFile = join(work, `report-${size}.json`);
  const cacheFile = join(work, `cache-${size}`);
  const check = (...extra) => timed([join(root, 'bin/corroborate.js'), 'check', corpus, '--scope', values.scope, ...(values.jobs ? ['--jobs', values.jobs] : []), '--format', 'json', '--fail-on', 'never', ...extra]);
  const run = check('--out', reportFile);
  // The cache is written by a run of its own, so that the cold figure above is a plain check.
  const cached = check('--cache', '--cache-location', cacheFile, '--out', join(work, 'cached.json'));
  const firstArticle = readFileSync(join(corpus, 'answers.json'), 'utf8').match(/"file":"([^"]+)"/)?.[1];
  spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), '--edit', corpus, '--article', firstArticle ?? '', '--seed', values.seed], { encoding: 'utf8' });
  const recheck = check('--cache', '--cache-location', cacheFile, '--out', join(work, 'rechecked.json'), '--timing');
  const scored = spawnSync(process.execPath, [join(root, 'bench/score-planted.mjs'), '--answers', join(corpus, 'answers.json'), '--report', reportFile, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const scores = scored.status === 0 ? JSON.parse(scored.stdout) : undefined;
  rows.push({ size, ...run, words, scores, cacheWrite: cached.seconds, recheck: recheck.seconds, recheckRss: recheck.rssMb, recheckCache: recheck.cacheLine });
  console.log(`${size} articles: ${run.seconds.toFixed(1)} s, ${(size / run.seconds).toFixed(0)} articles/s${words ? `, ${(words / run.seconds / 1000).toFixed(0)}k words/s` : ''}, peak RSS ${run.rssMb.toFixed(0)} MB; re-check after one edit with the cache ${recheck.seconds.toFixed(1)} s (${recheck.rssMb.toFixed(0)} MB)`);
  if (recheck.cacheLine) console.log(`   re-check: ${recheck.cacheLine}`);
  if (scores) console.log(`   planted conflicts P ${scores.conflicts?.precision?.toFixed(3)} R ${scores.conflicts?.recall?.toFixed(3)}; unsupported P ${scores.unsupported?.precision?.toFixed(3)} R ${scores.unsupported?.recall?.toFixed(3)}; uncited quotes R ${scores.uncitedQuotes?.recall?.toFixed(3)}`);
}
if (rows.length > 1) {
  const [small, large] = [rows[0], rows[rows.length - 1]];
  console.log(`time(${large.size})/time(${small.size}) = ${(large.seconds / small.seconds).toFixed(1)} for ${(large.size / small.size).toFixed(0)}x the articles`);
}
if (values.write) {
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const ratio = rows.length > 1 ? `\n\ntime(${rows[rows.length - 1].size})/time(${rows[0].size}) = ${(rows[rows.length - 1].seconds / rows[0].seconds).toFixed(1)}` : '';
  const block = [
    '<!-- bench:run -->',
    `Command: \`node bench/run.mjs --sizes ${values.sizes} --seed ${values.seed} --scope ${values.scope}${values.jobs ? ` --jobs ${values.jobs}` : ''} --write\``, `Machine: ${machine}`, `Date: ${new Date().toISOString().slice(0, 10)}`, '',
    '| articles | words | cold check (s) | articles/s | words/s | peak RSS (MB) | re-check after one edit, cached (s) | conflicts P / R | unsupported P / R |', '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.size} | ${r.words} | ${r.seconds.toFixed(1)} | ${(r.size / r.seconds).toFixed(0)} | ${(r.words / r.seconds).toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.recheck.toFixed(1)} | ${r.scores?.conflicts?.precision?.toFixed(3) ?? '-'} / ${r.scores?.conflicts?.recall?.toFixed(3) ?? '-'} | ${r.scores?.unsupported?.precision?.toFixed(3) ?? '-'} / ${r.scores?.unsupported?.recall?.toFixed(3) ?? '-'} |`),
    '', ...rows.filter((r) => r.recheckCache).map((r) => `Re-check at ${r.size}: ${r.recheckCache}.`),
  ].join('\n') + ratio + '\n<!-- /bench:run -->';
  const file = join(root, 'bench/RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marked = /<!-- bench:run -->[\s\S]*?<!-- \/bench:run -->/;
  writeFileSync(file, marked.test(previous) ? previous.replace(marked, block) : `# Benchmark results\n\n${block}\n`);
}

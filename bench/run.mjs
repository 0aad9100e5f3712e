// The benchmark runner (npm run bench): generates synthetic corpora, runs a cold
// `corroborate check` on each, and prints throughput, peak memory, the growth ratio between sizes
// and the accuracy on the planted findings. Figures are printed (and written to
// bench/RESULTS.md with --write), never asserted.
// Usage: node bench/run.mjs [--sizes 1000,10000] [--seed 1] [--scope folder|corpus] [--write]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, scope: { type: 'string', default: 'folder' }, write: { type: 'boolean', default: false } } });
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
const sizes = values.sizes.split(',').map(Number);
const rows = [];

function timed(args) {
  // GNU time's maximum resident set size is the peak memory of the check process itself.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rssMb: kb / 1024, stdout: run.stdout, status: run.status };
}

for (const size of sizes) {
  const corpus = join(work, `corpus-${size}`);
  spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), '--articles', String(size), '--out', corpus, '--seed', values.seed, '--quiet'], { stdio: 'inherit' });
  // The key is one item per line; its summary line carries the corpus's word count.
  const summaryLine = readFileSync(join(corpus, 'answers.json'), 'utf8').split('\n').find((l) => l.startsWith('"summary"')) ?? '';
  const words = Number(/"words":(\d+)/.exec(summaryLine)?.[1] ?? 0);
  const run = timed([join(root, 'bin/corroborate.js'), 'check', corpus, '--scope', values.scope, '--format', 'json', '--fail-on', 'never']);
  const reportFile = join(work, `report-${size}.json`);
  writeFileSync(reportFile, run.stdout);
  const scored = spawnSync(process.execPath, [join(root, 'bench/score-planted.mjs'), '--answers', join(corpus, 'answers.json'), '--report', reportFile, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const scores = scored.status === 0 ? JSON.parse(scored.stdout) : undefined;
  rows.push({ size, ...run, words, scores });
  console.log(`${size} articles: ${run.seconds.toFixed(1)} s, ${(size / run.seconds).toFixed(0)} articles/s${words ? `, ${(words / run.seconds / 1000).toFixed(0)}k words/s` : ''}, peak RSS ${run.rssMb.toFixed(0)} MB`);
  if (scores) console.log(`   planted conflicts P ${scores.conflicts?.precision?.toFixed(3)} R ${scores.conflicts?.recall?.toFixed(3)}; unsupported P ${scores.unsupported?.precision?.toFixed(3)} R ${scores.unsupported?.recall?.toFixed(3)}; uncited quotes R ${scores.uncitedQuotes?.recall?.toFixed(3)}`);
}
if (rows.length > 1) {
  const [small, large] = [rows[0], rows[rows.length - 1]];
  console.log(`time(${large.size})/time(${small.size}) = ${(large.seconds / small.seconds).toFixed(1)} for ${(large.size / small.size).toFixed(0)}x the articles`);
}
if (values.write) {
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const lines = [
    '# Benchmark results', '', `Command: \`node bench/run.mjs --sizes ${values.sizes} --seed ${values.seed} --scope ${values.scope} --write\``, `Machine: ${machine}`, `Date: ${new Date().toISOString().slice(0, 10)}`, '',
    '| articles | cold check (s) | articles/s | peak RSS (MB) | conflicts P / R | unsupported P / R |', '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.size} | ${r.seconds.toFixed(1)} | ${(r.size / r.seconds).toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.scores?.conflicts?.precision?.toFixed(3) ?? '-'} / ${r.scores?.conflicts?.recall?.toFixed(3) ?? '-'} | ${r.scores?.unsupported?.precision?.toFixed(3) ?? '-'} / ${r.scores?.unsupported?.recall?.toFixed(3) ?? '-'} |`),
  ];
  writeFileSync(join(root, 'bench/RESULTS.md'), lines.join('\n') + '\n');
}

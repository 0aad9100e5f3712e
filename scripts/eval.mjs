// Runs the scorer of ../shared/eval on every labelled set and prints its lines (npm run eval).
// Needs the bundle (npm run build). Figures go into issue notes; nothing here asserts them.
// The reports are written to a temporary folder, removed at the end unless --keep is given (then
// its path is printed, to compare two runs' verdicts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = new URL('../../shared/', import.meta.url).pathname;
const cli = new URL('../bin/corroborate.js', import.meta.url).pathname;
const sets = [
  { name: 'nato-2024', corpus: join(shared, 'corpus/nato-2024'), scope: 'corpus' },
  { name: 'vitaminc', corpus: join(shared, 'eval/external/vitaminc'), scope: 'folder' },
  { name: 'fever-symmetric-train', corpus: join(shared, 'eval/external/fever-symmetric-train'), scope: 'folder' },
  { name: 'fever-symmetric-dev', corpus: join(shared, 'eval/external/fever-symmetric-dev'), scope: 'folder' },
];
const out = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
const keep = process.argv.includes('--keep');
process.on('exit', () => (keep ? console.log(`reports kept in ${out}`) : rmSync(out, { recursive: true, force: true })));
for (const set of sets) {
  const started = Date.now();
  const report = execFileSync(process.execPath, [cli, 'check', set.corpus, '--scope', set.scope, '--format', 'json', '--fail-on', 'never'], { maxBuffer: 1 << 30 });
  const file = join(out, `${set.name}.json`);
  writeFileSync(file, report);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const scored = execFileSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', join(shared, `eval/gold/${set.name}.json`), '--corpus', set.corpus, '--report', file], { encoding: 'utf8' });
  console.log(`== ${set.name} (check ${seconds} s)\n${scored.trim()}\n`);
}

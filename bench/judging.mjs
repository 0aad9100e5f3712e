// Judging on its own, without reading, analysing or reporting: builds a claim store from the
// first N articles of a corpus, then judges every claim (and, apart, only retrieves its
// candidates) several times and prints the fastest pass. A `corroborate check` run mixes
// judging with analysis, GC of the whole heap and the machine's other load; repeated passes
// over one store show what a change to retrieval or comparison is worth.
// Reads the compiled modules in out/ (run `npx tsc -p tsconfig.json` first). Figures are
// printed, never asserted.
// Usage: node --max-semi-space-size=64 bench/judging.mjs <corpus> [--articles 2500] [--passes 5]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '2500' }, passes: { type: 'string', default: '5' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/judging.mjs <corpus> [--articles 2500] [--passes 5]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const out = new URL('../out/server/src/core/', import.meta.url).pathname;
const { parseArticle } = require(join(out, 'article/parse.js'));
const { ClaimStore } = require(join(out, 'judgment/store.js'));
const { judgeClaim } = require(join(out, 'judgment/judge.js'));

function articleFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return articleFiles(path);
    return entry.name.endsWith('.txt') ? [path] : [];
  });
}

const files = articleFiles(positionals[0]).slice(0, Number(values.articles));
const store = new ClaimStore();
const built = performance.now();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const articleDate = /^\s*date (\d{4}-\d\d-\d\d)/.exec(text)?.[1] ?? '2024-01-01';
  store.setArticle(file, parseArticle(text), { articleDate, tolerance: 0.1 });
}
const claims = files.flatMap((file) => store.sentencesOf(file).filter((sentence) => sentence.isClaim));
console.log(`${files.length} articles, ${claims.length} claims; store built in ${((performance.now() - built) / 1000).toFixed(1)} s`);

const settings = { minIndependentSources: 1 };
const tasks = {
  'candidates only': (claim) => store.candidates(claim, 20).length,
  'judging (candidates and comparisons)': (claim) => judgeClaim(claim, store, settings, () => undefined).sources.length,
};
for (const [name, task] of Object.entries(tasks)) {
  const times = [];
  for (let pass = 0; pass < Number(values.passes); pass++) {
    const start = performance.now();
    for (const claim of claims) task(claim);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  console.log(`${name}: fastest pass ${(best / 1000).toFixed(2)} s, ${((best * 1000) / claims.length).toFixed(0)} µs a claim (passes: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')} s)`);
}

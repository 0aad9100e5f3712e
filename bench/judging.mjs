// Judging on its own, without reading, analysing or reporting: builds a claim store from the
// first N articles of a corpus, then judges every claim (and, apart, only retrieves its
// candidates) several times and prints the fastest pass. A `corroborate check` run mixes
// judging with analysis, GC of the whole heap and the machine's other load; repeated passes
// over one store show what a change to retrieval or comparison is worth.
// Reads the compiled modules in out/ (run `npx tsc -p tsconfig.json` first). Figures are
// printed, never asserted.
// Usage: node --max-semi-space-size=64 bench/judging.mjs <corpus> [--articles 2500] [--passes 5]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '2500' }, passes: { type: 'string', default: '5' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/judging.mjs <corpus> [--articles 2500] [--passes 5]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const out = new URL('../out/server/src/', import.meta.url).pathname;
const { DEFAULT_CONFIG } = require(join(out, 'core/config.js'));
const { findArticleFiles } = require(join(out, 'io/files.js'));
const { readArticleFile } = require(join(out, 'io/readArticle.js'));
const { ClaimStore } = require(join(out, 'core/judgment/store.js'));
const { CANDIDATES, judgeClaim } = require(join(out, 'core/judgment/judge.js'));

// The articles a check of the corpus would read, in its order; undated ones are read against a fixed day.
const files = (await findArticleFiles([positionals[0]], DEFAULT_CONFIG, process.cwd())).slice(0, Number(values.articles)).map((f) => f.absolute);
const store = new ClaimStore();
const built = performance.now();
for (const file of files) {
  const parsed = readArticleFile(file, DEFAULT_CONFIG.maxFileBytes, '2024-01-01');
  // The context a corpus gives its articles (core/corpus.ts).
  store.setArticle(file, parsed, { articleDate: parsed.date ?? parsed.inferredDate?.date, tolerance: DEFAULT_CONFIG.judgment.numberTolerance });
}
const claims = files.flatMap((file) => store.sentencesOf(file).filter((sentence) => sentence.isClaim));
console.log(`${files.length} articles, ${claims.length} claims; store built in ${((performance.now() - built) / 1000).toFixed(1)} s`);

const settings = DEFAULT_CONFIG.judgment;
const tasks = {
  'candidates only': (claim) => store.candidates(claim, CANDIDATES).length,
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

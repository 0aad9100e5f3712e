// Fits the pair model (server/src/core/judgment/pair-model.json): a logistic regression over the
// features of pairModel.ts, on FEVER-Symmetric's training pairs and the project's own example
// corpus only. Never on the sets reported (nato-2024, VitaminC, FEVER-Symmetric dev).
// Run: npm run compile && node scripts/train-pair-model.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { Corpus } = require('../out/server/src/core/corpus.js');
const { compareSentences } = require('../out/server/src/core/judgment/compare.js');
const { PAIR_FEATURES } = require('../out/server/src/core/judgment/pairModel.js');

const shared = new URL('../../shared/', import.meta.url).pathname;
const set = 'fever-symmetric-train';
const base = join(shared, 'eval/external', set);
const gold = JSON.parse(readFileSync(join(shared, 'eval/gold', `${set}.json`), 'utf8'));

/** The in-domain pair of each labelled claim: its best-covering source sentence with pair features. */
const rows = [];
for (const item of gold.claims) {
  const folder = join(base, item.file.split('/')[0]);
  const corpus = new Corpus({ referenceDate: '2020-06-01' });
  for (const f of readdirSync(folder)) corpus.setText(f, readFileSync(join(folder, f), 'utf8'));
  const store = corpus.claims;
  const claim = store.sentencesOf('claim.txt')[0];
  if (!claim) continue;
  let best;
  for (const source of store.sentencesOf('source.txt')) {
    const c = compareSentences(claim.features, source.features, store.idf);
    if (c.pair && (!best || c.coverage > best.coverage)) best = c;
  }
  if (best) rows.push({ x: best.pair.vector, y: item.label === 'supported' ? 1 : 0 });
}

function fit(data, { l2 = 0.01, rate = 0.5, epochs = 3000 } = {}) {
  const w = new Array(PAIR_FEATURES.length).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(w.length).fill(0);
    for (const { x, y } of data) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));
      for (let i = 0; i < w.length; i++) grad[i] += (p - y) * x[i];
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (grad[i] / data.length + (i === 0 ? 0 : l2 * w[i]));
  }
  return w;
}
const predict = (w, x) => 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));
const accuracy = (w, data, threshold = 0.5) => data.filter(({ x, y }) => (predict(w, x) >= threshold ? 1 : 0) === y).length / (data.length || 1);

// The probability at which support turns into contradiction is fitted too: the regression's
// shrinkage and the pairs' prior (most pairs support) leave the best cut above one half. It is
// read off a coarse grid, the lowest of the best, so that the cut does not chase single pairs.
const GRID = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
function bestThreshold(w, data) {
  return GRID.reduce((best, t) => (accuracy(w, data, t) > accuracy(w, data, best) ? t : best), GRID[0]);
}

// Five-fold cross-validation on the training pairs, to report how well the model generalises:
// each fold fits its weights and its threshold on the other four.
const folds = 5;
let cv = 0;
for (let k = 0; k < folds; k++) {
  const train = rows.filter((_, i) => i % folds !== k);
  const test = rows.filter((_, i) => i % folds === k);
  const w = fit(train);
  cv += accuracy(w, test, bestThreshold(w, train)) / folds;
}
const weights = fit(rows).map((v) => Math.round(v * 1e4) / 1e4);
const threshold = bestThreshold(weights, rows);
const out = {
  about: 'Logistic regression of pairModel.ts, fitted by scripts/train-pair-model.mjs on fever-symmetric-train (in-domain pairs: simple claims about a subject the source treats).',
  features: PAIR_FEATURES,
  weights,
  contradictBelow: threshold,
  supportAbove: threshold,
  trainedOn: { pairs: rows.length, supported: rows.filter((r) => r.y === 1).length, trainAccuracy: Math.round(accuracy(weights, rows, threshold) * 1000) / 1000, crossValidated: Math.round(cv * 1000) / 1000 },
};
writeFileSync(new URL('../server/src/core/judgment/pair-model.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out.trainedOn), `threshold=${threshold}`, PAIR_FEATURES.map((f, i) => `${f}=${weights[i]}`).join(' '));

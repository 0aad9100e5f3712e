// Counts conflicts on ECB+ that cite an article of the *other* event of the same topic: those are
// false alarms (N_ecb and N_ecbplus are two different, easily confused events). Prints, per
// setting, the conflicting claims and how many of them cite the other event.
// Run: npm run compile && node scripts/ecb-false-alarms.mjs [--list FILE [--all]]
// With --list, every false alarm is written to FILE (claim, kind, and the cited sentence), one
// per line, sorted, so that two runs can be compared with diff.
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { runCheck } = require('../out/server/src/cli/checkRun.js');
const { DEFAULT_CONFIG } = require('../out/server/src/core/config.js');

const root = new URL('../../shared/corpus/ecbplus/', import.meta.url).pathname;
const folders = readdirSync(root).sort();
const topics = [...new Set(folders.map((f) => f.split('_')[0]))];
const check = (inputs) => runCheck({ inputs, against: [], scope: 'corpus', config: DEFAULT_CONFIG, cwd: root, today: '2026-01-01' });

const eventOf = (path) => path.split('/').slice(-2)[0];
let perFolder = 0;
for (const folder of folders) {
  const result = await check([folder]);
  perFolder += result.articles.reduce((n, a) => n + a.report.claims.filter((c) => c.verdict === 'conflicting').length, 0);
}
const listFile = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
// With --all as well, the list holds every conflicting claim, those citing their own event too.
const listAll = process.argv.includes('--all');
const falseAlarms = [];
let paired = 0;
let crossEvent = 0;
let claims = 0;
for (const topic of topics) {
  const pair = folders.filter((f) => f.split('_')[0] === topic);
  if (pair.length < 2) continue;
  const result = await check(pair);
  for (const article of result.articles) {
    for (const claim of article.report.claims) {
      claims++;
      if (claim.verdict !== 'conflicting') continue;
      paired++;
      const mine = eventOf(article.file.absolute);
      const cited = claim.sources.filter((s) => s.relation === 'contradicts').map((s) => eventOf(s.articleId));
      const otherEvent = cited.some((e) => e !== mine);
      if (!otherEvent && !listAll) continue;
      if (otherEvent) crossEvent++;
      const other = claim.sources.find((s) => s.relation === 'contradicts' && (!otherEvent || eventOf(s.articleId) !== mine));
      const mark = listAll ? (otherEvent ? '[other event] ' : '[same event] ') : '';
      falseAlarms.push(`${mark}${claim.text} || ${other?.conflict?.kind}: ${other?.conflict?.claimValue} / ${other?.conflict?.sourceValue} || ${other?.text}`.replace(/\s+/g, ' '));
    }
  }
}
console.log(`ecbplus, one corpus per event folder: ${perFolder} conflicting claims`);
console.log(`ecbplus, one corpus per topic (N_ecb + N_ecbplus): ${paired} conflicting claims of ${claims}; ${crossEvent} cite an article of the other event (false alarms)`);
if (listFile) writeFileSync(listFile, falseAlarms.sort().join('\n') + '\n');

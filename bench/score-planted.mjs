#!/usr/bin/env node
// Scores a `corroborate check --format json` report against the answer key of a generated corpus:
//
//   node bench/score-planted.mjs --answers /tmp/corpus-1k/answers.json --report /tmp/report.json [--json]
//
// Prints precision and recall of planted conflicts, unsupported claims and uncited quotes (and of
// supported claims, compatible figures, quote speakers and undated articles). See bench/README.md.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatScores, keyPath, readAnswers, scorePlanted } from './lib/score.mjs';

const USAGE = 'usage: node bench/score-planted.mjs --answers answers.json --report report.json [--json]';

async function main() {
  const { values } = parseArgs({
    options: { answers: { type: 'string' }, report: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.answers || !values.report) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const report = JSON.parse(readFileSync(values.report, 'utf8'));
  const answers = await readAnswers(values.answers, new Set((report.articles ?? []).map((a) => keyPath(a.path))));
  const scores = scorePlanted(answers, report);
  console.log(values.json ? JSON.stringify(scores, null, 2) : formatScores(scores));
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exitCode = 2;
});

#!/usr/bin/env node
// Scores a `corroborate check --format json` report against the answer key of a generated corpus:
//
//   node bench/score-planted.mjs --answers /tmp/corpus-1k/answers.json --report /tmp/report.json [--json]
//
// Prints precision and recall of planted conflicts, unsupported claims and uncited quotes (and of
// supported claims, compatible figures, quote speakers and undated articles). See bench/README.md.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
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
  const report = await readReport(values.report);
  const answers = await readAnswers(values.answers, new Set((report.articles ?? []).map((a) => keyPath(a.path))));
  const scores = scorePlanted(answers, report);
  console.log(values.json ? JSON.stringify(scores, null, 2) : formatScores(scores));
}

/**
 * The report as an object. A large one (a 10k corpus at corpus scope gives several hundred MB,
 * past the longest string Node can hold) is read line by line: `check --format json` writes one
 * article per line between its header and footer lines.
 */
async function readReport(file) {
  if (statSync(file).size < 256 * 2 ** 20) return JSON.parse(readFileSync(file, 'utf8'));
  const articles = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const trimmed = line.trim().replace(/,$/, '');
    if (trimmed.startsWith('{"path"')) articles.push(JSON.parse(trimmed));
  }
  return { articles };
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exitCode = 2;
});

/**
 * Baselines: known findings are neither reported nor failed on, unrelated edits keep them known,
 * and a new finding is reported alone and fails the check.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { findingText, normaliseText } from '../../server/src/cli/baseline';
import { Corpus } from '../../server/src/core/corpus';
import { scratchFolder } from '../helpers/scratch';

const ARTICLE_A = [
  ' date 2024-05-02',
  'Riverside library reopens after flood repairs',
  '',
  'The Riverside library reopened on Thursday after three months of flood repairs, the city council said.',
  '',
  '"We lost nearly four thousand books and most of the children\'s corner."',
  '',
  'The council spent 2.4 million euros on the repairs, the treasurer said.',
  '',
  'Opening hours will return to normal next week.',
  '',
].join('\n');

const ARTICLE_B = [
  ' date 2024-05-03',
  'Library back in business after flood',
  '',
  'The Riverside library reopened on Thursday after three months of repairs, the city council said.',
  '',
  'The council spent 3.1 million euros on the repairs, the treasurer said.',
  '',
  'Opening hours will return to normal next week, staff said.',
  '',
].join('\n');

interface Report {
  articles: Array<{ path: string; claims: Array<{ verdict: string }>; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }>;
}

function setUp(): { dir: string; a: string } {
  const dir = scratchFolder('baseline');
  mkdirSync(path.join(dir, 'corpus'));
  writeFileSync(path.join(dir, 'corpus', 'a.txt'), ARTICLE_A);
  writeFileSync(path.join(dir, 'corpus', 'b.txt'), ARTICLE_B);
  return { dir, a: path.join(dir, 'corpus', 'a.txt') };
}

const CHECK = ['check', 'corpus', '--fail-on', 'information', '--baseline', 'ci/baseline.json'];

describe('--baseline', () => {
  test('--update-baseline writes every finding, sorted, with paths relative to the baseline file', async () => {
    const { dir } = setUp();
    const before = await cli(['check', 'corpus', '--fail-on', 'information', '--format', 'json'], { cwd: dir });
    assert.equal(before.code, 1, 'the corpus has findings');
    mkdirSync(path.join(dir, 'ci'));
    const update = await cli([...CHECK, '--update-baseline', '--format', 'json'], { cwd: dir });
    assert.equal(update.code, 0);
    assert.match(update.stderr, /^corroborate: wrote \d+ findings to the baseline ci\/baseline.json\n$/);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    const total = (JSON.parse(before.stdout) as Report).articles.reduce((n, a) => n + a.diagnostics.length, 0);
    assert.equal(baseline.findings.reduce((n: number, e: { count: number }) => n + e.count, 0), total);
    assert.ok(baseline.findings.every((e: { path: string }) => e.path === '../corpus/a.txt' || e.path === '../corpus/b.txt'));
    const order = baseline.findings.map((e: { path: string; code: string; text: string }) => [e.path, e.code, e.text].join('|'));
    assert.deepEqual(order, [...order].sort());
    const conflict = baseline.findings.find((e: { code: string; path: string }) => e.code === 'claim/conflicting' && e.path.endsWith('a.txt'));
    assert.equal(conflict.text, 'the council spent 2.4 million euros on the repairs, the treasurer said.');
    // Written twice, the file is byte for byte the same.
    const first = readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8');
    await cli([...CHECK, '--update-baseline'], { cwd: dir });
    assert.equal(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'), first);
  });

  test('known findings are not reported and do not fail; claims keep their verdicts', async () => {
    const { dir } = setUp();
    await cli([...CHECK, '--update-baseline'], { cwd: dir });
    const run = await cli([...CHECK, '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assert.deepEqual(report.articles.map((a) => a.diagnostics.length), [0, 0]);
    assert.ok(report.articles[0].claims.some((c) => c.verdict === 'conflicting'), 'the verdicts are unchanged');
    assert.match(run.stderr, /findings of the baseline not reported/);
  });

  test('edits elsewhere (moved lines, spacing, quote marks, another sentence) keep findings known', async () => {
    const { dir, a } = setUp();
    await cli([...CHECK, '--update-baseline'], { cwd: dir });
    const edited = ARTICLE_A
      .replace('Riverside library reopens after flood repairs\n', 'Riverside library reopens after flood repairs\n\n\n')
      .replace('The council spent 2.4 million', 'The  council spent\t2.4 million')
      .replace('"We lost nearly four thousand books and most of the children\'s corner."', '“We lost nearly four thousand books and most of the children’s corner.”')
      .replace('Opening hours will return to normal next week.', 'Opening hours will return to normal next week, the council said.');
    assert.notEqual(edited, ARTICLE_A);
    writeFileSync(a, edited);
    const run = await cli([...CHECK, '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual((JSON.parse(run.stdout) as Report).articles.map((x) => x.diagnostics), [[], []]);
  });

  test('a new finding is reported alone and fails the check', async () => {
    const { dir, a } = setUp();
    await cli([...CHECK, '--update-baseline'], { cwd: dir });
    const newLine = 'The shelves, one volunteer joked, were "a lost cause from day one" for the insurers.';
    writeFileSync(a, ARTICLE_A + '\n' + newLine + '\n');
    const run = await cli([...CHECK, '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    const [reportA, reportB] = (JSON.parse(run.stdout) as Report).articles;
    const line = readFileSync(a, 'utf8').split('\n').indexOf(newLine);
    assert.ok(reportA.diagnostics.length > 0);
    assert.ok(reportA.diagnostics.some((d) => d.code === 'quote/uncited'));
    assert.ok(reportA.diagnostics.every((d) => d.range.start.line === line), JSON.stringify(reportA.diagnostics));
    assert.deepEqual(reportB.diagnostics, []);
    // The text format lists the new finding only.
    const text = await cli([...CHECK], { cwd: dir });
    const findings = text.stdout.split('\n').filter((l) => /^corpus\/a\.txt:\d+:\d+: /.test(l));
    assert.ok(findings.length > 0 && findings.every((l) => l.startsWith(`corpus/a.txt:${line + 1}:`)), text.stdout);
  });

  test('updating from a partial run keeps the entries of the articles it did not check', async () => {
    const { dir } = setUp();
    await cli([...CHECK, '--update-baseline'], { cwd: dir });
    const all = JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    await cli(['check', 'corpus/a.txt', '--against', 'corpus/b.txt', '--baseline', 'ci/baseline.json', '--update-baseline'], { cwd: dir });
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8')), all);
  });

  test('a missing or malformed baseline is a usage error; --update-baseline needs --baseline', async () => {
    const { dir } = setUp();
    for (const [args, message] of [
      [[...CHECK], /no baseline at .*--update-baseline/],
      [['check', 'corpus', '--update-baseline'], /--update-baseline needs --baseline/],
    ] as Array<[string[], RegExp]>) {
      const run = await cli(args, { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    }
    mkdirSync(path.join(dir, 'ci'));
    writeFileSync(path.join(dir, 'ci', 'baseline.json'), '{"version": 7}');
    assert.equal((await cli(CHECK, { cwd: dir })).code, 2);
  });

  test('SARIF results carry partial fingerprints that survive moved lines, and the automation category', async () => {
    const { dir, a } = setUp();
    type Log = { runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    const fingerprints = async () => {
      const log = JSON.parse((await cli(['check', 'corpus', '--format', 'sarif'], { cwd: dir })).stdout) as Log;
      assert.equal(log.runs[0].automationDetails.id, 'corroborate/');
      return log.runs[0].results.map((r) => ({ line: r.locations[0].physicalLocation.region.startLine, fingerprint: r.partialFingerprints['corroborateFinding/v1'] }));
    };
    const before = await fingerprints();
    assert.ok(before.every((r) => /^[0-9a-f]{16}:\d+$/.test(r.fingerprint)));
    assert.equal(new Set(before.map((r) => r.fingerprint)).size, before.length, 'each result has its own fingerprint');
    writeFileSync(a, ARTICLE_A.replace('flood repairs\n', 'flood repairs\n\n\n\n'));
    const after = await fingerprints();
    assert.deepEqual(after.map((r) => r.fingerprint), before.map((r) => r.fingerprint));
    assert.notDeepEqual(after.map((r) => r.line), before.map((r) => r.line));
  });
});

describe('baseline keys', () => {
  test('a finding is known by its sentence, normalised, and by its own words when they are less', () => {
    assert.equal(normaliseText('  The “Council”\u00a0said —  no. '), 'the "council" said - no.');
    const corpus = new Corpus();
    const article = corpus.setText('x', ' date 2024-01-01\nThe mayor called it "a shambles from start to finish" on Monday.\n');
    const quote = article.parsed.text.indexOf('a shambles');
    const key = findingText(article, { code: 'quote/uncited', severity: 'warning', message: '', span: { start: quote, end: quote + 'a shambles from start to finish'.length } });
    assert.deepEqual(key, { text: 'the mayor called it "a shambles from start to finish" on monday.', span: 'a shambles from start to finish' });
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cli } from '../helpers/cli';
import { streamJson } from '../../server/src/cli/checkOutput';
import { runCheck } from '../../server/src/cli/checkRun';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { ECBPLUS, NATO, REPO_ROOT, SHARED, natoFile } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

interface JsonReport {
  version: number;
  articles: Array<{ path: string; date: string | null; claims: unknown[]; quotes: unknown[]; diagnostics: Array<{ code: string; range: { start: { line: number; character: number } }; severity: number; tags?: number[] }> }>;
}

function tempCorpus(files: Record<string, string>): string {
  const dir = scratchFolder('test');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Zero-based line of the first line of `file` that contains `needle`. */
function lineOf(file: string, needle: string): number {
  const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return line;
}

describe('corroborate check on the seed corpus', () => {
  test('--format json follows the report schema, flags 004 as undated and the boilerplate of 002 and 004', async () => {
    const run = await cli(['check', NATO, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.version, 1);
    assert.equal(report.articles.length, 5);
    for (const a of report.articles) {
      assert.ok(Array.isArray(a.claims) && Array.isArray(a.quotes) && Array.isArray(a.diagnostics));
    }
    const byPrefix = (p: string) => report.articles.find((a) => path.basename(a.path).startsWith(p))!;
    assert.equal(byPrefix('000').date, '2024-02-25');
    assert.equal(byPrefix('004').date, null);
    const missing = byPrefix('004').diagnostics.filter((d) => d.code === 'format/missing-date');
    assert.equal(missing.length, 1);
    assert.equal(missing[0].range.start.line, 0);
    const boilerplateLines = (p: string) => new Set(byPrefix(p).diagnostics.filter((d) => d.code === 'format/boilerplate').map((d) => d.range.start.line));
    for (const needle of ['4 MIN READ', 'By Staff Reporter', 'RelatedNATO calls', 'RECOMMENDED', 'SOURCE:TRTWorld', 'Explore']) {
      assert.ok(boilerplateLines('002').has(lineOf(natoFile('002'), needle)), needle);
    }
    for (const needle of ['Advertisment', 'Also read:', 'Watch:', '(With inputs from agencies)']) {
      assert.ok(boilerplateLines('004').has(lineOf(natoFile('004'), needle)), needle);
    }
    const hint = byPrefix('004').diagnostics.find((d) => d.code === 'format/boilerplate')!;
    assert.equal(hint.severity, 4);
    assert.deepEqual(hint.tags, [1]);
  });

  test('the eval scorer reads the JSON report', async () => {
    const run = await cli(['check', NATO, '--format', 'json']);
    const file = path.join(scratchFolder('test'), 'nato.json');
    writeFileSync(file, run.stdout);
    const out = execFileSync(process.execPath, [path.join(SHARED, 'eval', 'score.mjs'), '--gold', path.join(SHARED, 'eval', 'gold', 'nato-2024.json'), '--corpus', NATO, '--report', file], { encoding: 'utf8' });
    assert.match(out, /^score: /m);
    // Issue 4's targets on the seed quotes: every quote found, cited/uncited and speaker right.
    assert.match(out, /^quotes: detected 100\.0%  cited\/uncited right 100\.0%  speaker right (?:9\d|100)\.\d%$/m);
    assert.match(out, /conflicts naming a right source: 100\.0%/);
  });

  test('the JSON report carries quotes with speakers and where else they appear', async () => {
    const report = JSON.parse((await cli(['check', NATO, '--format', 'json'])).stdout) as { articles: Array<{ path: string; quotes: Array<{ text: string; speaker?: string; cited: boolean; appearsIn: Array<{ path: string; relation: string }> }>; diagnostics: Array<{ code: string; message: string }> }> };
    const a002 = report.articles.find((a) => path.basename(a.path).startsWith('002'))!;
    const endorse = a002.quotes.find((q) => q.text.startsWith('President Biden strongly endorses'))!;
    assert.match(endorse.speaker ?? '', /US official/);
    assert.ok(endorse.appearsIn.some((x) => path.basename(x.path).startsWith('004')));
    const altered = a002.diagnostics.find((d) => d.code === 'quote/altered');
    assert.ok(altered && /“,” after “alliance”/.test(altered.message), 'the seed pair 002/004 differs by a comma');
  });

  test('--format text prints path:line:col, severity, message and code, then a summary', async () => {
    const run = await cli(['check', NATO], { cwd: SHARED });
    const lines = run.stdout.trim().split('\n');
    assert.ok(lines.some((l) => /^corpus\/nato-2024\/004_[^:]+:1:1: warning Missing date header.*\[format\/missing-date\]$/.test(l)));
    assert.ok(lines.every((l) => /^(?:corpus\/nato-2024\/\d{3}_[^:]+:\d+:\d+: (?:error|warning|info) .* \[[a-z]+\/[a-z-]+\]|    corpus\/nato-2024\/\d{3}_[^:]+:\d+:\d+: .*|5 articles checked: .*)$/.test(l)), 'every line is a finding, a related location or the summary');
    assert.match(lines[lines.length - 1], /^5 articles checked: 0 errors, \d+ warnings, \d+ info, \d+ hints/);
    const withHints = await cli(['check', NATO, '--show-hints'], { cwd: SHARED });
    assert.ok(withHints.stdout.split('\n').length > lines.length);
  });

  test('runs through all of ecbplus without an error', async () => {
    const run = await cli(['check', ECBPLUS, '--format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^982 articles checked: 0 errors, \d+ warnings/m);
    assert.equal(run.stdout.split('\n').filter((l) => l.includes('[format/missing-date]')).length, 982);
  });
});

describe('exit codes and usage errors', () => {
  test('1 when a finding reaches the threshold, 0 with --fail-on never', async () => {
    const dir = tempCorpus({ 'a.txt': ' date 2024-02-30 The council met.' });
    assert.equal((await cli(['check', dir])).code, 1);
    assert.equal((await cli(['check', dir, '--fail-on', 'never'])).code, 0);
    assert.equal((await cli(['check', tempCorpus({ 'b.txt': 'No header here.' }), '--fail-on', 'warning'])).code, 1);
  });

  test('the same with the JSON report, written as the check goes', async () => {
    const impossible = tempCorpus({ 'a.txt': ' date 2024-02-30 The council met.' });
    const undated = tempCorpus({ 'b.txt': 'No header here.' });
    assert.equal((await cli(['check', impossible, '--format', 'json'])).code, 1);
    assert.equal((await cli(['check', undated, '--format', 'json'])).code, 0);
    assert.equal((await cli(['check', undated, '--format', 'json', '--fail-on', 'warning'])).code, 1);
  });

  test('a streamed JSON report keeps of each written article only its findings\' severities', async () => {
    const dir = tempCorpus({ 'a.txt': ' date 2024-02-30 The council met. "We will build it," the mayor said.', 'b.txt': 'No header here.\n\n"Nobody knows."' });
    let written = '';
    const stream = streamJson((text) => void (written += text));
    const result = await runCheck({ inputs: [dir], against: [], scope: 'corpus', config: DEFAULT_CONFIG, cwd: dir, today: '2026-11-25', onArticle: stream.article });
    stream.end();
    const report = JSON.parse(written) as JsonReport;
    const severities = ['error', 'warning', 'information', 'hint'];
    let kept = 0;
    for (const { file, report: keptReport } of result.articles) {
      const written = report.articles.find((a) => path.resolve(dir, a.path) === file.absolute)!;
      const count = (list: string[]) => severities.map((s) => list.filter((x) => x === s).length);
      assert.deepEqual(count(keptReport.findings.map((f) => f.severity)), count(written.diagnostics.map((d) => severities[d.severity - 1])), file.display);
      // One shared object per severity, not the findings with their messages and spans.
      for (const finding of keptReport.findings) assert.equal(finding, keptReport.findings.find((f) => f.severity === finding.severity));
      kept += keptReport.findings.length;
    }
    assert.ok(kept >= 3, `${kept} findings kept`);
  });

  for (const [args, message] of [
    [['check', '/no/such/folder'], /no such file or folder/],
    [['check', 'missing-*.txt'], /no files match/],
    [['check', '.', '--format', 'yaml'], /unknown format/],
    [['check', '.', '--bogus'], /Unknown option/],
    [['check'], /at least one/],
    [['frobnicate'], /unknown command/],
    [['check', '.', '--scope', 'planet'], /--scope/],
  ] as Array<[string[], RegExp]>) {
    test(`2 with a one-line message: ${args.join(' ')}`, async () => {
      const run = await cli(args, { cwd: REPO_ROOT });
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    });
  }
});

describe('corpus selection', () => {
  test('--against articles are compared with but not reported on', async () => {
    const dir = tempCorpus({ 'mine/a.txt': ' date 2024-01-01 Ours.', 'theirs/b.txt': 'Theirs, undated.' });
    const run = await cli(['check', path.join(dir, 'mine'), '--against', path.join(dir, 'theirs'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.articles.map((a) => path.basename(a.path)), ['a.txt']);
  });

  test('folders are walked for *.txt and *.article, skipping hidden folders and node_modules', async () => {
    const dir = tempCorpus({
      'story/a.txt': ' date 2024-01-01 A.', 'story/b.article': ' date 2024-01-01 B.', 'story/notes.md': '# not an article',
      '.git/c.txt': 'hidden', 'node_modules/d.txt': 'dependency',
    });
    const report = JSON.parse((await cli(['check', dir, '--format', 'json'])).stdout) as JsonReport;
    assert.deepEqual(report.articles.map((a) => path.basename(a.path)).sort(), ['a.txt', 'b.article']);
  });

  test('.corroborate.json found above the corpus sets severities and file globs', async () => {
    const dir = tempCorpus({
      '.corroborate.json': '{ /* desk */ "severities": {"format/missing-date": "off"}, "include": ["**/*.story"] }',
      'x/a.story': 'Undated story.', 'x/b.txt': 'Not included.',
    });
    const report = JSON.parse((await cli(['check', path.join(dir, 'x'), '--format', 'json'])).stdout) as JsonReport;
    assert.deepEqual(report.articles.map((a) => path.basename(a.path)), ['a.story']);
    assert.equal(report.articles[0].diagnostics.filter((d) => d.code === 'format/missing-date').length, 0);
  });

  test('a suppression comment silences the next line and is not analysed', async () => {
    const dir = tempCorpus({ 'a.txt': ' date 2024-01-01\n<!-- corroborate-disable-next-line format/boilerplate -->\nAdvertisement\nThe council met.\n\nAdvertisement 2\n' });
    const report = JSON.parse((await cli(['check', dir, '--format', 'json'])).stdout) as JsonReport;
    assert.equal(report.articles[0].diagnostics.filter((d) => d.code === 'format/boilerplate').length, 0);
  });

  test('a progress line appears on a terminal only', async () => {
    const quiet = await cli(['check', NATO], { tty: false });
    assert.equal(quiet.stderr, '');
  });

  test('--timing prints each phase and what the cache reused, on stderr only', async () => {
    const dir = tempCorpus({ 'a.txt': ' date 2024-03-01\nThe council approved the budget on Friday.\n' });
    const plain = await cli(['check', dir, '--format', 'json']);
    const timed = await cli(['check', dir, '--format', 'json', '--timing', '--cache', '--cache-location', path.join(dir, 'cache.bin')]);
    assert.equal(timed.stdout, plain.stdout);
    for (const phase of ['find files', 'read and analyse', 'place undated', 'judge and report', 'save cache', 'write report', 'total']) {
      assert.match(timed.stderr, new RegExp(`^corroborate: timing: ${phase} +\\d+\\.\\d\\d s`, 'm'), phase);
    }
    assert.match(timed.stderr, /^corroborate: cache: analyses 0 reused, 1 computed; verdicts 0 reused, 0 proven by replay \(0 candidate queries asked again\), 1 judged; reports 0 reused unread$/m);
    // Run again unchanged: the run's snapshot re-checks it without reading the article.
    const again = await cli(['check', dir, '--format', 'json', '--timing', '--cache', '--cache-location', path.join(dir, 'cache.bin')]);
    assert.equal(again.stdout, plain.stdout);
    assert.match(again.stderr, /^corroborate: timing: re-check +\d+\.\d\d s/m);
    assert.match(again.stderr, /^corroborate: cache: analyses 1 reused, 0 computed; verdicts 1 reused, .*; reports 1 reused unread$/m);
  });
});

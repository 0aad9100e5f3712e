/**
 * The bundled example corpus against its answer key (examples/harbour-bridge/EXPECTED.md, whose
 * JSON block is in the eval gold format), scored by the shared scorer.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cli } from '../helpers/cli';
import { EXAMPLES, SHARED } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

const STORY = path.join(EXAMPLES, 'harbour-bridge');

describe('examples/harbour-bridge', () => {
  test('quotes, conflicts and quote findings match the answer key', async () => {
    const expected = readFileSync(path.join(STORY, 'EXPECTED.md'), 'utf8');
    const gold = /```json\n([\s\S]*?)```/.exec(expected)?.[1];
    assert.ok(gold, 'EXPECTED.md has a JSON block');
    const dir = scratchFolder('examples');
    writeFileSync(path.join(dir, 'gold.json'), gold);
    const run = await cli(['check', STORY, '--format', 'json']);
    writeFileSync(path.join(dir, 'report.json'), run.stdout);
    const scored = JSON.parse(execFileSync(process.execPath, [path.join(SHARED, 'eval', 'score.mjs'), '--gold', path.join(dir, 'gold.json'), '--corpus', STORY, '--report', path.join(dir, 'report.json'), '--json'], { encoding: 'utf8' }));
    assert.equal(scored.quotes.detected, 1);
    assert.equal(scored.quotes.citedDecision, 1);
    assert.ok(scored.quotes.speaker >= 0.9, `speaker ${scored.quotes.speaker}`);
    assert.equal(scored.conflictsWithRightSource, 1);
    const report = JSON.parse(run.stdout) as { articles: Array<{ path: string; diagnostics: Array<{ code: string; message: string }> }> };
    const all = report.articles.flatMap((a) => a.diagnostics.map((d) => ({ file: path.basename(a.path), ...d })));
    const of = (code: string) => all.filter((d) => d.code === code);
    assert.deepEqual(of('quote/uncited').map((d) => d.file).sort(), ['02-harbour-post.txt', '04-north-shore-gazette.txt']);
    assert.ok(of('quote/altered').some((d) => /“comfort” there, “convenience” here/.test(d.message)));
    assert.equal(of('quote/misattributed').length, 2);
    assert.ok(of('quote/anonymous').some((d) => d.file === '01-daily-courier.txt'));
    const conflicts = of('claim/conflicting').map((d) => d.message);
    for (const kind of ['number', 'count', 'date']) assert.ok(conflicts.some((m) => m.startsWith(`Conflicting ${kind}`)), kind);
    assert.ok(!conflicts.some((m) => /councillors/.test(m)), 'three-quarters of 40 and about 30 are compatible');
  });
});

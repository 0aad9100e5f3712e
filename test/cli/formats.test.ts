import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli } from '../helpers/cli';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { NATO, REPO_ROOT, SHARED } from '../helpers/paths';
import { allCodes } from '../../server/src/core/codes';
import { codesMarkdown } from '../../server/src/core/codesMarkdown';

describe('--format sarif', () => {
  test('is valid SARIF 2.1.0 against the published schema, with a rule per code', async () => {
    const run = await cli(['check', NATO, '--format', 'sarif'], { cwd: SHARED });
    const log = JSON.parse(run.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: any[] }> };
    const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', { paths: [REPO_ROOT] });
    // The schema has a pattern that is only valid without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const run0 = log.runs[0];
    assert.deepEqual(run0.tool.driver.rules.map((r: { id: string }) => r.id), allCodes().map((c) => c.code));
    const missing = run0.results.find((r: { ruleId: string }) => r.ruleId === 'format/missing-date');
    assert.equal(missing.level, 'warning');
    assert.match(missing.locations[0].physicalLocation.artifactLocation.uri, /^corpus\/nato-2024\/004_/);
    assert.equal(missing.locations[0].physicalLocation.region.startLine, 1);
  });
});

describe('--format github', () => {
  test('prints workflow commands with positions and the code as title', async () => {
    const run = await cli(['check', NATO, '--format', 'github'], { cwd: SHARED });
    const lines = run.stdout.trim().split('\n');
    assert.ok(!lines.some((l) => l.includes('format/boilerplate')), 'hints are not annotated');
    assert.ok(lines.every((l) => /^::(?:error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z]+%2F[a-z-]+::/.test(l) || /^::(?:error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z]+\/[a-z-]+::/.test(l)), lines[0]);
    assert.ok(lines.some((l) => /^::warning file=corpus\/nato-2024\/004_[0-9a-f]+\.txt,line=1,col=1,endLine=1,endColumn=\d+,title=format\/missing-date::Missing date header/.test(l)));
  });

  test('escapes the characters the runner treats specially', () => {
    assert.equal(escapeData('50% done\nnext'), '50%25 done%0Anext');
    assert.equal(escapeProperty('a,b:c.txt'), 'a%2Cb%3Ac.txt');
  });
});

describe('README', () => {
  test('documents every diagnostic code, generated from the registry (npm run docs)', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const { code } of allCodes()) assert.ok(readme.includes('`' + code + '`'), `README lacks ${code}`);
    assert.ok(readme.includes(codesMarkdown()), 'the codes section is stale: run npm run docs');
  });
});

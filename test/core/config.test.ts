import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { DEFAULT_CONFIG, parseConfigText, reachesThreshold, severityFor } from '../../server/src/core/config';
import { REPO_ROOT } from '../helpers/paths';

const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'corroborate.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('config', () => {
  test('reads JSON with comments and trailing commas', () => {
    const { config, problems } = parseConfigText(`{
      // the desk's settings
      "severities": { "claim/unsupported": "off", "quote/*": "information" },
      "failOn": "warning",
      "judgment": { "numberTolerance": 0.2, },
    }`);
    assert.deepEqual(problems, []);
    assert.equal(config.failOn, 'warning');
    assert.equal(config.judgment.numberTolerance, 0.2);
    assert.equal(config.judgment.minIndependentSources, DEFAULT_CONFIG.judgment.minIndependentSources);
    assert.equal(severityFor(config, 'claim/unsupported', 'warning'), 'off');
    assert.equal(severityFor(config, 'quote/uncited', 'warning'), 'information');
    assert.equal(severityFor(config, 'format/missing-date', 'warning'), 'warning');
  });

  test('reports bad values by name and keeps the defaults', () => {
    const { config, problems } = parseConfigText('{"failOn": "loud", "maxFileBytes": -1, "colour": true, "severities": {"x/y": "red"}}');
    assert.equal(config.failOn, DEFAULT_CONFIG.failOn);
    assert.equal(config.maxFileBytes, DEFAULT_CONFIG.maxFileBytes);
    assert.equal(problems.length, 4);
    assert.ok(problems.some((p) => p.includes('failOn')) && problems.some((p) => p.includes('colour')));
  });

  test('a syntax error is a problem, not an exception', () => {
    const { problems } = parseConfigText('{"failOn": ');
    assert.ok(problems.length > 0);
  });

  test('thresholds', () => {
    assert.equal(reachesThreshold('error', 'error'), true);
    assert.equal(reachesThreshold('warning', 'error'), false);
    assert.equal(reachesThreshold('warning', 'information'), true);
    assert.equal(reachesThreshold('error', 'never'), false);
  });

  test('the published schema accepts what the reader accepts and rejects what it rejects', () => {
    const samples: Array<[unknown, boolean]> = [
      [{}, true],
      [DEFAULT_CONFIG, true],
      [{ severities: { 'claim/conflicting': 'error' }, scope: 'folder', verified: [{ text: 'A fact.', file: 'a.txt' }] }, true],
      [{ failOn: 'loud' }, false],
      [{ maxFileBytes: -1 }, false],
      [{ colour: true }, false],
      [{ quotes: { reportAnonymous: 'yes' } }, false],
      [{ verified: [{ file: 'a.txt' }] }, false],
    ];
    for (const [sample, ok] of samples) {
      assert.equal(validate(sample), ok, `schema on ${JSON.stringify(sample)}`);
      const { problems } = parseConfigText(JSON.stringify(sample));
      assert.equal(problems.length === 0, ok, `reader on ${JSON.stringify(sample)}`);
    }
  });
});

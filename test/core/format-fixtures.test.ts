/**
 * The hostile and edge-case articles of test/fixtures/format (see its README): each file's format
 * findings, date and suggested date, read through the same byte decoder the CLI uses.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { articleFromBytes } from '../../server/src/core/article/unreadable';
import { FORMAT_FIXTURES } from '../helpers/paths';

interface Expectation {
  codes: string[];
  date?: string;
  suggests?: string;
  referenceDate?: string;
  sentences?: number;
}

const EXPECTED: Record<string, Expectation> = {
  'header-same-line.txt': { codes: [], date: '2024-02-22' },
  'header-next-line.txt': { codes: [], date: '2024-02-22' },
  'header-after-blank-lines.txt': { codes: [], date: '2024-02-22' },
  'bom-header.txt': { codes: [], date: '2024-02-22' },
  'crlf-endings.txt': { codes: [], date: '2024-02-22' },
  'lone-cr-endings.txt': { codes: [], date: '2024-02-22', sentences: 3 },
  'missing-header-body-date.txt': { codes: ['format/missing-date'], suggests: '2024-02-22', referenceDate: '2024-03-01' },
  'missing-header-dateline.txt': { codes: ['format/missing-date'], suggests: '2013-05-03' },
  'impossible-date-feb-30.txt': { codes: ['format/impossible-date'] },
  'impossible-date-month-13.txt': { codes: ['format/impossible-date'] },
  'malformed-slash-date.txt': { codes: ['format/malformed-header'], suggests: '2024-02-22' },
  'malformed-date-colon.txt': { codes: ['format/malformed-header'], suggests: '2024-02-22' },
  'malformed-uppercase-date.txt': { codes: ['format/malformed-header'], suggests: '2024-02-22' },
  'malformed-unpadded-date.txt': { codes: ['format/malformed-header'], suggests: '2024-02-05' },
  'malformed-nbsp-separator.txt': { codes: ['format/malformed-header'], suggests: '2024-02-22' },
  'empty.txt': { codes: ['format/empty-body'] },
  'header-only.txt': { codes: ['format/empty-body'], date: '2024-02-22' },
  'whitespace-only.txt': { codes: ['format/empty-body'] },
  'binary-png.txt': { codes: ['format/binary'] },
  'invalid-utf8.txt': { codes: ['format/invalid-utf8'] },
  'unbalanced-quotes.txt': { codes: [], date: '2024-02-22' },
  'nbsp-everywhere.txt': { codes: [], date: '2024-02-22', sentences: 3 },
  'emoji-astral.txt': { codes: [], date: '2024-02-22' },
  'sentence-traps.txt': { codes: [], date: '2024-11-24' },
};

describe('format fixtures', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(name, () => {
      const parsed = articleFromBytes(readFileSync(path.join(FORMAT_FIXTURES, name)), { referenceDate: expected.referenceDate });
      const codes = parsed.findings.map((f) => f.code).filter((c) => c !== 'format/boilerplate');
      assert.deepEqual(codes, expected.codes);
      assert.equal(parsed.date, expected.date);
      if (expected.suggests) {
        const fix = parsed.findings.find((f) => f.fix)?.fix;
        assert.equal(fix?.suggestedDate ?? fix?.replacement?.replace('date ', ''), expected.suggests);
      }
      if (expected.sentences !== undefined) assert.equal(parsed.sentences.length, expected.sentences);
      for (const sentence of parsed.sentences) {
        assert.equal(parsed.text.slice(sentence.span.start, sentence.span.end), sentence.text);
        assert.doesNotMatch(sentence.text, /[\r\n]/);
      }
    });
  }

  test('without a reference date, a year-less body date is only placed by its weekday', () => {
    const parsed = articleFromBytes(readFileSync(path.join(FORMAT_FIXTURES, 'missing-header-body-date.txt')), { fallbackDate: '2026-11-25' });
    assert.equal(parsed.findings[0].fix?.suggestedDate, '2024-02-22');
  });

  test('invalid UTF-8 is reported at the first bad byte and not analysed', () => {
    const parsed = articleFromBytes(readFileSync(path.join(FORMAT_FIXTURES, 'invalid-utf8.txt')));
    assert.equal(parsed.analysable, false);
    assert.equal(parsed.sentences.length, 0);
    assert.equal(parsed.text[parsed.findings[0].span.start], '\ufffd');
  });

  test('every fixture file is in the table', () => {
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    const files = readdirSync(FORMAT_FIXTURES).filter((f) => f.endsWith('.txt') && f !== 'sentences.expected.txt');
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });
});

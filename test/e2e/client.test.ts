/**
 * The client's pure parts, in plain Node: header recognition (which files are claimed), the
 * status bar wording, and the manifest's agreement with both. The editor side is tested in real
 * editors by `run.sh`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { firstNonBlankLine, STRICT_DATE_HEADER, startsWithDateHeader } from '../../client/src/articleText';
import { checkSummary, statusText } from '../../client/src/statusText';
import { REPO_ROOT } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

describe('date header recognition', () => {
  test('an exact header, on the first line or after blank lines and a BOM', () => {
    assert.equal(startsWithDateHeader(' date 2021-07-09 Harbour ferry fares rise', 'strict'), true);
    assert.equal(startsWithDateHeader('\ufeff\r\n\n  date 2021-07-09\nBody', 'strict'), true);
    assert.equal(firstNonBlankLine('\n \r\nFirst words\nSecond'), 'First words');
  });

  test('malformed headers are claimed loosely but are not exact', () => {
    for (const header of ['Date: 2021-07-09', 'date 09/07/2021', 'date 2021-7-9', 'DATE 2021.07.09']) {
      assert.equal(startsWithDateHeader(`${header}\nBody text.`, 'loose'), true, header);
      assert.equal(startsWithDateHeader(`${header}\nBody text.`, 'strict'), false, header);
    }
  });

  test('prose that merely mentions a date is not a header', () => {
    for (const text of ['The date 2021-07-09 was set.', 'Update on 2021-07-09', 'dates 2021-07-09', '']) {
      assert.equal(startsWithDateHeader(text, 'loose'), false, text);
    }
  });

  test('the firstLine pattern of package.json is the same expression', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'dated-article');
    assert.equal(language.firstLine, STRICT_DATE_HEADER.source);
  });
});

describe('status bar text', () => {
  const totals = {
    severities: { error: 1, warning: 3, information: 0, hint: 12 },
    verdicts: { supported: 20, conflicting: 2, unsupported: 7 },
  };

  test('a spinner while indexing', () => {
    const { text } = statusText({ indexing: true, articles: 3, totals });
    assert.match(text, /^\$\(sync~spin\) /);
    assert.match(text, /3 articles/);
  });

  test('the claims that conflict or stand alone, and the severities in the tooltip', () => {
    const { text, tooltip } = statusText({ indexing: false, articles: 5, totals });
    assert.equal(text, '$(checklist) 5 articles: 2 conflicting, 7 unsupported');
    assert.match(tooltip, /1 error, 3 warnings, 12 hints/);
    assert.doesNotMatch(tooltip, /0 information/);
  });

  test('partial or odd statuses still read well', () => {
    assert.equal(statusText({}).text, '$(checklist) corroborate');
    assert.equal(statusText({ articles: 1, totals: { verdicts: { conflicting: 'x' } } }).text, '$(checklist) 1 article');
    assert.equal(checkSummary(undefined), 'corroborate: the server returned no totals.');
    assert.equal(checkSummary({ articles: 2, totals: { severities: { warning: 1 } } }), 'corroborate checked 2 articles: 1 warning.');
  });
});

describe('manifest', () => {
  test('every command the client registers is contributed, and the settings it reads exist', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
    const properties = Object.keys(manifest.contributes.configuration.properties);
    for (const key of ['enable', 'run', 'severities', 'include', 'files.associations', 'configFile', 'trace.server']) {
      assert.ok(properties.includes(`corroborate.${key}`), key);
    }
  });

  test('the package ships the bundles but no source maps', () => {
    const ignore = readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/client.js') && ignore.includes('!dist/server.js'));
    assert.ok(!ignore.some((line) => /^!.*\.map$/.test(line) || line === '!dist/**'));
  });
});

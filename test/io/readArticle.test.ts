/**
 * Reading articles from disk: the date header peeked from a file's first bytes (the estimate of a
 * corpus's median date that undated articles are parsed against) agrees with the full parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { peekHeaderDate, readArticleFile } from '../../server/src/io/readArticle';
import { scratchFolder } from '../helpers/scratch';

test('the peeked header date is the date of the full parse, whatever the file looks like', () => {
  const dir = scratchFolder('peek');
  const cases: Record<string, string | Buffer> = {
    'plain.txt': ' date 2024-02-22\nNATO allies met on Thursday.',
    'bom-crlf.txt': '\uFEFF date 2024-02-23\r\nThe body.',
    'blank-lines-first.txt': '\n\n date 2024-02-24 The body runs on after the date.',
    'impossible.txt': ' date 2024-02-30\nThe body.',
    'malformed.txt': 'date: 22/02/2024\nThe body.',
    'undated.txt': 'NATO allies met on Thursday, February 22.',
    'empty.txt': '',
    'binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255]),
    'long-first-line.txt': ' date 2024-02-25 ' + 'word '.repeat(5000),
  };
  for (const [name, content] of Object.entries(cases)) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    assert.equal(peekHeaderDate(file), readArticleFile(file, 1 << 20).date, name);
  }
  assert.equal(peekHeaderDate(path.join(dir, 'plain.txt')), '2024-02-22');
  assert.equal(peekHeaderDate(path.join(dir, 'missing.txt')), undefined);
});

test('an undated article read with a reference date places a year-less date by it', () => {
  const dir = scratchFolder('peek');
  const file = path.join(dir, 'undated.txt');
  writeFileSync(file, 'The Lanthorn ferry pier reopened on March 14 after repairs.');
  assert.equal(readArticleFile(file, 1 << 20, '2026-11-25', '2019-03-10').inferredDate?.date, '2019-03-14');
});

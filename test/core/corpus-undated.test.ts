/**
 * Undated articles are placed near the corpus's own dates once those are known
 * (`Corpus.refreshUndated`): an article is analysed again only when its inferred date moves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, referenceDates } from '../../server/src/core/corpus';
import { inferDateFromBody } from '../../server/src/core/article/inferDate';

const undated = 'The Lanthorn ferry pier reopened on Thursday, March 14, after a month of repairs.';

test('an undated article whose inferred date stays put keeps its analysis', () => {
  const corpus = new Corpus({ referenceDate: '2024-03-20' });
  corpus.setText('dated.txt', ' date 2024-03-15\nThe Lanthorn ferry pier reopened after repairs.');
  corpus.setText('undated.txt', undated);
  const before = corpus.get('undated.txt');
  corpus.refreshUndated();
  assert.equal(corpus.get('undated.txt'), before, 'the same stored article');
  assert.equal(before?.parsed.inferredDate?.date, '2024-03-14');
});

test('an undated article read before the dated ones moves to their year, and is analysed again', () => {
  // Read first, with only a fallback date two years off: "March 14" lands in 2022, a Monday.
  const corpus = new Corpus({ referenceDate: '2022-06-01' });
  corpus.setText('undated.txt', undated);
  const before = corpus.get('undated.txt');
  for (const day of ['12', '13', '15']) corpus.setText(`dated-${day}.txt`, ` date 2024-03-${day}\nThe Lanthorn ferry pier reopened after repairs.`);
  corpus.refreshUndated();
  const after = corpus.get('undated.txt');
  assert.notEqual(after, before, 'stored again');
  assert.equal(after?.parsed.inferredDate?.date, '2024-03-14');
});

test('the median date follows articles that are added, re-dated and deleted', () => {
  const corpus = new Corpus({ referenceDate: '2026-01-01' });
  const dated = (id: string, date: string) => corpus.setText(id, ` date ${date}\nThe Lanthorn ferry pier was closed for repairs.`);
  const undatedYear = (): string | undefined => {
    corpus.refreshUndated();
    return corpus.get('undated.txt')?.parsed.inferredDate?.date.slice(0, 4);
  };
  corpus.setText('undated.txt', 'The Lanthorn ferry pier reopened on March 14 after a month of repairs.');
  dated('a.txt', '2019-03-20');
  dated('b.txt', '2019-03-21');
  dated('c.txt', '2024-03-20');
  assert.equal(undatedYear(), '2019', 'two of three articles are from 2019');
  dated('b.txt', '2024-03-21');
  assert.equal(undatedYear(), '2024', 'b was re-dated: two of three are from 2024');
  corpus.delete('c.txt');
  corpus.delete('b.txt');
  assert.equal(undatedYear(), '2019', 'only a is left');
});

test('an undated article is placed near the dates of its own folder, in a corpus of many years', () => {
  const corpus = new Corpus({ referenceDate: '2026-01-01' });
  const pier = 'The Lanthorn ferry pier was closed for repairs.';
  // Most of the corpus is of 2019; the undated article's folder holds a story of 2024.
  for (const day of ['10', '11', '12', '13']) corpus.setText(`archive/2019/${day}.txt`, ` date 2019-03-${day}\n${pier}`);
  corpus.setText('stories/pier/a.txt', ` date 2024-03-12\n${pier}`);
  corpus.setText('stories/pier/b.txt', ` date 2024-03-13\n${pier}`);
  corpus.setText('stories/pier/undated.txt', 'The Lanthorn ferry pier reopened on March 14 after a month of repairs.');
  corpus.setText('elsewhere/undated.txt', 'The Lanthorn ferry pier reopened on March 14 after a month of repairs.');
  corpus.refreshUndated();
  assert.equal(corpus.get('stories/pier/undated.txt')?.parsed.inferredDate?.date, '2024-03-14', 'its folder is of 2024');
  assert.equal(corpus.get('elsewhere/undated.txt')?.parsed.inferredDate?.date, '2019-03-14', 'a folder with no dates goes by the corpus');
});

test('reference dates: the folder\'s median, else the corpus\'s, for paths and URIs alike', () => {
  const referenceOf = referenceDates([
    ['file:///news/a/1.txt', '2024-03-12'], ['file:///news/a/2.txt', '2024-03-14'], ['file:///news/a/3.txt', undefined],
    ['C:\\news\\b\\1.txt', '2019-01-02'], ['file:///news/c/1.txt', '2019-01-03'], ['file:///news/c/2.txt', '2019-01-04'],
  ]);
  assert.equal(referenceOf('file:///news/a/3.txt'), '2024-03-14');
  assert.equal(referenceOf('C:\\news\\b\\2.txt'), '2019-01-02');
  assert.equal(referenceOf('file:///news/d/1.txt'), '2019-01-04', 'the median of all five dates');
  assert.equal(referenceDates([['a.txt', undefined]])('a.txt'), undefined);
});

test('a relative phrase with a figure is no full date ("in 24 hours")', () => {
  const text = 'Officials said on Monday (May 13) that the pier would reopen in 24 hours.';
  const inferred = inferDateFromBody(text, { start: 0, end: text.length }, '2024-05-01');
  assert.equal(inferred?.evidence, 'weekday and day');
  assert.equal(inferred?.date, '2024-05-13');
});

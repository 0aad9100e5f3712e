/**
 * Undated articles are placed near the corpus's own dates once those are known
 * (`Corpus.refreshUndated`): an article is analysed again only when its inferred date moves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';

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

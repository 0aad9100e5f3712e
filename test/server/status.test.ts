/**
 * The totals behind the status bar, counted a slice at a time so that a large corpus being
 * counted never holds up an edit: the sliced count gives the totals of a count in one go, and
 * stops when a newer count or an edit makes it stale.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';
import { type CountedCorpus, TotalsCache } from '../../server/src/lsp/status';

function corpusOf(count: number): Corpus {
  const corpus = new Corpus({ referenceDate: '2024-03-20' });
  for (let i = 0; i < count; i++) {
    corpus.setText(`a${i}.txt`, ` date 2024-03-1${i % 10}\nThe Lanthorn council approved a ferry levy of ${10 + i} pounds on Monday. Ines Okafor said "the levy is fair and it will pay for the new pier".`);
  }
  return corpus;
}

describe('totals counted in slices', () => {
  test('give the same totals as a count in one go', async () => {
    const corpus = corpusOf(6);
    const entries: CountedCorpus[] = [{ corpus, revision: 1 }];
    const sliced = await new TotalsCache().statusInSlices(entries, false, () => false, 0);
    const whole = new TotalsCache().status(entries, false);
    assert.deepEqual(sliced, whole);
    assert.equal(whole.articles, 6);
    assert.ok(whole.totals.verdicts.conflicting + whole.totals.verdicts.supported + whole.totals.verdicts.unsupported > 0);
  });

  test('stop without a result when cancelled between slices, and count nothing twice once done', async () => {
    const corpus = corpusOf(6);
    const cache = new TotalsCache();
    let yields = 0;
    const stopped = await cache.statusInSlices([{ corpus, revision: 1 }], false, () => ++yields > 1, 0);
    assert.equal(stopped, undefined);
    assert.equal(cache.known([{ corpus, revision: 1 }], false).articles, 0, 'a cancelled count is not kept');
    const done = await cache.statusInSlices([{ corpus, revision: 1 }], false, () => false, 0);
    assert.equal(done?.articles, 6);
    assert.equal(cache.known([{ corpus, revision: 1 }], false).articles, 6);
  });

  test('stop when the corpus changes under the count', async () => {
    const corpus = corpusOf(6);
    let revision = 1;
    const entry: CountedCorpus = { corpus, revision: 1, currentRevision: () => revision };
    const counting = new TotalsCache().statusInSlices([entry], false, () => false, 0);
    // An edit lands while the count waits between slices.
    revision = 2;
    assert.equal(await counting, undefined);
  });
});

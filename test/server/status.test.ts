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

/** Notes the id of every article `corpus` reports on. */
function spyOnReports(corpus: Corpus): string[] {
  const reported: string[] = [];
  const report = corpus.report.bind(corpus);
  corpus.report = (id, ...rest) => {
    reported.push(id);
    return report(id, ...rest);
  };
  return reported;
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
    const reported = spyOnReports(corpus);
    const cache = new TotalsCache();
    let yields = 0;
    const stopped = await cache.statusInSlices([{ corpus, revision: 1 }], false, () => ++yields > 1, 0);
    assert.equal(stopped, undefined);
    assert.equal(cache.known([{ corpus, revision: 1 }], false).articles, 0, 'a cancelled count is not reported');
    const before = reported.length;
    assert.ok(before >= 1 && before < 6, 'the cancelled count had counted some articles');
    const done = await cache.statusInSlices([{ corpus, revision: 1 }], false, () => false, 0);
    assert.equal(done?.articles, 6);
    assert.equal(reported.length, 6, 'the articles counted before the cancel are not counted again');
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

describe('totals after an edit', () => {
  const levy = (n: number, day: string) => ` date 2024-03-${day}\nThe Lanthorn council approved a ferry levy of ${n} pounds on Monday.`;
  const unrelated = (i: number) => ` date 2024-03-1${i}\n${['The Orrin Valley orchestra played Brahms.', 'A storm flooded the Kessel tunnel.', 'The Varn museum opened a gallery of maps.', 'Heavy snow closed the Pellow pass.'][i]}`;

  test('count again only the edited article and those that compared with it, and match a count from scratch', () => {
    const corpus = new Corpus({ referenceDate: '2024-03-20' });
    corpus.setText('levy-a.txt', levy(12, '11'));
    corpus.setText('levy-b.txt', levy(12, '12'));
    for (let i = 0; i < 4; i++) corpus.setText(`other-${i}.txt`, unrelated(i));
    const cache = new TotalsCache();
    const first = cache.status([{ corpus, revision: 1 }], false);
    assert.equal(first.totals.verdicts.supported, 2, 'the two levy articles support each other');
    const reported = spyOnReports(corpus);
    corpus.setText('levy-a.txt', levy(15, '11'));
    const after = cache.status([{ corpus, revision: 2 }], false);
    assert.deepEqual(reported.sort(), ['levy-a.txt', 'levy-b.txt']);
    assert.equal(after.totals.verdicts.conflicting, 2, '12 and 15 pounds now conflict');
    assert.deepEqual(after, new TotalsCache().status([{ corpus, revision: 2 }], false));
  });

  test('a count cancelled after an edit still counts, next time, the readers the edit reached', async () => {
    const corpus = new Corpus({ referenceDate: '2024-03-20' });
    corpus.setText('levy-a.txt', levy(12, '11'));
    corpus.setText('levy-b.txt', levy(12, '12'));
    for (let i = 0; i < 2; i++) corpus.setText(`other-${i}.txt`, unrelated(i));
    const cache = new TotalsCache();
    cache.status([{ corpus, revision: 1 }], false);
    const reported = spyOnReports(corpus);
    corpus.setText('levy-a.txt', levy(15, '11'));
    // Cancelled after its first article (levy-a): levy-b, which read levy-a, is not counted yet.
    let yields = 0;
    assert.equal(await cache.statusInSlices([{ corpus, revision: 2 }], false, () => ++yields > 1, 0), undefined);
    assert.deepEqual(reported, ['levy-a.txt']);
    const done = await cache.statusInSlices([{ corpus, revision: 2 }], false, () => false, 0);
    assert.deepEqual(reported, ['levy-a.txt', 'levy-b.txt']);
    assert.deepEqual(done, new TotalsCache().status([{ corpus, revision: 2 }], false));
    assert.equal(done?.totals.verdicts.conflicting, 2);
  });

  test('drop the counts of deleted articles', () => {
    const corpus = new Corpus({ referenceDate: '2024-03-20' });
    for (let i = 0; i < 3; i++) corpus.setText(`other-${i}.txt`, unrelated(i));
    const cache = new TotalsCache();
    assert.equal(cache.status([{ corpus, revision: 1 }], false).articles, 3);
    corpus.delete('other-1.txt');
    assert.deepEqual(cache.status([{ corpus, revision: 2 }], false), new TotalsCache().status([{ corpus, revision: 2 }], false));
  });
});

/** The totals behind `corroborate/checkCorpus` and `corroborate/status`: findings per severity, claims per verdict. */
import type { Corpus } from '../core/corpus';
import type { CorpusStatus, CorpusTotals } from './protocol';

export function emptyTotals(): CorpusTotals {
  return { severities: { error: 0, warning: 0, information: 0, hint: 0 }, verdicts: { supported: 0, conflicting: 0, unsupported: 0 } };
}

interface Counted {
  readonly articles: number;
  readonly totals: CorpusTotals;
}

/**
 * Totals cost a report of every article (a judgment against the corpus), so each corpus's count
 * is kept until its revision changes: after an edit only the edited corpus is counted again.
 */
export class TotalsCache {
  private readonly counted = new WeakMap<Corpus, { revision: number; counted: Counted }>();

  status(corpora: Iterable<{ corpus: Corpus; revision: number }>, indexing: boolean): CorpusStatus {
    const totals = emptyTotals();
    let articles = 0;
    for (const { corpus, revision } of corpora) {
      let entry = this.counted.get(corpus);
      if (entry?.revision !== revision) {
        entry = { revision, counted: countCorpus(corpus) };
        this.counted.set(corpus, entry);
      }
      articles += entry.counted.articles;
      addTotals(totals, entry.counted.totals);
    }
    return { indexing, articles, totals };
  }
}

function countCorpus(corpus: Corpus): Counted {
  const totals = emptyTotals();
  let articles = 0;
  for (const id of corpus.reportedIds()) {
    const report = corpus.report(id);
    if (!report) continue;
    articles++;
    for (const finding of report.findings) totals.severities[finding.severity]++;
    for (const claim of report.claims) totals.verdicts[claim.verdict]++;
  }
  return { articles, totals };
}

function addTotals(into: CorpusTotals, from: CorpusTotals): void {
  for (const key of Object.keys(from.severities) as (keyof CorpusTotals['severities'])[]) into.severities[key] += from.severities[key];
  for (const key of Object.keys(from.verdicts) as (keyof CorpusTotals['verdicts'])[]) into.verdicts[key] += from.verdicts[key];
}

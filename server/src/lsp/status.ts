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

/** A corpus to count, with its revision when the count started and a way to read its revision now. */
export interface CountedCorpus {
  readonly corpus: Corpus;
  readonly revision: number;
  readonly currentRevision?: () => number;
}

/**
 * Totals cost a report of every article (a judgment against the corpus), so each corpus's count
 * is kept until its revision changes: after an edit only the edited corpus is counted again.
 */
export class TotalsCache {
  private readonly counted = new WeakMap<Corpus, { revision: number; counted: Counted }>();

  /** The totals now, counting stale corpora in one go (for a request that waits for them). */
  status(corpora: readonly CountedCorpus[], indexing: boolean): CorpusStatus {
    for (const { corpus, revision } of corpora) {
      if (this.counted.get(corpus)?.revision !== revision) this.counted.set(corpus, { revision, counted: countCorpus(corpus) });
    }
    return this.known(corpora, indexing);
  }

  /** The totals counted so far, counting nothing (while indexing: the corpora are still filling). */
  known(corpora: readonly CountedCorpus[], indexing: boolean): CorpusStatus {
    const totals = emptyTotals();
    let articles = 0;
    for (const { corpus } of corpora) {
      const entry = this.counted.get(corpus);
      if (!entry) continue;
      articles += entry.counted.articles;
      addTotals(totals, entry.counted.totals);
    }
    return { indexing, articles, totals };
  }

  /**
   * The same totals, counted a slice at a time: between slices the event loop answers requests
   * and takes edits, so that a large corpus being counted never holds up diagnostics. Resolves to
   * undefined, without counting further, once `cancelled` says so or a corpus changed meanwhile
   * (a newer count is then under way).
   */
  async statusInSlices(corpora: readonly CountedCorpus[], indexing: boolean, cancelled: () => boolean, sliceMs: number): Promise<CorpusStatus | undefined> {
    let sliceStart = performance.now();
    const stale = (c: CountedCorpus) => cancelled() || (c.currentRevision !== undefined && c.currentRevision() !== c.revision);
    for (const entry of corpora) {
      if (this.counted.get(entry.corpus)?.revision === entry.revision) continue;
      const totals = emptyTotals();
      let articles = 0;
      for (const id of entry.corpus.reportedIds()) {
        if (performance.now() - sliceStart > sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
          if (stale(entry)) return undefined;
        }
        if (countArticle(entry.corpus, id, totals)) articles++;
      }
      if (stale(entry)) return undefined;
      this.counted.set(entry.corpus, { revision: entry.revision, counted: { articles, totals } });
    }
    return this.status(corpora, indexing);
  }
}

function countCorpus(corpus: Corpus): Counted {
  const totals = emptyTotals();
  let articles = 0;
  for (const id of corpus.reportedIds()) if (countArticle(corpus, id, totals)) articles++;
  return { articles, totals };
}

/** Adds one article's findings and verdicts to `totals`; false when the article is gone. */
function countArticle(corpus: Corpus, id: string, totals: CorpusTotals): boolean {
  const report = corpus.report(id);
  if (!report) return false;
  for (const finding of report.findings) totals.severities[finding.severity]++;
  for (const claim of report.claims) totals.verdicts[claim.verdict]++;
  return true;
}

function addTotals(into: CorpusTotals, from: CorpusTotals): void {
  for (const key of Object.keys(from.severities) as (keyof CorpusTotals['severities'])[]) into.severities[key] += from.severities[key];
  for (const key of Object.keys(from.verdicts) as (keyof CorpusTotals['verdicts'])[]) into.verdicts[key] += from.verdicts[key];
}

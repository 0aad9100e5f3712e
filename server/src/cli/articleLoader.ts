/**
 * How a check gets its articles (see `runCheck`): read and analysed where it runs, or taken from
 * somewhere that already has them. The cache and the index (`cache.ts`) and the analysis workers
 * (`analyseWorkers.ts`) are loaders.
 */
import type { ArticleAnalysis } from '../core/corpus';
import type { ParsedArticle } from '../core/article/parse';

/** An article read for a check: its parse, and its analysis when a stored one fits. */
export interface LoadedArticle {
  readonly parsed: ParsedArticle;
  readonly analysis?: ArticleAnalysis;
  /** The entry key of the file's bytes, when it was read whole. */
  readonly key?: string;
  /** The corpus's median date the article was parsed against, if any (it places year-less dates of an undated one). */
  readonly reference?: string;
}

/** Where a check gets its articles' parses and analyses from (see `runCheck`). */
export interface ArticleLoader {
  /** `reference`: the median date of the corpus the article joins, when known before it is read. */
  load(absolute: string, reference?: string): LoadedArticle;
  /** When the article is being analysed elsewhere (a worker thread): resolves once `load` has it. */
  ready?(absolute: string): Promise<void> | undefined;
  /** The corpus analysed an article that was loaded without an analysis: keep it. */
  analysed(loaded: LoadedArticle, analysis: ArticleAnalysis): void;
}

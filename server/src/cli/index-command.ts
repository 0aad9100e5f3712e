/**
 * `corroborate index <paths...> --out <file>`: the analyses (parse, quotes, sentence features) of
 * every article of a corpus, in one file. CI jobs that each check a shard
 * (`check --shard i/n --index <file>`) load the whole corpus from it instead of analysing every
 * article themselves, and judge only their own articles against it. The file has the cache's
 * format (`cacheFile.ts`), keyed by the bytes of each file, so an article edited after indexing
 * is simply analysed again by the job that reads it.
 */
import { Corpus } from '../core/corpus';
import type { CorroborateConfig } from '../core/config';
import { findArticleFiles } from '../io/files';
import { CheckCache } from './cache';
import { fileStamp } from './cacheIdentity';
import { EntryFile } from './cacheFile';

export interface IndexOptions {
  readonly inputs: readonly string[];
  readonly against: readonly string[];
  readonly config: CorroborateConfig;
  readonly cwd: string;
  readonly today: string;
  readonly version: string;
  /** The index file to write (absolute). */
  readonly out: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export async function runIndex(options: IndexOptions): Promise<{ articles: number; entries: number; bytes: number }> {
  const files = new Map<string, string>();
  for (const file of [...(await findArticleFiles(options.inputs, options.config, options.cwd)), ...(await findArticleFiles(options.against, options.config, options.cwd))]) {
    files.set(file.absolute, file.display);
  }
  const index = EntryFile.create(options.out, fileStamp('index', options.config, options.version));
  // The loader reads and hashes each file; with no cache file it computes every analysis.
  const loader = new CheckCache({ config: options.config, version: options.version, today: options.today, warn: () => undefined });
  // One article at a time: its analysis is serialised into the index as soon as it is made.
  const corpus = new Corpus({ config: options.config, referenceDate: options.today });
  let done = 0;
  for (const absolute of files.keys()) {
    const loaded = loader.load(absolute);
    corpus.setParsed(absolute, loaded.parsed, { analysis: loaded.analysis });
    loader.keepAnalysis(loaded, corpus.analysisOf(absolute)!, index);
    corpus.delete(absolute);
    options.onProgress?.(++done, files.size);
  }
  const written = index.save();
  return { articles: files.size, entries: written.entries, bytes: written.bytes };
}

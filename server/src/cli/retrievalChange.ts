/**
 * How the claim store's retrieval changed between two runs of a cached check: which keys'
 * postings changed. A claim none of whose keys changed meets the same candidates, so the cache
 * need not ask for them again (see `replayReads`).
 */
import type { ClaimStore, StoredSentence } from '../core/judgment/store';
import { retrievalKeys } from '../core/judgment/features';
import { type AnalysisEntry, contentKeyOf } from './cacheEntries';
import type { RetrievalChange } from './judgeRecorder';

/**
 * A store's retrieval as verdicts were proven under it: its size, and its articles in indexing
 * order, each with its content key and the entry that holds its analysis (null if none does).
 */
export interface RetrievalState {
  readonly size: number;
  readonly articles: ReadonlyArray<readonly [id: string, content: string, entry: string | null]>;
}
export const RETRIEVAL_PREFIX = 'retrieval:';

export function asRetrievalState(value: unknown): RetrievalState | undefined {
  const state = value as RetrievalState | undefined;
  return state && typeof state.size === 'number' && Array.isArray(state.articles) ? state : undefined;
}

/**
 * The keys of every article added, removed or changed between `old` and the store now, old
 * version and new; undefined (unknown) when the size differs, an old version's analysis is no
 * longer stored, or the unchanged articles were indexed in another order.
 */
export function keysChangedSince(
old: RetrievalState, store: ClaimStore, contentKey: (id: string) => string, analysisIn: (entry: string) => AnalysisEntry | undefined,
): RetrievalChange | undefined {
  if (old.size !== store.retrievalSize) return undefined;
  const oldContent = new Map(old.articles.map(([id, content, entry]) => [id, { content, entry }]));
  const nowIds = store.articleIds();
  const nowContent = new Map(nowIds.map((id) => [id, contentKey(id)]));
  const unchanged = (id: string): boolean => oldContent.get(id)?.content === nowContent.get(id);
  // Ties between equal candidates follow the indexing order of the unchanged articles.
  const keptOld = old.articles.map(([id]) => id).filter(unchanged);
  const keptNow = nowIds.filter(unchanged);
  if (keptOld.length !== keptNow.length || keptOld.some((id, i) => keptNow[i] !== id)) return undefined;
  // A key's postings list the sentences (article, position) that have it, so they change only
  // through a sentence whose keys changed, or that was added, removed or moved.
  const keys = new Set<string>();
  const compare = (before: readonly StoredSentence[], after: readonly StoredSentence[]): void => addChangedKeys(before, after, keys);
  for (const id of new Set([...nowIds, ...oldContent.keys()])) {
    if (unchanged(id)) continue;
    const was = oldContent.get(id);
    let before: readonly StoredSentence[] = [];
    if (was) {
      const stored = was.entry === null ? undefined : analysisIn(was.entry);
      if (!stored || contentKeyOf(stored.parsed) !== was.content) return undefined;
      before = stored.parsed.analysable ? stored.analysis.sentences : [];
    }
    compare(before, store.sentencesOf(id));
  }
  return { kind: 'keys', keys };
}

/**
 * Adds to `keys` the keys whose postings differ between two versions of an article's sentences:
 * those of every position whose keys changed, or that one version lacks.
 */
export function addChangedKeys(before: readonly StoredSentence[], after: readonly StoredSentence[], keys: Set<string>): void {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i] ? retrievalKeys(before[i].features) : [];
    const b = after[i] ? retrievalKeys(after[i].features) : [];
    if (a.length === b.length && a.every((key, k) => b[k] === key)) continue;
    for (const key of a) keys.add(key);
    for (const key of b) keys.add(key);
  }
}

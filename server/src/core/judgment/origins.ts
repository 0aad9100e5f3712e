/**
 * Independence of sources: sentences that carry the same wire copy or quote the same statement
 * word for word are one origin, not several. Near-identical wording (most word pairs shared)
 * puts two sentences in one origin.
 */

import { RecentMap, RECENT_SENTENCES } from '../recent';

const SAME_ORIGIN_SIMILARITY = 0.7;

/**
 * The word pairs of the sentences compared most recently: a source sentence supports many claims
 * of its story, one claim after another.
 */
const recentPairs = new RecentMap<string, Set<string>>(RECENT_SENTENCES);

function wordPairs(text: string): Set<string> {
  let pairs = recentPairs.get(text);
  if (!pairs) recentPairs.set(text, (pairs = pairsOf(text)));
  return pairs;
}

function pairsOf(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(words[i] + ' ' + words[i + 1]);
  if (words.length === 1) pairs.add(words[0]);
  return pairs;
}

/** Dice similarity of two texts' word pairs, in [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  return pairSimilarity(wordPairs(a), wordPairs(b));
}

function pairSimilarity(pa: ReadonlySet<string>, pb: ReadonlySet<string>): number {
  if (pa.size === 0 || pb.size === 0) return 0;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return (2 * shared) / (pa.size + pb.size);
}

/**
 * Assigns an origin number to each source; sources of one article share one (an article is one
 * voice however often it repeats itself), and so do near-identical texts across articles.
 */
export function groupOrigins(texts: readonly string[], articles?: readonly string[]): number[] {
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  if (articles) {
    const firstOf = new Map<string, number>();
    articles.forEach((article, i) => {
      const first = firstOf.get(article);
      if (first === undefined) firstOf.set(article, i);
      else parent[find(i)] = find(first);
    });
  }
  // Word pairs are read only for sources not yet in one origin (those of one article never are).
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (find(i) !== find(j) && pairSimilarity(wordPairs(texts[i]), wordPairs(texts[j])) >= SAME_ORIGIN_SIMILARITY) parent[find(j)] = find(i);
    }
  }
  const numbers = new Map<number, number>();
  return texts.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}

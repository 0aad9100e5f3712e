/**
 * Shards: `--shard i/n` reports on about one n-th of the articles, chosen by a hash of each
 * article's path, so that n CI jobs together report on every article exactly once. The split
 * depends on nothing but the path (relative to the folder the check runs in, with forward
 * slashes), so every job computes the same one without talking to the others.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as CI matrices count. */
  readonly index: number;
  readonly count: number;
}

/** Reads `i/n` (1 <= i <= n); undefined when the text is not one. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** The shard (1-based) an article belongs to among `count`. */
export function shardOf(displayPath: string, count: number): number {
  const digest = createHash('sha256').update(displayPath.replace(/\\/g, '/')).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(displayPath: string, shard: Shard): boolean {
  return shardOf(displayPath, shard.count) === shard.index;
}

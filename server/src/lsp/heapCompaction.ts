/**
 * Compacting V8's heap once the language server has indexed a workspace and counted it.
 *
 * Indexing promotes many of the analysis's short-lived objects to the old generation, where they
 * die among the objects the corpus keeps: at 10,000 articles the heap had 660-780 MB committed for
 * 410 MB of live objects, and an ordinary full collection frees the holes without giving the half
 * empty pages back. A collection that compacts every page moves the live objects together and
 * returns the rest to the system (in-process, 10k: heap 663 -> 450 MB, RSS 901 -> 672 MB, in
 * 0.8-1.3 s). It runs once after each indexing, when the editor has its diagnostics and totals,
 * not on edits: they allocate little, and the pause would come between two keystrokes.
 *
 * While it runs, the moved objects and the pages they left are both held, so the process's peak
 * memory rises by about the live heap for a second or two; the check (`corroborate check`) has a
 * peak memory target and does not compact (bench/RESULTS.md).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What one compaction did: the heap's committed size before and after, and how long it took. */
export interface HeapCompaction {
  readonly beforeBytes: number;
  readonly afterBytes: number;
  readonly milliseconds: number;
}

let collectGarbage: (() => void) | undefined;

/** Runs a full collection that compacts every page of the heap. */
export function compactHeap(): HeapCompaction {
  collectGarbage ??= fullCollector();
  const beforeBytes = getHeapStatistics().total_heap_size;
  const start = performance.now();
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collectGarbage();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return { beforeBytes, afterBytes: getHeapStatistics().total_heap_size, milliseconds: performance.now() - start };
}

/**
 * V8's `gc` function: the global one when Node was started with `--expose-gc`, else one made
 * without it. The flag, set at run time, gives `gc` to contexts made afterwards, and that function
 * collects the whole isolate's heap; it is cleared again, so that no later context (nor the
 * server's own) sees a `gc` it was not started with.
 */
function fullCollector(): () => void {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** A line for the server's log: "heap compacted from 663 to 450 MB in 837 ms". */
export function describeCompaction(compaction: HeapCompaction): string {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return `heap compacted from ${mb(compaction.beforeBytes)} to ${mb(compaction.afterBytes)} MB in ${Math.round(compaction.milliseconds)} ms`;
}

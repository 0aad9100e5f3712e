/**
 * A promise with its `resolve` at hand, for a thread that waits on another's message (the
 * analysis workers' arrivals, the retrieval worker's answers). Node 20 has no
 * `Promise.withResolvers`.
 */
export interface Deferred {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
}

export function deferred(): Deferred {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

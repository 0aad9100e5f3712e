/** Finding positions by text, never by hard-coded columns. */
import type { Span } from '../../server/src/core/types';

/** The span of the `occurrence`-th (1-based) appearance of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, occurrence = 1): Span {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`text not found: ${JSON.stringify(needle)}`);
  }
  return { start: at, end: at + needle.length };
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

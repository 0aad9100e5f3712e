/**
 * One copy of each word-sized string for the whole process. A corpus repeats its vocabulary
 * millions of times (every token's text, lowercase and lemma; every term's retrieval key), and
 * each tokenisation or concatenation makes a fresh string: at 10,000 articles those copies were
 * a fifth of the heap. The vocabulary grows far slower than the corpus, so the table stays small.
 */
const table = new Map<string, string>();

/** Strings longer than this are rarely repeated (whole sentences, quotations): they are not kept. */
const MAX_INTERNED_LENGTH = 64;

/** The process's one copy of `text` (the first one met). */
export function intern(text: string): string {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known = table.get(text);
  if (known !== undefined) return known;
  // A string sliced or concatenated from a larger one may keep that one alive, or be a rope:
  // flatten it into a string of its own before keeping it for good.
  const own = flatCopy(text);
  table.set(own, own);
  return own;
}

/**
 * Numbers for strings, the same for equal strings in this process: a column of them
 * (tokenColumns.ts) takes 4 bytes a string where one of strings takes 8. Numbers are the
 * process's own: what leaves it carries the strings.
 */
const numbers = new Map<string, number>();
const numbered: string[] = [];

/** The process's number for `text` (strings of any length: a token may be a long URL). */
export function internNumber(text: string): number {
  let number = numbers.get(text);
  if (number === undefined) {
    const own = text.length > MAX_INTERNED_LENGTH ? flatCopy(text) : intern(text);
    number = numbered.length;
    numbered.push(own);
    numbers.set(own, number);
  }
  return number;
}

/** The string the process numbered `number` (see `internNumber`). */
export function numberedString(number: number): string {
  return numbered[number];
}

/** How many distinct strings are kept (for tests and memory figures). */
export function internedCount(): number {
  return table.size;
}

function flatCopy(text: string): string {
  // Prepending a character and slicing it off again makes V8 build the characters anew (short
  // slices are copied, longer ones point into the new flat string, not into the old parent).
  return (' ' + text).slice(1);
}

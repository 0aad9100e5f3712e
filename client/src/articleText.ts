/**
 * Recognising a dated article from the first bytes of a file, without the server. The client
 * needs this before the server runs: to decide whether a plain `.txt` file belongs to a corpus.
 * No `vscode` import, so that the rules are unit-tested in plain Node.
 */

/**
 * The exact header form (the `firstLine` pattern of package.json is the same regular expression,
 * so that VS Code and the client agree on which files announce themselves).
 */
export const STRICT_DATE_HEADER = /^\s*date \d{4}-\d{2}-\d{2}/;

/**
 * Headers that are meant but malformed (`Date: 2024-02-22`, `date 22/02/2024`, `date 2024-2-5`):
 * the server reads and reports them, so the client should claim such files too.
 */
const LOOSE_DATE_HEADER = /^\s*date\s*[:\s]\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/i;

/** How many bytes of a file are enough to find its header (blank lines may come first). */
export const HEADER_PROBE_BYTES = 1024;

/** The first line of text that is not blank, without a byte order mark. */
export function firstNonBlankLine(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const line of withoutBom.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') return line;
  }
  return '';
}

/** True when the text starts (after blank lines) with a date header, exact or malformed. */
export function startsWithDateHeader(text: string, mode: 'strict' | 'loose' = 'loose'): boolean {
  const line = firstNonBlankLine(text);
  return mode === 'strict' ? STRICT_DATE_HEADER.test(line) : LOOSE_DATE_HEADER.test(line);
}

/**
 * Files that are not analysed: binary content, invalid UTF-8 and files over the size limit. Each
 * becomes an article with one finding and no structure, so that nothing is silently dropped.
 */
import type { CodeInfo, Finding } from '../types';
import { decodeArticleBytes } from '../text/decode';
import { emptyArticle, type ParseOptions, type ParsedArticle, parseArticle } from './parse';

/** `format/binary`: the file is not text. */
export const BINARY: CodeInfo = {
  code: 'format/binary',
  defaultSeverity: 'warning',
  summary: 'The file is binary, not an article: it is not analysed.',
  help: 'The file contains NUL bytes or mostly control characters (an image, an archive, a UTF-16 file). Remove it from the corpus, exclude it in `.corroborate.json`, or save it as UTF-8 text.',
};

/** `format/invalid-utf8`: text with byte sequences that are not UTF-8. */
export const INVALID_UTF8: CodeInfo = {
  code: 'format/invalid-utf8',
  defaultSeverity: 'error',
  summary: 'The file is not valid UTF-8: it is not analysed.',
  help: 'Part of the file is in another encoding (often Windows-1252 or Latin-1) or was damaged. Re-save it as UTF-8; the finding points at the first bad byte.',
};

/** `format/too-large`: skipped because of `maxFileBytes`. */
export const TOO_LARGE: CodeInfo = {
  code: 'format/too-large',
  defaultSeverity: 'information',
  summary: 'The file is larger than the size limit and was skipped.',
  help: 'Files over `maxFileBytes` (default 2 MiB) are not read, to keep a check fast; an article is rarely that long. Raise the limit in `.corroborate.json` if the file really is an article.',
};

/** `format/internal-error`: a bug in corroborate; the message says what failed. */
export const INTERNAL_ERROR: CodeInfo = {
  code: 'format/internal-error',
  defaultSeverity: 'error',
  summary: 'corroborate failed on this article (a bug: please report it).',
  help: 'The analysis of this article stopped with an internal error; the other articles were still checked. The message carries the error.',
};

export function articleFromBytes(bytes: Uint8Array, options: ParseOptions = {}): ParsedArticle {
  const decoded = decodeArticleBytes(bytes);
  if (decoded.kind === 'text') return parseArticle(decoded.text, options);
  if (decoded.kind === 'binary') {
    return emptyArticle('', [finding(BINARY, `Binary file (${decoded.reason}): not analysed.`, 0, 0)], false);
  }
  const at = decoded.firstBadOffset;
  return emptyArticle(
    decoded.text,
    [finding(INVALID_UTF8, `Invalid UTF-8 at byte ${decoded.byteOffset}: the file is not analysed. Re-save it as UTF-8.`, at, Math.min(at + 1, decoded.text.length))],
    false,
  );
}

export function oversizedArticle(size: number, limit: number): ParsedArticle {
  const message = `File skipped: ${formatBytes(size)} is over the ${formatBytes(limit)} limit (maxFileBytes).`;
  return emptyArticle('', [finding(TOO_LARGE, message, 0, 0)], false);
}

function finding(info: CodeInfo, message: string, start: number, end: number): Finding {
  return { code: info.code, severity: info.defaultSeverity, message, span: { start, end } };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * Reading one article file from disk into a parse, honouring the size limit before reading, so
 * that a stray multi-gigabyte file costs a stat, not a read.
 */
import { readFileSync, statSync } from 'node:fs';
import { type ParsedArticle, emptyArticle } from '../core/article/parse';
import { articleFromBytes, oversizedArticle, INTERNAL_ERROR } from '../core/article/unreadable';

export function readArticleFile(file: string, maxFileBytes: number, fallbackDate?: string): ParsedArticle {
  try {
    const size = statSync(file).size;
    if (size > maxFileBytes) return oversizedArticle(size, maxFileBytes);
    return articleFromBytes(readFileSync(file), { fallbackDate });
  } catch (error) {
    const message = `Could not read the file: ${error instanceof Error ? error.message : String(error)}`;
    return emptyArticle('', [{ code: INTERNAL_ERROR.code, severity: 'error', message, span: { start: 0, end: 0 } }], false);
  }
}

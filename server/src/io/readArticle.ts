/**
 * Reading one article file from disk into a parse, honouring the size limit before reading, so
 * that a stray multi-gigabyte file costs a stat, not a read.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readHeader } from '../core/article/header';
import { type ParsedArticle, emptyArticle } from '../core/article/parse';
import { articleFromBytes, oversizedArticle, INTERNAL_ERROR } from '../core/article/unreadable';

export function readArticleFile(file: string, maxFileBytes: number, fallbackDate?: string, referenceDate?: string): ParsedArticle {
  try {
    const size = statSync(file).size;
    if (size > maxFileBytes) return oversizedArticle(size, maxFileBytes);
    return articleFromBytes(readFileSync(file), { fallbackDate, referenceDate });
  } catch (error) {
    const message = `Could not read the file: ${error instanceof Error ? error.message : String(error)}`;
    return emptyArticle('', [{ code: INTERNAL_ERROR.code, severity: 'error', message, span: { start: 0, end: 0 } }], false);
  }
}

/** Bytes read from the top of a file to find its date header. */
const HEADER_BYTES = 512;

/**
 * The date of a file's well-formed date header, read from its first bytes only; undefined when
 * there is none or the file cannot be read. Only an estimate is made from it (the median date
 * undated articles are first parsed against): the corpus checks it against the real parse.
 */
export function peekHeaderDate(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const bytes = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, bytes, 0, HEADER_BYTES, 0);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, read)).replace(/^\uFEFF/, '');
    const { header } = readHeader(text);
    return header?.wellFormed ? header.date : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

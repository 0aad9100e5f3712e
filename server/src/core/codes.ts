/**
 * Every diagnostic code corroborate can emit, gathered from the modules that emit them (each code
 * is documented next to the code that produces it). The README, SARIF rule metadata and the
 * language server's help links are all generated from this one list; a test checks the README.
 */
import type { CodeInfo } from './types';
import { BOILERPLATE } from './article/boilerplate';
import { IMPOSSIBLE_DATE, MALFORMED_HEADER } from './article/header';
import { EMPTY_BODY, MISSING_DATE } from './article/parse';
import { BINARY, INTERNAL_ERROR, INVALID_UTF8, TOO_LARGE } from './article/unreadable';
import { CLAIM_CONFLICTING, CLAIM_UNSUPPORTED } from './judgment/judge';
import { QUOTE_CODES } from './quotes/index';
import { ALTERED_QUOTE, MISATTRIBUTED_QUOTE } from './quotes/corpus';

const registry: readonly CodeInfo[] = [
  MISSING_DATE, MALFORMED_HEADER, IMPOSSIBLE_DATE, EMPTY_BODY, BOILERPLATE,
  BINARY, INVALID_UTF8, TOO_LARGE, INTERNAL_ERROR,
  CLAIM_CONFLICTING, CLAIM_UNSUPPORTED,
  ...QUOTE_CODES, ALTERED_QUOTE, MISATTRIBUTED_QUOTE,
];

export function allCodes(): readonly CodeInfo[] {
  return registry;
}

export function codeInfo(code: string): CodeInfo | undefined {
  return registry.find((r) => r.code === code);
}

/** The README anchor of a code, for help links: `format/missing-date` -> `format-missing-date`. */
export function codeAnchor(code: string): string {
  return code.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

/** Where the README documents the codes; every help link points at a section of it. */
export const README_URL = 'https://github.com/corroborate/corroborate/blob/main/README.md';

export function codeHelpUrl(code: string): string {
  return `${README_URL}#${codeAnchor(code)}`;
}

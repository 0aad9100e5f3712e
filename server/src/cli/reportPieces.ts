/**
 * The formats a re-check can splice (`recheck.ts`): each is a head, one piece per article (empty
 * when the article adds nothing), separators between the pieces, and a tail. A piece depends on
 * its article's report alone (and the places it cites), so a re-check copies the unreached
 * articles' pieces from the cache and writes the reached ones anew, and the whole comes out byte
 * for byte as the format prints it (`test/cli/recheck.test.ts` compares them).
 */
import type { CheckedArticle, ReportContext } from './checkRun';
import { articleLine, JsonReportStream } from './formats/json';
import { formatGithub } from './formats/github';
import { sarifLog, sarifResults, type SarifOptions } from './formats/sarif';

export type PiecedFormat = 'json' | 'sarif' | 'github';

export interface PiecedReport {
  /** What the stored pieces depend on besides the articles (a cache keeps pieces per format). */
  readonly key: string;
  piece(article: CheckedArticle, context: ReportContext): string;
  /** The head, the separator between two non-empty pieces, and the tail, for this many non-empty pieces. */
  frame(pieces: number): { head: string; separator: string; tail: string };
}

export function piecedReport(format: PiecedFormat, version: string, sarif: SarifOptions = {}): PiecedReport {
  switch (format) {
    case 'json':
      return {
        key: 'json',
        piece: articleLine,
        frame: (pieces) => {
          const stream = new JsonReportStream();
          return { head: stream.begin(), separator: ',\n', tail: (pieces > 0 ? '\n' : '') + ']}\n' };
        },
      };
    case 'github':
      // One annotation per line: the pieces follow each other.
      return { key: 'github', piece: (article, context) => formatGithub({ ...context, articles: [article] }), frame: () => ({ head: '', separator: '', tail: '' }) };
    case 'sarif':
      return {
        key: `sarif\0${version}\0${sarif.automationId ?? ''}`,
        // An article's results as `JSON.stringify(log, null, 2)` prints them inside the log's results array.
        piece: (article, context) => sarifResults(article, context).map((result) => RESULT_INDENT + JSON.stringify(result, null, 2).replace(/\n/g, '\n' + RESULT_INDENT)).join(',\n'),
        frame: (pieces) => {
          const empty = JSON.stringify(sarifLog([], version, sarif), null, 2) + '\n';
          const at = empty.indexOf(EMPTY_RESULTS);
          const [before, after] = [empty.slice(0, at + EMPTY_RESULTS.length - 1), empty.slice(at + EMPTY_RESULTS.length - 1)];
          return pieces > 0 ? { head: before + '\n', separator: ',\n', tail: '\n' + RESULTS_INDENT + after } : { head: before, separator: '', tail: after };
        },
      };
  }
}

/** Where the log prints its (empty) results: the key, inside the run, six spaces in. */
const RESULTS_INDENT = ' '.repeat(6);
const EMPTY_RESULTS = '"results": []';
/** A result is an item of that array, two more levels in. */
const RESULT_INDENT = ' '.repeat(8);

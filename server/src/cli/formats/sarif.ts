/**
 * SARIF 2.1.0, as GitHub code scanning and other CI dashboards read it: one run, the rules from
 * the code registry (with help text), one result per finding with its related locations, a
 * `partialFingerprints` entry (the baseline key, so that a finding is tracked across runs when
 * lines move) and `automationDetails` (the category: one per shard, since an upload replaces
 * earlier ones of the same category).
 */
import type * as Sarif from 'sarif';
import type { CheckedArticle, CheckResult, ReportContext } from '../checkRun';
import type { Severity } from '../../core/types';
import { allCodes, codeHelpUrl } from '../../core/codes';
import { resolveRelated } from './ranges';
import { findingFingerprints } from '../baseline';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifOptions {
  /** `runAutomationDetails.id`: the category, ending with a slash (default `corroborate/`). */
  readonly automationId?: string;
}

/** The fingerprint name in `partialFingerprints`; the version changes if the key does. */
export const FINGERPRINT_NAME = 'corroborateFinding/v1';

export function formatSarif(result: CheckResult, version: string, options: SarifOptions = {}): string {
  const results = result.articles.flatMap((checked) => sarifResults(checked, result));
  return JSON.stringify(sarifLog(results, version, options), null, 2) + '\n';
}

/** The SARIF results of one article's findings. */
export function sarifResults(checked: CheckedArticle, context: ReportContext): Sarif.Result[] {
  const codes = allCodes();
  const { file, report } = checked;
  const fingerprints = findingFingerprints(checked);
  return report.findings.map((finding, n) => {
    const range = report.article.lines.rangeOf(finding.span);
    const ruleIndex = codes.findIndex((c) => c.code === finding.code);
    return {
      ruleId: finding.code,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(file.display, range, undefined)],
      partialFingerprints: { [FINGERPRINT_NAME]: fingerprints[n] },
      relatedLocations: finding.related?.map((r, id) => {
        const where = resolveRelated(context, r);
        return { id, ...location(where.path, where.range, where.message) };
      }),
    };
  });
}

/** The whole log around its results. */
export function sarifLog(results: Sarif.Result[], version: string, options: SarifOptions = {}): Sarif.Log {
  const codes = allCodes();
  const rules: Sarif.ReportingDescriptor[] = codes.map((info) => ({
    id: info.code,
    name: info.code.replace(/[^a-z0-9]+(.)/gi, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: info.summary },
    fullDescription: { text: info.help },
    help: { text: info.help, markdown: `${info.help}\n\n[Documentation](${codeHelpUrl(info.code)})` },
    helpUri: codeHelpUrl(info.code),
    defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'corroborate', version, informationUri: codeHelpUrl('').replace(/#$/, ''), rules } },
      automationDetails: { id: options.automationId ?? 'corroborate/' },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder corroborate was run from.' } } },
      results,
    }],
  };
}

function location(path: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, message: string | undefined): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path), uriBaseId: path.startsWith('/') ? undefined : '%SRCROOT%' },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

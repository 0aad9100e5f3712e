/**
 * The JSON report: the schema of `../shared/eval/README.md` (version 1). Ranges are LSP ranges
 * and `diagnostics` are LSP diagnostics, exactly as the language server publishes them.
 */
import type { CheckResult } from '../checkRun';
import { LSP_SEVERITY, rangeOf, resolveRelated } from './ranges';
import { codeHelpUrl } from '../../core/codes';

export function formatJson(result: CheckResult): string {
  const articles = result.articles.map(({ file, uri, report }) => {
    const { lines, parsed } = report.article;
    return {
      path: file.display,
      uri,
      date: parsed.date ?? null,
      inferredDate: parsed.date ? undefined : parsed.inferredDate?.date,
      analysed: parsed.analysable,
      claims: report.claims.map((claim) => ({
        range: rangeOf(lines, claim.span),
        text: claim.text,
        verdict: claim.verdict,
        independentOrigins: claim.independentOrigins,
        verified: claim.verified,
        conflict: claim.conflict && { kind: claim.conflict.kind, claimValue: claim.conflict.claimValue, sourceValue: claim.conflict.sourceValue },
        sources: claim.sources.map((source) => {
          const where = resolveRelated(result, { articleId: source.articleId, span: source.span, message: '' });
          return {
            path: where.path,
            range: where.range,
            text: source.text,
            relation: source.relation,
            score: source.score,
            origin: source.origin,
            date: source.date,
            conflict: source.conflict && { kind: source.conflict.kind, claimValue: source.conflict.claimValue, sourceValue: source.conflict.sourceValue },
          };
        }),
      })),
      quotes: report.quotes.map((quote) => ({
        range: rangeOf(lines, quote.span),
        text: quote.text,
        kind: quote.kind,
        speaker: quote.speaker,
        cue: quote.cue,
        cited: quote.cited,
        anonymous: quote.anonymous,
        appearsIn: quote.appearances.map((a) => {
          const where = resolveRelated(result, { articleId: a.articleId, span: a.span, message: '' });
          return { path: where.path, range: where.range, speaker: a.speaker, relation: a.relation };
        }),
      })),
      diagnostics: report.findings.map((f) => ({
        range: rangeOf(lines, f.span),
        severity: LSP_SEVERITY[f.severity],
        code: f.code,
        codeDescription: { href: codeHelpUrl(f.code) },
        source: 'corroborate',
        message: f.message,
        tags: f.unnecessary ? [1] : undefined,
        relatedInformation: f.related?.map((r) => {
          const resolved = resolveRelated(result, r);
          return { location: { uri: resolved.uri, range: resolved.range }, message: resolved.message };
        }),
        data: f.fix ? { fix: f.fix } : undefined,
      })),
    };
  });
  return JSON.stringify({ version: 1, tool: 'corroborate', articles }, null, 2) + '\n';
}

/**
 * The JSON report: the schema of `../shared/eval/README.md` (version 1). Ranges are LSP ranges
 * and `diagnostics` are LSP diagnostics, exactly as the language server publishes them.
 */
import type { CheckedArticle, CheckResult, ReportContext } from '../checkRun';
import { LSP_SEVERITY, rangeOf, resolveRelated } from './ranges';
import { codeHelpUrl } from '../../core/codes';

/**
 * The whole report as one string. Each article is one line of compact JSON, so that a large
 * corpus's report stays readable line by line and can be written article by article
 * (`JsonReportStream`) without ever building one huge string.
 */
export function formatJson(result: CheckResult): string {
  const stream = new JsonReportStream();
  return stream.begin() + result.articles.map((article) => stream.article(article, result)).join('') + stream.end();
}

/** The report written piece by piece, in the order `begin`, `article` for each, `end`. */
export class JsonReportStream {
  private count = 0;

  begin(): string {
    return '{"version":1,"tool":"corroborate","articles":[\n';
  }

  article(article: CheckedArticle, context: ReportContext): string {
    return this.line(articleLine(article, context));
  }

  /** An article's line as `articleLine` made it (the cache keeps them), in its place. */
  line(text: string): string {
    return (this.count++ > 0 ? ',\n' : '') + text;
  }

  end(): string {
    return (this.count > 0 ? '\n' : '') + ']}\n';
  }
}

/** One article of the report, as one line of compact JSON. */
export function articleLine(article: CheckedArticle, context: ReportContext): string {
  return JSON.stringify(jsonArticle(article, context));
}

function jsonArticle({ file, uri, report }: CheckedArticle, result: ReportContext) {
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
}

/**
 * The hover of a claim: its verdict, then each source sentence (file, date, the sentence with the
 * differing value in bold, and a link that opens the source at that sentence), then how many
 * articles and independent origins corroborate it.
 */
import type { ClaimVerdict, SourceSentence, Verdict } from '../core/judgment/types';
import type { Locate } from './convert';
import { dateLabel, escapeMarkdown, excerpt, placeLink, plural } from './markdown';
import { fileName } from './uris';

/** Sources shown in a hover before the rest are counted. */
const MAX_SOURCES = 8;

const VERDICT_TITLES: Record<Verdict, string> = {
  supported: 'Supported claim',
  conflicting: 'Conflicting claim',
  unsupported: 'Unsupported claim',
};

export function claimMarkdown(claim: ClaimVerdict, locate: Locate): string {
  const lines = [verdictLine(claim, locate)];
  const corroborating = claim.sources.filter((s) => s.relation === 'corroborates');
  const articles = new Set(corroborating.map((s) => s.articleId)).size;
  if (claim.sources.length > 0) {
    lines.push('', ...claim.sources.slice(0, MAX_SOURCES).map((s) => sourceLine(s, locate)));
    // A claim about a common matter can have dozens of sources; references list every one.
    if (claim.sources.length > MAX_SOURCES) lines.push(`- and ${claim.sources.length - MAX_SOURCES} more (Find All References lists them all)`);
  }
  lines.push('', `corroborated by ${plural(articles, 'article')}, ${claim.independentOrigins} independent`);
  return lines.join('\n');
}

function verdictLine(claim: ClaimVerdict, locate: Locate): string {
  let line = `**${VERDICT_TITLES[claim.verdict]}**`;
  if (claim.verified) line += ' (marked verified in `.corroborate.json`)';
  if (claim.verdict === 'unsupported' && !claim.verified) line += ': no other article speaks to it.';
  const conflict = claim.conflict;
  if (conflict) {
    const where = claim.sources.find((s) => s.conflict === conflict) ?? claim.sources.find((s) => s.relation === 'contradicts');
    const name = where ? ` in ${escapeMarkdown(displayName(where.articleId, locate))}` : ' elsewhere';
    line += `: the ${conflict.kind} differs, "${escapeMarkdown(conflict.claimValue)}" here, "${escapeMarkdown(conflict.sourceValue)}"${name}.`;
  }
  return line;
}

function sourceLine(source: SourceSentence, locate: Locate): string {
  const target = locate(source.articleId);
  const name = escapeMarkdown(displayName(source.articleId, locate));
  const link = target ? `[${name}](${placeLink(target.uri, target.lines, source.span.start)})` : name;
  const date = ` (${dateLabel(source.date, target)})`;
  const relation = source.relation === 'contradicts' ? 'contradicts' : 'corroborates';
  const bold = source.conflict?.sourceSpan
    ? { start: source.conflict.sourceSpan.start - source.span.start, end: source.conflict.sourceSpan.end - source.span.start }
    : undefined;
  return `- ${relation}: ${link}${date}: "${excerpt(source.text, bold)}"`;
}

function displayName(articleId: string, locate: Locate): string {
  return fileName(locate(articleId)?.uri ?? articleId);
}

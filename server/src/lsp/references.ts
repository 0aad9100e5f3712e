/** Find All References on a claim: the sentences of other articles that corroborate or contradict it. */
import type { Location } from 'vscode-languageserver';
import { itemsAt, type Locate, toRange } from './convert';
import type { ArticleView } from './workspace';

export function claimReferences(view: ArticleView, offset: number, includeDeclaration: boolean, uri: string, locate: Locate): Location[] {
  const [claim] = itemsAt(view.report.claims, (c) => c.span, offset);
  if (!claim) return [];
  const locations: Location[] = includeDeclaration ? [{ uri, range: toRange(view.report.article.lines, claim.span) }] : [];
  for (const source of claim.sources) {
    const target = locate(source.articleId);
    if (target) locations.push({ uri: target.uri, range: toRange(target.lines, source.span) });
  }
  return locations;
}

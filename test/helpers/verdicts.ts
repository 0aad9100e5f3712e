/** Judging invented articles in core tests: the verdict of one claim, found by how it starts. */
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';
import type { ClaimVerdict } from '../../server/src/core/judgment/types';

export function verdictOf(articles: Record<string, string>, article: string, claimStart: string): ClaimVerdict {
  const corpus = new Corpus({ referenceDate: '2024-03-20' });
  for (const [id, text] of Object.entries(articles)) corpus.setText(id, text);
  const claim = corpus.report(article)!.claims.find((c) => c.text.startsWith(claimStart));
  assert.ok(claim, `no claim starting "${claimStart}" in ${article}`);
  return claim;
}

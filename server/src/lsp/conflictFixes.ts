/**
 * The values a conflicting claim could take instead of its own: one per value the contradicting
 * sources give, with the articles that give it, most articles first. The quick fixes offer each,
 * name the articles in their titles, and prefer the one most articles give (when one does).
 */
import type { ClaimVerdict, ConflictKind } from '../core/judgment/types';
import type { Span } from '../core/types';

export interface ValueReplacement {
  /** The claim's value, where it is written in the claim's article. */
  readonly span: Span;
  readonly claimValue: string;
  /** The value the sources give instead. */
  readonly value: string;
  /** The ids of the articles that give it, in the order of the claim's sources. */
  readonly articleIds: readonly string[];
}

/**
 * Kinds whose value can be swapped for the source's word for word. A difference of certainty or
 * polarity ("not yet clear" against "supports") needs a sentence rewritten, not a value replaced.
 */
const REPLACEABLE: ReadonlySet<ConflictKind> = new Set(['number', 'count', 'duration', 'date', 'antonym', 'actor', 'object']);

/** At most this many alternatives are offered: a long menu of values helps nobody decide. */
const MAX_ALTERNATIVES = 3;

export function conflictReplacements(claim: ClaimVerdict): ValueReplacement[] {
  const decisive = claim.conflict;
  if (claim.verdict !== 'conflicting' || !decisive || !REPLACEABLE.has(decisive.kind)) return [];
  const groups = new Map<string, { span: Span; claimValue: string; value: string; articleIds: string[] }>();
  for (const source of claim.sources) {
    const conflict = source.conflict;
    // Only sources that disagree about the same thing as the decisive one: a source that differs
    // on the duration says nothing about the count the fix would replace.
    if (source.relation !== 'contradicts' || !conflict?.claimSpan || conflict.kind !== decisive.kind) continue;
    const value = conflict.sourceValue.trim();
    if (!value || value.toLowerCase() === conflict.claimValue.trim().toLowerCase()) continue;
    const key = `${conflict.claimSpan.start}:${conflict.claimSpan.end}:${value.toLowerCase().replace(/\s+/g, ' ')}`;
    const group = groups.get(key) ?? { span: conflict.claimSpan, claimValue: conflict.claimValue, value, articleIds: [] };
    if (!group.articleIds.includes(source.articleId)) group.articleIds.push(source.articleId);
    groups.set(key, group);
  }
  // Stable sort: at equal counts the order of the sources (best first) decides.
  return [...groups.values()].sort((a, b) => b.articleIds.length - a.articleIds.length).slice(0, MAX_ALTERNATIVES);
}

/** Whether the first replacement is given by more articles than any other (the one to prefer). */
export function hasMajority(replacements: readonly ValueReplacement[]): boolean {
  return replacements.length === 1 || (replacements.length > 1 && replacements[0].articleIds.length > replacements[1].articleIds.length);
}

/** `(as b.txt says)`, `(as b.txt and c.txt say)`, `(as b.txt, c.txt and 2 more say)`. */
export function asSourcesSay(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `(as ${names[0]} says)`;
  if (names.length === 2) return `(as ${names[0]} and ${names[1]} say)`;
  return `(as ${names[0]}, ${names[1]} and ${names.length - 2} more say)`;
}

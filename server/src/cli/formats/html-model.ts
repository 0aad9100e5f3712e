/**
 * The story report's content, apart from its markup: for each story (one corpus), the articles
 * in date order, the distinct facts they state (claims joined by the sources that corroborate
 * them), which article states or contradicts each fact, the conflicts, the uncited quotes and a
 * summary per article. Everything here is read from what the core reported; nothing is judged.
 */
import * as path from 'node:path';
import type { CheckResult, CheckedArticle } from '../checkRun';
import type { Corpus } from '../../core/corpus';
import type { ConflictKind, SourceSentence } from '../../core/judgment/types';
import type { Severity, Span } from '../../core/types';

export interface StoryColumn {
  readonly articleId: string;
  readonly display: string;
  readonly date?: string;
  /** A header date, a date read from the body (no header), or none at all. */
  readonly dateKind: 'header' | 'inferred' | 'none';
  readonly headline?: string;
  /** An `--against` article: compared with, not reported on. */
  readonly reference: boolean;
}

/** Where a sentence is: its article, its 1-based line, and its text. */
export interface Located {
  readonly articleId: string;
  readonly span: Span;
  readonly line: number;
  readonly text: string;
}

export interface Contradiction {
  /** The contradicting article's claim. */
  readonly claim: Located;
  readonly kind?: ConflictKind;
  /** The value as the contradicting article states it, and as the fact's sentence does. */
  readonly value: string;
  readonly against: string;
  readonly source: Located;
}

export interface FactRow {
  readonly key: string;
  /** The sentence that names the fact: the statement of the earliest article. */
  readonly label: Located;
  /** Per article id, the sentences that state the fact there. */
  readonly states: ReadonlyMap<string, readonly Located[]>;
  /** Per article id, its claims that contradict a sentence of this fact. */
  readonly contradicts: ReadonlyMap<string, readonly Contradiction[]>;
}

export interface ConflictSide extends Located {
  readonly value: string;
}

export interface StoryConflict {
  readonly kind?: ConflictKind;
  readonly claim: ConflictSide;
  readonly source: ConflictSide;
  /** The other sentences the claim disagrees with, less decisively. */
  readonly others: ReadonlyArray<Located & { kind?: ConflictKind; value: string; against: string }>;
}

export interface ArticleSummary {
  readonly column: StoryColumn;
  readonly supported: number;
  readonly verified: number;
  readonly conflicting: number;
  readonly unsupported: number;
  readonly quotes: number;
  readonly uncitedQuotes: number;
  readonly formatFindings: ReadonlyArray<{ code: string; severity: Severity; count: number; message: string }>;
}

export interface Story {
  readonly title: string;
  /** Every article of the story, reported ones and the references its sources cite, by date. */
  readonly columns: readonly StoryColumn[];
  /** Facts, the most widely stated first. */
  readonly facts: readonly FactRow[];
  readonly conflicts: readonly StoryConflict[];
  readonly uncitedQuotes: readonly Located[];
  readonly summaries: readonly ArticleSummary[];
}

export function buildStories(result: CheckResult): Story[] {
  const stories: Story[] = [];
  for (const corpus of result.corpora) {
    const reported = result.articles.filter((a) => corpus.get(a.report.id)?.reference === false);
    if (reported.length) stories.push(buildStory(result, corpus, reported));
  }
  return stories;
}

function buildStory(result: CheckResult, corpus: Corpus, reported: readonly CheckedArticle[]): Story {
  const locate = (articleId: string, span: Span, text: string): Located => {
    const lines = corpus.get(articleId)?.lines;
    return { articleId, span, text, line: lines ? lines.positionAt(span.start).line + 1 : 0 };
  };
  const referenceIds = new Set<string>();
  for (const { report } of reported) {
    for (const claim of report.claims) {
      for (const source of claim.sources) if (corpus.get(source.articleId)?.reference) referenceIds.add(source.articleId);
    }
  }
  const columns = [...reported.map((a) => column(result, corpus, a.report.id)), ...[...referenceIds].map((id) => column(result, corpus, id))].sort(byDate);
  const order = new Map(columns.map((c, i) => [c.articleId, i]));
  const facts = buildFacts(reported, order, locate);
  const byId = new Map(reported.map((a) => [a.report.id, a]));
  return {
    title: storyTitle(columns),
    columns,
    facts,
    conflicts: buildConflicts(reported, order, locate),
    uncitedQuotes: [...reported]
      .sort((a, b) => (order.get(a.report.id) ?? 0) - (order.get(b.report.id) ?? 0))
      .flatMap(({ report }) => report.quotes.filter((q) => q.kind === 'speech' && !q.cited).map((q) => locate(report.id, q.span, q.text))),
    summaries: columns.filter((c) => !c.reference).map((c) => summarise(c, byId.get(c.articleId)!)),
  };
}

function column(result: CheckResult, corpus: Corpus, articleId: string): StoryColumn {
  const article = corpus.get(articleId);
  const parsed = article?.parsed;
  const date = parsed?.date ?? parsed?.inferredDate?.date;
  return {
    articleId,
    display: result.files.get(articleId)?.display ?? articleId,
    date,
    dateKind: parsed?.date ? 'header' : date ? 'inferred' : 'none',
    headline: parsed?.sentences.find((s) => s.kind === 'headline')?.text,
    reference: article?.reference ?? false,
  };
}

/** Dated articles by date, then the undated; ties by path, so the order never depends on input order. */
function byDate(a: StoryColumn, b: StoryColumn): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.display < b.display ? -1 : a.display > b.display ? 1 : 0;
}

/** The folder the story's articles share (a story folder with `--scope folder`). */
function storyTitle(columns: readonly StoryColumn[]): string {
  const folders = columns.filter((c) => !c.reference).map((c) => path.posix.dirname(c.display));
  let common = folders[0] ?? '.';
  for (const folder of folders) {
    while (common !== '.' && common !== '/' && folder !== common && !folder.startsWith(common.endsWith('/') ? common : common + '/')) common = path.posix.dirname(common);
  }
  return common === '.' ? 'All articles' : common;
}

const nodeKey = (articleId: string, span: Span): string => `${articleId}\u0000${span.start}\u0000${span.end}`;

/**
 * Facts are the connected components of the graph whose nodes are sentences and whose edges join a
 * claim to each source that corroborates it: if A's claim is corroborated by B's sentence and B's
 * by C's, the three state one fact, even when A's source list does not name C.
 */
function buildFacts(reported: readonly CheckedArticle[], order: ReadonlyMap<string, number>, locate: (id: string, span: Span, text: string) => Located): FactRow[] {
  const parent = new Map<string, string>();
  const sentence = new Map<string, Located>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let k = key; k !== root; ) { const next = parent.get(k)!; parent.set(k, root); k = next; }
    return root;
  };
  const add = (articleId: string, span: Span, text: string): string => {
    const key = nodeKey(articleId, span);
    if (!parent.has(key)) { parent.set(key, key); sentence.set(key, locate(articleId, span, text)); }
    return key;
  };
  for (const { report } of reported) for (const claim of report.claims) add(report.id, claim.span, claim.text);
  for (const { report } of reported) {
    for (const claim of report.claims) {
      const mine = add(report.id, claim.span, claim.text);
      for (const source of claim.sources) {
        const theirs = add(source.articleId, source.span, source.text);
        if (source.relation === 'corroborates') {
          const [a, b] = [find(mine), find(theirs)];
          if (a !== b) parent.set(a, b);
        }
      }
    }
  }
  const rows = new Map<string, { states: Map<string, Located[]>; contradicts: Map<string, Contradiction[]> }>();
  const rowOf = (key: string) => {
    const root = find(key);
    let row = rows.get(root);
    if (!row) rows.set(root, (row = { states: new Map(), contradicts: new Map() }));
    return row;
  };
  for (const [key, located] of sentence) push(rowOf(key).states, located.articleId, located);
  for (const { report } of reported) {
    for (const claim of report.claims) {
      for (const source of claim.sources) {
        if (source.relation !== 'contradicts') continue;
        const row = rowOf(nodeKey(source.articleId, source.span));
        const already = row.contradicts.get(report.id)?.some((c) => c.claim.span.start === claim.span.start);
        if (already) continue;
        push(row.contradicts, report.id, {
          claim: sentence.get(nodeKey(report.id, claim.span))!,
          kind: source.conflict?.kind ?? claim.conflict?.kind,
          value: source.conflict?.claimValue ?? claim.conflict?.claimValue ?? '',
          against: source.conflict?.sourceValue ?? claim.conflict?.sourceValue ?? '',
          source: sentence.get(nodeKey(source.articleId, source.span))!,
        });
      }
    }
  }
  const position = (l: Located): [number, number] => [order.get(l.articleId) ?? Number.MAX_SAFE_INTEGER, l.span.start];
  const earliest = (ls: Iterable<Located>): Located => [...ls].sort((a, b) => compareTuples(position(a), position(b)))[0];
  const facts: FactRow[] = [...rows.entries()].map(([key, row]) => {
    for (const list of row.states.values()) list.sort((a, b) => a.span.start - b.span.start);
    return { key, label: earliest([...row.states.values()].flat()), states: row.states, contradicts: row.contradicts };
  });
  return facts.sort((a, b) =>
    b.states.size - a.states.size || b.contradicts.size - a.contradicts.size || compareTuples(position(a.label), position(b.label)));
}

/**
 * One entry per disagreement: a conflicting claim with the source that decided its verdict. When
 * two articles contradict each other, both claims name the other as decisive; that is one conflict.
 */
function buildConflicts(reported: readonly CheckedArticle[], order: ReadonlyMap<string, number>, locate: (id: string, span: Span, text: string) => Located): StoryConflict[] {
  const seen = new Set<string>();
  const conflicts: StoryConflict[] = [];
  const sorted = [...reported].sort((a, b) => (order.get(a.report.id) ?? 0) - (order.get(b.report.id) ?? 0));
  for (const { report } of sorted) {
    for (const claim of report.claims) {
      if (claim.verdict !== 'conflicting') continue;
      const against = claim.sources.filter((s) => s.relation === 'contradicts');
      const decisive = against.find((s) => sameConflict(s, claim.conflict)) ?? against[0];
      if (!decisive) continue;
      const pair = [nodeKey(report.id, claim.span), nodeKey(decisive.articleId, decisive.span)].sort().join('\u0001');
      if (seen.has(pair)) continue;
      seen.add(pair);
      const detail = decisive.conflict ?? claim.conflict;
      conflicts.push({
        kind: detail?.kind,
        claim: { ...locate(report.id, claim.span, claim.text), value: detail?.claimValue ?? '' },
        source: { ...locate(decisive.articleId, decisive.span, decisive.text), value: detail?.sourceValue ?? '' },
        others: against.filter((s) => s !== decisive).map((s) => ({
          ...locate(s.articleId, s.span, s.text), kind: s.conflict?.kind, value: s.conflict?.claimValue ?? '', against: s.conflict?.sourceValue ?? '',
        })),
      });
    }
  }
  return conflicts;
}

function sameConflict(source: SourceSentence, conflict: { kind: ConflictKind; claimValue: string; sourceValue: string } | undefined): boolean {
  const mine = source.conflict;
  return !!mine && !!conflict && mine.kind === conflict.kind && mine.claimValue === conflict.claimValue && mine.sourceValue === conflict.sourceValue;
}

function summarise(column: StoryColumn, { report }: CheckedArticle): ArticleSummary {
  const count = (verdict: string) => report.claims.filter((c) => c.verdict === verdict).length;
  const byCode = new Map<string, { code: string; severity: Severity; count: number; message: string }>();
  for (const finding of report.findings) {
    if (!finding.code.startsWith('format/')) continue;
    const entry = byCode.get(finding.code);
    if (entry) entry.count++;
    else byCode.set(finding.code, { code: finding.code, severity: finding.severity, count: 1, message: finding.message });
  }
  const speech = report.quotes.filter((q) => q.kind === 'speech');
  return {
    column,
    supported: count('supported'),
    verified: report.claims.filter((c) => c.verified).length,
    conflicting: count('conflicting'),
    unsupported: count('unsupported'),
    quotes: speech.length,
    uncitedQuotes: speech.filter((q) => !q.cited).length,
    formatFindings: [...byCode.values()],
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

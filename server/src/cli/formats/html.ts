/**
 * The story report (`--format html`): one self-contained HTML page that shows each story at a
 * glance: a fact matrix (facts by articles in date order), the conflicts with both values, the
 * uncited quotes and a summary per article. Article text is untrusted and always escaped; a
 * Content-Security-Policy with hashes of the report's own style and script keeps anything else
 * from running or loading, so the page makes no network request and runs no injected script.
 */
import { createHash } from 'node:crypto';
import type { CheckResult } from '../checkRun';
import { type ArticleSummary, type Contradiction, type FactRow, type Located, type Story, type StoryColumn, type StoryConflict, buildStories } from './html-model';
import { REPORT_CSS, REPORT_SCRIPT } from './html-style';

export interface HtmlOptions {
  /** The date of the check (YYYY-MM-DD), shown in the header; passed in so that output is reproducible. */
  readonly today?: string;
  readonly version?: string;
  readonly title?: string;
  /** The matrix of a very large story shows the first columns (by date) and the widest facts only. */
  readonly maxColumns?: number;
  readonly maxFacts?: number;
}

/** Beyond these a matrix is no longer read at a glance, and a browser takes seconds to lay it out. */
const DEFAULT_MAX_COLUMNS = 50;
const DEFAULT_MAX_FACTS = 500;

export function formatHtml(result: CheckResult, options: HtmlOptions = {}): string {
  const stories = buildStories(result);
  const title = options.title ?? 'Story report';
  const articles = stories.reduce((n, s) => n + s.summaries.length, 0);
  const conflicts = stories.reduce((n, s) => n + s.conflicts.length, 0);
  const uncited = stories.reduce((n, s) => n + s.uncitedQuotes.length, 0);
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(REPORT_CSS)}'`,
    `script-src '${sha256(REPORT_SCRIPT)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = [
    options.version ? `corroborate ${esc(options.version)}` : 'corroborate',
    options.today ? `checked on ${esc(options.today)}` : undefined,
    plural(articles, 'article'),
    plural(stories.length, 'story', 'stories'),
    plural(conflicts, 'conflict'),
    plural(uncited, 'uncited quote'),
  ].filter(Boolean).join(' · ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip sr-only" href="#main">Skip to the report</a>',
    '<header>',
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${meta}</p>`,
    stories.length > 1 ? tableOfContents(stories) : '',
    filters(),
    '</header>',
    '<main id="main">',
    stories.length ? stories.map((story, i) => renderStory(story, `s${i + 1}`, options)).join('\n') : '<p>No articles were checked.</p>',
    '</main>',
    '<footer><p>Produced by corroborate. Article text is shown as written; the verdicts are the tool’s and need an editor’s judgment. This page loads nothing from the network.</p></footer>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function tableOfContents(stories: readonly Story[]): string {
  const items = stories.map((s, i) => `<li><a href="#s${i + 1}">${esc(s.title)}</a> <span class="meta">(${plural(s.summaries.length, 'article')}, ${plural(s.conflicts.length, 'conflict')})</span></li>`);
  return `<nav aria-label="Stories"><ol class="toc">${items.join('')}</ol></nav>`;
}

/** Hidden until the script shows them: without JavaScript they would do nothing. */
function filters(): string {
  return [
    '<div class="filters" id="filters" role="search" aria-label="Filter the facts" hidden>',
    '<label>Facts containing <input type="search" id="filter-text" placeholder="words of the fact"></label>',
    '<label><input type="checkbox" id="filter-contradicted"> only facts some article contradicts</label>',
    '<label><input type="checkbox" id="filter-shared"> only facts stated by more than one article</label>',
    '<span id="filter-status" class="meta" aria-live="polite"></span>',
    '</div>',
  ].join('\n');
}

/** What the parts of one story's markup share: its id prefix, its columns and their numbers. */
interface StoryContext {
  readonly id: string;
  readonly columnOf: ReadonlyMap<string, StoryColumn>;
  readonly numbers: ReadonlyMap<string, number>;
}

function renderStory(story: Story, id: string, options: HtmlOptions): string {
  const dated = story.columns.filter((c) => c.date && !c.reference).map((c) => c.date!);
  const span = dated.length ? (dated[0] === dated[dated.length - 1] ? dated[0] : `${dated[0]} to ${dated[dated.length - 1]}`) : 'undated';
  const numbers = new Map(story.columns.map((c, i) => [c.articleId, i + 1]));
  const context: StoryContext = { id, numbers, columnOf: new Map(story.columns.map((c) => [c.articleId, c])) };
  return [
    `<section class="story" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${esc(story.title)}</h2>`,
    `<p class="meta">${plural(story.summaries.length, 'article')}, ${esc(span)} · ${plural(story.facts.length, 'fact')} · ${plural(story.conflicts.length, 'conflict')} · ${plural(story.uncitedQuotes.length, 'uncited quote')}</p>`,
    factMatrix(story, context, options),
    conflictList(story, context),
    uncitedList(story, context),
    summaryTable(story, context),
    '</section>',
  ].join('\n');
}

function factMatrix(story: Story, context: StoryContext, options: HtmlOptions): string {
  const { id, numbers } = context;
  const maxColumns = options.maxColumns ?? DEFAULT_MAX_COLUMNS;
  const maxFacts = options.maxFacts ?? DEFAULT_MAX_FACTS;
  const columns = story.columns.slice(0, maxColumns);
  const facts = story.facts.slice(0, maxFacts);
  const notes: string[] = [];
  if (story.columns.length > columns.length) notes.push(`The matrix shows the first ${columns.length} of ${story.columns.length} articles by date; check the story folder by folder (--scope folder) to see them all.`);
  if (story.facts.length > facts.length) notes.push(`The matrix shows the ${facts.length} most widely stated of ${story.facts.length} facts.`);
  const head = columns.map((c) => {
    const n = numbers.get(c.articleId)!;
    const name = shortName(c.articleId, context);
    const label = `${name}${c.headline ? `: ${c.headline}` : ''}`;
    return `<th scope="col" id="${id}-col${n}" title="${esc(label)}">${c.reference ? `<span class="col-num">${n}</span>` : `<a href="#${id}-art${n}" class="col-num">${n}</a>`} ${esc(name)}${c.reference ? ' <span class="ref">(reference)</span>' : ''}<span class="col-date">${dateLabel(c)}</span></th>`;
  });
  const rows = facts.map((fact, i) => factRow(fact, `${id}-f${i + 1}`, columns, context));
  return [
    `<section aria-labelledby="${id}-matrix">`,
    `<h3 id="${id}-matrix">Fact matrix</h3>`,
    '<p class="legend">Each row is one fact: a claim and the sentences of other articles that corroborate it. Columns are the articles by date (undated last). <strong>✓ states</strong>: the article states the fact (hover for its sentence); <strong>✗ contradicts</strong>: one of its claims disagrees, with the value it gives; <strong>·</strong>: silent.</p>',
    ...notes.map((n) => `<p class="note">${esc(n)}</p>`),
    `<div class="matrix-scroll" role="region" aria-labelledby="${id}-matrix" tabindex="0">`,
    `<table class="matrix" id="${id}-table">`,
    `<caption>${plural(facts.length, 'fact')} (rows) by ${plural(columns.length, 'article')} (columns, by date)</caption>`,
    `<thead><tr><th scope="col" class="fact-head">Fact</th>${head.join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function factRow(fact: FactRow, id: string, columns: readonly StoryColumn[], context: StoryContext): string {
  const total = context.columnOf.size;
  const stated = fact.states.size;
  const meta = [`stated by ${stated} of ${total}`, fact.contradicts.size ? `contradicted by ${fact.contradicts.size}` : ''].filter(Boolean).join(', ');
  const cells = columns.map((c) => cell(fact.states.get(c.articleId), fact.contradicts.get(c.articleId), context));
  return `<tr id="${id}" data-stated="${stated}" data-contradicted="${fact.contradicts.size}"><th scope="row">${esc(fact.label.text)}<span class="fact-meta">${esc(meta)}</span></th>${cells.join('')}</tr>`;
}

function cell(states: readonly Located[] | undefined, contradicts: readonly Contradiction[] | undefined, context: StoryContext): string {
  const stated = (states ?? []).map((s) => `States, line ${s.line}: ${s.text}`);
  if (contradicts?.length) {
    const values = unique(contradicts.map((c) => c.value).filter(Boolean));
    const disagreements = contradicts.map((c) =>
      `Contradicts, line ${c.claim.line}: ${c.claim.text}\n(${c.kind ?? 'conflict'}: “${c.value}” here, “${c.against}” in ${shortName(c.source.articleId, context)}:${c.source.line})`);
    const shown = values.length ? `: ${values.map((v) => `“${esc(v)}”`).join(', ')}` : '';
    const also = stated.length ? '<span class="also">and states it</span>' : '';
    return `<td class="contradicts" title="${esc([...disagreements, ...stated].join('\n\n'))}"><span aria-hidden="true">✗</span> contradicts${shown}${also}</td>`;
  }
  if (stated.length) return `<td class="states" title="${esc(stated.join('\n\n'))}"><span aria-hidden="true">✓</span> states</td>`;
  // Silent cells are most of a large matrix: the shortest markup that still reads "silent" aloud.
  return '<td class="silent"><i>silent</i></td>';
}

function conflictList(story: Story, context: StoryContext): string {
  const { id } = context;
  const items = story.conflicts.map((conflict, i) => conflictItem(conflict, `${id}-c${i + 1}`, context));
  return [
    `<section aria-labelledby="${id}-conflicts">`,
    `<h3 id="${id}-conflicts">Conflicts (${story.conflicts.length})</h3>`,
    items.length ? `<ol class="conflicts">${items.join('\n')}</ol>` : '<p>No conflicts.</p>',
    '</section>',
  ].join('\n');
}

function conflictItem(conflict: StoryConflict, id: string, context: StoryContext): string {
  const side = (s: Located & { value: string }) =>
    `<dt>${where(s, context)}</dt><dd>${highlight(s.text, s.value)}</dd>`;
  const others = conflict.others.length
    ? `<details><summary>${plural(conflict.others.length, 'other sentence')} it disagrees with</summary><ul>${conflict.others
        .map((o) => `<li>${o.kind ? `<span class="kind">${esc(o.kind)}</span> ` : ''}“${esc(o.value)}” vs “${esc(o.against)}”: <span class="where">${where(o, context)}</span> ${highlight(o.text, o.against)}</li>`)
        .join('')}</ul></details>`
    : '';
  return [
    `<li class="conflict" id="${id}">`,
    `<p class="values">${conflict.kind ? `<span class="kind">${esc(conflict.kind)}</span> ` : ''}<strong>“${esc(conflict.claim.value)}”</strong> vs <strong>“${esc(conflict.source.value)}”</strong></p>`,
    `<dl>${side(conflict.claim)}${side(conflict.source)}</dl>`,
    others,
    '</li>',
  ].join('');
}

function uncitedList(story: Story, context: StoryContext): string {
  const { id } = context;
  const items = story.uncitedQuotes.map((q) => `<li><span class="where">${where(q, context)}</span> <q>${esc(q.text)}</q></li>`);
  return [
    `<section aria-labelledby="${id}-quotes">`,
    `<h3 id="${id}-quotes">Uncited quotes (${items.length})</h3>`,
    items.length ? `<ul class="quotes">${items.join('\n')}</ul>` : '<p>Every quote is attributed.</p>',
    '</section>',
  ].join('\n');
}

function summaryTable(story: Story, { id, numbers }: StoryContext): string {
  const rows = story.summaries.map((s) => summaryRow(s, id, numbers.get(s.column.articleId)!));
  return [
    `<section aria-labelledby="${id}-articles">`,
    `<h3 id="${id}-articles">Articles</h3>`,
    `<table class="summary">`,
    '<caption>Claims by verdict, quotes and format findings of each article</caption>',
    '<thead><tr><th scope="col" class="num">#</th><th scope="col">Article</th><th scope="col">Date</th><th scope="col" class="num">Supported</th><th scope="col" class="num">Conflicting</th><th scope="col" class="num">Unsupported</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Uncited</th><th scope="col">Format findings</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function summaryRow(s: ArticleSummary, id: string, n: number): string {
  const c = s.column;
  const findings = s.formatFindings.length
    ? s.formatFindings.map((f) => `<span title="${esc(f.message)}"><code>${esc(f.code)}</code> ×${f.count} <span class="meta">(${esc(f.severity)})</span></span>`).join('<br>')
    : 'none';
  const verified = s.verified ? ` <span class="meta">(${s.verified} verified)</span>` : '';
  return `<tr id="${id}-art${n}"><td class="num">${n}</td><th scope="row">${esc(c.display)}${c.headline ? `<span class="headline">${esc(c.headline)}</span>` : ''}</th><td class="date">${dateLabel(c)}</td><td class="num">${s.supported}${verified}</td><td class="num">${s.conflicting}</td><td class="num">${s.unsupported}</td><td class="num">${s.quotes}</td><td class="num">${s.uncitedQuotes}</td><td>${findings}</td></tr>`;
}

/** `[2] path:line · date`, the number linking to the article's summary row (reference articles have none). */
function where(l: Located, { id, columnOf, numbers }: StoryContext): string {
  const column = columnOf.get(l.articleId);
  const n = numbers.get(l.articleId);
  const name = esc(`${column?.display ?? l.articleId}:${l.line}`);
  const date = column ? ` · ${dateLabel(column)}` : '';
  return n && !column?.reference ? `<a href="#${id}-art${n}">[${n}]</a> ${name}${date}` : `${name}${date}`;
}

/** The file name of an article (display paths always use forward slashes). */
function shortName(articleId: string, context: StoryContext): string {
  const display = context.columnOf.get(articleId)?.display ?? articleId;
  return display.slice(display.lastIndexOf('/') + 1);
}

function dateLabel(c: StoryColumn): string {
  if (c.dateKind === 'header') return esc(c.date!);
  if (c.dateKind === 'inferred') return `<span title="No date header; the date the body suggests">≈ ${esc(c.date!)}</span>`;
  return 'undated';
}

/** The sentence with the first occurrence of the conflicting value marked. */
function highlight(text: string, value: string): string {
  const at = value ? text.toLowerCase().indexOf(value.toLowerCase()) : -1;
  if (at < 0 || value === text) return esc(text);
  return `${esc(text.slice(0, at))}<mark>${esc(text.slice(at, at + value.length))}</mark>${esc(text.slice(at + value.length))}`;
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

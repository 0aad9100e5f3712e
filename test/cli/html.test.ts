import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type CheckResult, runCheck } from '../../server/src/cli/checkRun';
import { formatHtml } from '../../server/src/cli/formats/html';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { NATO, SHARED } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

async function check(inputs: string[], cwd: string, options: { scope?: 'corpus' | 'folder'; against?: string[] } = {}): Promise<CheckResult> {
  return runCheck({ inputs, against: options.against ?? [], scope: options.scope ?? 'corpus', config: DEFAULT_CONFIG, cwd, today: '2026-11-25' });
}

// ---- A reader for the report's own markup: enough structure to assert on, nothing more. ----

interface Cell { kind: 'states' | 'contradicts' | 'silent'; text: string; stated: string[] }
interface Row { label: string; stated: number; contradicted: number; cells: Cell[] }
interface Column { name: string; date: string; reference: boolean }
interface Conflict { kind: string; values: string[]; sides: Array<{ where: string; text: string }> }
interface SummaryRow { article: string; date: string; counts: number[]; findings: string }
interface StoryView { title: string; columns: Column[]; rows: Row[]; notes: string[]; conflicts: Conflict[]; uncited: string[]; summary: SummaryRow[] }

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const text = (html: string): string => unescape(html.replace(/<[^>]*>/g, '')).trim();
const all = (re: RegExp, s: string): RegExpExecArray[] => [...s.matchAll(re)];

function readReport(html: string): StoryView[] {
  return html.split('<section class="story"').slice(1).map((chunk) => {
    const quotes = chunk.slice(chunk.indexOf('-quotes">Uncited'), chunk.indexOf('-articles">Articles'));
    return {
      title: text(/<h2[^>]*>(.*?)<\/h2>/.exec(chunk)![1]),
      columns: all(/<th scope="col" id="[^"]*-col\d+" title="[^"]*">(.*?)<\/th>/gs, chunk).map(([, inner]) => ({
        name: text(inner.replace(/<span class="col-date">.*$/, '').replace(/<span class="col-num">.*?<\/span>|<a [^>]*class="col-num">.*?<\/a>/, '').replace(/<span class="ref">.*?<\/span>/, '')),
        date: text(/<span class="col-date">(.*)<\/span>$/s.exec(inner)?.[1] ?? ''),
        reference: inner.includes('(reference)'),
      })),
      rows: all(/<tr id="[^"]*" data-stated="(\d+)" data-contradicted="(\d+)"><th scope="row">(.*?)<span class="fact-meta">.*?<\/span><\/th>(.*?)<\/tr>/gs, chunk).map(([, stated, contradicted, label, cells]) => ({
        label: text(label),
        stated: Number(stated),
        contradicted: Number(contradicted),
        cells: all(/<td class="(states|contradicts|silent)"(?: title="([^"]*)")?>(.*?)<\/td>/gs, cells).map(([, kind, title = '', inner]) => ({
          kind: kind as Cell['kind'],
          text: text(inner),
          stated: unescape(title).split('\n\n').filter((l) => l.startsWith('States, line ')).map((l) => l.replace(/^States, line \d+: /, '')),
        })),
      })),
      notes: all(/<p class="note">(.*?)<\/p>/g, chunk).map(([, n]) => text(n)),
      conflicts: chunk.split('<li class="conflict"').slice(1).map((item) => {
        const head = /<p class="values">(?:<span class="kind">(.*?)<\/span> )?<strong>“(.*?)”<\/strong> vs <strong>“(.*?)”<\/strong><\/p>/.exec(item)!;
        return { kind: head[1] ?? '', values: [unescape(head[2]), unescape(head[3])], sides: all(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g, item).map(([, where, said]) => ({ where: text(where), text: text(said) })) };
      }),
      uncited: all(/<q>(.*?)<\/q>/g, quotes).map(([, q]) => unescape(q)),
      summary: all(/<tr id="[^"]*-art\d+"><td class="num">\d+<\/td><th scope="row">(.*?)<\/th><td class="date">(.*?)<\/td>(.*?)<\/tr>/g, chunk).map(([, article, date, rest]) => {
        const cells = all(/<td[^>]*>(.*?)<\/td>/g, rest).map(([, c]) => text(c));
        return { article: text(article.replace(/<span class="headline">.*$/, '')), date: text(date), counts: cells.slice(0, 5).map((c) => Number(c.split(' ')[0])), findings: cells[5] };
      }),
    };
  });
}

/** The report must not load or point at anything outside itself. */
function assertSelfContained(html: string): void {
  const tags = all(/<[a-z][^>]*>/gi, html).map(([t]) => t);
  assert.ok(tags.length > 50);
  for (const tag of tags) {
    // Attribute values are article text (escaped); the attribute names are what could load something.
    const names = tag.replace(/"[^"]*"/g, '""');
    assert.doesNotMatch(names, /^<(?:link|iframe|object|embed|base|img|frame|audio|video|source)\b/i, tag);
    assert.doesNotMatch(names, /\s(?:src|srcset|poster|action|formaction|background|data|ping|manifest)\s*=/i, tag);
    assert.doesNotMatch(names, /=\s*[^"\s]/, 'every attribute value is quoted');
    for (const [, href] of all(/\shref="([^"]*)"/g, tag)) assert.match(href, /^#[\w-]+$/, tag);
    assert.doesNotMatch(tag, /\s(?:href|src)="(?:https?:)?\/\//i, tag);
  }
  const style = /<style>([^]*?)<\/style>/.exec(html)![1];
  assert.doesNotMatch(style, /url\(|@import/i);
}

function findRow(story: StoryView, articlePrefix: string, sentence: RegExp): Row {
  const column = story.columns.findIndex((c) => c.name.startsWith(articlePrefix));
  assert.ok(column >= 0, articlePrefix);
  const rows = story.rows.filter((r) => r.cells[column].stated.some((s) => sentence.test(s)));
  assert.equal(rows.length, 1, `${articlePrefix} ${sentence}: one row states it`);
  return rows[0];
}

const cellOf = (story: StoryView, row: Row, articlePrefix: string): Cell => row.cells[story.columns.findIndex((c) => c.name.startsWith(articlePrefix))];

describe('--format html on the seed corpus', () => {
  let result: CheckResult;
  let html: string;
  let story: StoryView;
  before(async () => {
    result = await check([NATO], SHARED);
    html = formatHtml(result, { today: '2026-11-25', version: '0.0.0-test' });
    const stories = readReport(html);
    assert.equal(stories.length, 1);
    story = stories[0];
  });

  test('one story whose columns are the five articles by date, the headerless 004 with its inferred date', () => {
    assert.equal(story.title, 'corpus/nato-2024');
    const expected = result.articles
      .map(({ file, report }) => ({ name: path.basename(file.display), date: report.article.parsed.date ?? report.article.parsed.inferredDate?.date ?? '9999' }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
    assert.deepEqual(story.columns.map((c) => c.name), expected.map((e) => e.name));
    assert.match(story.columns.at(-1)!.name, /^000_/, 'the article dated 2024-02-25 comes last');
    assert.match(story.columns.find((c) => c.name.startsWith('004_'))!.date, /^≈ 2024-02-22$/);
    assert.equal(story.columns.find((c) => c.name.startsWith('002_'))!.date, '2024-02-22');
    assert.ok(story.rows.every((r) => r.cells.length === 5));
  });

  test('every claim is stated in exactly one row, together with the sentences that corroborate it', () => {
    let claims = 0;
    for (const { file, report } of result.articles) {
      const name = path.basename(file.display);
      for (const claim of report.claims) {
        claims++;
        const row = findRow(story, name, new RegExp(`^${escapeRegExp(claim.text)}$`));
        for (const source of claim.sources.filter((s) => s.relation === 'corroborates')) {
          const cell = cellOf(story, row, path.basename(source.articleId));
          assert.ok(cell.stated.includes(source.text), `${name}: "${claim.text}" shares its row with "${source.text}"`);
        }
      }
    }
    assert.ok(story.rows.length < claims, `corroborating claims are grouped: ${story.rows.length} rows for ${claims} claims`);
    for (const row of story.rows) {
      assert.equal(row.stated, row.cells.filter((c) => c.stated.length > 0).length, row.label);
      assert.equal(row.contradicted, row.cells.filter((c) => c.kind === 'contradicts').length, row.label);
      assert.ok(row.cells.some((c) => c.stated.includes(row.label)), 'the label is one of the row\'s sentences');
    }
    const widest = story.rows[0];
    assert.ok(widest.stated >= 3, 'the most widely stated fact comes first');
    assert.ok(story.rows.every((r, i) => i === 0 || story.rows[i - 1].stated >= r.stated));
  });

  test('a contradicting article is marked in the fact\'s row with the value it gives', () => {
    const fourth = findRow(story, '002_', /fourth time/);
    assert.equal(cellOf(story, fourth, '004_').kind, 'contradicts');
    assert.match(cellOf(story, fourth, '004_').text, /contradicts: “twice”/);
    const twice = findRow(story, '004_', /extended twice/);
    assert.equal(cellOf(story, twice, '002_').kind, 'contradicts');
    assert.match(cellOf(story, twice, '002_').text, /“fourth time”/);
    const silent = story.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'silent');
    assert.ok(silent.length > 0 && silent.every((c) => c.text === 'silent'));
  });

  test('lists the seed conflicts with both values, kinds and sources', () => {
    const pair = (a: string, b: string) => story.conflicts.filter((c) => c.values.includes(a) && c.values.includes(b));
    const count = pair('fourth time', 'twice');
    assert.equal(count.length, 1, 'the two articles\' mutual conflict is listed once');
    assert.equal(count[0].kind, 'count');
    assert.deepEqual(count[0].sides.map((s) => /nato-2024\/(\d{3})_/.exec(s.where)?.[1]).sort(), ['002', '004']);
    assert.match(count[0].sides.map((s) => s.text).join(' '), /fourth time[^]*twice|twice[^]*fourth time/);

    // 003 gives Stoltenberg's tenure as nine years; the ten years are in 003 itself or in 000 ("ten-year").
    const years = story.conflicts.filter((c) => c.values.includes('nine years') && c.values.some((v) => /^ten[- ]years?$/.test(v)));
    assert.equal(years.length, 1, JSON.stringify(story.conflicts.map((c) => c.values)));
    assert.equal(years[0].kind, 'duration');
    const nine = years[0].sides[years[0].values.indexOf('nine years')];
    assert.match(nine.where, /nato-2024\/003_/);
    assert.match(nine.text, /nine years/);

    const unclear = story.conflicts.filter((c) => /It is not yet clear/.test(c.sides[0].text));
    assert.equal(unclear.length, 1);
    assert.equal(unclear[0].kind, 'certainty');
    assert.match(unclear[0].sides[0].where, /003_/);
    assert.match(unclear[0].sides[1].text, /\b(?:U\.S\.|US|United States|Biden|White House)\b/);
    assert.match(unclear[0].values[1], /support|back|endorse/i);
    assert.match(unclear[0].sides[1].where, /:\d+ · /, 'a source names its line and date');
  });

  test('the per-article summary gives the date, verdict counts, quotes and format findings', () => {
    assert.equal(story.summary.length, 5);
    for (const { file, report } of result.articles) {
      const row = story.summary.find((r) => r.article === file.display);
      assert.ok(row, file.display);
      const verdicts = ['supported', 'conflicting', 'unsupported'].map((v) => report.claims.filter((c) => c.verdict === v).length);
      const speech = report.quotes.filter((q) => q.kind === 'speech');
      assert.deepEqual(row.counts, [...verdicts, speech.length, speech.filter((q) => !q.cited).length], file.display);
    }
    const undated = story.summary.find((r) => /004_/.test(r.article))!;
    assert.match(undated.findings, /format\/missing-date ×1 \(warning\)/);
    assert.equal(story.uncited.length, result.articles.flatMap((a) => a.report.quotes).filter((q) => q.kind === 'speech' && !q.cited).length);
  });

  test('is self-contained: no external URL, and a policy that only allows its own style and script', () => {
    assertSelfContained(html);
    const csp = unescape(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    assert.match(csp, /default-src 'none'/);
    assert.ok(csp.includes(`style-src ${hash(/<style>([^]*?)<\/style>/.exec(html)![1])}`), csp);
    assert.ok(csp.includes(`script-src ${hash(/<script>([^]*?)<\/script>/.exec(html)![1])}`), csp);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /2026-11-25/);
  });
});

/** An invented story in two folders; the file names sort differently from the dates on purpose. */
function fixture(): string {
  const dir = scratchFolder('html');
  const files: Record<string, string[]> = {
    'bridge/1_later.txt': [' date 2025-03-11', 'Lindmoor bridge opens', 'The new harbour bridge in Lindmoor opened to traffic on Monday after four years of construction.', 'The bridge cost 65 million euros, according to the town council.', 'Mayor Ingrid Solberg said the bridge joins the two halves of the town.', 'Ferry operators expect fewer passengers this summer.'],
    'bridge/2_undated.txt': ['Bridge traffic heavy on first days </title><script>alert(1)</script>', 'The new harbour bridge in Lindmoor opened to traffic after four years of construction.', '"The crossing has changed everything for the traders <img src=x onerror=alert(2)> on the east side of the harbour."', 'Traffic on the bridge was heavy, police said.'],
    'bridge/3_first.txt': [' date 2025-03-10', 'Harbour bridge opens in Lindmoor', 'The new harbour bridge in Lindmoor opened to traffic on Monday after four years of construction.', 'The bridge cost 48 million euros, the town council said.', 'Mayor Ingrid Solberg said the bridge joins the two halves of the town.', 'Engineers tested the <script>alert("pwned")</script> deck with forty loaded lorries & vans.'],
    'ferry/a.txt': [' date 2025-04-02', 'The Lindmoor ferry will stop running at the end of June, the operator said.', 'Its last crossing is planned for a Sunday evening.'],
    'ferry/b.txt': [' date 2025-04-03', 'The Lindmoor ferry will stop running at the end of June, its operator announced.'],
  };
  for (const [name, lines] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  }
  return dir;
}

describe('--format html on an invented story', () => {
  let dir: string;
  let html: string;
  let story: StoryView;
  before(async () => {
    dir = fixture();
    html = formatHtml(await check(['bridge'], dir), { today: '2026-11-25' });
    story = readReport(html)[0];
  });

  test('orders the articles by date, the undated one last', () => {
    assert.equal(story.title, 'bridge');
    assert.deepEqual(story.columns.map((c) => [c.name, c.date]), [['3_first.txt', '2025-03-10'], ['1_later.txt', '2025-03-11'], ['2_undated.txt', 'undated']]);
    assert.deepEqual(story.summary.map((r) => r.article), ['bridge/3_first.txt', 'bridge/1_later.txt', 'bridge/2_undated.txt']);
  });

  test('builds the matrix: the shared fact, the disputed cost, and silence', () => {
    const opening = findRow(story, '3_first', /^The new harbour bridge/);
    assert.deepEqual(opening.cells.map((c) => c.kind), ['states', 'states', 'states']);
    const cost = findRow(story, '3_first', /48 million euros/);
    assert.deepEqual(cost.cells.map((c) => c.kind), ['states', 'contradicts', 'silent']);
    assert.equal(cost.cells[1].text, '✗ contradicts: “65 million euros”');
    assert.equal(story.rows[0], opening, 'the fact all three state comes first');
    assert.equal(story.conflicts.length, 1);
    assert.deepEqual(story.conflicts[0].values, ['48 million euros', '65 million euros']);
    assert.equal(story.conflicts[0].kind, 'number');
    assert.match(story.conflicts[0].sides[1].where, /^\[2\] bridge\/1_later\.txt:4 · 2025-03-11$/);
  });

  test('escapes article text everywhere: a <script> or <img> in an article stays inert text', () => {
    assert.equal(html.match(/<script\b/gi)?.length, 1, 'only the report\'s own script element');
    assert.equal(html.match(/<\/title>/gi)?.length, 1);
    assert.doesNotMatch(html, /<img\b/i);
    assert.ok(html.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; deck with forty loaded lorries &amp; vans.'));
    assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the headline, in the summary and a column title');
    assert.deepEqual(story.uncited, ['The crossing has changed everything for the traders <img src=x onerror=alert(2)> on the east side of the harbour.']);
    assert.ok(story.rows.some((r) => r.label === 'Engineers tested the <script>alert("pwned")</script> deck with forty loaded lorries & vans.'));
    assertSelfContained(html);
  });

  test('with --scope folder every folder is a story, listed in a table of contents', async () => {
    const stories = readReport(formatHtml(await check(['bridge', 'ferry'], dir, { scope: 'folder' })));
    assert.deepEqual(stories.map((s) => s.title), ['bridge', 'ferry']);
    assert.deepEqual(stories[1].columns.map((c) => c.name), ['a.txt', 'b.txt']);
    assert.equal(findRow(stories[1], 'a.txt', /stop running/).stated, 2);
    const html2 = formatHtml(await check(['bridge', 'ferry'], dir, { scope: 'folder' }));
    assert.match(html2, /<nav aria-label="Stories"><ol class="toc"><li><a href="#s1">bridge<\/a>.*<li><a href="#s2">ferry<\/a>/);
    const together = readReport(formatHtml(await check(['bridge', 'ferry'], dir)));
    assert.equal(together.length, 1);
    assert.equal(together[0].title, 'All articles');
  });

  test('a reference article (--against) is a column of the matrix but not summarised', async () => {
    const [withReference] = readReport(formatHtml(await check(['bridge/1_later.txt', 'bridge/3_first.txt'], dir, { against: ['bridge/2_undated.txt'] })));
    assert.deepEqual(withReference.columns.map((c) => [c.name, c.reference]), [['3_first.txt', false], ['1_later.txt', false], ['2_undated.txt', true]]);
    assert.equal(findRow(withReference, '3_first', /^The new harbour bridge/).stated, 3);
    assert.equal(withReference.summary.length, 2);
  });

  test('limits the matrix of a very large story, and says so', async () => {
    const [limited] = readReport(formatHtml(await check(['bridge'], dir), { maxColumns: 2, maxFacts: 3 }));
    assert.equal(limited.columns.length, 2);
    assert.equal(limited.rows.length, 3);
    assert.ok(limited.rows.every((r) => r.cells.length === 2));
    assert.deepEqual(limited.notes, [
      'The matrix shows the first 2 of 3 articles by date; check the story folder by folder (--scope folder) to see them all.',
      `The matrix shows the 3 most widely stated of ${story.rows.length} facts.`,
    ]);
    assert.equal(limited.summary.length, 3, 'the summary still lists every article');
  });

  test('an empty check still gives a valid page', () => {
    const empty = formatHtml({ articles: [], files: new Map(), corpora: [] });
    assert.match(empty, /<p>No articles were checked\.<\/p>/);
    assert.match(empty, /<\/html>\n$/);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

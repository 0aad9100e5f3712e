// Opens the story report (`corroborate check --format html --out report.html`) in headless Debian
// chromium and checks what a reader sees: the fact matrix and the conflict list are visible, the
// page requests nothing but itself, the report's own script runs under its Content-Security-Policy
// while a <script> or <img onerror> written in an article stays text, the filter works, colours
// keep 4.5:1 contrast in the light and dark schemes, the print layout drops the controls, and the
// page still shows everything without JavaScript. Saves test-artifacts/report.png (and report.pdf).
// env: CORPUS (default ../shared/corpus/nato-2024), SHOT (PNG path), PW_NODE_PATH (playwright-core)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, since } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = process.env.CORPUS ?? path.resolve(ROOT, '../shared/corpus/nato-2024');
const SHOT = path.resolve(ROOT, process.env.SHOT ?? 'test-artifacts/report.png');
const start = Date.now();
const lap = (message) => console.log(`  [${since(start)}s] ${message}`);
const failures = [];
const expect = (ok, message) => { if (!ok) failures.push(message); };

// Two story folders: a copy of the seed corpus, and an invented story whose text tries to inject markup.
const work = mkdtempSync(path.join(tmpdir(), 'corroborate-report-'));
mkdirSync(path.join(work, 'seed'));
for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(CORPUS, name), path.join(work, 'seed', name));
mkdirSync(path.join(work, 'injected'));
writeFileSync(path.join(work, 'injected', 'one.txt'), [' date 2025-05-02', 'The quarry in Velden closed on Friday after <script>window.__pwned = 1</script> forty years of work.',
  '"We will miss the <img src=x onerror="window.__pwned = 2"> sound of the trucks every single morning."', ''].join('\n'));
writeFileSync(path.join(work, 'injected', 'two.txt'), [' date 2025-05-03', 'The quarry in Velden closed on Friday after thirty years of work.', ''].join('\n'));
const report = path.join(work, 'report.html');

/** The command line when it knows `--format html`; otherwise the formatter compiled by tsc. */
function buildReport() {
  const args = ['check', 'seed', 'injected', '--scope', 'folder', '--format', 'html', '--out', report];
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/corroborate.js'), ...args], { cwd: work, encoding: 'utf8' });
  if (existsSync(report)) return 'corroborate check --format html --out';
  const compiled = path.join(ROOT, 'out/server/src/cli/formats/html.js');
  if (!existsSync(compiled)) throw new Error(`the CLI did not write the report (${(run.stderr || run.stdout).trim()}) and out/ is not compiled`);
  const require = createRequire(import.meta.url);
  const { runCheck } = require(path.join(ROOT, 'out/server/src/cli/checkRun.js'));
  const { DEFAULT_CONFIG } = require(path.join(ROOT, 'out/server/src/core/config.js'));
  const { formatHtml } = require(compiled);
  return runCheck({ inputs: ['seed', 'injected'], against: [], scope: 'folder', config: DEFAULT_CONFIG, cwd: work, today: new Date().toISOString().slice(0, 10) })
    .then((result) => { writeFileSync(report, formatHtml(result, { today: new Date().toISOString().slice(0, 10) })); return `formatHtml from out/ (the CLI said: ${(run.stderr || '').trim()})`; });
}

/** WCAG contrast of each element's text against the first opaque background behind it. */
function contrasts(selectors) {
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return selectors.map((selector) => {
    const el = document.querySelector(selector);
    if (!el) return { selector, ratio: 0 };
    const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
    return { selector, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  });
}
const CONTRAST_SELECTORS = ['body', 'p.meta', 'td.states', 'td.contradicts', 'td.silent', '.kind', 'thead th', 'a', 'mark', '.fact-meta'];

const { page, close } = await launch({ viewport: { width: 1400, height: 1000 } });
try {
  const how = await buildReport();
  lap(`report built (${how}): ${readFileSync(report).length} bytes`);
  const url = pathToFileURL(report).href;
  const requests = [];
  const errors = [];
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);

  const matrix = page.locator('table.matrix').first();
  await matrix.waitFor({ state: 'visible', timeout: 10_000 });
  const columns = await matrix.locator('thead th[scope="col"]').count();
  const rows = await matrix.locator('tbody tr').count();
  const states = await matrix.locator('td.states').count();
  lap(`matrix visible: ${columns - 1} articles, ${rows} facts, ${states} "states" cells`);
  expect(columns >= 3 && rows >= 2 && states >= 2, `the matrix is too small (${columns} columns, ${rows} rows, ${states} cells)`);
  expect(await matrix.locator('td.states').first().isVisible(), 'a "states" cell is not visible');

  const conflicts = page.locator('#s1 li.conflict');
  const conflictCount = await conflicts.count();
  expect(conflictCount > 0 && (await conflicts.first().isVisible()), 'the conflict list has no visible entry');
  lap(`conflicts listed: ${conflictCount}; first: ${JSON.stringify((await conflicts.first().innerText()).split('\n')[0])}`);

  // The report's own script ran (its hash is in the policy): the filter panel is shown and counts rows.
  const filters = page.locator('#filters');
  expect(await filters.isVisible(), 'the filter panel is hidden: the report script did not run under its CSP');
  const allRows = await page.locator('table.matrix tbody tr:visible').count();
  await page.check('#filter-contradicted');
  const contradictedRows = await page.locator('table.matrix tbody tr:visible').count();
  const wrong = await page.locator('table.matrix tbody tr[data-contradicted="0"]:visible').count();
  expect(contradictedRows > 0 && contradictedRows < allRows && wrong === 0, `"only contradicted" shows ${contradictedRows} of ${allRows} rows (${wrong} uncontradicted)`);
  await page.uncheck('#filter-contradicted');
  await page.fill('#filter-text', 'quarry');
  const quarryRows = await page.locator('table.matrix tbody tr:visible').count();
  expect(quarryRows >= 1 && quarryRows < allRows, `the text filter shows ${quarryRows} rows for "quarry"`);
  await page.fill('#filter-text', '');
  lap(`filter: ${allRows} rows, ${contradictedRows} contradicted, ${quarryRows} about the quarry; status ${JSON.stringify(await page.locator('#filter-status').innerText())}`);

  // Markup in an article is text: no injected element, nothing ran.
  const pwned = await page.evaluate(() => window.__pwned);
  const images = await page.locator('img').count();
  const shown = await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).count();
  expect(pwned === undefined && images === 0, `article markup ran or rendered (__pwned=${pwned}, ${images} img)`);
  expect(shown > 0, 'the article\'s <script> text is not shown as text');
  lap(`injection inert: __pwned ${pwned}, ${images} images, the <script> text shown ${shown} times`);

  // The screenshot before the colour-scheme and print emulation: the report as a reader first sees it.
  mkdirSync(path.dirname(SHOT), { recursive: true });
  await page.screenshot({ path: SHOT, fullPage: true });
  lap(`screenshot ${path.relative(ROOT, SHOT)}`);

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const low = (await page.evaluate(contrasts, CONTRAST_SELECTORS)).filter((c) => c.ratio < 4.5);
    expect(low.length === 0, `low contrast (${scheme}): ${low.map((c) => `${c.selector} ${c.ratio.toFixed(2)}`).join(', ')}`);
    lap(`contrast ${scheme}: ${low.length ? 'LOW' : 'all >= 4.5:1'}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({
    filters: getComputedStyle(document.getElementById('filters')).display,
    overflow: getComputedStyle(document.querySelector('.matrix-scroll')).overflow,
  }));
  expect(print.filters === 'none' && print.overflow === 'visible', `print layout: ${JSON.stringify(print)}`);
  await page.pdf({ path: SHOT.replace(/\.png$/, '.pdf'), format: 'A4', landscape: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  lap(`print layout: controls hidden, matrix unclipped; ${path.relative(ROOT, SHOT.replace(/\.png$/, '.pdf'))}`);

  expect(requests.length === 0, `the page requested ${requests.join(', ')}`);
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  lap(`network: ${requests.length} requests beyond the file; console errors: ${errors.length}`);

  // Without JavaScript: the same page minus its script still shows the matrix and the conflicts.
  const noScript = await page.context().newPage();
  await noScript.setContent(readFileSync(report, 'utf8').replace(/<script>[^]*?<\/script>/, ''));
  const noScriptView = await noScript.evaluate(() => ({
    filters: document.getElementById('filters').hidden,
    rows: [...document.querySelectorAll('table.matrix tbody tr')].filter((r) => r.getClientRects().length > 0).length,
    conflicts: document.querySelectorAll('li.conflict').length,
  }));
  expect(noScriptView.filters && noScriptView.rows === allRows && noScriptView.conflicts >= conflictCount,
    `without JavaScript: ${JSON.stringify(noScriptView)}`);
  lap(`without JavaScript: ${noScriptView.rows} rows, ${noScriptView.conflicts} conflicts, filters hidden`);
  await noScript.close();
} catch (error) {
  failures.push(error.message.split('\n')[0]);
  await page.screenshot({ path: SHOT.replace(/\.png$/, '-failed.png') }).catch(() => {});
} finally {
  await close();
  rmSync(work, { recursive: true, force: true });
}
for (const failure of failures) console.log(`  not ok: ${failure}`);
console.log(`  report browser check ${failures.length ? 'failed' : 'passed'} in ${since(start)}s`);
process.exit(failures.length ? 1 : 0);

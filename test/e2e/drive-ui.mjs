// Drives the real VS Code workbench (code-server, with the packaged .vsix installed) in headless
// Debian chromium, the way an editor would use it: open the corpus folder, open the headerless
// article 004 with Quick Open, see it become a Dated Article, see the warning squiggle and the
// Problems panel entry, hover the squiggle, and save a screenshot.
// env: URL (code-server), FOLDER (a copy of the seed corpus), SHOT (PNG path), E2E_STRICT
import { launch, since } from './browser.mjs';

const { URL: base = 'http://127.0.0.1:18090', FOLDER, SHOT = 'test-artifacts/vscode.png' } = process.env;
const strict = process.env.E2E_STRICT === '1';
const WAIT = { timeout: 60_000 };
if (!FOLDER) {
  console.error('drive-ui: set FOLDER');
  process.exit(2);
}

const start = Date.now();
const lap = (message) => console.log(`  [${since(start)}s] ${message}`);
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const failures = [];

const { page, close } = await launch();
try {
  await page.goto(`${base}/?folder=${encodeURIComponent(FOLDER)}`);
  await page.waitForSelector('.monaco-workbench', WAIT);
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', WAIT);
  lap('workbench and explorer visible');

  // Quick Open needs the file search to have indexed the folder: wait for the row, not for a time.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', ...WAIT });
  await page.keyboard.type('004_');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("004_")', WAIT);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tab.active:has-text("004_")', WAIT);
  lap('004 open');

  // The client claims the headerless .txt: the language indicator in the status bar says so.
  await page.waitForSelector('.statusbar-item:has-text("Dated Article")', WAIT);
  lap('language mode: Dated Article');

  // Locators, not element handles: the editor re-renders its decorations whenever diagnostics change.
  const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
  await squiggle.waitFor(WAIT);
  lap('warning squiggle visible');

  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction(() => /format\/missing-date/.test(document.querySelector('.markers-panel')?.textContent ?? ''), null, WAIT);
  const problems = squash(await page.locator('.markers-panel').innerText());
  const entry = problems.match(/Missing date[^]*?format\/missing-date/i)?.[0] ?? problems.slice(0, 200);
  lap(`Problems panel: ${JSON.stringify(entry.slice(0, 220))}`);

  // The corroborate status bar item: totals once the server has read the corpus (no spinner).
  const item = page.locator('.statusbar-item[id$="corroborate.status"]');
  const settled = await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('.statusbar-item')].find((e) => e.id.endsWith('corroborate.status'));
    return el && !el.querySelector('.codicon-modifier-spin') && /\d+ articles?/.test(el.textContent ?? '') ? el.textContent : false;
  }, null, WAIT).then((h) => h.jsonValue(), () => undefined);
  if (settled) lap(`status bar item: ${JSON.stringify(squash(settled))}`);
  else {
    const seen = (await item.count()) ? squash(await item.first().innerText()) : '(no item)';
    if (strict) failures.push(`the status bar shows no corpus totals: ${seen}`);
    else lap(`lenient: no corpus totals in the status bar (${seen}); strict with E2E_STRICT=1`);
  }

  // Hover the squiggle: the hover shows the diagnostic (and the server's hover where it has one).
  // The missing-date warning is on the first line: the topmost warning squiggle (conflicting claims warn too).
  const boxes = (await Promise.all((await page.locator('.monaco-editor .squiggly-warning').all()).map((l) => l.boundingBox())))
    .filter(Boolean).sort((a, b) => a.y - b.y);
  const box = boxes[0];
  if (!box) throw new Error('the squiggle has no box');
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible').filter({ hasText: /date/i }).first();
  await hover.waitFor(WAIT);
  const hoverText = squash(await hover.innerText());
  lap(`hover: ${JSON.stringify(hoverText.slice(0, 240))}`);
  if (!/missing date|date header/i.test(hoverText)) failures.push('the hover does not show the missing-date diagnostic');

  await page.screenshot({ path: SHOT });
  lap(`screenshot ${SHOT}`);
} catch (error) {
  failures.push(error.message.split('\n')[0]);
  await page.screenshot({ path: SHOT.replace(/\.png$/, '-failed.png') }).catch(() => {});
} finally {
  await close();
}
for (const failure of failures) console.log(`  not ok: ${failure}`);
console.log(`  UI drive ${failures.length ? 'failed' : 'passed'} in ${since(start)}s`);
process.exit(failures.length ? 1 : 0);

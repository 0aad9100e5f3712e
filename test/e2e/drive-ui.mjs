// Drives the real VS Code workbench (code-server, with the packaged .vsix installed) in headless
// Debian chromium, the way an editor would use it: open the corpus folder, open the headerless
// article 004 with Quick Open, see it become a Dated Article, see the warning squiggle and the
// Problems panel entries (the missing date, the conflicting count), hover the squiggle, hover the
// conflicting claim and read its source (screenshot), follow the hover's link to the source sentence,
// then apply the date-header quick fix.
// env: URL (code-server), FOLDER (a copy of the seed corpus), SHOT (PNG path), E2E_STRICT
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
// 004 says the tenure was "extended twice"; 002 says "for a fourth time". The line is found by its text.
const CONFLICT = { needle: 'extended twice', source: '002_', sourceValue: 'fourth time' };
const file004 = readdirSync(FOLDER).find((n) => n.startsWith('004_'));
const conflictLine = readFileSync(path.join(FOLDER, file004), 'utf8').split(/\r?\n/).findIndex((l) => l.includes(CONFLICT.needle)) + 1;

const { page, close } = await launch();

/**
 * Does `trigger` until `target` shows, within WAIT in all. The editor drops a pending hover or code
 * action menu when it re-renders (a cursor move, new decorations arriving from the server), so a
 * gesture that came too early is repeated rather than waited on for a fixed time.
 */
async function untilShown(target, trigger, reset) {
  const deadline = Date.now() + WAIT.timeout;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) lap(`not shown yet; trying again (${attempt})`);
    await trigger(attempt);
    try {
      await target.waitFor({ timeout: 3000 });
      return target;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await reset();
    }
  }
}

/**
 * Rests the mouse at a point (a few pixels apart on each try) until a hover matching `text` shows.
 * `pointOf` is asked again on each try: the editor may still be scrolling the line into view
 * (after Ctrl+G), and a point measured once can end up over another line.
 */
function hoverUntilShown(pointOf, text) {
  const hover = page.locator('.monaco-hover:visible').filter({ hasText: text }).first();
  return untilShown(hover, (attempt) => restMouse(pointOf, attempt), () => page.mouse.move(0, 0));
}

async function restMouse(pointOf, attempt) {
  const point = await pointOf();
  await page.mouse.move(point.x + (attempt % 2) * 4, point.y);
}

/** A point inside the box of `locator`, measured now. */
async function pointIn(locator, dx) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element to hover has no box');
  return { x: box.x + dx(box), y: box.y + box.height / 2 };
}

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
  // The conflicting claims of 004 are listed too (the server publishes them once the corpus is read).
  await page.waitForFunction(() => /Conflicting count/.test(document.querySelector('.markers-panel')?.textContent ?? ''), null, WAIT);
  const conflict = squash(await page.locator('.markers-panel').innerText()).match(/Conflicting count[^]*?claim\/conflicting/)?.[0] ?? '';
  lap(`Problems panel: ${JSON.stringify(conflict.slice(0, 220))}`);
  if (!conflict.includes(CONFLICT.source)) failures.push(`the conflict in the Problems panel does not name ${CONFLICT.source}: ${conflict}`);

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
  const hover = await hoverUntilShown(async () => ({ x: box.x + Math.min(box.width / 2, 20), y: box.y + box.height / 2 }), /date/i);
  const hoverText = squash(await hover.innerText());
  lap(`hover: ${JSON.stringify(hoverText.slice(0, 240))}`);
  if (!/missing date|date header/i.test(hoverText)) failures.push('the hover does not show the missing-date diagnostic');

  // Hover the conflicting claim: the hover shows the verdict and the source with its differing value.
  // Go to its line first (Ctrl+G), so that it is in view whatever the size of the editor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', ...WAIT });
  await page.keyboard.type(String(conflictLine));
  await page.keyboard.press('Enter');
  const claimLine = page.locator('.monaco-editor .view-line').filter({ hasText: /extended[\s\u00a0]twice/ }).first();
  await claimLine.waitFor(WAIT);
  const claimPoint = () => pointIn(claimLine, () => 40);
  const claimHover = await hoverUntilShown(claimPoint, /Conflicting claim/);
  const claimText = squash(await claimHover.innerText());
  lap(`conflict hover: ${JSON.stringify(claimText.slice(0, 300))}`);
  if (!claimText.includes(CONFLICT.source) || !claimText.includes(CONFLICT.sourceValue)) failures.push(`the conflict hover does not show the source ${CONFLICT.source} and its value: ${claimText.slice(0, 300)}`);
  // The source is a link that opens the other article at the sentence.

  await page.screenshot({ path: SHOT });
  lap(`screenshot ${SHOT}`);

  // The link opens the source article at the contradicting sentence: its tab, and the cursor there.
  // The markdown link of the server's hover (the diagnostic's related location is a link too, without a place).
  // The hover can close before the link is read (new diagnostics or a code lens refresh re-render
  // the editor, more often on a loaded machine), so the mouse rests on the claim again until it shows.
  const link = page.locator(`.monaco-hover:visible a[data-href*="#L"]:has-text("${CONFLICT.source}")`).first();
  const showLink = () => untilShown(link, (attempt) => restMouse(claimPoint, attempt), () => page.mouse.move(0, 0));
  await showLink();
  const href = (await link.getAttribute('data-href')) ?? '';
  const place = /#L(\d+)(?:,|%2C)(\d+)$/i.exec(href);
  if (!place) throw new Error(`the source link has no place: ${href}`);
  const sourceFile = readdirSync(FOLDER).find((n) => n.startsWith(CONFLICT.source));
  const opensAt = readFileSync(path.join(FOLDER, sourceFile), 'utf8').split(/\r?\n/)[Number(place[1]) - 1]?.slice(Number(place[2]) - 1) ?? '';
  if (!opensAt.includes(CONFLICT.sourceValue)) failures.push(`the link opens line ${place[1]}, column ${place[2]}, which is not the sentence with "${CONFLICT.sourceValue}"`);
  // A click on a hover that closed meanwhile is tried again on the shown-again hover.
  const clickLink = async () => {
    for (let tries = 0; ; tries++) {
      try {
        await link.click({ timeout: 3000 });
        return;
      } catch (error) {
        if (tries >= 10) throw error;
        await showLink();
      }
    }
  };
  // A click can also land while the hover is drawn again, on what then lies under the mouse: the
  // article opens, but not at the sentence (CI saw it once on a loaded machine). The link is then
  // shown and clicked again from the claim, up to three times in all.
  const atPlace = `.statusbar-item:has-text("Ln ${place[1]}, Col ${place[2]}")`;
  for (let clicks = 1; ; clicks++) {
    await clickLink();
    await page.waitForSelector(`.tab.active:has-text("${CONFLICT.source}")`, WAIT);
    if (await page.waitForSelector(atPlace, { timeout: 10_000 }).then(() => true, () => false)) break;
    const cursor = (await page.locator('.statusbar-item:has-text("Ln ")').first().innerText().catch(() => '')).trim();
    if (clicks >= 3) throw new Error(`the source link opened ${sourceFile} at ${cursor || 'an unknown place'}, not at line ${place[1]}, column ${place[2]} (${clicks} clicks)`);
    lap(`the source link opened ${sourceFile} at ${cursor}, not at its place: clicking it again`);
    await page.locator('.tab:has-text("004_")').first().click();
    await page.waitForSelector('.tab.active:has-text("004_")', WAIT);
    await showLink();
  }
  lap(`the source link opened ${sourceFile} at line ${place[1]}, column ${place[2]}`);
  await page.locator('.tab:has-text("004_")').first().click();
  await page.waitForSelector('.tab.active:has-text("004_")', WAIT);

  // The quick fix: the cursor on line 1, Ctrl+. and "Insert date header"; the header appears and
  // the missing-date problem leaves the Problems panel.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  const insert = page.locator('.action-widget .monaco-list-row').filter({ hasText: /Insert date header/ }).first();
  await untilShown(insert, () => page.keyboard.press('Control+.'), () => page.keyboard.press('Escape'));
  await insert.click();
  await page.locator('.monaco-editor .view-line').filter({ hasText: /^[\s\u00a0]*date[\s\u00a0]\d{4}-\d{2}-\d{2}/ }).first().waitFor(WAIT);
  await page.waitForFunction(() => !/format\/missing-date/.test(document.querySelector('.markers-panel')?.textContent ?? ''), null, WAIT);
  lap('quick fix applied: date header inserted, missing-date gone from the Problems panel');
} catch (error) {
  failures.push(error.message.split('\n')[0]);
  await page.screenshot({ path: SHOT.replace(/\.png$/, '-failed.png') }).catch(() => {});
} finally {
  await close();
}
for (const failure of failures) console.log(`  not ok: ${failure}`);
console.log(`  UI drive ${failures.length ? 'failed' : 'passed'} in ${since(start)}s`);
process.exit(failures.length ? 1 : 0);

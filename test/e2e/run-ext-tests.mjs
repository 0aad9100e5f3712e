// Runs the extension integration suite (out/e2e/suite/index.js) inside code-server's Node extension
// host: the workbench loads the extension from EXT_DEV and the suite from EXT_TESTS, then reports the
// run's exit code through `codeAutomationExit` (code-server must run with
// `--vscode-option enable-smoke-test-driver`, or the payload is ignored and nothing happens).
// The suite writes its report to E2E_RESULTS (code-server passes its environment on to the
// extension host); this script prints it.
// env: URL (code-server), FOLDER (workspace), EXT_DEV, EXT_TESTS, RESULTS (the report), TIMEOUT_S (default 180)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { launch, since } from './browser.mjs';

const { URL: base = 'http://127.0.0.1:18090', FOLDER, EXT_DEV, EXT_TESTS, RESULTS } = process.env;
const timeoutMs = Number(process.env.TIMEOUT_S ?? 180) * 1000;
if (!FOLDER || !EXT_DEV || !EXT_TESTS) {
  console.error('run-ext-tests: set FOLDER, EXT_DEV and EXT_TESTS');
  process.exit(2);
}
const authority = new URL(base).host;
const remote = (p) => `vscode-remote://${authority}${p}`;

if (RESULTS) rmSync(RESULTS, { force: true });
const start = Date.now();
const { page, close } = await launch();
let code = 'no exit';
try {
  let exited;
  const exit = new Promise((resolve) => (exited = resolve));
  await page.exposeFunction('codeAutomationExit', (value) => exited(value));
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(EXT_DEV)], ['extensionTestsPath', remote(EXT_TESTS)]]);
  await page.goto(`${base}/?folder=${encodeURIComponent(FOLDER)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  code = await Promise.race([exit, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); })]);
  clearTimeout(timer);
} catch (error) {
  console.error(`run-ext-tests: ${error.message}`);
} finally {
  await close();
}
if (RESULTS && existsSync(RESULTS)) {
  const report = JSON.parse(readFileSync(RESULTS, 'utf8'));
  for (const [i, r] of report.results.entries()) {
    console.log(`  ${r.status === 'fail' ? 'not ok' : 'ok'} ${i + 1} - ${r.name} (${r.ms} ms)${r.status === 'skip' ? ' # SKIP' : ''}`);
    for (const note of r.notes) console.log(`      ${note.slice(0, 300)}`);
    for (const lenient of r.lenient) console.log(`      lenient: ${lenient} (strict with E2E_STRICT=1)`);
    if (r.error) console.log(`      ${r.error.split('\n').slice(0, 3).join('\n      ')}`);
  }
} else {
  console.log(`  no report at ${RESULTS ?? '(RESULTS not set)'}: the suite did not run to its end`);
}
console.log(`extension host finished with ${code} after ${since(start)}s`);
process.exit(code === 0 ? 0 : 1);

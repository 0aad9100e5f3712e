// Checks what lsp-check.lua saw in Neovim: a format/missing-date warning from corroborate on
// line 0 of the headerless article, other format diagnostics, and (strict with E2E_STRICT=1) a hover.
// Usage: node test/e2e/check-nvim.mjs <result.json>
import { readFileSync } from 'node:fs';

const result = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const strict = process.env.E2E_STRICT === '1';
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const WARNING = 2; // vim.diagnostic.severity.WARN
const HINT = 4;
const diagnostics = Array.isArray(result.diagnostics) ? result.diagnostics : [];
const missing = diagnostics.find((d) => d.code === 'format/missing-date');
check(result.waited === true, 'the missing-date diagnostic did not arrive in time');
check(missing !== undefined, 'no format/missing-date diagnostic');
if (missing) {
  check(missing.lnum === 0, `missing-date on line ${missing.lnum}, expected 0`);
  check(missing.source === 'corroborate', `source ${missing.source}, expected corroborate`);
  check(missing.severity === WARNING, `severity ${missing.severity}, expected ${WARNING} (warning)`);
  check(typeof missing.message === 'string' && missing.message.length > 10, 'an empty message');
}
check(diagnostics.some((d) => d.code === 'format/boilerplate' && d.severity === HINT), 'no format/boilerplate hint');

const hover = typeof result.hover === 'string' ? result.hover : '';
console.log(`  neovim ${result.nvim}: ${diagnostics.length} diagnostics after ${result.diagnostics_ms} ms: ` +
  [...new Set(diagnostics.map((d) => d.code))].sort().join(', '));
if (missing) console.log(`  line ${missing.lnum}:${missing.col} [${missing.code}] ${missing.message}`);
console.log(`  hover: ${hover ? JSON.stringify(hover.slice(0, 200)) : `none (${result.hover_error === null ? 'empty answer' : result.hover_error})`}`);
if (!hover) {
  if (strict) failures.push('no hover at the missing-date diagnostic');
  else console.log('  lenient: no hover yet (strict with E2E_STRICT=1)');
}
for (const failure of failures) console.log(`  not ok: ${failure}`);
process.exit(failures.length ? 1 : 0);

// Runs the extension integration suite in desktop VS Code through @vscode/test-electron, on a
// machine that can download a VS Code build (this one cannot: that download is not on the npm
// registry, so here run.sh runs the very same suite inside code-server instead).
//
//   npm install --no-save @vscode/test-electron     # once, where the network allows it
//   npm run build && node test/e2e/electron.mjs      # E2E_STRICT=1 for the strict checks
//
// Kept as .mjs so that `tsc` does not type-check an import that is not installed here.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.E2E_CORPUS ?? path.resolve(root, '..', 'shared', 'corpus', 'nato-2024');

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  console.error('electron.mjs: @vscode/test-electron is not installed (npm install --no-save @vscode/test-electron).');
  process.exit(2);
}

// The suite bundle, as run.sh builds it.
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [
  path.join(root, 'test', 'e2e', 'suite', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', '--target=node20',
  '--external:vscode', `--outfile=${path.join(root, 'out', 'e2e', 'suite', 'index.js')}`, '--log-level=warning',
], { stdio: 'inherit' });

// A throwaway copy of the corpus: the suite edits files and writes workspace settings.
const scratch = mkdtempSync(path.join(tmpdir(), 'corroborate-electron-'));
const workspace = path.join(scratch, 'corpus');
cpSync(corpus, workspace, { recursive: true, filter: (src) => src === corpus || src.endsWith('.txt') });
console.log(`workspace: ${workspace} (${readdirSync(workspace).length} articles)`);

let code = 0;
try {
  await testElectron.runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: {
      E2E_STRICT: process.env.E2E_STRICT ?? '0',
      E2E_RESULTS: path.join(root, 'test-artifacts', 'electron-ext-tests.json'),
    },
  });
} catch (error) {
  console.error(`the extension tests failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);

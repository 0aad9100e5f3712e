/**
 * The entry point an extension host loads for `extensionTestsPath`: `run()` resolves when every
 * case passed and rejects otherwise (the contract of `@vscode/test-electron`, which code-server's
 * test driver honours too). Bundled by esbuild to `out/e2e/suite/index.js`.
 */
import './cases';
import './evidence';
import { runAll } from './harness';

export async function run(): Promise<void> {
  await runAll();
}

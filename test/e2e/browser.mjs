// Headless Debian chromium through playwright-core (installed by setup.sh into .work/pw; it never
// downloads a browser of its own). Shared by the extension-test runner and the UI drive.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

function playwright() {
  const paths = [process.env.PW_NODE_PATH, process.env.NODE_PATH].filter(Boolean);
  return require(require.resolve('playwright-core', { paths }));
}

/** Flags for a quiet, offline, root-run browser; a fresh profile per launch. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'corroborate-chromium-'));
  const context = await playwright().chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS, viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Seconds since `start`, for the timing lines. */
export const since = (start) => ((Date.now() - start) / 1000).toFixed(1);

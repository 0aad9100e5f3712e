// Bundles the extension: the client (vscode external) and the server (self-contained, also the
// `corroborate` command line). Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiEscaped } from './scripts/ascii-escapes.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * esbuild writes non-ASCII characters of regular expression literals as they are ("[”’]"), and
 * one such character makes V8 hold the whole script's source, which every thread keeps, as a
 * two-byte string: 12.7 MB instead of 6.4 MB for the server, in the main thread and in each
 * analysis worker. Written as escapes (scripts/ascii-escapes.mjs), the bundle is ASCII. Columns
 * after an escape on its line move (a few dozen lines, nearly all regular expressions); the
 * source map is not rewritten for them.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      const ascii = asciiEscaped(text);
      if (ascii !== text) writeFileSync(file, ascii);
    });
  },
};

const common = {
  plugins: [asciiOutput],
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables have Node 20 lacking \p{...} in regular expressions, so it rewrote every
  // such literal into a `new RegExp(...)` call, compiled anew each time it runs (once per token in
  // the sentence features). Node has had them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from the bundler; its ES module build does not.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Some dependencies ship ES modules that read import.meta.url; give them this file's URL.
  define: { CORROBORATE_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/server.js',
    // V8 lets the heap grow 20 % past what its last full collection kept, not its default (which let
    // a 10,000-article check grow from 0.8 GB live to 2.2 GB): set first thing, before any module of
    // the bundle runs, so that the language server, however an editor starts it, and the command
    // line both have it (bench/RESULTS.md).
    banner: { js: `require('node:v8').setFlagsFromString('--heap-growing-percent=20');\n${common.banner.js}` },
  },
  // The check's retrieval worker (server/src/cli/retrievalThread.ts): a few kilobytes, where
  // starting a worker on the server bundle would load all of it.
  { ...common, entryPoints: ['server/src/cli/retrievalWorker.ts'], outfile: 'dist/retrievalWorker.js' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

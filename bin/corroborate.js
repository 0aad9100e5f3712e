#!/usr/bin/env node
// The `corroborate` command: the server bundle doubles as the command line (run `npm run build` first).
// The bundle sets V8's heap growth itself, before any of its modules run (esbuild.mjs). The size of
// the young generation (node-flags.json) can only be set when the process starts: a plain
// `corroborate ...` runs itself again with it. Analysis allocates many short-lived objects, and a
// larger young generation promotes fewer of them to the old one (bench/RESULTS.md). Started with
// flags of its own (`node --inspect bin/corroborate.js`), it runs as it was started.
const flags = require('./node-flags.json');
if (process.execArgv.length > 0) {
  require('../dist/server.js').main(process.argv.slice(2));
} else {
  const { spawnSync } = require('node:child_process');
  const run = spawnSync(process.execPath, [...flags, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 1);
}

#!/usr/bin/env node
// The `corroborate` command: the server bundle doubles as the command line (run `npm run build` first).
// The bundle sets V8's heap growth itself, before any of its modules run (esbuild.mjs). The size of
// the young generation (node-flags.json) can only be set when the process starts: a plain
// `corroborate ...` runs itself again with it. Analysis allocates many short-lived objects, and a
// larger young generation promotes fewer of them to the old one, but every thread commits its
// young generation in full: 16 MB semi-spaces (V8's default for Node 20, set here so that another
// Node's default does not change it), since at 10k articles 32 took 45-55 MB more at the peak for
// about 1 % of time, and 64 another 150 MB for 5 % (bench/RESULTS.md). Started with
// flags of its own (`node --inspect bin/corroborate.js`), it runs as it was started.
// The child also gets glibc's mmap threshold fixed at its default (128 KiB), unless the user set
// one: glibc otherwise raises the threshold after freeing a large block, so that the megabyte-sized
// batches a worker thread sends are then carved from malloc arenas that fragment and never shrink.
// Fixed, they are mapped and unmapped whole: 10k cold check peak RSS 1.90 -> 1.68 GB, time the
// same (bench/RESULTS.md). Other C libraries ignore the variable.
const flags = require('./node-flags.json');
const MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };
if (process.execArgv.length > 0) {
  require('../dist/server.js').main(process.argv.slice(2));
} else {
  const { spawnSync } = require('node:child_process');
  const env = { ...MALLOC_ENV, ...process.env };
  const run = spawnSync(process.execPath, [...flags, __filename, ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (run.error) throw run.error;
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status ?? 1);
}

#!/usr/bin/env node
// The `corroborate` command: the server bundle doubles as the command line (run `npm run build` first).

// How far V8 lets the heap grow past what its last full collection kept, in percent. By default
// it let a 10,000-article check's heap grow from 0.8 GB live to 2.2 GB before collecting again
// (peak RSS 2.4 GB); at 20 % the peak was 1.6 GB for the same report (bench/RESULTS.md). Set
// before the bundle loads: set later, V8 did not apply it.
require('node:v8').setFlagsFromString('--heap-growing-percent=20');

require('../dist/server.js').main(process.argv.slice(2));

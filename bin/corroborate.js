#!/usr/bin/env node
// The `corroborate` command: the server bundle doubles as the command line (run `npm run build` first).
// The bundle sets V8's heap growth itself, before any of its modules run (esbuild.mjs).
require('../dist/server.js').main(process.argv.slice(2));

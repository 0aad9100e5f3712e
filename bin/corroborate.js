#!/usr/bin/env node
// The `corroborate` command: the server bundle doubles as the command line (run `npm run build` first).
require('../dist/server.js').main(process.argv.slice(2));

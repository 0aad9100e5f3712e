// Rewrites the generated list of diagnostic codes in README.md from the code registry.
// Run through `npm run docs` (which compiles first).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { withCodesSection } = require('../out/server/src/core/codesMarkdown.js');
const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withCodesSection(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README.md is current' : 'README.md updated');

// Tokenizes invented sample articles with VS Code's own TextMate engine (vscode-textmate and the
// Oniguruma WebAssembly build that code-server ships) and checks the scopes of the grammar.
// This is what the editor really does with syntaxes/dated-article.tmLanguage.json; the unit test
// grammar.test.ts can only approximate Oniguruma with JavaScript's regular expressions.
// env: VSCODE_MODULES (code-server's lib/vscode/node_modules)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const modules = process.env.VSCODE_MODULES;
if (!modules) {
  console.error('grammar-tokens: set VSCODE_MODULES');
  process.exit(2);
}
const textmate = require(path.join(modules, 'vscode-textmate'));
const oniguruma = require(path.join(modules, 'vscode-oniguruma'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'dated-article.tmLanguage.json');

await oniguruma.loadWASM(readFileSync(path.join(modules, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
const registry = new textmate.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  }),
  loadGrammar: async (scope) => (scope === 'text.dated-article' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
});
const grammar = await registry.loadGrammar('text.dated-article');

function tokenize(lines) {
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens;
  });
}

let passed = 0;
const failures = [];
/** Every character of `needle` (in line `index`) carries `scope`, or none does when `present` is false. */
function expectScope(lines, tokens, index, needle, scope, present = true) {
  const at = lines[index].indexOf(needle);
  if (at < 0) throw new Error(`sample line ${index} has no ${JSON.stringify(needle)}`);
  const scopesAt = (offset) => tokens[index].find((t) => t.startIndex <= offset && offset < t.endIndex)?.scopes ?? [];
  const offsets = [...Array(needle.length).keys()].map((i) => at + i);
  const ok = offsets.every((o) => scopesAt(o).includes(scope) === present);
  if (ok) passed++;
  else failures.push(`line ${index} ${JSON.stringify(needle)} ${present ? 'lacks' : 'has'} ${scope}: ${scopesAt(at).join(' ')}`);
}

const article = [
  '',
  ' date 2021-07-09 Harbour ferry fares rise',
  'The operator said fares would rise by 12 per cent, according to the council.',
  '“We have no choice,” the director told reporters on July 8.',
  'Advertisement',
  'Also read: Ferry operators cut winter routes',
  'By Ana Lopes',
  '(Wirenews) - Nine boats will run, not ten.',
  'He called it "a fair deal" and left.',
  '<!-- corroborate-disable-next-line quote/uncited -->',
  'https://news.example/harbour',
  'date 2021-07-10 is not a header here.',
];
const a = tokenize(article);
expectScope(article, a, 1, 'date', 'keyword.other.date-header.dated-article');
expectScope(article, a, 1, '2021-07-09', 'constant.other.date.dated-article');
expectScope(article, a, 1, 'Harbour ferry', 'keyword.other.date-header.dated-article', false);
expectScope(article, a, 2, 'said', 'keyword.other.attribution.dated-article');
expectScope(article, a, 2, 'according to', 'keyword.other.attribution.dated-article');
expectScope(article, a, 2, '12 per cent', 'constant.numeric.dated-article');
expectScope(article, a, 2, 'operator', 'keyword.other.attribution.dated-article', false);
expectScope(article, a, 3, '“We have no choice,”', 'string.quoted.double.curly.dated-article');
expectScope(article, a, 3, 'told', 'keyword.other.attribution.dated-article');
expectScope(article, a, 3, 'told', 'string.quoted.double.curly.dated-article', false);
expectScope(article, a, 3, 'July 8', 'constant.other.date.dated-article');
expectScope(article, a, 4, 'Advertisement', 'comment.line.boilerplate.advertisement.dated-article');
expectScope(article, a, 5, 'Also read: Ferry operators cut winter routes', 'comment.line.boilerplate.link.dated-article');
expectScope(article, a, 6, 'By Ana Lopes', 'comment.line.boilerplate.byline.dated-article');
expectScope(article, a, 7, '(Wirenews) -', 'comment.line.boilerplate.agency.dated-article');
expectScope(article, a, 7, 'Nine', 'constant.numeric.word.dated-article');
expectScope(article, a, 7, 'ten', 'constant.numeric.word.dated-article');
expectScope(article, a, 8, '"a fair deal"', 'string.quoted.double.straight.dated-article');
expectScope(article, a, 8, 'and left', 'string.quoted.double.straight.dated-article', false);
expectScope(article, a, 9, 'corroborate-disable-next-line', 'keyword.control.directive.dated-article');
expectScope(article, a, 9, '<!--', 'comment.block.directive.dated-article');
expectScope(article, a, 10, 'https://news.example/harbour', 'comment.line.boilerplate.url.dated-article');
expectScope(article, a, 11, 'date', 'keyword.other.date-header.dated-article', false);

const malformed = ['Date: 09/07/2021 Harbour ferry fares rise', 'The ferry left at 9.'];
const m = tokenize(malformed);
expectScope(malformed, m, 0, '09/07/2021', 'invalid.deprecated.date.dated-article');
expectScope(malformed, m, 0, 'Date: ', 'keyword.other.date-header.dated-article');

const headerless = ['Harbour town, Monday', ' date 2021-07-09 comes too late to be the header.'];
const h = tokenize(headerless);
expectScope(headerless, h, 0, 'Harbour town', 'meta.header.date.dated-article', false);
expectScope(headerless, h, 1, 'date', 'keyword.other.date-header.dated-article', false);

for (const failure of failures) console.log(`  not ok: ${failure}`);
console.log(`grammar: ${passed} scope checks passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

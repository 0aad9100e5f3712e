#!/usr/bin/env node
// The language server at scale ("Scale and CI"): how long the built server (`dist/server.js
// --stdio`) takes to index a synthetic corpus, how much memory it then holds, and how long an edit
// of one open article takes to reach the editor as diagnostics, for that article and for the
// articles it conflicts with. Figures are printed (a Markdown table row and a JSON line), never
// asserted. See bench/README.md.
//
//   node bench/lsp-latency.mjs --articles 1000 [--edits 30] [--corpus DIR] [--seed 1]
//     [--debounce-ms 0] [--report-scope open|workspace] [--settle status|diagnostics]
//     [--timeout 1800] [--server dist/server.js] [--cpu-prof DIR]
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import rpc from 'vscode-jsonrpc/node';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

const USAGE = `usage: node bench/lsp-latency.mjs (--articles N | --corpus DIR) [--edits 30] [--seed 1]
  [--debounce-ms 0] [--report-scope open|workspace] [--settle status|diagnostics]
  [--timeout SECONDS] [--server dist/server.js] [--cpu-prof DIR]`;
const root = path.resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    articles: { type: 'string' }, corpus: { type: 'string' }, edits: { type: 'string', default: '30' }, seed: { type: 'string', default: '1' },
    'debounce-ms': { type: 'string', default: '0' }, 'report-scope': { type: 'string', default: 'open' }, settle: { type: 'string', default: 'status' },
    timeout: { type: 'string', default: '1800' }, server: { type: 'string', default: path.join(root, 'dist/server.js') }, 'cpu-prof': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const edits = Number(values.edits);
const timeoutSeconds = Number(values.timeout);
const reportScope = values['report-scope'];
if ((!values.articles && !values.corpus) || !(Number.isInteger(edits) && edits >= 1) || !(timeoutSeconds > 0) || !['open', 'workspace'].includes(reportScope) || !['status', 'diagnostics'].includes(values.settle)) {
  console.error(USAGE);
  process.exit(2);
}
let phase = 'starting';
/** The server process, once started (`fail` kills it). */
let server;
/** The folder of a generated corpus (`fail` removes it). */
let temporary;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const say = (message) => console.error(`[${seconds()} s] ${message}`);
function fail(message) {
  console.error(`lsp-latency: ${message}`);
  server?.kill('SIGKILL');
  if (temporary) rmSync(temporary, { recursive: true, force: true });
  process.exit(1);
}
if (!existsSync(values.server)) fail(`no server at ${values.server}: run \`npm run build\` first`);
// One deadline for the whole run: a server that never reports back must not hang CI.
const deadline = setTimeout(() => fail(`timed out after ${timeoutSeconds} s while ${phase}`), timeoutSeconds * 1000);

// --- The corpus and the edit ------------------------------------------------------------------

let corpus = values.corpus;
if (!corpus) {
  temporary = mkdtempSync(path.join(tmpdir(), 'corroborate-lsp-bench-'));
  corpus = path.join(temporary, 'corpus');
  phase = 'generating the corpus';
  const run = spawnSync(process.execPath, [path.join(root, 'bench/generate.mjs'), '--articles', values.articles, '--out', corpus, '--seed', values.seed, '--quiet'], { stdio: 'inherit' });
  if (run.status !== 0) fail('bench/generate.mjs failed');
}
corpus = realpathSync(corpus);
const answersFile = path.join(corpus, 'answers.json');
if (!existsSync(answersFile)) fail(`${corpus} has no answers.json (make corpora with bench/generate.mjs)`);

// Digit numbers an edit may change: not years, not the day of a date (as bench/lib/edit.mjs).
const NUMBER = /\b\d[\d,]*(?:\.\d+)?\b/g;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const isDatePart = (sentence, m) => /^(19|20)\d\d$/.test(m[0]) || new RegExp(`${MONTH}\\s$`).test(sentence.slice(0, m.index)) || new RegExp(`^\\s${MONTH}`).test(sentence.slice(m.index + m[0].length));

/**
 * How to write `otherValue` in place of the token that writes `value` ("$201.7m" is 201,700,000
 * in the key): the token's scale is found from the value, and the other value keeps the token's
 * decimals and thousands separators. Undefined when no single token writes the value exactly.
 */
function replacementFor(sentence, value, otherValue) {
  const found = [];
  for (const m of sentence.matchAll(NUMBER)) {
    if (isDatePart(sentence, m)) continue;
    const n = Number(m[0].replace(/,/g, ''));
    const decimals = (m[0].split('.')[1] ?? '').length;
    for (const scale of [1, 1e-3, 1e-6, 1e-9, 0.01, 100]) {
      if (Math.abs(n - value * scale) > 1e-9 * Math.max(1, Math.abs(n))) continue;
      const other = otherValue * scale;
      if (Number(other.toFixed(decimals)) !== Number(other.toFixed(decimals + 6)) || other <= 0) continue;
      let text = other.toFixed(decimals);
      if (m[0].includes(',')) text = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      if (text !== m[0]) found.push({ index: m.index, from: m[0], to: text });
      break;
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a sentence says the same as `sentence` in the same words, with another number. */
const sameWording = (sentence, other) => sentence.replace(NUMBER, '#') === other.replace(NUMBER, '#');

/**
 * Planted number conflicts whose changed side can be switched to the story's value and back, the
 * first `limit` in key order, those with an original in the same words first (the likeliest to be
 * found by the engine; the run opens them in turn until the server flags one).
 */
async function editCandidates(limit) {
  const found = [];
  const lines = createInterface({ input: createReadStream(answersFile, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.includes('"kind":"conflict"') || !line.includes('"side":"changed"') || !line.includes('"conflictKind":"number"')) continue;
      const item = JSON.parse(line.replace(/,$/, ''));
      if (typeof item.value !== 'number' || typeof item.otherValue !== 'number') continue;
      const change = replacementFor(item.sentence, item.value, item.otherValue);
      const file = path.join(corpus, item.file);
      const text = change && existsSync(file) ? readFileSync(file, 'utf8') : '';
      const at = text.indexOf(item.sentence);
      if (!change || at < 0) continue;
      const story = path.dirname(file);
      found.push({
        item, file, text, sentenceStart: at, sentenceEnd: at + item.sentence.length, offset: at + change.index, planted: change.from, original: change.to,
        keyRelated: item.with.map((w) => path.join(story, w.file)), echoed: item.with.some((w) => sameWording(item.sentence, w.sentence)),
      });
      if (found.length >= limit) break;
    }
  } finally {
    lines.close();
  }
  if (!found.length) fail(`no planted number conflict in ${answersFile} can be edited`);
  return [...found.filter((c) => c.echoed), ...found.filter((c) => !c.echoed)];
}

// --- The client ---------------------------------------------------------------------------------

/** Numbers every message received, across kinds, so that "after that message" can be asked. */
let sequence = 0;

/** Messages of one kind with their arrival times, and waiting for one that matches. */
class Log {
  items = [];
  waiters = [];
  push(item) {
    this.items.push({ ...item, at: performance.now(), seq: ++sequence });
    const last = this.items[this.items.length - 1];
    this.waiters = this.waiters.filter((w) => !(w.match(last) && (w.resolve(last), true)));
  }
  get mark() {
    return this.items.length;
  }
  /** The first item after `mark` that matches; waits (the run's deadline bounds it) if none has come yet. */
  waitFor(match, mark = 0) {
    const found = this.items.slice(mark).find(match);
    return found ? Promise.resolve(found) : new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

const uriOf = (file) => pathToFileURL(file).href;
const folderUri = uriOf(corpus);
const settings = { debounceMs: Number(values['debounce-ms']), reportScope, run: 'onType' };
// The server runs with the V8 flags the extension starts it with (bin/node-flags.json).
const nodeFlags = JSON.parse(readFileSync(path.join(root, 'bin/node-flags.json'), 'utf8'));
const nodeArgs = [...nodeFlags, ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [])];
server = spawn(process.execPath, [...nodeArgs, values.server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
let stderrTail = '';
server.stderr.on('data', (chunk) => (stderrTail = (stderrTail + chunk).slice(-4000)));
let finished = false;
server.on('exit', (code, signal) => finished || fail(`the server exited (${signal ?? code}) while ${phase}\n${stderrTail}`));

const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const diagnostics = new Log();
const statuses = new Log();
const progress = new Log();
const errors = [];
connection.onNotification('textDocument/publishDiagnostics', (p) => diagnostics.push(p));
connection.onNotification('corroborate/status', (p) => statuses.push(p));
connection.onNotification('$/progress', (p) => progress.push(p));
const logs = new Log();
connection.onNotification('window/logMessage', (p) => {
  if (p.type === 1) errors.push(p.message);
  logs.push(p);
});
connection.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('client/unregisterCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.onRequest('window/showMessageRequest', () => null);
connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
connection.listen();

const capabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true }, workspaceFolders: true },
  window: { workDoneProgress: true },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

/** The server's memory once its RSS has not fallen for a second (read every 200 ms, for 15 s at most). */
async function settledMemory() {
  let last = memory();
  let lowest = last.rssMb;
  let lowestAt = performance.now();
  const start = performance.now();
  while (performance.now() - lowestAt < 1000 && performance.now() - start < 15000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = memory();
    if (last.rssMb < lowest - 1) {
      lowest = last.rssMb;
      lowestAt = performance.now();
    }
  }
  return last;
}

/** VmRSS and VmHWM of the server process, in MB. */
function memory() {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** LSP position of a UTF-16 offset (lines end at \r\n, \n or \r, as the protocol says). */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (const m of text.slice(0, offset).matchAll(/\r\n|\n|\r/g)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

const isConflict = (d) => d.code === 'claim/conflicting';
const touchesSentence = (d, edit) => {
  const start = positionAt(edit.text, edit.sentenceStart);
  const end = positionAt(edit.text, edit.sentenceEnd);
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(d.range.start, end) && before(start, d.range.end);
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '-');
const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

// --- The run ------------------------------------------------------------------------------------

const candidates = await editCandidates(20);
say(`corpus ${corpus}: ${candidates.length} planted number conflicts to choose the edit from`);

phase = 'initializing';
await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, capabilities, workspaceFolders: [{ uri: folderUri, name: path.basename(corpus) }] });
phase = 'indexing the workspace';
const indexStart = performance.now();
const statusMark = statuses.mark;
await connection.sendNotification('initialized', {});
const indexed = await statuses.waitFor((s) => !s.indexing, statusMark);
// Reading yields to the event loop every 40 ms and reports progress then; the end of the progress
// is written only after the first totals (a judgment of every article) have been computed, so the
// last report, not the end, is when the files had been read (to within one slice).
const filesRead = progress.items.filter((p) => p.value?.kind === 'report').pop();
const indexing = { readSeconds: filesRead ? (filesRead.at - indexStart) / 1000 : null, indexedSeconds: (indexed.at - indexStart) / 1000, articles: indexed.articles, conflicting: indexed.totals.verdicts.conflicting };
const atTotals = memory();
// Once the totals are out, the server compacts its heap (server/src/lsp/heapCompaction.ts) and logs
// it; the pages it gives back are unmapped in the background, so the RSS is read once it stops falling.
phase = 'waiting for the heap compaction';
const compaction = await logs.waitFor((p) => /heap compacted/.test(p.message));
const afterIndexing = await settledMemory();
say(`indexed ${indexed.articles} articles in ${indexing.indexedSeconds.toFixed(1)} s (files read in ${indexing.readSeconds?.toFixed(1)} s), RSS ${atTotals.rssMb.toFixed(0)} MB at the totals; ${compaction.message.replace(/^corroborate: /, '')}; RSS ${afterIndexing.rssMb.toFixed(0)} MB, peak ${afterIndexing.hwmMb.toFixed(0)} MB`);
phase = 'asking corroborate/checkCorpus';
const checkStart = performance.now();
const totals = await connection.sendRequest('corroborate/checkCorpus', {});
const checkCorpusMs = performance.now() - checkStart;

phase = 'choosing the edited article';
const conflictsOfSentence = (published, candidate) => published.diagnostics.filter((d) => isConflict(d) && touchesSentence(d, candidate));
let edit;
let opened;
let openMs;
/** The last message of the setup: the totals that follow it are the last the setup causes. */
let lastSetupMessage;
for (const candidate of candidates) {
  const uri = uriOf(candidate.file);
  const openMark = diagnostics.mark;
  const openStart = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dated-article', version: 1, text: candidate.text } });
  const published = await diagnostics.waitFor((p) => p.uri === uri && p.version === 1, openMark);
  lastSetupMessage = published;
  // The first open meets an idle server; later ones may wait for the totals a close triggers.
  openMs ??= published.at - openStart;
  if (conflictsOfSentence(published, candidate).length || candidate === candidates[candidates.length - 1]) {
    [edit, opened] = [candidate, published];
    break;
  }
  // The engine missed this planted conflict: the edit would change no finding. Try the next.
  say(`no conflict found in ${path.relative(corpus, candidate.file)} ("${candidate.item.sentence}"); trying the next planted conflict`);
  const closeMark = diagnostics.mark;
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  lastSetupMessage = await diagnostics.waitFor((p) => p.uri === uri, closeMark);
}
const editUri = uriOf(edit.file);
let version = 1;
let text = edit.text;
let mark;
const plantedConflicts = conflictsOfSentence(opened, edit);
say(`editing ${path.relative(corpus, edit.file)}: ${edit.planted} <-> ${edit.original} in "${edit.item.sentence}"`);
// The articles whose diagnostics the edit changes: those the sentence's conflict cites, or, when
// the server found no conflict there, those the key says state the story's value.
let relatedUris = [...new Set(plantedConflicts.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri)))].filter((u) => u !== editUri);
const relatedSource = relatedUris.length ? 'relatedInformation' : 'answer key';
if (!relatedUris.length) relatedUris = edit.keyRelated.map(uriOf);
say(`the sentence has ${plantedConflicts.length} conflict diagnostic(s) citing ${relatedUris.length} article(s) (${relatedSource})`);

if (reportScope === 'open') {
  // An editor shows diagnostics of open articles only: the cited articles are opened too, as a
  // reviewer following the conflict's links would.
  phase = 'opening the related articles';
  for (const uri of relatedUris) {
    mark = diagnostics.mark;
    const relatedText = readFileSync(new URL(uri), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dated-article', version: 1, text: relatedText } });
    lastSetupMessage = await diagnostics.waitFor((p) => p.uri === uri && p.version === 1, mark);
  }
}
// Start the edits on a quiet server: every open or close schedules the totals (sent 300 ms later,
// after a recount if the corpus changed); the status after the setup's last message is the last.
phase = 'waiting for the totals after the opens';
await statuses.waitFor((s) => s.seq > lastSetupMessage.seq);

const own = [];
const related = [];
const totalsAfterEdit = [];
const flips = [];
let current = edit.planted;
for (let i = 1; i <= edits; i++) {
  phase = `waiting for the diagnostics of edit ${i} of ${edits}`;
  const next = current === edit.planted ? edit.original : edit.planted;
  const range = { start: positionAt(text, edit.offset), end: positionAt(text, edit.offset + current.length) };
  text = text.slice(0, edit.offset) + next + text.slice(edit.offset + current.length);
  const sentenceShift = next.length - current.length;
  current = next;
  version++;
  mark = diagnostics.mark;
  const sent = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: editUri, version }, contentChanges: [{ range, text: next }] });
  const published = await diagnostics.waitFor((p) => p.uri === editUri && p.version === version, mark);
  own.push(published.at - sent);
  const arrivals = await Promise.all(relatedUris.map((uri) => diagnostics.waitFor((p) => p.uri === uri, mark)));
  if (arrivals.length) related.push(Math.max(...arrivals.map((p) => p.at - sent)));
  edit.text = text;
  edit.sentenceEnd += sentenceShift;
  flips.push({ value: next, conflicts: conflictsOfSentence(published, edit).length });
  if (values.settle === 'status') {
    phase = `waiting for the totals after edit ${i} of ${edits}`;
    // The validation schedules the totals after publishing, so the status that follows the
    // article's diagnostics is the one that counts the edit.
    const status = await statuses.waitFor((s) => s.seq > published.seq);
    totalsAfterEdit.push(status.at - sent);
  }
  say(`edit ${i}: ${next}, own ${own[own.length - 1].toFixed(0)} ms, related ${ms(related[i - 1])} ms${totalsAfterEdit.length === i ? `, totals ${totalsAfterEdit[i - 1].toFixed(0)} ms` : ''}`);
}
const afterEdits = memory();

phase = 'shutting down';
finished = true;
await connection.sendRequest('shutdown').catch(() => undefined);
await connection.sendNotification('exit').catch(() => undefined);
await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
connection.dispose();
clearTimeout(deadline);
if (temporary) rmSync(temporary, { recursive: true, force: true });

// The edit alternates the planted value and the story's: the conflict should come and go.
const flipped = flips.every((f) => (f.value === edit.original ? f.conflicts === 0 : f.conflicts > 0));
const result = {
  articles: indexing.articles, edits, reportScope, debounceMs: settings.debounceMs, settle: values.settle,
  readSeconds: indexing.readSeconds, indexedSeconds: indexing.indexedSeconds, checkCorpusMs, conflictingClaims: totals.totals.verdicts.conflicting,
  rssAtTotalsMb: atTotals.rssMb, rssMb: afterIndexing.rssMb, hwmMb: afterIndexing.hwmMb, compaction: compaction.message, rssAfterEditsMb: afterEdits.rssMb, hwmAfterEditsMb: afterEdits.hwmMb,
  openMs, editedFile: path.relative(corpus, edit.file), relatedArticles: relatedUris.length, relatedSource, conflictFlips: flipped,
  ownP50Ms: percentile(own, 50), ownP95Ms: percentile(own, 95), relatedP50Ms: percentile(related, 50), relatedP95Ms: percentile(related, 95),
  totalsP50Ms: percentile(totalsAfterEdit, 50), totalsP95Ms: percentile(totalsAfterEdit, 95), serverErrors: errors.length,
};
console.log('| articles | files read (s) | indexed (s) | RSS / peak after indexing (MB) | open (ms) | edit -> own diagnostics p50 / p95 (ms) | edit -> related diagnostics p50 / p95 (ms) | related | edit -> totals p50 / p95 (ms) |');
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(`| ${result.articles} | ${result.readSeconds?.toFixed(1) ?? '-'} | ${result.indexedSeconds.toFixed(1)} | ${result.rssMb.toFixed(0)} / ${result.hwmMb.toFixed(0)} | ${ms(openMs)} | ${ms(result.ownP50Ms)} / ${ms(result.ownP95Ms)} | ${ms(result.relatedP50Ms)} / ${ms(result.relatedP95Ms)} | ${result.relatedArticles} | ${ms(result.totalsP50Ms)} / ${ms(result.totalsP95Ms)} |`);
console.log(JSON.stringify(result));
if (!flipped) say('note: the conflict of the edited sentence did not come and go with the edits');
if (errors.length) say(`the server logged ${errors.length} error(s); the first: ${errors[0].slice(0, 500)}`);

/**
 * The headless front end: `corroborate check <paths...>` (and `corroborate index`, which writes
 * the index that sharded checks read). Parses arguments, runs the check over the same core the
 * language server uses, prints one of the formats, and returns the exit code: 0 when nothing
 * (new, with a baseline) reaches the failure threshold, 1 when something does, 2 on a usage or
 * internal error.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type CheckResult, type CheckRun, runCheck } from './checkRun';
import { CheckCache } from './cache';
import { cacheFilePath } from './cacheIdentity';
import { applyBaseline, type Baseline, BaselineError, baselineOf, readBaseline, writeBaseline } from './baseline';
import { inShard, parseShard, type Shard } from './shard';
import { runIndex } from './index-command';
import { formatGithub } from './formats/github';
import { formatHtml } from './formats/html';
import { formatJson } from './formats/json';
import { recheck } from './recheck';
import { fileWriter, PhaseTimes, streamJson } from './checkOutput';
import { type KeptPiece, keepLine, recordRun, runSnapshotKey } from './runSnapshot';
import { piecedReport } from './reportPieces';
import { defaultJobs } from './analyseWorkers';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { loadConfig } from '../io/configFile';
import { InputError } from '../io/files';
import { reachesThreshold, type CorroborateConfig } from '../core/config';
import type { Severity } from '../core/types';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress lines are shown only then. */
  readonly stderrIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly today: string;
  readonly version: string;
}

const FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: corroborate check <files|folders|globs...> [options]
       corroborate index <files|folders|globs...> --out <file> [--against <paths>] [--config <file>]
       corroborate --stdio | --node-ipc      (start the language server)

Options of check:
  --format <text|json|sarif|github|html>  output format (default: text; html: the story report)
  --out <file>                       write the output to this file instead of standard output
  --against <paths>                  reference articles: compared with, not reported on (repeatable)
  --scope <corpus|folder>            one corpus for everything, or one per folder (story folders)
  --config <file>                    the .corroborate.json to use (default: nearest above the first path)
  --fail-on <error|warning|information|hint|never>  exit 1 at this severity (default: config, else error)
  --quiet                            report errors only
  --show-hints                       list hints (boilerplate) in the text format
  --cache                            reuse the analyses and verdicts of unchanged articles
  --cache-location <file|folder/>    where the cache lives (default: .corroborate-cache/)
  --baseline <file>                  report and fail on findings absent from this baseline only
  --update-baseline                  write the current findings into the --baseline file
  --shard <i/n>                      report on the i-th of n shards of the articles (by path hash)
  --index <file>                     analyses of the whole corpus (corroborate index), for shards
  --jobs <n>                         threads that analyse and judge articles (default: 2 on 2+ cores)
  --timing                           print how long each phase took, and what the cache reused
  -h, --help                         show this help
  -v, --version                      show the version
`;

class UsageError extends Error {}

const DEFAULT_CACHE_LOCATION = '.corroborate-cache/';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof BaselineError) {
      io.stderr(`corroborate: ${error.message}\n`);
    } else {
      io.stderr(`corroborate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (command === 'index') return index(rest, io);
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: corroborate check <paths>)`);
  return check(rest, io);
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('check needs at least one file, folder or glob');
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (one of: ${FORMATS.join(', ')})`);

  const loaded = loadConfig({ file: values.config && path.resolve(io.cwd, values.config), start: path.resolve(io.cwd, positionals[0]) });
  for (const problem of loaded.problems) io.stderr(`corroborate: ${loaded.file ?? 'config'}: ${problem}\n`);
  const config = withOverrides(loaded.config, values);
  const shard = readShard(values.shard);
  const baselineFile = values.baseline === undefined ? undefined : path.resolve(io.cwd, values.baseline);
  if (values['update-baseline'] && !baselineFile) throw new UsageError('--update-baseline needs --baseline <file>');
  // Read before the run, so that a missing or malformed baseline fails fast.
  const baseline = baselineFile && !values['update-baseline'] ? readBaseline(baselineFile) : undefined;

  const cache = openCache(values, positionals, config, io);
  const timing = values.timing ? new PhaseTimes() : undefined;
  const timed = (phase: string, work: () => void): void => (timing ? timing.time(phase, work) : work());
  // A cached JSON, SARIF or GitHub check of one corpus keeps a snapshot of its run, from which
  // the next one re-checks only what its edits reach (`recheck.ts`); the full check runs when it cannot.
  const pieced = cache?.entries && (format === 'json' || format === 'sarif' || format === 'github') && !baselineFile && !shard && values.index === undefined &&
    (values.against ?? []).length === 0 && config.scope === 'corpus' ? piecedReport(format, io.version) : undefined;
  const snapshotKey = pieced && runSnapshotKey(cacheInputs(positionals, [], io.cwd), io.cwd, pieced.key);
  if (cache && pieced && snapshotKey) {
    const started = performance.now();
    const out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out);
    const rechecked = await recheck({ inputs: positionals, cwd: io.cwd, today: io.today, config, cache, key: snapshotKey, report: pieced, out, stdout: io.stdout });
    if (rechecked) {
      timing?.add('re-check', performance.now() - started);
      timed('save cache', () => saveCache(cache, io));
      if (timing) io.stderr(timing.summary(cache.stats));
      return rechecked.failed ? 1 : 0;
    }
  }
  const progress = io.stderrIsTTY ? progressLine(io) : undefined;
  // A JSON report is written article by article while the check runs (a baseline must see every
  // finding first), so that a large corpus never holds all its reports, nor one huge string.
  // Each report line goes to the cache as it is written (a large corpus's lines are hundreds of megabytes).
  const lineKeys: KeptPiece[] | undefined = cache && snapshotKey ? [] : undefined;
  const keepReportLine = cache && lineKeys && ((line: string) => lineKeys.push(keepLine(cache, line)));
  const streamed = format === 'json' && !baselineFile ? streamJson(values.out === undefined ? io.stdout : fileWriter(path.resolve(io.cwd, values.out)), keepReportLine) : undefined;
  const result = await runCheckClosingCache(cache, {
    inputs: positionals,
    against: values.against ?? [],
    scope: config.scope,
    config,
    cwd: io.cwd,
    today: io.today,
    onProgress: progress?.update,
    loader: cache,
    judgeFor: cache && ((corpus) => cache.judgeFor(corpus)),
    reportOn: shard && ((file) => inShard(file.display, shard)),
    onArticle: streamed?.article,
    jobs: readJobs(values.jobs),
    onPhase: timing?.add,
  });
  progress?.clear();
  if (cache && pieced && snapshotKey && lineKeys) {
    timed('save cache', () => {
      // A format printed whole at the end has its pieces made here (the JSON report's were kept as it was written).
      if (!streamed) for (const article of result.articles) lineKeys.push(keepLine(cache, pieced.piece(article, result)));
      recordRun(cache, result, lineKeys, snapshotKey, io.today);
    });
  }
  timed('save cache', () => saveCache(cache, io));
  let code: number;
  if (streamed) {
    timed('write report', () => streamed.end());
    code = failed(result, config.failOn) ? 1 : 0;
  } else {
    const shown = baselineFile ? withBaseline(result, baselineFile, baseline, io) : result;
    timed('write report', () => {
      const output = render(shown, format, values, io, shard);
      if (values.out) writeFileSync(path.resolve(io.cwd, values.out), output);
      else io.stdout(output);
    });
    code = failed(shown, config.failOn) ? 1 : 0;
  }
  if (timing) io.stderr(timing.summary(cache?.stats));
  return code;
}


/** `runCheck`, leaving no file of the cache behind (its spill file) when the check fails. */
async function runCheckClosingCache(cache: CheckCache | undefined, options: Parameters<typeof runCheck>[0]): Promise<CheckRun> {
  try {
    return await runCheck(options);
  } catch (error) {
    cache?.abandon();
    throw error;
  }
}



/** The cache (`--cache`, `--cache-location`) and the index (`--index`) of a check, if asked for. */
function openCache(values: CheckValues, inputs: readonly string[], config: CorroborateConfig, io: CliIo): CheckCache | undefined {
  const useCache = values.cache === true || values['cache-location'] !== undefined;
  if (!useCache && values.index === undefined) return undefined;
  return new CheckCache({
    config,
    version: io.version,
    today: io.today,
    cacheFile: useCache ? cacheFilePath(values['cache-location'] ?? DEFAULT_CACHE_LOCATION, io.cwd, cacheInputs(inputs, values.against ?? [], io.cwd)) : undefined,
    indexFile: values.index === undefined ? undefined : path.resolve(io.cwd, values.index),
    warn: (message) => io.stderr(`corroborate: ${message}\n`),
  });
}

/**
 * The run as reported with a baseline: only findings absent from it. With `--update-baseline`
 * (no `baseline` read), the current findings are written first, so none is reported.
 */
function withBaseline(result: CheckResult, file: string, baseline: Baseline | undefined, io: CliIo): CheckResult {
  let applied = baseline;
  if (!applied) {
    applied = baselineOf(result, file, tryReadBaseline(file));
    writeBaseline(file, applied);
    const total = applied.findings.reduce((n, e) => n + e.count, 0);
    io.stderr(`corroborate: wrote ${total} finding${total === 1 ? '' : 's'} to the baseline ${path.relative(io.cwd, file) || file}\n`);
  }
  const filtered = applyBaseline(result, applied, file);
  if (filtered.known > 0 && baseline) io.stderr(`corroborate: ${filtered.known} finding${filtered.known === 1 ? '' : 's'} of the baseline not reported\n`);
  return filtered.result;
}

/** What a cache file in a cache folder is named after: the resolved inputs and references. */
function cacheInputs(inputs: readonly string[], against: readonly string[], cwd: string): string[] {
  return [...inputs.map((p) => path.resolve(cwd, p)), ...against.map((p) => `against:${path.resolve(cwd, p)}`)];
}

function readJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${text}"`);
  return jobs;
}

function readShard(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const shard = parseShard(text);
  if (!shard) throw new UsageError(`--shard must be i/n with 1 <= i <= n (such as 2/3), not "${text}"`);
  return shard;
}

/** The previous baseline, kept for the articles this run did not check; none if unreadable. */
function tryReadBaseline(file: string): Baseline | undefined {
  try {
    return readBaseline(file);
  } catch {
    return undefined;
  }
}

/** A cache that cannot be written costs speed next time, not this check: a note, not a failure. */
function saveCache(cache: CheckCache | undefined, io: CliIo): void {
  try {
    cache?.save();
  } catch (error) {
    io.stderr(`corroborate: could not write the cache: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

async function index(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        against: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('index needs at least one file, folder or glob');
  if (!values.out) throw new UsageError('index needs --out <file>');
  const loaded = loadConfig({ file: values.config && path.resolve(io.cwd, values.config), start: path.resolve(io.cwd, positionals[0]) });
  for (const problem of loaded.problems) io.stderr(`corroborate: ${loaded.file ?? 'config'}: ${problem}\n`);
  const progress = io.stderrIsTTY ? progressLine(io) : undefined;
  const written = await runIndex({
    inputs: positionals,
    against: values.against ?? [],
    config: loaded.config,
    cwd: io.cwd,
    today: io.today,
    version: io.version,
    out: path.resolve(io.cwd, values.out),
    onProgress: progress?.update,
  });
  progress?.clear();
  io.stdout(`Indexed ${written.articles} article${written.articles === 1 ? '' : 's'} into ${values.out} (${(written.bytes / 1024 / 1024).toFixed(1)} MiB).\n`);
  return 0;
}

function parseCheckArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        against: { type: 'string', multiple: true },
        scope: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'show-hints': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        shard: { type: 'string' },
        index: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timing: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

type CheckValues = ReturnType<typeof parseCheckArgs>['values'];

function withOverrides(config: CorroborateConfig, values: CheckValues): CorroborateConfig {
  const scope = values.scope;
  if (scope !== undefined && scope !== 'corpus' && scope !== 'folder') throw new UsageError(`--scope must be "corpus" or "folder", not "${scope}"`);
  const failOn = values['fail-on'];
  const levels = ['error', 'warning', 'information', 'hint', 'never'];
  if (failOn !== undefined && !levels.includes(failOn)) throw new UsageError(`--fail-on must be one of ${levels.join(', ')}`);
  return {
    ...config,
    scope: scope ?? config.scope,
    failOn: (failOn as Severity | 'never' | undefined) ?? config.failOn,
  };
}

function render(result: CheckResult, format: Format, values: CheckValues, io: CliIo, shard: Shard | undefined): string {
  switch (format) {
    case 'html':
      return formatHtml(result, { today: io.today, version: io.version });
    case 'json':
      return formatJson(result);
    case 'sarif':
      // Each shard is its own code scanning category: an upload replaces those of its category.
      return formatSarif(result, io.version, { automationId: shard ? `corroborate/shard-${shard.index}-of-${shard.count}/` : 'corroborate/' });
    case 'github':
      return formatGithub(result);
    case 'text':
      return formatText(result, { showHints: values['show-hints'] ?? false, quiet: values.quiet ?? false, color: io.stdoutIsTTY });
  }
}

function failed(result: CheckResult, failOn: Severity | 'never'): boolean {
  return result.articles.some((a) => a.report.findings.some((f) => reachesThreshold(f.severity, failOn)));
}

/** A single self-overwriting progress line on stderr, for runs long enough to need one. */
function progressLine(io: CliIo): { update: (done: number, total: number) => void; clear: () => void } {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update: (done, total) => {
      const now = Date.now();
      if (now - started < 500 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\rcorroborate: read ${done}/${total} articles`);
    },
    clear: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}

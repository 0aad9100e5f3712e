/**
 * The headless front end: `corroborate check <paths...>`. Parses arguments, runs the check over
 * the same core the language server uses, prints one of the formats, and returns the exit code:
 * 0 when nothing reaches the failure threshold, 1 when something does, 2 on a usage or internal error.
 */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { type CheckResult, runCheck } from './checkRun';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
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

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: corroborate check <files|folders|globs...> [options]
       corroborate --stdio | --node-ipc      (start the language server)

Options of check:
  --format <text|json|sarif|github>  output format (default: text)
  --against <paths>                  reference articles: compared with, not reported on (repeatable)
  --scope <corpus|folder>            one corpus for everything, or one per folder (story folders)
  --config <file>                    the .corroborate.json to use (default: nearest above the first path)
  --fail-on <error|warning|information|hint|never>  exit 1 at this severity (default: config, else error)
  --quiet                            report errors only
  --show-hints                       list hints (boilerplate) in the text format
  -h, --help                         show this help
  -v, --version                      show the version
`;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
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

  const progress = io.stderrIsTTY ? progressLine(io) : undefined;
  const result = await runCheck({
    inputs: positionals,
    against: values.against ?? [],
    scope: config.scope,
    config,
    cwd: io.cwd,
    today: io.today,
    onProgress: progress?.update,
  });
  progress?.clear();
  io.stdout(render(result, format, values, io));
  return failed(result, config.failOn) ? 1 : 0;
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

function render(result: CheckResult, format: Format, values: CheckValues, io: CliIo): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, io.version);
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

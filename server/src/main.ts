/**
 * The one executable of the server bundle: `--stdio`, `--node-ipc` or `--socket=N` start the
 * language server; anything else is the command line (`corroborate check ...`).
 */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli/main';

const LSP_FLAGS = /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/;
declare const CORROBORATE_VERSION: string | undefined;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function main(argv: readonly string[]): void {
  if (argv.some((a) => LSP_FLAGS.test(a))) {
    // Loaded lazily so that the command line does not pay for the protocol libraries.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./lsp/server') as typeof import('./lsp/server')).startServer();
    return;
  }
  const version = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : '0.0.0-dev';
  runCli(argv, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    today: today(),
    version,
  }).then((code) => {
    process.exitCode = code;
  });
}

// A worker thread started on this bundle (see cli/analyseWorkers.ts) is not a command line.
if (require.main === module && isMainThread) main(process.argv.slice(2));

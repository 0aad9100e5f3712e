/** Runs the command line in-process and captures what it prints. */
import { runCli } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { cwd?: string; tty?: boolean; today?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? process.cwd(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: options.tty ?? false,
    stdoutIsTTY: false,
    today: options.today ?? '2026-11-25',
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

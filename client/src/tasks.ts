/**
 * The task "corroborate: check corpus": runs `corroborate check` (the bundled server, which is
 * also the command line) on a workspace folder, and reads its text output with the `$corroborate`
 * problem matcher, so that the whole corpus's findings land in the Problems panel. Tasks of type
 * `corroborate` in tasks.json (with `paths` and `args`) run the same way.
 */
import * as path from 'node:path';
import { type Disposable, type ExtensionContext, ProcessExecution, Task, type TaskDefinition, TaskGroup, type WorkspaceFolder, tasks, workspace } from 'vscode';

export const TASK_TYPE = 'corroborate';
export const CHECK_TASK_NAME = 'check corpus';

export interface CorroborateTaskDefinition extends TaskDefinition {
  readonly type: typeof TASK_TYPE;
  /** Files, folders or globs, relative to the workspace folder (default: the folder itself). */
  readonly paths?: readonly string[];
  /** More options of `corroborate check` (`--cache`, `--baseline <file>`, ...). */
  readonly args?: readonly string[];
}

/** The command line of a task: the server script, then `check`, the paths and the options. */
export function checkTaskArgs(serverScript: string, definition: CorroborateTaskDefinition): string[] {
  const paths = definition.paths?.length ? definition.paths : ['.'];
  return [serverScript, 'check', ...paths, '--format', 'text', ...(definition.args ?? [])];
}

/** Registers the task provider; call once from `activate` and keep the returned disposable. */
export function registerCheckTask(context: ExtensionContext): Disposable {
  const serverScript = context.asAbsolutePath(path.join('dist', 'server.js'));
  const make = (definition: CorroborateTaskDefinition, folder: WorkspaceFolder): Task => {
    // The extension host's own runtime runs the script: VS Code's Electron acts as Node.js with
    // ELECTRON_RUN_AS_NODE, and a remote host is Node.js already. No separate install is needed.
    const execution = new ProcessExecution(process.execPath, checkTaskArgs(serverScript, definition), {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
    const task = new Task(definition, folder, CHECK_TASK_NAME, TASK_TYPE, execution, ['$corroborate']);
    task.group = TaskGroup.Test;
    task.detail = 'corroborate check on the workspace folder: every finding in the Problems panel';
    return task;
  };
  return tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => (workspace.workspaceFolders ?? []).map((folder) => make({ type: TASK_TYPE }, folder)),
    resolveTask: (task) => {
      const definition = task.definition as CorroborateTaskDefinition;
      if (definition.type !== TASK_TYPE) return undefined;
      const folder = typeof task.scope === 'object' ? task.scope : workspace.workspaceFolders?.[0];
      return folder ? make(definition, folder) : undefined;
    },
  });
}

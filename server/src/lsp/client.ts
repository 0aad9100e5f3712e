/**
 * What the server sends to the client, as a small interface. The session depends on this, not on
 * the connection, so that the whole server can run in-process in tests (the typescript-language-
 * server pattern); `connectionClient` implements it over a real LSP connection.
 */
import {
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Disposable,
  type FileSystemWatcher,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ClientFeatures } from './capabilities';
import { type CorpusStatus, StatusNotification } from './protocol';

export interface ProgressReporter {
  report(percentage: number, message: string): void;
  done(): void;
}

export interface LspClient {
  publishDiagnostics(params: PublishDiagnosticsParams): void;
  sendStatus(status: CorpusStatus): void;
  log(level: 'error' | 'warning' | 'info', message: string): void;
  showMessage(level: 'error' | 'warning' | 'info', message: string): void;
  /** The `corroborate` section for each scope URI. */
  configuration(scopeUris: readonly (string | undefined)[]): Promise<unknown[]>;
  /** Work-done progress (a no-op reporter when the client does not support it). */
  startProgress(title: string, message: string): Promise<ProgressReporter>;
  /** Asks the client to apply an edit; resolves to whether it did. */
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  /** Replaces the dynamic file watchers (no-op when the client cannot register them). */
  watchFiles(watchers: readonly FileSystemWatcher[]): Promise<void>;
  /** Asks for `workspace/didChangeConfiguration` notifications (no-op when not supported). */
  watchConfiguration(): Promise<void>;
}

export function connectionClient(connection: Connection, features: ClientFeatures): LspClient {
  let watcherRegistration: Disposable | undefined;
  const logAt = { error: connection.console.error, warning: connection.console.warn, info: connection.console.info };
  const showAt = { error: connection.window.showErrorMessage, warning: connection.window.showWarningMessage, info: connection.window.showInformationMessage };
  return {
    publishDiagnostics: (params) => void connection.sendDiagnostics(params),
    sendStatus: (status) => void connection.sendNotification(StatusNotification, status),
    log: (level, message) => logAt[level].call(connection.console, message),
    showMessage: (level, message) => void showAt[level].call(connection.window, message),
    configuration: (scopeUris) => connection.workspace.getConfiguration(scopeUris.map((scopeUri) => ({ scopeUri, section: 'corroborate' }))),
    async startProgress(title, message) {
      if (!features.workDoneProgress) return { report: () => undefined, done: () => undefined };
      try {
        const reporter = await connection.window.createWorkDoneProgress();
        reporter.begin(title, 0, message, false);
        return { report: (percentage, text) => reporter.report(percentage, text), done: () => reporter.done() };
      } catch {
        // A client that refuses the progress token still gets the work done, just without a bar.
        return { report: () => undefined, done: () => undefined };
      }
    },
    async applyEdit(label, edit) {
      const result = await connection.workspace.applyEdit({ label, edit });
      return result.applied;
    },
    async watchFiles(watchers) {
      if (!features.watchedFilesRegistration) return;
      const previous = watcherRegistration;
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...watchers] });
      previous?.dispose();
    },
    async watchConfiguration() {
      if (features.configurationChangeRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
    },
  };
}

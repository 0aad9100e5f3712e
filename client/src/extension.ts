/**
 * The VS Code client: claims dated articles, starts the bundled language server over node IPC
 * when one is open, and offers the corpus commands and the status bar item. It stays thin: every
 * judgment is the server's.
 */
import { commands, type ExtensionContext, ProgressLocation, Uri, window, workspace } from 'vscode';
import { ArticleClaimer, LANGUAGE_ID } from './claim';
import type { CorpusStatus } from './protocol';
import { ServerClient } from './serverClient';
import { readSettings, SECTION } from './settings';
import { CorpusStatusBar } from './statusBar';
import { StoryReportPanel } from './storyReport';
import { checkSummary, type StatusLike } from './statusText';
import { registerCheckTask } from './tasks';

/** JSON-RPC's "method not found": the server predates the request. */
const METHOD_NOT_FOUND = -32601;

/** What `activate` returns: lets the integration tests look at the client's state. */
export interface CorroborateApi {
  readonly serverRunning: boolean;
  readonly lastStatus: StatusLike | undefined;
  /** Why a file opened in this session was claimed as a dated article (undefined: it was not). */
  claimDecision(uri: Uri): Promise<string | undefined> | undefined;
}

let server: ServerClient | undefined;

export function activate(context: ExtensionContext): CorroborateApi {
  const log = window.createOutputChannel('corroborate', { log: true });
  const statusBar = new CorpusStatusBar('corroborate.checkCorpus');
  context.subscriptions.push(registerCheckTask(context));
  const claimer = new ArticleClaimer(log);
  const client = new ServerClient(context, log, (status) => statusBar.show(status));
  server = client;
  const storyReport = new StoryReportPanel(client);
  context.subscriptions.push(log, statusBar, claimer, client, storyReport);

  const startIfArticleOpen = (): void => {
    if (workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID)) {
      client.ensureStarted().catch(() => window.showErrorMessage('corroborate: the language server did not start; see the output.', 'Show output')
        .then((choice) => { if (choice) log.show(); }));
    }
  };

  context.subscriptions.push(
    commands.registerCommand('corroborate.checkCorpus', () => checkCorpus(client)),
    commands.registerCommand('corroborate.restartServer', async () => {
      if (!readSettings().enable) {
        void window.showInformationMessage('corroborate is disabled (corroborate.enable).');
        return;
      }
      await client.restart();
      void window.setStatusBarMessage('corroborate: server restarted', 3000);
    }),
    commands.registerCommand('corroborate.showOutput', () => log.show(true)),
    commands.registerCommand('corroborate.openStoryReport', (target?: unknown) => storyReport.open(target instanceof Uri ? target : undefined)),
    workspace.onDidOpenTextDocument((doc) => { if (doc.languageId === LANGUAGE_ID) startIfArticleOpen(); }),
    workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      if (event.affectsConfiguration(`${SECTION}.enable`)) {
        if (readSettings().enable) startIfArticleOpen();
        else await client.stop();
      }
      if (event.affectsConfiguration(`${SECTION}.include`) || event.affectsConfiguration(`${SECTION}.files.associations`)) {
        claimer.reset();
      }
    }),
    workspace.onDidChangeWorkspaceFolders(() => claimer.reset()),
  );
  claimer.register();
  startIfArticleOpen();

  return {
    get serverRunning() { return client.running; },
    get lastStatus() { return statusBar.last; },
    claimDecision: (uri) => claimer.decision(uri),
  };
}

/** Runs the whole-corpus check with a progress notice; returns the totals (the tests read them). */
async function checkCorpus(client: ServerClient): Promise<CorpusStatus | undefined> {
  if (!readSettings().enable) {
    void window.showInformationMessage('corroborate is disabled (corroborate.enable).');
    return undefined;
  }
  try {
    const result = await window.withProgress(
      { location: ProgressLocation.Window, title: 'corroborate: checking the corpus' },
      () => client.checkCorpus(),
    );
    void window.showInformationMessage(checkSummary(result));
    return result;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = code === METHOD_NOT_FOUND
      ? 'corroborate: this server cannot check the whole corpus yet.'
      : `corroborate: the corpus check failed: ${(error as Error).message ?? String(error)}`;
    void window.showWarningMessage(message);
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

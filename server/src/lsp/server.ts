/**
 * The language server's entry point: makes the connection (node IPC from the VS Code client,
 * `--stdio` for Neovim and CI; the library reads the transport from the command line) and wires
 * the protocol to a `Session`. Judgment stays in the core; features live one per file.
 */
import { type Connection, createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeatures, serverCapabilities } from './capabilities';
import { connectionClient } from './client';
import { CheckCorpusRequest, StoryReportRequest } from './protocol';
import { RequestHandlers } from './requests';
import { Session } from './session';
import { emptyTotals } from './status';
import { storyReport } from './storyReport';

export function startServer(): void {
  listen(createConnection(ProposedFeatures.all));
}

/** Serves LSP on a connection until it closes (tests pass an in-process connection). */
export function listen(connection: Connection, options: { today?: () => string } = {}): void {
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let handlers: RequestHandlers | undefined;
  let folderChanges = false;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  connection.onInitialize((params) => {
    const features = clientFeatures(params.capabilities ?? {});
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    session = new Session({ client: connectionClient(connection, features), documents, features, folders, today: today() });
    handlers = new RequestHandlers(session);
    folderChanges = params.capabilities?.workspace?.workspaceFolders === true;
    return { capabilities: serverCapabilities(), serverInfo: { name: 'corroborate' } };
  });
  /** Runs the work of a notification; a failure is logged, never left to crash the process. */
  const run = (what: string, work: () => Promise<void> | undefined): void => {
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => connection.console.error(`corroborate: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  };

  connection.onInitialized(() => {
    // The library receives folder changes itself when the client sends them; subscribe once the
    // capabilities are settled (subscribing earlier would make it register for them again).
    if (folderChanges) connection.workspace.onDidChangeWorkspaceFolders((e) => run('a workspace folder change', () => session?.didChangeWorkspaceFolders(e.added, e.removed)));
    run('indexing', () => session?.initialized());
  });
  connection.onShutdown(() => session?.dispose());

  // Every event below is ignored before `initialize`, as the protocol allows.
  documents.onDidChangeContent((e) => run('a document change', () => session?.didChangeContent(e.document)));
  documents.onDidSave((e) => run('a save', () => session?.didSave(e.document)));
  documents.onDidClose((e) => run('a close', () => session?.didClose(e.document)));
  connection.onDidChangeWatchedFiles((p) => run('a file change', () => session?.didChangeWatchedFiles(Array.isArray(p?.changes) ? p.changes.filter((c) => typeof c?.uri === 'string') : [])));
  connection.onDidChangeConfiguration((p) => run('a settings change', () => session?.didChangeConfiguration(p?.settings)));

  connection.onHover((p) => handlers?.hover(p) ?? null);
  connection.onCodeAction((p) => handlers?.codeAction(p) ?? []);
  connection.onDocumentSymbol((p) => handlers?.documentSymbol(p) ?? []);
  connection.onCodeLens((p) => handlers?.codeLens(p) ?? []);
  connection.onReferences((p) => handlers?.references(p) ?? []);
  connection.onExecuteCommand((p) => handlers?.executeCommand(p) ?? null);
  connection.onRequest(CheckCorpusRequest, (p) => handlers?.checkCorpus(p) ?? { indexing: true, articles: 0, totals: emptyTotals() });
  connection.onRequest(StoryReportRequest, (p) => (session ? storyReport(session, p, today()) : { html: '' }));

  documents.listen(connection);
  connection.listen();
}

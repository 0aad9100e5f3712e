/**
 * Owns the language client: starts the bundled server over node IPC when the first dated article
 * is open, stops it when `corroborate.enable` turns off, and forwards the server's corpus status.
 * Settings, file watching and severities are the server's business: it pulls the `corroborate`
 * section per resource and registers its own file watchers.
 */
import * as path from 'node:path';
import type { Disposable, ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './claim';
import { CheckCorpusRequest, type CorpusStatus, StatusNotification } from './protocol';
import { readSettings, SECTION } from './settings';
import NODE_FLAGS from '../../bin/node-flags.json';

export class ServerClient implements Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;

  constructor(
    private readonly context: ExtensionContext,
    private readonly log: LogOutputChannel,
    private readonly onStatus: (status: Partial<CorpusStatus> | undefined) => void,
  ) {}

  get running(): boolean {
    return this.client?.isRunning() === true;
  }

  /** Starts the server unless it runs already or corroborate is disabled. */
  async ensureStarted(): Promise<LanguageClient | undefined> {
    if (this.client) return this.client;
    if (!readSettings().enable) return undefined;
    this.starting ??= this.start().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async start(): Promise<LanguageClient | undefined> {
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    // The server's V8 flags, as the command line sets them for itself (bin/corroborate.js).
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009', ...NODE_FLAGS] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, { scheme: 'untitled', language: LANGUAGE_ID }],
      outputChannel: this.log,
      // Also pushes the section on change, for servers that cannot register for it themselves.
      synchronize: { configurationSection: SECTION },
    };
    const client = new LanguageClient(SECTION, 'corroborate', serverOptions, clientOptions);
    client.onNotification(StatusNotification, (status) => this.onStatus(status ?? {}));
    this.client = client;
    this.onStatus({});
    try {
      await client.start();
      // The server notifies on changes only: ask once for the totals so far. Responses and
      // notifications share one ordered stream, so whichever arrives last is the newest.
      client.sendRequest(CheckCorpusRequest, {}).then((status) => this.onStatus(status ?? {}), () => undefined);
      return client;
    } catch (error) {
      this.client = undefined;
      this.onStatus(undefined);
      this.log.error(`The corroborate server did not start: ${String(error)}`);
      throw error;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.onStatus(undefined);
    if (client?.isRunning()) await client.stop();
  }

  async restart(): Promise<LanguageClient | undefined> {
    await this.stop();
    return this.ensureStarted();
  }

  /** Sends `corroborate/checkCorpus` for the whole workspace; starts the server first when needed. */
  async checkCorpus(): Promise<CorpusStatus | undefined> {
    const client = await this.ensureStarted();
    if (!client) return undefined;
    const status = await client.sendRequest(CheckCorpusRequest, {});
    this.onStatus(status ?? {});
    return status;
  }

  dispose(): void {
    void this.stop();
  }
}

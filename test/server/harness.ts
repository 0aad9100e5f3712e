/**
 * An LSP client for the server tests: the real server (`listen`) on one end of a JSON-RPC stream
 * in this process, a `vscode-jsonrpc` connection on the other. It answers the server's requests
 * (settings, registrations, progress tokens, edits), records what the server sends, and lets tests
 * wait for a matching message instead of sleeping.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../server/src/core/corpus';
import { listen } from '../../server/src/lsp/server';
import type { CorpusStatus } from '../../server/src/lsp/protocol';
import { NATO } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

/**
 * Loads the analysis's language models once per test file, so that no single test pays for it
 * (call from `before`).
 */
export function warmUp(): void {
  const corpus = new Corpus({ referenceDate: TEST_TODAY });
  for (const name of readdirSync(NATO)) corpus.setText(name, readFileSync(path.join(NATO, name), 'utf8'));
  for (const id of corpus.reportedIds()) corpus.report(id);
}

/** The date the tests run "on" (the CLI tests use the same). */
export const TEST_TODAY = '2026-11-25';
const WAIT_MS = 8000;

/** Messages of one kind, in order, with waiting for one that matches. */
export class EventLog<T> {
  readonly items: T[] = [];
  private waiters: Array<{ from: number; match: (item: T) => boolean; resolve: (item: T) => void }> = [];

  push(item: T): void {
    this.items.push(item);
    const index = this.items.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (index < w.from || !w.match(item)) return true;
      w.resolve(item);
      return false;
    });
  }

  /** A mark: `waitFor(..., mark)` considers only messages that arrive after it. */
  get mark(): number {
    return this.items.length;
  }

  waitFor(match: (item: T) => boolean, after = 0, what = 'message'): Promise<T> {
    const found = this.items.slice(after).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { from: after, match, resolve: (item: T) => (clearTimeout(timer), resolve(item)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}; received ${this.items.length - after} since the mark`));
      }, WAIT_MS);
      this.waiters.push(waiter);
    });
  }
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    workspaceFolders: true,
  },
  window: { workDoneProgress: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
};

export class TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly statuses = new EventLog<CorpusStatus>();
  readonly logs = new EventLog<{ type: number; message: string }>();
  readonly messages = new EventLog<{ type: number; message: string }>();
  readonly registrations = new EventLog<{ method: string; registerOptions?: unknown }>();
  readonly progress = new EventLog<{ token: unknown; value: { kind: string } }>();
  readonly appliedEdits = new EventLog<{ label?: string; edit: WorkspaceEdit }>();
  /** `corroborate` settings per scope URI; `''` holds the ones for every other scope. */
  readonly settings = new Map<string, Record<string, unknown>>([['', { debounceMs: 5 }]]);
  private readonly documents = new Map<string, TextDocument>();

  constructor() {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    listen(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { today: () => TEST_TODAY });
    this.connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.diagnostics.push(p));
    c.onNotification('corroborate/status', (p: CorpusStatus) => this.statuses.push(p));
    c.onNotification('window/logMessage', (p: { type: number; message: string }) => this.logs.push(p));
    c.onNotification('window/showMessage', (p: { type: number; message: string }) => this.messages.push(p));
    c.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => this.progress.push(p));
    c.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string }> }) =>
      p.items.map((item) => ({ ...this.settings.get(''), ...(item.scopeUri ? this.settings.get(item.scopeUri) : {}) })));
    c.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      for (const r of p.registrations) this.registrations.push(r);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('window/showMessageRequest', () => null);
    c.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    c.listen();
  }

  /** Initializes with workspace folders (paths) and waits until they are indexed. */
  async initialize(folders: string[], capabilities: ClientCapabilities = FULL_CAPABILITIES): Promise<CorpusStatus> {
    await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities,
      workspaceFolders: folders.map((f) => ({ uri: uri(f), name: path.basename(f) })),
    });
    const mark = this.statuses.mark;
    await this.connection.sendNotification('initialized', {});
    return this.statuses.waitFor((s) => !s.indexing, mark, 'the end of indexing');
  }

  /** Opens a file (its text from disk unless given) and returns its URI. */
  async open(file: string, text = readFileSync(file, 'utf8')): Promise<string> {
    const documentUri = uri(file);
    this.documents.set(documentUri, TextDocument.create(documentUri, 'dated-article', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: documentUri, languageId: 'dated-article', version: 1, text } });
    return documentUri;
  }

  text(documentUri: string): string {
    return this.document(documentUri).getText();
  }

  version(documentUri: string): number {
    return this.document(documentUri).version;
  }

  /** Sends an incremental change and returns the new version. */
  async edit(documentUri: string, range: Range, newText: string): Promise<number> {
    const previous = this.document(documentUri);
    const next = TextDocument.update(previous, [{ range, text: newText }], previous.version + 1);
    this.documents.set(documentUri, next);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: documentUri, version: next.version },
      contentChanges: [{ range, text: newText }],
    });
    return next.version;
  }

  /** Replaces the first occurrence of `needle` in the document. */
  async replace(documentUri: string, needle: string, newText: string): Promise<number> {
    return this.edit(documentUri, this.rangeOf(documentUri, needle), newText);
  }

  /** Applies a workspace edit's changes to an open document, as the editor would, and sends them. */
  async applyEdit(documentUri: string, edit: WorkspaceEdit): Promise<number> {
    const document = this.document(documentUri);
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    return this.edit(documentUri, whole, applyWorkspaceEdit(document.getText(), edit, documentUri));
  }

  rangeOf(documentUri: string, needle: string): Range {
    const document = this.document(documentUri);
    const at = document.getText().indexOf(needle);
    assert.ok(at >= 0, `text not found: ${needle}`);
    return { start: document.positionAt(at), end: document.positionAt(at + needle.length) };
  }

  async save(documentUri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri: documentUri } });
  }

  async close(documentUri: string): Promise<void> {
    this.documents.delete(documentUri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: documentUri } });
  }

  /** Changes a setting for every scope and tells the server. */
  async configure(values: Record<string, unknown>): Promise<void> {
    this.settings.set('', { ...this.settings.get(''), ...values });
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** The next diagnostics for a document (after `mark`) that satisfy `match`. */
  diagnosticsFor(documentUri: string, match: (d: Diagnostic[]) => boolean = () => true, mark = 0): Promise<Diagnostic[]> {
    return this.diagnostics.waitFor((p) => p.uri === documentUri && match(p.diagnostics), mark, `diagnostics for ${path.basename(documentUri)}`).then((p) => p.diagnostics);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down (it clears its timers) and closes the connection; never sends `exit`. */
  async dispose(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    this.connection.dispose();
  }

  private document(documentUri: string): TextDocument {
    const document = this.documents.get(documentUri);
    assert.ok(document, `not open: ${documentUri}`);
    return document;
  }
}

export function uri(file: string): string {
  return pathToFileURL(file).href;
}

/** A temporary copy of the seed corpus, and the path of its article whose name starts with `prefix`. */
export function natoCopy(): { dir: string; file: (prefix: string) => string } {
  const dir = scratchFolder('lsp');
  cpSync(NATO, dir, { recursive: true });
  return {
    dir,
    file: (prefix) => {
      const name = readdirSync(dir).find((n) => n.startsWith(prefix));
      assert.ok(name, `no article ${prefix}`);
      return path.join(dir, name);
    },
  };
}

/** A temporary folder with the given files (paths relative to it). */
export function tempFolder(files: Record<string, string>): string {
  const dir = scratchFolder('lsp');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Applies the text edits a workspace edit makes to one document. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, documentUri: string): string {
  const edits: TextEdit[] = [...(edit.changes?.[documentUri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === documentUri) {
      for (const e of change.edits) edits.push('newText' in e ? e : { range: e.range, newText: e.snippet.value });
    }
  }
  assert.ok(edits.length > 0, 'the edit changes nothing in the document');
  return TextDocument.applyEdits(TextDocument.create(documentUri, 'dated-article', 0, text), edits);
}

/** The position of the first occurrence of `needle` in `text` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `text not found: ${needle}`);
  return TextDocument.create('x:', 'x', 0, text).positionAt(at + offset);
}

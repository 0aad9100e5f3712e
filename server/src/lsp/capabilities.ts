/**
 * What the client can do, read once from `initialize`, and what the server offers in return.
 * Features that depend on the client (progress, dynamic watchers, file creation in edits) are
 * gated on these flags, as the LSP sample does, so that minimal clients such as Neovim's work too.
 */
import {
  type ClientCapabilities,
  CodeActionKind,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { Commands } from './protocol';

export interface ClientFeatures {
  /** `workspace/configuration`: settings can be pulled per resource. */
  readonly configuration: boolean;
  readonly configurationChangeRegistration: boolean;
  readonly watchedFilesRegistration: boolean;
  /** Watchers may be relative to a folder (`{ baseUri, pattern }`). */
  readonly relativePatterns: boolean;
  readonly workDoneProgress: boolean;
  /** Workspace edits may carry versioned document changes and file creation. */
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
  /** `SnippetTextEdit` inside workspace edits (LSP 3.18). */
  readonly snippetEdits: boolean;
  readonly hierarchicalSymbols: boolean;
  readonly markdownHover: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  const workspace = capabilities.workspace;
  const edits = workspace?.workspaceEdit;
  const hoverFormats = capabilities.textDocument?.hover?.contentFormat;
  return {
    configuration: workspace?.configuration === true,
    configurationChangeRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    documentChanges: edits?.documentChanges === true,
    createFiles: edits?.resourceOperations?.includes('create') === true,
    snippetEdits: edits?.snippetEditSupport === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    markdownHover: hoverFormats === undefined || hoverFormats.includes('markdown'),
  };
}

/** The kind of the source action that applies every safe fix. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corroborate`;

export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    documentSymbolProvider: { label: 'Article' },
    codeLensProvider: { resolveProvider: false },
    referencesProvider: true,
    executeCommandProvider: { commands: [Commands.markVerified] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

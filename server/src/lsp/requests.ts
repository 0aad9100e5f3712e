/**
 * The request handlers: each checks its parameters, finds the article (current with its buffer),
 * asks the feature module, and returns protocol data. An unknown document gets an empty answer;
 * malformed parameters get an `InvalidParams` error.
 */
import * as path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { CodeAction, CodeLens, DocumentSymbol, ExecuteCommandParams, Hover, Location, SymbolInformation } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../core/config';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { toOffset, toSpan } from './convert';
import { hoverAt } from './hover';
import { documentPosition, documentRange, documentUri, invalidParams } from './params';
import { Commands, type CheckCorpusParams, type CorpusStatus, type MarkVerifiedArguments } from './protocol';
import { claimReferences } from './references';
import type { Session } from './session';
import { documentSymbols, symbolInformation } from './symbols';
import { canonicalUri, pathToUri } from './uris';
import { markVerifiedEdit } from './verify';

export class RequestHandlers {
  constructor(private readonly session: Session) {}

  async hover(params: unknown): Promise<Hover | null> {
    const { uri, position } = documentPosition(params);
    const article = await this.session.article(uri);
    if (!article) return null;
    return hoverAt(article.view, toOffset(article.view.report.article.lines, position), this.session.locate);
  }

  async codeAction(params: unknown): Promise<CodeAction[]> {
    const { uri, range, only } = documentRange(params);
    const article = await this.session.article(uri);
    if (!article) return [];
    const span = toSpan(article.view.report.article.lines, range);
    return codeActions({ ...article, features: this.session.features, locate: this.session.locate }, span, only);
  }

  async documentSymbol(params: unknown): Promise<DocumentSymbol[] | SymbolInformation[]> {
    const article = await this.session.article(documentUri(params));
    if (!article) return [];
    return this.session.features.hierarchicalSymbols ? documentSymbols(article.view) : symbolInformation(article.view, article.uri);
  }

  async codeLens(params: unknown): Promise<CodeLens[]> {
    const article = await this.session.article(documentUri(params));
    return article ? codeLenses(article.view) : [];
  }

  async references(params: unknown): Promise<Location[]> {
    const { uri, position } = documentPosition(params);
    const context = (params as { context?: { includeDeclaration?: unknown } }).context;
    const article = await this.session.article(uri);
    if (!article) return [];
    const offset = toOffset(article.view.report.article.lines, position);
    return claimReferences(article.view, offset, context?.includeDeclaration === true, article.uri, this.session.locate);
  }

  checkCorpus(params: unknown): CorpusStatus {
    const uri = params === undefined || params === null ? undefined : (params as CheckCorpusParams).uri;
    if (uri !== undefined && typeof uri !== 'string') throw invalidParams('expected { uri?: string }');
    const { workspace } = this.session;
    if (uri === undefined) return this.session.status(workspace.allFolders());
    // A workspace folder: its corpora; an article: its corpus; anything else: nothing.
    const id = canonicalUri(uri);
    const folder = workspace.allFolders().find((f) => canonicalUri(f.uri) === id);
    if (folder) return this.session.status([folder]);
    const articleFolder = workspace.folderOf(id, 'existing');
    const corpus = articleFolder?.corpusOf(id);
    return articleFolder && corpus ? this.session.status([articleFolder], corpus) : this.session.status([]);
  }

  async executeCommand(params: ExecuteCommandParams): Promise<{ applied: boolean }> {
    if (params?.command !== Commands.markVerified) throw invalidParams(`unknown command ${String(params?.command)}`);
    const args = params.arguments?.[0] as Partial<MarkVerifiedArguments> | undefined;
    if (typeof args?.uri !== 'string' || typeof args.text !== 'string' || !args.text.trim()) {
      throw invalidParams(`${Commands.markVerified} expects [{ uri: string, text: string }]`);
    }
    return { applied: await this.markVerified(args.uri, args.text) };
  }

  /** Asks the client to add the claim to the corpus's config file (creating it if need be). */
  private async markVerified(uri: string, text: string): Promise<boolean> {
    const { client, features, workspace } = this.session;
    const folder = workspace.folderOf(canonicalUri(uri), 'existing');
    const file = folder?.settings.configFile ?? (folder?.root ? path.join(folder.root, CONFIG_FILE_NAME) : undefined);
    if (!file) {
      client.showMessage('warning', 'corroborate: save the article in a folder before marking claims as verified.');
      return false;
    }
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const outcome = markVerifiedEdit({ uri: pathToUri(file), text: current, version: null }, text, features);
    if (outcome.kind === 'already-verified') {
      client.showMessage('info', 'corroborate: this claim is already marked as verified.');
      return false;
    }
    if (outcome.kind === 'unsupported') {
      client.showMessage('warning', `corroborate: ${outcome.message}`);
      return false;
    }
    const applied = await client.applyEdit('Mark the claim as verified', outcome.edit);
    if (!applied) client.showMessage('warning', 'corroborate: the editor did not apply the change to .corroborate.json.');
    return applied;
  }
}

/**
 * Small helpers over the `vscode` API that the integration cases share: the seed articles of the
 * workspace by prefix, opening and showing them, and reading diagnostics and hovers as plain text.
 * Nothing here loads `vscode` at import time (see `harness.ts`).
 */
import type * as Vscode from 'vscode';
import { vscodeApi } from './harness';

export function codeOf(diagnostic: Vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function workspaceRoot(): Vscode.Uri {
  const folder = vscodeApi().workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the seed corpus open as the workspace folder');
  return folder.uri;
}

/** The workspace's article whose file name starts with `prefix` (`004` for `004_73fc….txt`). */
export async function article(prefix: string): Promise<Vscode.Uri> {
  const vscode = vscodeApi();
  const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
  const name = entries.map(([n]) => n).sort().find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`no article ${prefix}_*.txt in the workspace`);
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** The open document for a URI now (a language change replaces the document object). */
export function openDocument(uri: Vscode.Uri): Vscode.TextDocument | undefined {
  return vscodeApi().workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export async function show(uri: Vscode.Uri): Promise<Vscode.TextEditor> {
  const vscode = vscodeApi();
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

export function hoverText(hovers: readonly Vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** The position of the first occurrence of `needle` in a document (plus `offset` characters). */
export function positionOf(document: Vscode.TextDocument, needle: string, offset = 0): Vscode.Position {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(at + offset);
}

/** The file name of a URI (`004_73fc….txt`). */
export function baseName(uri: Vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

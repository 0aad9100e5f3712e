/**
 * The extension's integration cases, run with the real `vscode` API inside an extension host
 * (code-server's here, VS Code's own through `@vscode/test-electron` elsewhere). The workspace is a
 * throwaway copy of the seed corpus `nato-2024`: its `004_*` article has no date header. Positions
 * are found by searching the text. Checks of server features that are still being built (hover,
 * quick fixes, corpus totals) are strict only with `E2E_STRICT=1`; until then they print what came back.
 */
import type * as Vscode from 'vscode';
import type { CorroborateApi } from '../../../client/src/extension';
import { article, baseName, codeOf, hoverText, openDocument, show, workspaceRoot } from './editor';
import { provider, test, until, vscodeApi } from './harness';

const EXTENSION_ID = 'corroborate.corroborate';
const HEADER = /^\s*date (\d{4}-\d{2}-\d{2})/;

function missingDate(uri: Vscode.Uri): Vscode.Diagnostic | undefined {
  return vscodeApi().languages.getDiagnostics(uri).find((d) => codeOf(d) === 'format/missing-date');
}

let api: CorroborateApi | undefined;

function corroborate(): CorroborateApi {
  if (!api) throw new Error('the extension is not active');
  return api;
}

/** The client's decision about a file, once it has made one (wrapped: "not claimed" is an answer). */
function decided(uri: Vscode.Uri): Promise<{ reason: string | undefined }> | undefined {
  return corroborate().claimDecision(uri)?.then((reason) => ({ reason }));
}

test('an article with a date header opens as dated-article and activates the extension', async (t) => {
  const vscode = vscodeApi();
  const uri = await article('000');
  await show(uri);
  await until('000 in the dated-article language', () => openDocument(uri)?.languageId === 'dated-article');
  const extension = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  api = await extension.activate();
  await until('the language server to run', () => api?.serverRunning);
  t.note(`extension ${extension.packageJSON.version} from ${extension.extensionPath}`);
});

test('a headerless .txt in a corpus folder (004) is claimed as a dated article', async (t) => {
  const uri = await article('004');
  await show(uri);
  const { reason } = await until('a decision about 004', () => decided(uri));
  if (!reason) throw new Error('004 was not claimed');
  t.note(`claimed because ${reason}`);
  await until('004 in the dated-article language', () => openDocument(uri)?.languageId === 'dated-article');
});

test('004 gets format/missing-date on line 0 from corroborate, and faded boilerplate', async (t) => {
  const vscode = vscodeApi();
  const uri = await article('004');
  const diagnostic = await until('format/missing-date on 004', () => missingDate(uri));
  if (diagnostic.range.start.line !== 0) throw new Error(`missing-date on line ${diagnostic.range.start.line}, expected 0`);
  if (diagnostic.source !== 'corroborate') throw new Error(`source ${diagnostic.source}, expected corroborate`);
  if (diagnostic.severity !== vscode.DiagnosticSeverity.Warning) throw new Error(`severity ${diagnostic.severity}, expected a warning`);
  t.note(`missing-date: ${diagnostic.message}`);
  const all = vscode.languages.getDiagnostics(uri);
  const boilerplate = all.filter((d) => codeOf(d) === 'format/boilerplate');
  if (!boilerplate.some((d) => d.severity === vscode.DiagnosticSeverity.Hint && d.tags?.includes(vscode.DiagnosticTag.Unnecessary))) {
    throw new Error('expected a format/boilerplate hint tagged Unnecessary (faded)');
  }
  const codes = [...new Set(all.map(codeOf))].sort();
  t.note(`${all.length} diagnostics on 004: ${codes.join(', ')}`);
});

test('hover on the date header of 000', async (t) => {
  const vscode = vscodeApi();
  const uri = await article('000');
  const doc = await vscode.workspace.openTextDocument(uri);
  const lineIndex = Array.from({ length: doc.lineCount }, (_, i) => i).find((i) => doc.lineAt(i).text.trim() !== '') ?? 0;
  const line = doc.lineAt(lineIndex).text;
  const header = HEADER.exec(line);
  if (!header) throw new Error('000 should start with a date header');
  const position = new vscode.Position(lineIndex, line.indexOf(header[1]!) + 2);
  const hovers = (await provider<Vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const text = hoverText(hovers);
  t.note(`hover (${hovers.length}): ${JSON.stringify(text.slice(0, 300))}`);
  t.strict(text.trim() !== '', 'a hover on the date header');
});

test('code actions on the missing-date diagnostic of 004', async (t) => {
  const vscode = vscodeApi();
  const uri = await article('004');
  // The editor may have let the document go since it was claimed: opened again, it is plain text
  // until the client claims it once more, and plain text has no code action provider of ours.
  await vscode.workspace.openTextDocument(uri);
  await until('004 open in the dated-article language', () => openDocument(uri)?.languageId === 'dated-article');
  const diagnostic = await until('format/missing-date on 004', () => missingDate(uri));
  const actions = (await provider<Array<Vscode.CodeAction | Vscode.Command>>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
  )) ?? [];
  t.note(`code actions (${actions.length}): ${JSON.stringify(actions.map((a) => a.title))}`);
  const fix = actions.find((a): a is Vscode.CodeAction => 'edit' in a && a.edit !== undefined &&
    a.edit.get(uri).some((e) => /date \d{4}-\d{2}-\d{2}/.test(e.newText)));
  t.strict(fix !== undefined, 'a quick fix that inserts a date header');
  if (!fix?.edit) return;
  // Applying the fix must make the diagnostic go away; the copy is thrown away afterwards anyway.
  if (!(await vscode.workspace.applyEdit(fix.edit))) throw new Error('the quick fix did not apply');
  await until('format/missing-date to go after the fix', () => missingDate(uri) === undefined);
  const firstLine = openDocument(uri)?.lineAt(0).text ?? '';
  t.note(`after the fix, line 0 reads ${JSON.stringify(firstLine.slice(0, 40))}`);
  await vscode.commands.executeCommand('workbench.action.files.revert', uri);
  await until('format/missing-date back after the revert', () => missingDate(uri));
});

test('corroborate.checkCorpus returns the corpus totals and the status bar shows them', async (t) => {
  const vscode = vscodeApi();
  const result = await vscode.commands.executeCommand<{ articles?: number; totals?: unknown } | undefined>('corroborate.checkCorpus');
  t.note(`checkCorpus: ${JSON.stringify(result)}`);
  t.strict(typeof result?.articles === 'number' && result.articles >= 2, 'totals for at least the two open articles');
  const status = corroborate().lastStatus;
  t.note(`status bar state: ${JSON.stringify(status)}`);
  t.strict(typeof status?.articles === 'number' && status.indexing === false, 'a status with the article count, not indexing');
});

/** The open webview tabs of the story report (VS Code prefixes the view type of an extension's webview). */
function storyReportTabs(): Vscode.Tab[] {
  const vscode = vscodeApi();
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('corroborate.storyReport'));
}

test('corroborate.openStoryReport opens the story report in one webview tab beside the editor', async (t) => {
  const vscode = vscodeApi();
  const html = await vscode.commands.executeCommand<string | undefined>('corroborate.openStoryReport');
  const tab = await until('a webview tab of the story report', () => storyReportTabs()[0]);
  if (tab.label !== 'Story report') throw new Error(`the tab is labelled ${JSON.stringify(tab.label)}`);
  if (typeof html !== 'string') throw new Error('the command returned no HTML');
  if (!/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/.test(html)) throw new Error('no policy for a scriptless webview');
  if (/<script\b/i.test(html)) throw new Error('the report carries a script');
  const names = await Promise.all(['000', '004'].map(async (prefix) => baseName(await article(prefix))));
  const missing = names.filter((name) => !html.includes(name));
  if (missing.length) throw new Error(`the report does not name ${missing.join(', ')}`);
  const conflicts = html.match(/<li class="conflict"/g)?.length ?? 0;
  if (!conflicts) throw new Error('the report lists no conflict of the seed corpus');
  t.note(`report: ${html.length} characters, ${conflicts} conflicts, in view column ${tab.group.viewColumn}`);
  // A second run refreshes the same panel rather than opening another.
  await vscode.commands.executeCommand('corroborate.openStoryReport');
  if (storyReportTabs().length !== 1) throw new Error(`${storyReportTabs().length} story report tabs after a second run`);
  await vscode.window.tabGroups.close(storyReportTabs());
  await until('the story report tab to close', () => storyReportTabs().length === 0);
});

test('a .txt outside any corpus folder stays plain text', async (t) => {
  const vscode = vscodeApi();
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'todo.txt');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Call the harbour office about the ferry timetable.\n'));
  await show(uri);
  const { reason } = await until('a decision about notes/todo.txt', () => decided(uri));
  if (reason !== undefined) throw new Error(`notes/todo.txt was claimed: ${reason}`);
  if (openDocument(uri)?.languageId !== 'plaintext') throw new Error(`notes/todo.txt is ${openDocument(uri)?.languageId}`);
  t.note('left as plain text');
});

test('corroborate.restartServer restarts the server and the diagnostics come back', async () => {
  const vscode = vscodeApi();
  const uri = await article('004');
  await vscode.commands.executeCommand('corroborate.restartServer');
  await until('the server to run again', () => corroborate().serverRunning);
  await until('format/missing-date on 004 after the restart', () => missingDate(uri));
});

test('corroborate.enable=false stops the server and clears the problems; true brings them back', async () => {
  const vscode = vscodeApi();
  const uri = await article('004');
  const config = vscode.workspace.getConfiguration('corroborate');
  await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
  try {
    await until('the server to stop', () => !corroborate().serverRunning);
    await until('the problems of 004 to clear', () => vscode.languages.getDiagnostics(uri).length === 0);
  } finally {
    await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await until('the server to run again', () => corroborate().serverRunning);
  await until('format/missing-date on 004 again', () => missingDate(uri));
});
